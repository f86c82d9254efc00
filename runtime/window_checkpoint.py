"""Keep a chat's cache reusable once its sliding-window layers have wrapped.

Gemma's sliding-window layers keep only the last ``window`` tokens (a ring buffer). Reusing
the previous turn's cache means trimming it back to the tokens the new prompt shares, and
the shared part always ends *before* the previous reply: the generation prompt opens the
reply (with thinking off Gemma 4 adds an empty thought block, ``<|channel>thought\\n<channel|>``),
but the chat template writes an earlier reply without it, exactly as the reference does.
A wrapped ring buffer cannot go back: its older tokens were overwritten. mlx-vlm then
refuses the cache (correctly) and the whole conversation is prefilled again: every turn of a
chat longer than the window, voice or text, cost a cold prefill.

So during each prefill a copy of the cache is kept at the point where the generation prompt
begins (the history's end). Ring-buffer layers are copied (the last ``window`` tokens each);
full-attention layers only note their length, as they can always be trimmed. On the next
turn, when the new prompt shares at least that history but the cache cannot be trimmed to
the shared part, the copy is put back and only the rest is prefilled. The KV state restored
is the one the same tokens produced, so the output is the cold prefill's
(tests/runtime/test_window_checkpoint.py compares logits).

Two copies are kept (``KEPT``): the last prompt's history, and the start of its final user
message (taken in the same prefill, or the cache as it stood when the turn extended it whole,
after a history or pause prefill), else the history before. A turn that replaces the last
prompt's final message (a voice turn continued after its reply started, a second pause in
one turn, an edit) leaves that history before its end: with one copy it was prefilled cold,
the whole chat.

MTP's rounds turn a ring buffer into mlx-vlm's ``BufferedRotatingKVCache`` in place, after
the prefill: a copy of the plain kind is put back into such a layer as MTP converts it (in
the ring's layout the buffered layer read the wrong positions: the next turn crashed in
attention).

mlx-vlm's prefill loop already takes such a checkpoint for its automatic prefix cache
(``prompt_cache_checkpoint`` in ``generate_step``); ``install`` hands Hearth's request to it
when mlx-vlm passes none. The copy needs a chunked prefill: prompts mlx-vlm prefills in one
piece (pictures, mlx_vlm_patches fix 2) take none and keep the old behaviour.

Upstream proposal: let ``PromptCacheState`` keep such a checkpoint at the generation prompt
(the boundary ``apply_chat_template`` knows), restored in ``stream_generate`` when
``_prefix_cache_trim_amount`` returns None.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any

KEPT = 2  # checkpoints kept per cache: the last prompt's history and the one before it
_request = threading.local()  # the checkpoint the current thread's prefill should take
_installed = False


@dataclass(frozen=True)
class Checkpoint:
    """A cache's state after its first ``length`` tokens, which were ``token_ids`` and ``media``."""

    length: int
    token_ids: tuple[int, ...]
    layers: tuple[Any, ...]  # per layer: a ring buffer's snapshot, or None (trim a full layer)
    # One item per placeholder run in ``token_ids`` (runtime/media_cache.py): every clip of one
    # length is the same ids, so the ids alone do not say whose KV this is.
    media: tuple[Hashable, ...] = ()

    def valid_for(self, cached_ids: Sequence[int] | None, cached_media: Sequence[Hashable] = ()) -> bool:
        """Whether a cache that holds ``cached_ids`` (with ``cached_media``) starts with this."""
        if cached_ids is None or tuple(cached_ids[: self.length]) != self.token_ids:
            return False
        return tuple(cached_media[: len(self.media)]) == self.media


def take(cache: Sequence[Any], token_ids: Sequence[int], media: Sequence[Hashable] = ()) -> Checkpoint | None:
    """A copy of ``cache`` as it is now, after ``token_ids``; None for caches it cannot copy."""
    from mlx_vlm.models.cache import BufferedRotatingKVCache, KVCache, RotatingKVCache

    length = len(token_ids)
    layers: list[Any] = []
    for c in cache:
        if type(c) is KVCache:
            layers.append(None)
        elif type(c) in (RotatingKVCache, BufferedRotatingKVCache) and not c.keep:
            # The buffered kind is what MTP's rounds turn a ring buffer into (in place).
            layers.append({**_window(c), "kind": type(c).__name__})
        else:  # quantized, linear attention, kept tokens: not handled here
            return None
        if int(c.offset) != length:
            return None
    return Checkpoint(length, tuple(int(t) for t in token_ids), tuple(layers), tuple(media))


