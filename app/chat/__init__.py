"""The turn logic every front end shares: a Qt-free chat session and the events it reports."""

from .events import (
    BusyChanged,
    ChatEvent,
    ConversationListChanged,
    FirstToken,
    MessagesChanged,
    NotRemembered,
    Problem,
    ProjectStale,
    Remembered,
    ReplyDelta,
    ReplyFinished,
    ReplyStarted,
    ToolApprovalRequested,
    ToolUpdated,
    TurnFinished,
)
from .session import ChatSession

__all__ = [
    "BusyChanged",
    "ChatEvent",
    "ChatSession",
    "MessagesChanged",
    "ConversationListChanged",
    "FirstToken",
    "NotRemembered",
    "Problem",
    "ProjectStale",
    "Remembered",
    "ReplyDelta",
    "ReplyFinished",
    "ReplyStarted",
    "ToolApprovalRequested",
    "ToolUpdated",
    "TurnFinished",
]
