"""The records the history store hands out (frozen; safe to pass around the UI)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Conversation:
    id: int
    title: str
    created_at: float
    updated_at: float
    model: str | None = None


@dataclass(frozen=True)
class StoredAttachment:
    id: int
    kind: str  # image | audio | video
    name: str
    sha256: str
    ext: str
    size_bytes: int
    path: Path  # the file in the blob store
    thumb: Path  # a small PNG for display (may be missing for old rows)
    meta: dict[str, Any] = field(default_factory=dict)  # width, height, duration, clips, has_audio


@dataclass(frozen=True)
class StoredSource:
    """A passage of a document that a reply was given to read, numbered as the reply cites it ([n])."""

    n: int
    document: str  # the file's name
    sha256: str
    unit: str  # "page" | "slide" | "sheet" | "section" | ""
    place: str  # "12", "Sales", a heading
    text: str


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
    attachments: tuple[StoredAttachment, ...] = ()
    pinned: bool = False  # kept in the prompt when the chat outgrows the context
    parent_id: int | None = None  # the message this one follows (None: the first of its chat)
    siblings: tuple[int, ...] = ()  # every version at this place, oldest first; () if only one
    sources: tuple[StoredSource, ...] = ()  # passages a reply read (app/chat/sources.py)


@dataclass(frozen=True)
class Memory:
    """A fact the user asked Hearth to remember (put into the system prompt of their chats)."""

    id: int
    text: str
    created_at: float


@dataclass(frozen=True)
class SearchHit:
    conversation: Conversation
    snippet: str
    message_id: int | None = None


@dataclass
class OpenReport:
    """What happened while opening the store, for the UI to tell the user."""

    moved_aside: Path | None = None
    recovered: int = 0  # messages salvaged from a damaged file
    interrupted: int = 0
    notes: list[str] = field(default_factory=list)
