"""Chat history (SQLite) and export. Qt-free."""

from .export import to_json, to_markdown
from .history import Conversation, HistoryStore, SearchHit, StoredMessage

__all__ = ["Conversation", "HistoryStore", "SearchHit", "StoredMessage", "to_json", "to_markdown"]
