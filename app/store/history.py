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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .migrations import migrate

log = logging.getLogger(__name__)
ROLES = ("system", "user", "assistant", "tool")
STATUSES = ("complete", "streaming", "interrupted", "cancelled", "error")


@dataclass(frozen=True)
class Conversation:
    id: int
    title: str
    created_at: float
    updated_at: float
    model: str | None = None


@dataclass(frozen=True)
class StoredMessage:
    id: int
    conversation_id: int
    seq: int
    role: str
    content: str
    thinking: str = ""
    status: str = "complete"
    error: str | None = None
    stats: dict[str, Any] | None = None
    model: str | None = None
    created_at: float = 0.0
    damaged: bool = False  # the row could not be read in full; shown with a notice


@dataclass(frozen=True)
class SearchHit:
    conversation: Conversation
    snippet: str
    message_id: int | None = None


@dataclass
class OpenReport:
    """What happened while opening the store, for the UI to tell the user."""

    moved_aside: Path | None = None
    interrupted: int = 0
    notes: list[str] = field(default_factory=list)


class HistoryStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.report = OpenReport()
        self.db = self._open()

    # ---- opening -----------------------------------------------------------------------

    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            return self._connect()
        except sqlite3.OperationalError:
            raise  # locked, read-only, a bad migration: not damage, never move the file
        except sqlite3.DatabaseError as exc:
            # The file is not a usable database: keep it for recovery, start a new one.
            aside = self.path.with_name(f"{self.path.stem}.damaged-{int(time.time())}{self.path.suffix}")
            self.path.rename(aside)
            for suffix in ("-wal", "-shm"):
                Path(str(self.path) + suffix).unlink(missing_ok=True)
            self.report.moved_aside = aside
            self.report.notes.append(
                f"The chat history file was damaged ({exc}); it was moved to {aside.name} and a new one was started."
            )
            return self._connect()

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("PRAGMA foreign_keys=ON")
            migrate(db)
            db.execute("PRAGMA quick_check").fetchone()
            with db:
                cur = db.execute("UPDATE messages SET status='interrupted' WHERE status='streaming'")
            self.report.interrupted = cur.rowcount
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    def close(self) -> None:
        self.db.close()

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
        return [_conversation(r) for r in rows]

    def conversation(self, conversation_id: int) -> Conversation | None:
        row = self.db.execute(
            "SELECT id, title, created_at, updated_at, model FROM conversations WHERE id=?", (conversation_id,)
        ).fetchone()
        return _conversation(row) if row else None

    def rename(self, conversation_id: int, title: str) -> None:
        with self.db:
            self.db.execute("UPDATE conversations SET title=? WHERE id=?", (title.strip() or "Untitled", conversation_id))

    def delete_conversation(self, conversation_id: int) -> None:
        with self.db:
            self.db.execute("DELETE FROM conversations WHERE id=?", (conversation_id,))

    def touch(self, conversation_id: int, model: str | None = None) -> None:
        with self.db:
            self.db.execute(
                "UPDATE conversations SET updated_at=?, model=COALESCE(?, model) WHERE id=?",
                (time.time(), model, conversation_id),
            )

    # ---- messages ------------------------------------------------------------------------

    def messages(self, conversation_id: int) -> list[StoredMessage]:
        rows = self.db.execute(
            "SELECT id, conversation_id, seq, role, content, thinking, status, error, stats_json, model, created_at "
            "FROM messages WHERE conversation_id=? ORDER BY seq, id",
            (conversation_id,),
        )
        return [_message(r) for r in rows]

    def add_message(
        self,
        conversation_id: int,
        role: str,
        content: str = "",
        *,
        status: str = "complete",
        model: str | None = None,
    ) -> StoredMessage:
        now = time.time()
        with self.db:
            seq = self.db.execute(
                "SELECT COALESCE(MAX(seq), -1) + 1 FROM messages WHERE conversation_id=?", (conversation_id,)
            ).fetchone()[0]
            cur = self.db.execute(
                "INSERT INTO messages(conversation_id, seq, role, content, status, model, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (conversation_id, seq, role, content, status, model, now),
            )
            self.db.execute("UPDATE conversations SET updated_at=? WHERE id=?", (now, conversation_id))
        return StoredMessage(int(cur.lastrowid or 0), conversation_id, seq, role, content, status=status,
                             model=model, created_at=now)

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

    def delete_messages_from(self, conversation_id: int, seq: int) -> None:
        """Delete the message at ``seq`` and everything after it (regenerate, edit-and-resend)."""
        with self.db:
            self.db.execute("DELETE FROM messages WHERE conversation_id=? AND seq>=?", (conversation_id, seq))

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
            conv = _conversation(row)
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
            conv = _conversation(row[:5])
            hits.setdefault(conv.id, SearchHit(conv, row[6], int(row[5])))
        return sorted(hits.values(), key=lambda h: -h.conversation.updated_at)[:limit]


def _fts_query(text: str) -> str:
    """User text -> a safe FTS5 query: every word must match, as a prefix."""
    words = [w for w in "".join(c if c.isalnum() else " " for c in text).split() if w]
    return " ".join(f'"{w}"*' for w in words)


def _conversation(row: Any) -> Conversation:
    return Conversation(int(row[0]), str(row[1]), float(row[2]), float(row[3]), row[4])


def _message(row: Any) -> StoredMessage:
    """Build a message from a row; a damaged row becomes a readable placeholder."""
    damaged = False

    def text(value: Any) -> str:
        nonlocal damaged
        if value is None:
            return ""
        if isinstance(value, bytes):
            damaged = True
            return value.decode("utf-8", errors="replace")
        if not isinstance(value, str):
            damaged = True
            return str(value)
        return value

    stats = None
    if row[8]:
        try:
            stats = json.loads(row[8])
            if not isinstance(stats, dict):
                raise ValueError("not an object")
        except ValueError:
            damaged, stats = True, None
    role, status = text(row[3]), text(row[6])
    if role not in ROLES:
        damaged, role = True, "assistant"
    if status not in STATUSES:
        damaged, status = True, "error"
    message = StoredMessage(
        id=int(row[0]), conversation_id=int(row[1]), seq=int(row[2]), role=role, content=text(row[4]),
        thinking=text(row[5]), status=status, error=row[7] if isinstance(row[7], str) else None,
        stats=stats, model=row[9] if isinstance(row[9], str) else None, created_at=float(row[10] or 0),
        damaged=damaged,
    )  # fmt: skip
    if damaged:
        log.warning("message %s in conversation %s is damaged", message.id, message.conversation_id)
    return message
