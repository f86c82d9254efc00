"""Steer a real model to write a given reply, token by token.

A logits processor that leaves only the scripted token possible at each step; the model
still runs every forward pass, and the text goes through the same detokenizer, splitter
and tool parser as a free reply. Tests and the app's self-test use it to exercise
thinking and tool-call handling on tiny random models.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def forcing_processor(token_ids: list[int]) -> Callable[[Any, Any], Any]:
    import mlx.core as mx

    step = [0]

    def force(_tokens: Any, logits: Any) -> Any:
        i = step[0]
        step[0] += 1
        if i >= len(token_ids):
            return logits
        hit = mx.arange(logits.shape[-1]) == token_ids[i]
        return mx.where(hit, mx.zeros_like(logits), mx.full(logits.shape, -1e9, dtype=logits.dtype))

    return force
