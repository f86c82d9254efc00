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

log = logging.getLogger(__name__)
TABLES = ("conversations", "messages", "attachments")  # parents first (foreign keys)
WAL_MAGIC = (0x377F0682, 0x377F0683)
CHUNK = 256


@dataclass
class Salvaged:
    conversations: int = 0
    messages: int = 0
    attachments: int = 0
    unreadable_ranges: int = 0

    def summary(self) -> str:
        return (f"{self.messages} message{'s' * (self.messages != 1)} in {self.conversations} "
                f"chat{'s' * (self.conversations != 1)}")  # fmt: skip


def salvage_into(damaged: Path, fresh: sqlite3.Connection) -> Salvaged:
    """Copy every readable row of ``damaged`` (a file, opened read-only) into ``fresh``."""
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
            rows = 0
            with fresh:
                for row in _readable_rows(src, table, columns, result):
                    fresh.execute(f"INSERT OR IGNORE INTO {table}({', '.join(columns)}) VALUES ({marks})", row)
                    rows += 1
            setattr(result, table, rows)
        with fresh:
            _adopt_orphans(fresh)
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
    pending = [(lo, min(lo + CHUNK - 1, top)) for lo in range(1, top + 1, CHUNK)]
    while pending:
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
    """The highest rowid ever used: from the table, else AUTOINCREMENT's record of it."""
    best = 0
    for query in (f"SELECT MAX(rowid) FROM {table}", "SELECT seq FROM sqlite_sequence WHERE name=?"):
        try:
            row = src.execute(query, (table,) if "?" in query else ()).fetchone()
        except sqlite3.DatabaseError:
            continue
        if row and row[0]:
            best = max(best, int(row[0]))
    return best


def _adopt_orphans(fresh: sqlite3.Connection) -> None:
    """Messages whose chat row was lost get a chat again; files whose message was lost are dropped."""
    fresh.execute(
        "INSERT INTO conversations(id, title, created_at, updated_at) "
        "SELECT conversation_id, 'Recovered chat', MIN(created_at), MAX(created_at) FROM messages "
        "WHERE conversation_id NOT IN (SELECT id FROM conversations) GROUP BY conversation_id"
    )
    fresh.execute("DELETE FROM attachments WHERE message_id NOT IN (SELECT id FROM messages)")


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


def _wal_checksum(data: bytes, *, big_endian: bool) -> tuple[int, int]:
    """SQLite's WAL checksum (https://www.sqlite.org/fileformat.html#checksum_algorithm)."""
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    s0 = s1 = 0
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1
