"""Chat history (SQLite) and export. Qt-free."""

from .export import to_json, to_markdown
from .history import HistoryStore
from .memories import Memories
from .models import Conversation, Memory, SearchHit, StoredAttachment, StoredMessage, StoredSource

__all__ = [
    "Conversation",
    "HistoryStore",
    "Memories",
    "Memory",
    "SearchHit",
    "StoredAttachment",
    "StoredMessage",
    "StoredSource",
    "to_json",
    "to_markdown",
]
