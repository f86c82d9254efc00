"""Keeping a conversation inside the context window, visibly.

When the prompt (plus room for the reply) is longer than the context length, the oldest
turns are left out, a whole turn at a time (a question with its answer and tool calls),
so the model never sees half an exchange. The system prompt, pinned messages and the
newest turn always stay. If even those do not fit, the request is refused with a reason
instead of being cut silently. The caller is told how many messages were left out.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from .errors import EngineError
from .types import GenerationParams, Message

PER_MESSAGE_OVERHEAD = 6  # turn markers and role name around each message
DROP_STEP = 4  # turns leave in fours, so the kept prefix (and its KV cache) stays put for a while
MIN_REPLY = 16  # tokens a reply needs at the least


class ContextOverflow(EngineError):
    """What must be kept does not fit the context length."""


@dataclass(frozen=True)
class ContextFit:
    messages: tuple[Message, ...]  # what the model will read
    dropped: int  # history messages left out
    prompt_tokens: int  # the prompt's size, as counted
    limit: int  # the context length applied
    max_tokens: int  # the reply's budget inside that context


def fit_to_context(
    messages: Sequence[Message],
    params: GenerationParams,
    limit: int,
    count: Callable[[Sequence[Message]], int],
    estimate: Callable[[Message], int],
) -> ContextFit:
    """``count`` measures a whole prompt exactly; ``estimate`` one message roughly (to plan drops)."""
    reserve = max(MIN_REPLY, min(params.max_tokens, limit // 4))
    budget = limit - reserve
    total = count(messages)
    kept = list(messages)
    dropped = 0
    groups = _droppable_groups(kept)
    gone = 0
    while (total > budget or gone % DROP_STEP) and groups:
        group = groups.pop(0)
        for m in group:
            kept.remove(m)
        gone += 1
        dropped += len(group)
        total -= sum(estimate(m) + PER_MESSAGE_OVERHEAD for m in group)
        if (total <= budget and gone % DROP_STEP == 0) or not groups:
            total = count(kept)  # re-measure: estimates are only a guide
    if total > budget:
        raise ContextOverflow(
            f"This message needs about {total:,} tokens, more than the {limit:,}-token context allows "
            f"(with {reserve:,} kept for the reply). Shorten it, unpin messages, or raise the context "
            "length in Settings."
        )
    return ContextFit(tuple(kept), dropped, total, limit, min(params.max_tokens, limit - total))


def _droppable_groups(messages: list[Message]) -> list[list[Message]]:
    """Oldest first: each user message with the replies after it, minus pinned and system ones.

    The newest turn (the last user message and anything after it) is never dropped.
    """
    last_user = max((i for i, m in enumerate(messages) if m.role == "user"), default=len(messages))
    groups: list[list[Message]] = []
    for m in messages[:last_user]:
        if m.role == "system" or m.pinned:
            continue
        if m.role == "user" or not groups:
            groups.append([m])
        else:
            groups[-1].append(m)
    return [g for g in groups if g]


def apply_fit(params: GenerationParams, fit: ContextFit) -> GenerationParams:
    return replace(params, max_tokens=max(1, fit.max_tokens))
