"""Remembered facts in the history database, and the chats that leave them out. Qt-free.

Rows change only when the user asks: a "remember that …" message, or an edit in Settings
(app/chat/memories.py decides what a message asks; nothing here guesses).
"""

from __future__ import annotations

import sqlite3
import time

from .models import Memory


class Memories:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def all(self) -> list[Memory]:
        """Every remembered fact, newest first."""
        rows = self.db.execute("SELECT id, text, created_at FROM memories ORDER BY created_at DESC, id DESC")
        return [Memory(int(r[0]), str(r[1]), float(r[2])) for r in rows]

    def add(self, text: str) -> Memory:
        now = time.time()
        with self.db:
            cur = self.db.execute("INSERT INTO memories(text, created_at) VALUES (?, ?)", (text.strip(), now))
        return Memory(int(cur.lastrowid or 0), text.strip(), now)

    def update(self, memory_id: int, text: str) -> None:
        with self.db:
            self.db.execute("UPDATE memories SET text=? WHERE id=?", (text.strip(), memory_id))

    def delete(self, memory_id: int) -> None:
        with self.db:
            self.db.execute("DELETE FROM memories WHERE id=?", (memory_id,))

    # ---- per chat ------------------------------------------------------------------------

    def off_in(self, conversation_id: int) -> bool:
        """The user switched memory off in this chat: nothing is remembered or recalled in it."""
        row = self.db.execute("SELECT memory_off FROM conversations WHERE id=?", (conversation_id,)).fetchone()
        return bool(row and row[0])

    def set_off_in(self, conversation_id: int, off: bool) -> None:
        with self.db:
            self.db.execute("UPDATE conversations SET memory_off=? WHERE id=?", (int(off), conversation_id))
