"""Read what can still be read from a damaged history database into a fresh one.

SQLite's own `.recover` lives in the sqlite3 shell, which a user's machine may lack, so this
salvages row by row with Python's sqlite3: each table is read in rowid ranges, and a range
that hits a damaged page is halved until the readable rows around the damage are found.
Also checks the write-ahead log header, which SQLite ignores silently when it is damaged.
"""

from __future__ import annotations

import logging
import sqlite3
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .branches import LINK_BY_SEQ

log = logging.getLogger(__name__)
TABLES = ("conversations", "messages", "attachments", "memories", "message_sources")  # parents first (foreign keys)
KEYS = {"message_sources": "message_id, n"}  # tables not keyed by id
WAL_MAGIC = (0x377F0682, 0x377F0683)
CHUNK = 256
# Where a scan by MAX(rowid) stops when AUTOINCREMENT's record is unreadable: a damaged page
# can make MAX(rowid) read as garbage (2**63 - 1). A million messages is beyond any chat history.
MAX_SCAN_ROWID = 1_000_000


@dataclass
class Salvaged:
    conversations: int = 0
    messages: int = 0
    attachments: int = 0
    memories: int = 0
    message_sources: int = 0
    unreadable_ranges: int = 0


def salvage_into(damaged: Path, fresh: sqlite3.Connection, *, newer: bool = False) -> Salvaged:
    """Copy every readable row of ``damaged`` (a file, opened read-only) into ``fresh``.

    ``newer``: ``damaged`` holds later versions of rows ``fresh`` has (rebuilt from a log), so
    they replace them; otherwise rows already in ``fresh`` are kept."""
    result = Salvaged()
    try:
        src = sqlite3.connect(f"{damaged.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        log.warning("cannot open %s for salvage: %s", damaged, exc)
        return result
    try:
        fresh.execute("PRAGMA foreign_keys=OFF")  # parents are filled in below where missing
        for table in TABLES:
            columns = _shared_columns(src, fresh, table)
            if not columns:
                continue
            marks = ", ".join("?" * len(columns))
            insert = (
                f"INSERT INTO {table}({', '.join(columns)}) VALUES ({marks}) ON CONFLICT({KEYS.get(table, 'id')}) DO "
            )
            insert += (
                ("UPDATE SET " + ", ".join(f"{c}=excluded.{c}" for c in columns if c != "id")) if newer else "NOTHING"
            )
            rows = 0
            with fresh:
                for row in _readable_rows(src, table, columns, result):
                    fresh.execute(insert, row)
                    rows += 1
            setattr(result, table, rows)
        with fresh:
            _adopt_orphans(fresh)
            if "parent_id" not in _shared_columns(src, fresh, "messages"):  # a file from before branches
                fresh.execute(LINK_BY_SEQ.format(where="parent_id IS NULL"))
        result.conversations = fresh.execute("SELECT COUNT(*) FROM conversations").fetchone()[0]
    finally:
        src.close()
        fresh.execute("PRAGMA foreign_keys=ON")
    return result


def _shared_columns(src: sqlite3.Connection, fresh: sqlite3.Connection, table: str) -> list[str]:
    try:
        old = [r[1] for r in src.execute(f"PRAGMA table_info({table})")]
    except sqlite3.DatabaseError:
        old = []
    if not old:  # the schema page itself is damaged: try the current layout
        old = [r[1] for r in fresh.execute(f"PRAGMA table_info({table})")]
    new = {r[1] for r in fresh.execute(f"PRAGMA table_info({table})")}
    return [c for c in old if c in new]


def _readable_rows(src: sqlite3.Connection, table: str, columns: list[str], result: Salvaged) -> Iterator[tuple]:
    select = f"SELECT {', '.join(columns)} FROM {table} WHERE rowid BETWEEN ? AND ? ORDER BY rowid"
    top = _max_rowid(src, table)
    chunks = ((lo, min(lo + CHUNK - 1, top)) for lo in range(1, top + 1, CHUNK))  # lazy: top may be large
    pending: list[tuple[int, int]] = []
    while True:
        if not pending:
            nxt = next(chunks, None)
            if nxt is None:
                return
            pending.append(nxt)
        lo, hi = pending.pop(0)
        try:
            rows = src.execute(select, (lo, hi)).fetchall()
        except sqlite3.DatabaseError:
            if lo == hi:
                result.unreadable_ranges += 1
                continue
            mid = (lo + hi) // 2
            pending[:0] = [(lo, mid), (mid + 1, hi)]  # halve around the damage
            continue
        yield from rows


def _max_rowid(src: sqlite3.Connection, table: str) -> int:
    """The highest rowid to look for. AUTOINCREMENT's record of the highest id ever used comes
    first (no real row is above it); else the table's MAX(rowid), capped, since read through a
    damaged page it can be garbage such as 2**63 - 1 (a scan to there would never end)."""
    for query, cap in (
        ("SELECT seq FROM sqlite_sequence WHERE name=?", None),
        (f"SELECT MAX(rowid) FROM {table}", MAX_SCAN_ROWID),
    ):
        try:
            row = src.execute(query, (table,) if "?" in query else ()).fetchone()
        except sqlite3.DatabaseError:
            continue
        if row and isinstance(row[0], int) and row[0] > 0:
            return row[0] if cap is None else min(row[0], cap)
    return 0


def _adopt_orphans(fresh: sqlite3.Connection) -> None:
    """Messages whose chat row was lost get a chat again; files whose message was lost are dropped."""
    fresh.execute(
        "INSERT INTO conversations(id, title, created_at, updated_at) "
        "SELECT conversation_id, 'Recovered chat', MIN(created_at), MAX(created_at) FROM messages "
        "WHERE conversation_id NOT IN (SELECT id FROM conversations) GROUP BY conversation_id"
    )
    fresh.execute("DELETE FROM attachments WHERE message_id NOT IN (SELECT id FROM messages)")
    fresh.execute("DELETE FROM message_sources WHERE message_id NOT IN (SELECT id FROM messages)")
    # A message whose parent was lost follows the message before it, so its chat stays one path.
    fresh.execute(LINK_BY_SEQ.format(where="parent_id IS NOT NULL AND parent_id NOT IN (SELECT id FROM messages)"))


def wal_problem(db_path: Path) -> str | None:
    """Why the write-ahead log beside ``db_path`` cannot be used, or None when it is fine or absent.

    SQLite treats a WAL with a bad header as empty and overwrites it at the next write, so the
    changes in it would vanish without a word; this check lets the caller keep it and say so."""
    wal = Path(str(db_path) + "-wal")
    try:
        with open(wal, "rb") as fh:
            header = fh.read(32)
    except FileNotFoundError:
        return None
    except OSError as exc:
        return f"it cannot be read ({exc.strerror})"
    if not header:
        return None
    if len(header) < 32:
        return "it is cut short"
    magic, version = struct.unpack(">II", header[:8])
    if magic not in WAL_MAGIC or version != 3007000:
        return "its header is not a SQLite log header"
    if struct.unpack(">II", header[24:32]) != _wal_checksum(header[:24], big_endian=magic & 1 == 1):
        return "its header checksum does not match"
    return None


def _wal_checksum(data: bytes, *, big_endian: bool, seed: tuple[int, int] = (0, 0)) -> tuple[int, int]:
    """SQLite's WAL checksum (https://www.sqlite.org/fileformat.html#checksum_algorithm)."""
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    s0, s1 = seed
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def rebuild_from_wal(db_file: Path, wal_file: Path, out: Path) -> int:
    """Write to ``out`` a copy of ``db_file`` with the page images of a log whose header is
    damaged applied, as SQLite would have (the last committed version of each page wins).

    Only frames whose checksum follows from the previous frame's are used (each frame's
    checksum is seeded by the one before it, so the chain verifies without the header), up
    to the last such commit frame. Returns the number of frames applied (0: none usable)."""
    data = bytearray(db_file.read_bytes()) if db_file.exists() else bytearray()
    page_size = struct.unpack(">H", data[16:18])[0] if len(data) >= 100 else 4096
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return 0
    wal = wal_file.read_bytes()
    size = 24 + page_size
    offsets = range(32, len(wal) - size + 1, size)
    good = max((_verified_frames(wal, offsets, page_size, big) for big in (True, False)), key=len)
    commits = [o for o in good if struct.unpack(">I", wal[o + 4 : o + 8])[0]]
    if not commits:
        return 0
    last = commits[-1]
    pages = struct.unpack(">I", wal[last + 4 : last + 8])[0]
    if pages > (len(data) + len(wal)) // page_size + 1:  # no real commit grows the file past both
        return 0
    applied = 0
    for o in good:
        if o > last:
            break
        pgno = struct.unpack(">I", wal[o : o + 4])[0]
        if not 0 < pgno <= pages:
            continue
        start = (pgno - 1) * page_size
        if len(data) < start + page_size:
            data.extend(bytes(start + page_size - len(data)))
        data[start : start + page_size] = wal[o + 24 : o + 24 + page_size]
        applied += 1
    del data[pages * page_size :]  # the database size the last commit recorded
    out.write_bytes(bytes(data))
    return applied


def _verified_frames(wal: bytes, offsets: range, page_size: int, big_endian: bool) -> list[int]:
    """Offsets of frames whose stored checksum follows from the previous frame's, and whose
    salt is that of the newest generation (older generations' frames are stale)."""
    good: list[int] = []
    previous: tuple[int, int] | None = None
    for o in offsets:
        stored = struct.unpack(">II", wal[o + 16 : o + 24])
        if previous is not None:
            body = wal[o : o + 8] + wal[o + 24 : o + 24 + page_size]
            if _wal_checksum(body, big_endian=big_endian, seed=previous) == stored:
                good.append(o)
        previous = stored
    if not good:
        return []
    salt = wal[good[-1] + 8 : good[-1] + 16]
    return [o for o in good if wal[o + 8 : o + 16] == salt]
