"""A prompt cache that knows pictures and sounds, not only token ids.

mlx-vlm reuses the KV cache of the previous prompt up to the longest common run of token
ids. Media are placeholders in that run: every picture of one size, and every clip of one
length, has the same ids. So a new picture after another would be answered from the old
one's cache, and a new clip in the uncached part is fed with every clip's features (all
measured on the tiny model). Reuse is therefore refused where the cached part holds media
that differ from this prompt's, or, on mlx-vlm's own path, where the new part holds media
at all. ``prefix_with_media`` allows media in the new part: the caller then hands mlx-vlm
only the new part's media (runtime/media_suffix.py).
"""

from __future__ import annotations

import functools
from collections.abc import Hashable, Sequence
from typing import Any


def media_token_ids(config: Any) -> frozenset[int]:
    """The placeholder ids of images, audio and video in a model's config."""
    ids = set()
    for source in (config, getattr(config, "text_config", None)):
        for name in (
            "image_token_id",
            "image_token_index",
            "audio_token_id",
            "audio_token_index",
            "video_token_id",
            "video_token_index",
        ):
            value = getattr(source, name, None) if source is not None else None
            if isinstance(value, int):
                ids.add(value)
    return frozenset(ids)


def video_token_ids(config: Any) -> frozenset[int]:
    """The placeholder ids of video frames in a model's config."""
    ids = set()
    for source in (config, getattr(config, "text_config", None)):
        for name in ("video_token_id", "video_token_index"):
            value = getattr(source, name, None) if source is not None else None
            if isinstance(value, int):
                ids.add(value)
    return frozenset(ids)


def new_cache_state(media_ids: frozenset[int], video_ids: frozenset[int] = frozenset()) -> Any:
    """An empty media-aware prompt cache (mlx-vlm is imported on first use: it is slow)."""
    return _cache_state_class()(media_ids, video_ids)


def _common_length(a: Sequence[Hashable], b: Sequence[Hashable]) -> int:
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    return k


def _run_start(ids: Sequence[int], k: int, media_ids: frozenset[int]) -> int:
    """Where the k-th (0-based) run of one placeholder id begins; len(ids) if there are fewer."""
    seen = -1
    for i, t in enumerate(ids):
        if t in media_ids and (i == 0 or ids[i - 1] != t):
            seen += 1
            if seen == k:
                return i
    return len(ids)


@functools.cache
def _cache_state_class() -> type:
    import mlx_vlm

    class MediaAwareCacheState(mlx_vlm.PromptCacheState):
        def __init__(self, media_ids: frozenset[int], video_ids: frozenset[int]) -> None:
            super().__init__()
            self.media_ids = media_ids
            self.video_ids = video_ids
            self.cached_media: tuple[Hashable, ...] = ()  # the media of the cached prompt, in order
            self.next_media: tuple[Hashable, ...] = ()  # set before each generation
            self.checkpoints: tuple[Any, ...] = ()  # runtime/window_checkpoint.py: the cache at histories' ends

        def find_prefix_length(self, new_ids: list) -> int:
            # At least one token is left to compute (a prompt the cache holds whole, as when a
            # reply is regenerated, was refused by mlx-vlm and prefilled cold).
            n = min(self.prefix_with_media(new_ids), len(new_ids) - 1)
            if n and any(t in self.media_ids for t in new_ids[n:]):
                return 0  # new media in the part to compute: mlx-vlm would misplace the features
            return n

        def prefix_with_media(self, new_ids: list) -> int:
            """Cached tokens that are this prompt's, whatever the uncached part holds.

            ``cached_media`` and ``next_media`` name one item per placeholder run, in prompt
            order (a long sound is several clips). The prefix stops where the first item
            that differs from the cached one begins: a clip re-sent longer (a voice turn
            continued after a pause) keeps the history before it.
            """
            n = super().find_prefix_length(new_ids)
            if n == 0 or not self.media_ids:
                return n
            k = _common_length(self.cached_media, self.next_media)
            if k == len(self.cached_media):
                return n  # every item in the cache is this prompt's, in the same place
            if self.video_ids & set(new_ids[:n]):
                # A video's frames are many runs for one item: runs and items do not align.
                return 0 if any(t in self.media_ids for t in new_ids[:n]) else n
            return min(n, _run_start(new_ids, k, self.media_ids))

        def update(self, token_ids: Sequence[int], kv_cache: list) -> None:
            super().update(list(token_ids), kv_cache)
            self.cached_media = self.next_media

    return MediaAwareCacheState
