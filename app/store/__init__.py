"""Chat history (SQLite) and export. Qt-free."""

from .export import to_json, to_markdown
from .history import HistoryStore
from .models import Conversation, SearchHit, StoredAttachment, StoredMessage

__all__ = ["Conversation", "HistoryStore", "SearchHit", "StoredAttachment", "StoredMessage", "to_json", "to_markdown"]
