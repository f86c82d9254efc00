"""Rows -> records. A damaged row becomes a readable placeholder instead of an exception."""

from __future__ import annotations

import json
import logging
from typing import Any

from .models import Conversation, StoredMessage

log = logging.getLogger(__name__)
ROLES = ("system", "user", "assistant", "tool")
STATUSES = ("complete", "streaming", "interrupted", "cancelled", "error")


def conversation_from_row(row: Any) -> Conversation:
    return Conversation(int(row[0]), str(row[1]), float(row[2]), float(row[3]), row[4])


def message_from_row(row: Any) -> StoredMessage:
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
        id=int(row[0]),
        conversation_id=int(row[1]),
        seq=int(row[2]),
        role=role,
        content=text(row[4]),
        thinking=text(row[5]),
        status=status,
        error=row[7] if isinstance(row[7], str) else None,
        stats=stats,
        model=row[9] if isinstance(row[9], str) else None,
        created_at=float(row[10] or 0),
        damaged=damaged,
        pinned=bool(row[11]) if len(row) > 11 else False,
        parent_id=row[12] if len(row) > 12 and isinstance(row[12], int) else None,
    )
    if damaged:
        log.warning("message %s in conversation %s is damaged", message.id, message.conversation_id)
    return message
