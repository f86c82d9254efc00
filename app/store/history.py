"""Chat history in SQLite (WAL). Qt-free; used from the GUI thread.

A reply is written while it streams (status "streaming", content updated every fraction
of a second), so a crash or kill keeps it as far as it got: on the next start such rows
become "interrupted".
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from .blobs import BlobStore
from .branches import Node, active_path, ancestors
from .memories import Memories
from .migrations import migrate
from .models import Conversation, OpenReport, SearchHit, StoredAttachment, StoredMessage, StoredSource
from .rows import conversation_from_row, message_from_row
from .salvage import rebuild_from_wal, salvage_into, wal_problem

log = logging.getLogger(__name__)
MESSAGE_COLUMNS = (
    "id, conversation_id, seq, role, content, thinking, status, error, stats_json, model, created_at, pinned, parent_id"
)
AT_LEAF = -1  # add_message's default place: after the last message of the active path


class HistoryStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.blobs = BlobStore(path.parent / "attachments")
        self.report = OpenReport()
        self.writable = True  # False: a copy in memory, nothing is kept after closing
        self._damaged_wal: tuple[str, str, Path] | None = None  # (its name, what is wrong, where it is kept)
        self.db = self._open()

    # ---- opening -----------------------------------------------------------------------

    def _open(self) -> sqlite3.Connection:
        """The database, whatever state the user's file is in: never an exception for damage.

        Damaged: moved aside, readable rows salvaged into a new file. Not writable: a copy in
        memory (past chats readable, this session's not kept). Not a file, or unreadable: an
        empty store in memory. Each case leaves a sentence in ``report.notes``."""
        what = _not_a_file(self.path)
        if what:
            return self._in_memory(
                f"Your chat history ({self.path}) is {what}, not a database file, so it "
                "cannot be opened. Chats in this session will not be saved."
            )
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            return self._in_memory(
                f"The folder for your chat history cannot be created ({exc.strerror}). "
                "Chats in this session will not be saved."
            )
        from_wal = self._keep_damaged_wal()
        try:
            db = self._connect()
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc):
                raise  # another Hearth has it open: not damage, and not ours to copy
            db = self._read_only(exc)
        except sqlite3.DatabaseError as exc:
            db = self._recover(exc)
        if self._damaged_wal:
            self.db = db
            self._merge_from_wal(from_wal)
        return db

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("PRAGMA foreign_keys=ON")
            migrate(db)
            check = db.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":  # quick_check reports damage as rows, not as an exception
                log.warning("history %s fails quick_check: %s", self.path, check)
                raise sqlite3.DatabaseError("database disk image is malformed")
            with db:
                cur = db.execute("UPDATE messages SET status='interrupted' WHERE status='streaming'")
            self.report.interrupted = cur.rowcount
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    def _recover(self, exc: sqlite3.DatabaseError) -> sqlite3.Connection:
        """Move the damaged file (and its log) aside, start a new one, salvage what can be read."""
        aside = self.path.with_name(f"{self.path.stem}.damaged-{int(time.time())}{self.path.suffix}")
        try:
            self.path.rename(aside)
        except OSError as move_error:  # a read-only folder: salvage into memory, leave the file be
            db = self._in_memory(
                f"The chat history file was damaged ({exc}) and cannot be replaced "
                f"({move_error.strerror}); what could be read is shown, and nothing new is kept."
            )
            self.report.recovered = salvage_into(self.path, db).messages
            return db
        for suffix in ("-wal", "-shm"):  # beside the copy under its name, so SQLite still reads the log
            log_file = Path(str(self.path) + suffix)
            if log_file.exists():
                log_file.rename(str(aside) + suffix)
        self.report.moved_aside = aside
        db = self._connect()
        saved = salvage_into(aside, db)
        self.report.recovered = saved.messages
        found = (
            f"messages recovered: {saved.messages} (chats: {saved.conversations})"
            if saved.messages or saved.conversations
            else ("nothing in it could be recovered")
        )
        self.report.notes.append(
            f"The chat history file was damaged ({exc}); {found}. The damaged original is kept as {aside}."
        )
        return db

    def _read_only(self, exc: sqlite3.Error) -> sqlite3.Connection:
        """A writable copy in memory of a history that cannot be written (or not migrated) in place."""
        memory = sqlite3.connect(":memory:")
        for query in ("mode=ro", "immutable=1"):  # immutable: a read-only folder where no -shm can be made
            try:
                src = sqlite3.connect(f"{self.path.resolve().as_uri()}?{query}", uri=True)
                try:
                    src.backup(memory)
                finally:
                    src.close()
                memory.execute("PRAGMA foreign_keys=ON")
                migrate(memory)
                break
            except sqlite3.Error:
                memory.close()
                memory = sqlite3.connect(":memory:")
        else:
            memory.close()
            return self._in_memory(
                f"Your chat history ({self.path}) cannot be opened ({exc}). Chats in this session will not be saved."
            )
        self.writable = False
        self.report.notes.append(
            f"Your chat history cannot be saved ({exc}): past chats can be read, but "
            "nothing new is kept after Hearth closes. Check the permissions of "
            f"{self.path}."
        )
        return memory

    def _in_memory(self, note: str) -> sqlite3.Connection:
        self.writable = False
        self.report.notes.append(note)
        db = sqlite3.connect(":memory:")
        db.execute("PRAGMA foreign_keys=ON")
        migrate(db)
        return db

    def _keep_damaged_wal(self) -> Path | None:
        """SQLite silently drops a log with a bad header: keep it beside the history, rebuild
        what it held into a copy (merged in by ``_merge_from_wal`` once the history is open)."""
        problem = wal_problem(self.path)
        if problem is None:
            return None
        wal = Path(str(self.path) + "-wal")
        kept = wal.with_name(f"{wal.name}.damaged-{int(time.time())}")
        try:
            wal.rename(kept)
            Path(str(self.path) + "-shm").unlink(missing_ok=True)
        except OSError as exc:  # a read-only folder: SQLite cannot overwrite the log there either
            self.report.notes.append(
                f"The history's log of recent changes ({wal.name}) is damaged ({problem}) "
                f"and cannot be moved aside ({exc.strerror}); it is left as it is."
            )
            return None
        self._damaged_wal = (wal.name, problem, kept)
        rebuilt = self.path.with_name(f"{self.path.name}.from-log")
        try:
            if rebuild_from_wal(self.path, kept, rebuilt):
                return rebuilt
        except OSError as exc:
            log.warning("could not rebuild from %s: %s", kept, exc)
        rebuilt.unlink(missing_ok=True)
        return None

    def _merge_from_wal(self, rebuilt: Path | None) -> None:
        assert self._damaged_wal is not None
        name, problem, kept = self._damaged_wal  # whole sentences below: each is one text to translate
        if rebuilt is None:
            self.report.notes.append(
                f"The history's log of recent changes ({name}) was damaged ({problem}). The log is kept as {kept}. "
                "Nothing in it could be read; recent messages may be missing."
            )
            return
        before = _message_digests(self.db)
        try:
            salvage_into(rebuilt, self.db, newer=True)
        finally:
            rebuilt.unlink(missing_ok=True)
        after = _message_digests(self.db)
        regained = sum(1 for i, d in after.items() if before.get(i) != d)
        self.report.recovered += regained
        self.report.notes.append(
            f"The history's log of recent changes ({name}) was damaged ({problem}). The log is kept as {kept}. "
            f"Messages recovered from it: {regained}."
        )

    def close(self) -> None:
        self.db.close()

    @property
    def memories(self) -> Memories:
        """The facts the user asked Hearth to remember (kept in this same database)."""
        return Memories(self.db)

    # ---- conversations -------------------------------------------------------------------

    def create_conversation(self, title: str = "New chat", model: str | None = None) -> Conversation:
        now = time.time()
        with self.db:
            cur = self.db.execute(
                "INSERT INTO conversations(title, created_at, updated_at, model) VALUES (?, ?, ?, ?)",
                (title, now, now, model),
            )
        return Conversation(int(cur.lastrowid or 0), title, now, now, model)

    def conversations(self) -> list[Conversation]:
        rows = self.db.execute(
            "SELECT id, title, created_at, updated_at, model FROM conversations ORDER BY updated_at DESC, id DESC"
        )
        return [conversation_from_row(r) for r in rows]

    def conversation(self, conversation_id: int) -> Conversation | None:
        row = self.db.execute(
            "SELECT id, title, created_at, updated_at, model FROM conversations WHERE id=?", (conversation_id,)
        ).fetchone()
        return conversation_from_row(row) if row else None

    def rename(self, conversation_id: int, title: str) -> None:
        with self.db:
            self.db.execute(
                "UPDATE conversations SET title=? WHERE id=?", (title.strip() or "Untitled", conversation_id)
            )

    def delete_conversation(self, conversation_id: int) -> None:
        with self.db:
            self.db.execute("DELETE FROM conversations WHERE id=?", (conversation_id,))

    def preset(self, conversation_id: int) -> str | None:
        """The name of the preset the chat uses, if any."""
        row = self.db.execute("SELECT preset FROM conversations WHERE id=?", (conversation_id,)).fetchone()
        return row[0] if row and isinstance(row[0], str) else None

    def set_preset(self, conversation_id: int, name: str | None) -> None:
        with self.db:
            self.db.execute("UPDATE conversations SET preset=? WHERE id=?", (name, conversation_id))

    def project(self, conversation_id: int) -> str | None:
        """The name of the project (app/documents/projects.py) the chat reads from, if any."""
        row = self.db.execute("SELECT project FROM conversations WHERE id=?", (conversation_id,)).fetchone()
        return row[0] if row and isinstance(row[0], str) else None

    def set_project(self, conversation_id: int, name: str | None) -> None:
        with self.db:
            self.db.execute("UPDATE conversations SET project=? WHERE id=?", (name, conversation_id))

    def touch(self, conversation_id: int, model: str | None = None) -> None:
        with self.db:
            self.db.execute(
                "UPDATE conversations SET updated_at=?, model=COALESCE(?, model) WHERE id=?",
                (time.time(), model, conversation_id),
            )

    # ---- messages ------------------------------------------------------------------------

    def messages(self, conversation_id: int) -> list[StoredMessage]:
        """The chat as shown and as sent to the model: its active path (app/store/branches.py),
        each message with the ids of the versions at its place."""
        path = active_path(self._nodes(conversation_id))
        rows = self._rows(conversation_id, [step.id for step in path])
        return [replace(rows[step.id], siblings=step.siblings) for step in path if step.id in rows]

    def all_messages(self, conversation_id: int) -> list[StoredMessage]:
        """Every version of every message of a chat, in the order they were written."""
        rows = self._rows(conversation_id, None)
        return sorted(rows.values(), key=lambda m: (m.seq, m.id))

    def _nodes(self, conversation_id: int) -> list[Node]:
        return [
            Node(int(i), p if isinstance(p, int) else None, bool(a), int(s))
            for i, p, a, s in self.db.execute(
                "SELECT id, parent_id, active, seq FROM messages WHERE conversation_id=?", (conversation_id,)
            )
        ]

    def _rows(self, conversation_id: int, ids: list[int] | None) -> dict[int, StoredMessage]:
        query = f"SELECT {MESSAGE_COLUMNS} FROM messages WHERE conversation_id=?"
        args: list[Any] = [conversation_id]
        if ids is not None:
            if not ids:
                return {}
            query += f" AND id IN ({', '.join('?' * len(ids))})"
            args += ids
        files = self._attachments(conversation_id)
        sources = self._sources(conversation_id)
        out = {}
        for row in self.db.execute(query, args):
            message = message_from_row(row)
            if message.id in files:
                message = _with_attachments(message, files[message.id])
            if message.id in sources:
                message = replace(message, sources=sources[message.id])
            out[message.id] = message
        return out

    def _sources(self, conversation_id: int) -> dict[int, tuple[StoredSource, ...]]:
        found: dict[int, list[StoredSource]] = {}
        for row in self.db.execute(
            "SELECT s.message_id, s.n, s.document, s.sha256, s.unit, s.place, s.text FROM message_sources s "
            "JOIN messages m ON m.id = s.message_id WHERE m.conversation_id=? ORDER BY s.message_id, s.n",
            (conversation_id,),
        ):
            found.setdefault(int(row[0]), []).append(StoredSource(int(row[1]), *map(str, row[2:])))
        return {k: tuple(v) for k, v in found.items()}

    def set_sources(self, message_id: int, sources: Sequence[StoredSource]) -> None:
        """Record the passages a reply was given, so the chat and its export show them later."""
        with self.db:
            self.db.execute("DELETE FROM message_sources WHERE message_id=?", (message_id,))
            self.db.executemany(
                "INSERT INTO message_sources(message_id, n, document, sha256, unit, place, text) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(message_id, s.n, s.document, s.sha256, s.unit, s.place, s.text) for s in sources],
            )

    def _attachments(self, conversation_id: int) -> dict[int, tuple[StoredAttachment, ...]]:
        found: dict[int, list[StoredAttachment]] = {}
        for row in self.db.execute(
            "SELECT a.message_id, a.id, a.kind, a.name, a.sha256, a.ext, a.size_bytes, a.meta_json "
            "FROM attachments a JOIN messages m ON m.id = a.message_id WHERE m.conversation_id=? "
            "ORDER BY a.message_id, a.seq",
            (conversation_id,),
        ):
            try:
                meta = json.loads(row[7]) if row[7] else {}
            except ValueError:
                meta = {}
            sha, ext = str(row[4]), str(row[5])
            found.setdefault(int(row[0]), []).append(
                StoredAttachment(
                    int(row[1]),
                    str(row[2]),
                    str(row[3]),
                    sha,
                    ext,
                    int(row[6]),
                    self.blobs.path_for(sha, ext),
                    self.blobs.thumb_for(sha),
                    meta,
                )
            )
        return {k: tuple(v) for k, v in found.items()}

    def attach(self, message_id: int, files: Sequence[dict[str, Any]]) -> None:
        """Record files (already in the blob store) on a message: dicts with kind, name,
        sha256, ext, size_bytes and meta."""
        with self.db:
            for i, f in enumerate(files):
                self.db.execute(
                    "INSERT INTO attachments(message_id, seq, kind, name, sha256, ext, size_bytes, meta_json) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        message_id,
                        i,
                        f["kind"],
                        f["name"],
                        f["sha256"],
                        f["ext"],
                        f["size_bytes"],
                        json.dumps(f.get("meta") or {}),
                    ),
                )

    def referenced_blobs(self) -> set[str]:
        return {row[0] for row in self.db.execute("SELECT DISTINCT sha256 FROM attachments")}

    def add_message(
        self,
        conversation_id: int,
        role: str,
        content: str = "",
        *,
        status: str = "complete",
        model: str | None = None,
        parent_id: int | None = AT_LEAF,
    ) -> StoredMessage:
        """A new message, after ``parent_id`` (None: a new first message; by default after the
        last message of the active path). It becomes the chosen version at its place, in the
        same transaction that un-chooses its siblings, so a kill leaves one or the other."""
        now = time.time()
        if parent_id == AT_LEAF:
            path = active_path(self._nodes(conversation_id))
            parent_id = path[-1].id if path else None
        with self.db:
            seq = self.db.execute(
                "SELECT COALESCE(MAX(seq), -1) + 1 FROM messages WHERE conversation_id=?", (conversation_id,)
            ).fetchone()[0]
            self.db.execute(
                "UPDATE messages SET active=0 WHERE conversation_id=? AND parent_id IS ?", (conversation_id, parent_id)
            )
            cur = self.db.execute(
                "INSERT INTO messages(conversation_id, seq, role, content, status, model, created_at, parent_id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (conversation_id, seq, role, content, status, model, now, parent_id),
            )
            self.db.execute("UPDATE conversations SET updated_at=? WHERE id=?", (now, conversation_id))
            siblings = tuple(
                int(r[0])
                for r in self.db.execute(
                    "SELECT id FROM messages WHERE conversation_id=? AND parent_id IS ? ORDER BY seq, id",
                    (conversation_id, parent_id),
                )
            )
        return StoredMessage(
            int(cur.lastrowid or 0),
            conversation_id,
            seq,
            role,
            content,
            status=status,
            model=model,
            created_at=now,
            parent_id=parent_id,
            siblings=siblings if len(siblings) > 1 else (),
        )

    def switch_branch(self, message_id: int) -> int | None:
        """Show the version ``message_id`` (and the path it had below it): it and the messages
        above it become the chosen ones among their siblings. Returns its chat's id (None: no
        such message)."""
        row = self.db.execute("SELECT conversation_id FROM messages WHERE id=?", (message_id,)).fetchone()
        if row is None:
            return None
        cid = int(row[0])
        nodes = self._nodes(cid)
        parents = {n.id: n.parent_id for n in nodes}
        with self.db:
            for mid in ancestors(nodes, message_id):
                self.db.execute(
                    "UPDATE messages SET active=(id=?) WHERE conversation_id=? AND parent_id IS ?",
                    (mid, cid, parents[mid]),
                )
        return cid

    def fork(self, message_id: int) -> Conversation | None:
        """A new chat holding a copy of the active path up to and including ``message_id``
        (same files, preset, project and memory switch), to continue apart from the original."""
        row = self.db.execute("SELECT conversation_id FROM messages WHERE id=?", (message_id,)).fetchone()
        if row is None:
            return None
        source = self.conversation(int(row[0]))
        path = self.messages(int(row[0]))
        if source is None or message_id not in [m.id for m in path]:
            return None
        path = path[: [m.id for m in path].index(message_id) + 1]
        now = time.time()
        with self.db:
            cur = self.db.execute(
                "INSERT INTO conversations(title, created_at, updated_at, model, memory_off, preset, project) "
                "SELECT title, ?, ?, model, memory_off, preset, project FROM conversations WHERE id=?",
                (now, now, source.id),
            )
            cid = int(cur.lastrowid or 0)
            parent: int | None = None
            for seq, m in enumerate(path):
                cur = self.db.execute(
                    "INSERT INTO messages(conversation_id, seq, role, content, thinking, status, error, stats_json, "
                    "model, created_at, pinned, parent_id) SELECT ?, ?, role, content, thinking, status, error, "
                    "stats_json, model, created_at, pinned, ? FROM messages WHERE id=?",
                    (cid, seq, parent, m.id),
                )
                parent = int(cur.lastrowid or 0)
                self.db.execute(
                    "INSERT INTO attachments(message_id, seq, kind, name, sha256, ext, size_bytes, meta_json) "
                    "SELECT ?, seq, kind, name, sha256, ext, size_bytes, meta_json FROM attachments WHERE message_id=?",
                    (parent, m.id),
                )
                self.db.execute(
                    "INSERT INTO message_sources(message_id, n, document, sha256, unit, place, text) "
                    "SELECT ?, n, document, sha256, unit, place, text FROM message_sources WHERE message_id=?",
                    (parent, m.id),
                )
        return self.conversation(cid)

    def update_message(
        self,
        message_id: int,
        *,
        content: str | None = None,
        thinking: str | None = None,
        status: str | None = None,
        error: str | None = None,
        stats: dict[str, Any] | None = None,
    ) -> None:
        sets, values = [], []
        for column, value in (("content", content), ("thinking", thinking), ("status", status), ("error", error)):
            if value is not None:
                sets.append(f"{column}=?")
                values.append(value)
        if stats is not None:
            sets.append("stats_json=?")
            values.append(json.dumps(stats))
        if not sets:
            return
        with self.db:
            self.db.execute(f"UPDATE messages SET {', '.join(sets)} WHERE id=?", (*values, message_id))

    def set_pinned(self, message_id: int, pinned: bool) -> None:
        with self.db:
            self.db.execute("UPDATE messages SET pinned=? WHERE id=?", (int(pinned), message_id))

    # ---- search --------------------------------------------------------------------------

    def search(self, text: str, limit: int = 50) -> list[SearchHit]:
        """Conversations whose title or messages match ``text`` (full-text, prefix matching)."""
        query = _fts_query(text)
        if not query:
            return []
        hits: dict[int, SearchHit] = {}
        like = f"%{text.strip()}%"
        for row in self.db.execute(
            "SELECT id, title, created_at, updated_at, model FROM conversations WHERE title LIKE ? "
            "ORDER BY updated_at DESC LIMIT ?",
            (like, limit),
        ):
            conv = conversation_from_row(row)
            hits[conv.id] = SearchHit(conv, conv.title)
        rows = self.db.execute(
            "SELECT c.id, c.title, c.created_at, c.updated_at, c.model, m.id, "
            "snippet(messages_fts, 0, '[', ']', '…', 12) "
            "FROM messages_fts JOIN messages m ON m.id = messages_fts.rowid "
            "JOIN conversations c ON c.id = m.conversation_id "
            "WHERE messages_fts MATCH ? ORDER BY rank LIMIT ?",
            (query, limit * 4),
        )
        for row in rows:
            conv = conversation_from_row(row[:5])
            hits.setdefault(conv.id, SearchHit(conv, row[6], int(row[5])))
        return sorted(hits.values(), key=lambda h: -h.conversation.updated_at)[:limit]


def _message_digests(db: sqlite3.Connection) -> dict[int, int]:
    return {int(i): hash(text) for i, text in db.execute("SELECT id, content FROM messages")}


def _not_a_file(path: Path) -> str:
    """What ``path`` is when it exists but is not a plain file ("a folder"...), else ""."""
    if not path.exists() or path.is_file():
        return "" if path.exists() or not path.is_symlink() else "a link to nothing"
    return "a folder" if path.is_dir() else "not a regular file"


def _fts_query(text: str) -> str:
    """User text -> a safe FTS5 query: every word must match, as a prefix."""
    words = [w for w in "".join(c if c.isalnum() else " " for c in text).split() if w]
    return " ".join(f'"{w}"*' for w in words)


def _with_attachments(message: StoredMessage, files: tuple[StoredAttachment, ...]) -> StoredMessage:
    return replace(message, attachments=files)
