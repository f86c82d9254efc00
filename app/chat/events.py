"""What a chat session tells its front end (window, terminal, API server). Plain data, Qt-free.

A front end calls ``ChatSession.poll()`` (the window every 30 ms, the terminal in a loop) and
acts on these in order. Each says what changed; the stored rows stay the truth.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.store import Memory, StoredMessage
from app.tools import ToolRecord


@dataclass(frozen=True)
class MessagesChanged:
    """Rows of this conversation were added, changed or removed: show it again."""

    conversation_id: int


@dataclass(frozen=True)
class ReplyStarted:
    """The model's reply row exists (empty, streaming); text follows as ``ReplyDelta``."""

    message: StoredMessage


@dataclass(frozen=True)
class ReplyDelta:
    """New text of the streaming reply; ``answer`` and ``thinking`` are the whole text so far."""

    message_id: int
    conversation_id: int
    answer_delta: str
    thinking_delta: str
    answer: str
    thinking: str


@dataclass(frozen=True)
class FirstToken:
    at: float  # time.monotonic() of the model's first token (voice measures from it)


@dataclass(frozen=True)
class ReplyFinished:
    """The reply row is final (complete, stopped or failed); a tool round may still follow."""

    message: StoredMessage


@dataclass(frozen=True)
class TurnFinished:
    """The turn is over with this reply: no tool round follows (a voice chat listens again)."""

    message: StoredMessage


@dataclass(frozen=True)
class ToolApprovalRequested:
    """A tool call waits for the user's Run or Skip: answer with ``ChatSession.decide_tool``."""

    message_id: int
    record: ToolRecord


@dataclass(frozen=True)
class ToolUpdated:
    """A tool row was added or changed (running, done, failed, declined)."""

    message_id: int
    conversation_id: int
    record: ToolRecord


@dataclass(frozen=True)
class BusyChanged:
    busy: bool


@dataclass(frozen=True)
class Problem:
    """A sentence for the user."""

    text: str


@dataclass(frozen=True)
class Remembered:
    """The user's message asked Hearth to remember a fact, and it is stored (show it, offer Forget)."""

    conversation_id: int
    memory: Memory


@dataclass(frozen=True)
class NotRemembered:
    """The user asked Hearth to remember ``fact``, but it was not: ``where`` memory is off
    ("settings" or "chat"), or "too_long" (over MAX_FACT_CHARS; ``fact`` is its start)."""

    conversation_id: int
    fact: str
    where: str


@dataclass(frozen=True)
class ConversationListChanged:
    """The list of conversations changed (a new one, a new title, a newer last message)."""


@dataclass(frozen=True)
class ProjectStale:
    """Files of the chat's project changed since it was indexed: this reply reads what is
    indexed; the front end re-indexes them (in the background) for the next one."""

    project: str
    changed: int  # new, changed and removed files


ChatEvent = (
    MessagesChanged
    | ReplyStarted
    | ReplyDelta
    | FirstToken
    | ReplyFinished
    | TurnFinished
    | ToolApprovalRequested
    | ToolUpdated
    | BusyChanged
    | Problem
    | Remembered
    | NotRemembered
    | ConversationListChanged
    | ProjectStale
)