def restore(cache: Sequence[Any], checkpoint: Checkpoint) -> bool:
    """Put ``cache`` back to the checkpoint; False (cache untouched) if it does not fit."""
    if len(cache) != len(checkpoint.layers):
        return False
    for c, saved in zip(cache, checkpoint.layers, strict=True):
        if int(c.offset) < checkpoint.length or not _fits(c, saved):
            return False
    for c, saved in zip(cache, checkpoint.layers, strict=True):
        if saved is None:
            c.trim(int(c.offset) - checkpoint.length)
        elif saved["kind"] == type(c).__name__:
            # A copy again: the ring buffer is written in place by the next prefill.
            c.prefix_cache_restore(_detached(saved))
        else:  # taken before MTP buffered the layer: buffered again, as MTP does it
            c.prefix_cache_restore(_buffered(c, saved).prefix_cache_snapshot())
    return True


def _fits(c: Any, saved: dict[str, Any] | None) -> bool:
    kind = type(c).__name__
    if saved is None:
        return kind == "KVCache"
    return saved["kind"] == kind or (saved["kind"], kind) == ("RotatingKVCache", "BufferedRotatingKVCache")


def _window(c: Any) -> dict[str, Any]:
    """A detached copy of a sliding layer. A chunked prefill leaves up to window + chunk - 1
    tokens in a ring buffer (the next update drops them): a wrapped one keeps only its
    window, in order, which is the state mlx-vlm's next update makes of it either way."""
    from mlx_vlm.models.cache import RotatingKVCache

    if type(c) is RotatingKVCache and c.keys is not None and int(c.offset) >= c.max_size:
        keys, values = (c._temporal_order(a)[..., -c.max_size :, :] for a in (c.keys, c.values))
        keep, size, offset, _ = c.meta_state
        return _detached({"state": (keys, values), "meta_state": (keep, size, offset, str(c.max_size))})
    if type(c) is not RotatingKVCache and c.keys is not None:
        # Buffered (MTP): keys[:_idx] are positions offset - _idx on, then spare room; kept: the window.
        end = int(c._idx)
        n = min(end, c.max_size)
        keys, values = (a[..., end - n : end, :] for a in (c.keys, c.values))
        keep, size, offset, _, _, spare = c.meta_state
        meta = (keep, size, offset, str(n), str(int(offset) - n), spare)
        return _detached({"state": (keys, values), "meta_state": meta})
    return _detached(c.prefix_cache_snapshot())


def _buffered(c: Any, saved: dict[str, Any]) -> Any:
    from mlx_vlm.models.cache import BufferedRotatingKVCache, RotatingKVCache

    ring = RotatingKVCache(c.max_size, c.keep)
    ring.prefix_cache_restore(_detached(saved))
    return BufferedRotatingKVCache.from_cache(ring, buffer_size=c.buffer_size)


def request(tokens_before_end: Sequence[int], on_checkpoint: Callable[[list[Any]], None]) -> None:
    """Ask the next prefill on this thread to call ``on_checkpoint(cache)`` at each of
    ``tokens_before_end`` tokens before the prompt's end (the generation prompt's length; the
    last message's start)."""
    _request.value = (tuple(tokens_before_end), on_checkpoint)


def clear_request() -> None:
    _request.value = None


def install() -> None:
    """Let mlx-vlm's prefill take Hearth's checkpoint (idempotent)."""
    global _installed
    if _installed:
        return
    from mlx_vlm.generate import dispatch

    original = dispatch.generate_step

    def generate_step(input_ids: Any, *args: Any, **kwargs: Any) -> Any:
        wanted = getattr(_request, "value", None)
        _request.value = None  # one prefill per request
        if wanted is not None and kwargs.get("prompt_cache_checkpoint") is None:
            before_end, on_checkpoint = wanted
            n = int(input_ids.shape[1])
            at = sorted({n - b for b in before_end if 0 < n - b < n})
            if at:
                kwargs.update(
                    prompt_cache_checkpoint=lambda _n, cache: on_checkpoint(cache),
                    prompt_cache_checkpoint_len=at[-1],
                    prompt_cache_checkpoint_lengths=at,
                )
        return original(input_ids, *args, **kwargs)

    dispatch.generate_step = generate_step
    _installed = True


def _detached(snapshot: dict[str, Any]) -> dict[str, Any]:
    import mlx.core as mx

    keys, values = snapshot["state"]
    copy = [None if a is None else mx.contiguous(mx.array(a, dtype=a.dtype)) for a in (keys, values)]
    mx.eval([a for a in copy if a is not None])
    return {"state": tuple(copy), "meta_state": tuple(snapshot["meta_state"])}
