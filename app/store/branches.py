"""Branches: every version of a message is kept, as siblings in a tree.

Each message row names the message it follows (``parent_id``; NULL: the first of its chat)
and whether it is the chosen one among its siblings (``active``). The chat as shown and as
sent to the model is the *active path*: from the first message down, at each step the active
child. Regenerate and Edit add a sibling and make it the active one; switching versions
(‹ 2/3 ›) makes another sibling active, and with it the path it had below it, since each
message keeps its own active child.

Reading is forgiving, so a salvaged or half-written file still shows a chat: a sibling group
with no active message, or several, follows the newest active one, else the newest; a message
whose parent is gone counts as a first message.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

# Old linear chats (and rows salvaged from a file without branches) become one path: each
# message follows the one before it in its chat's order.
LINK_BY_SEQ = """
    UPDATE messages SET parent_id = (
        SELECT p.id FROM messages p WHERE p.conversation_id = messages.conversation_id
        AND (p.seq < messages.seq OR (p.seq = messages.seq AND p.id < messages.id))
        ORDER BY p.seq DESC, p.id DESC LIMIT 1
    ) WHERE {where}
"""


@dataclass(frozen=True)
class Node:
    """A message's place in its chat's tree (what the path needs, without the text)."""

    id: int
    parent_id: int | None
    active: bool
    seq: int


@dataclass(frozen=True)
class Step:
    """One message of a path, with all the versions at its place (itself included, oldest first;
    empty where it is the only one, so a chat without branches reads as it always did)."""

    id: int
    siblings: tuple[int, ...] = ()


def _children(nodes: Sequence[Node]) -> dict[int | None, list[Node]]:
    ids = {n.id for n in nodes}
    children: dict[int | None, list[Node]] = {}
    for n in sorted(nodes, key=lambda n: (n.seq, n.id)):
        parent = n.parent_id if n.parent_id in ids and n.parent_id != n.id else None
        children.setdefault(parent, []).append(n)
    return children


def active_path(nodes: Sequence[Node]) -> list[Step]:
    """The chat as shown: from the first message, the active child at each step."""
    children = _children(nodes)
    path: list[Step] = []
    group = children.get(None, [])
    seen: set[int] = set()
    while group:
        chosen = next((n for n in reversed(group) if n.active), group[-1])
        if chosen.id in seen:  # only a damaged file could loop; stop rather than spin
            break
        seen.add(chosen.id)
        path.append(Step(chosen.id, tuple(n.id for n in group) if len(group) > 1 else ()))
        group = children.get(chosen.id, [])
    return path


def ancestors(nodes: Sequence[Node], message_id: int) -> list[int]:
    """``message_id`` and the messages above it, nearest first."""
    by_id = {n.id: n for n in nodes}
    out: list[int] = []
    current: int | None = message_id
    while current is not None and current in by_id and current not in out:
        out.append(current)
        current = by_id[current].parent_id
    return out
