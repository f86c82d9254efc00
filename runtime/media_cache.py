"""A prompt cache that knows pictures and sounds, not only token ids.

mlx-vlm reuses the KV cache of the previous prompt up to the longest common run of token
ids. Media are placeholders in that run: every picture of one size, and every clip of one
length, has the same ids. So a new picture after another would be answered from the old
one's cache, and a new clip in the uncached part is fed with every clip's features (all
measured on the tiny model). Reuse is therefore refused where the cached part holds media
that differ from this prompt's, or where the new part holds media at all.
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


def new_cache_state(media_ids: frozenset[int]) -> Any:
    """An empty media-aware prompt cache (mlx-vlm is imported on first use: it is slow)."""
    return _cache_state_class()(media_ids)


@functools.cache
def _cache_state_class() -> type:
    import mlx_vlm

    class MediaAwareCacheState(mlx_vlm.PromptCacheState):
        def __init__(self, media_ids: frozenset[int]) -> None:
            super().__init__()
            self.media_ids = media_ids
            self.cached_media: tuple[Hashable, ...] = ()  # the media of the cached prompt, in order
            self.next_media: tuple[Hashable, ...] = ()  # set before each generation

        def find_prefix_length(self, new_ids: list) -> int:
            n = super().find_prefix_length(new_ids)
            if n == 0 or not self.media_ids:
                return n
            if any(t in self.media_ids for t in new_ids[n:]):
                return 0  # new media in the part to compute: mlx-vlm would misplace the features
            same = self.next_media[: len(self.cached_media)] == self.cached_media
            if not same and any(t in self.media_ids for t in new_ids[:n]):
                return 0  # the cached part holds other media behind the same placeholder ids
            return n

        def update(self, token_ids: Sequence[int], kv_cache: list) -> None:
            super().update(list(token_ids), kv_cache)
            self.cached_media = self.next_media

    return MediaAwareCacheState
