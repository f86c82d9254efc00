"""How many requests the server holds at once (the queue policy).

The engine runs one reply at a time, first come first served (runtime.Engine). The server
admits one running request plus at most ``max_waiting`` queued behind it; past that it
answers 429 with Retry-After at once, rather than letting callers pile up behind a model
that can only answer one of them at a time. A request holds its place from the moment it
is queued until its reply ends or its client goes away (its Generation is then cancelled;
one still queued ends at once, so its place is free while the engine is busy elsewhere).

Replies the desktop app asks of the same engine queue there too but are not counted here.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from .errors import APIError

DEFAULT_MAX_WAITING = 16
RETRY_AFTER_S = 2


@dataclass(frozen=True)
class Finished:
    """How a served request ended (kept for /health and the tests)."""

    completion_id: str
    finish_reason: str


class Admission:
    """Counts admitted requests. Used from the event loop's thread only: no lock needed."""

    def __init__(self, max_waiting: int = DEFAULT_MAX_WAITING) -> None:
        self.max_waiting = max_waiting
        self.active = 0
        self.finished: deque[Finished] = deque(maxlen=64)

    def enter(self) -> None:
        if self.active >= 1 + self.max_waiting:
            raise APIError(
                429,
                f"The server is busy: one reply is being written and {self.max_waiting} are waiting. Try again shortly.",
                code="queue_full",
                headers={"Retry-After": str(RETRY_AFTER_S)},
            )
        self.active += 1

    def leave(self, completion_id: str, finish_reason: str) -> None:
        self.active -= 1
        self.finished.append(Finished(completion_id, finish_reason))
