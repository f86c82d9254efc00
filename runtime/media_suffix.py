"""Prefill only the new part of a prompt when that part brings pictures or sound.

mlx-vlm 0.7.10 reuses the previous turn's KV cache only when the uncached part of the
prompt is text, because its model call scatters *all* of a prompt's media features, in
order, into whatever placeholders the computed part holds. Without reuse, every voice turn
and every new photo re-prefilled the whole conversation.

Here the processor's tensors are cut at the cached prefix: the uncached tokens keep only
their own media (the later images' patches and patch positions, the later clips' frames
and masks) and ``mm_token_type_ids`` / the attention mask cut to the same tokens. RoPE
positions come from the cache offset; the bidirectional image mask over a cached prefix is
``mlx_vlm_patches`` fix 4. mlx-vlm then runs its own cached-prefix path on these inputs.

Only images and audio are cut (Gemma 4 unified's processor output is known key by key);
anything else returns None and the caller prefills cold, as before: video, a key this
module does not know, placeholder runs that do not match the media one to one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

# Processor outputs, by what they are indexed by.
_PER_TOKEN = ("input_ids", "attention_mask", "mm_token_type_ids", "token_type_ids")
_PER_IMAGE = ("pixel_values", "image_position_ids", "num_soft_tokens_per_image")
_PER_CLIP = ("input_features", "input_features_mask")


@dataclass(frozen=True)
class Split:
    """Where the cached prefix ends, and how many media items lie wholly inside it."""

    prefix_len: int
    images: int
    clips: int


def runs(ids: Sequence[int], token_id: int | None) -> list[tuple[int, int]]:
    """The [start, end) spans of consecutive ``token_id``: one per media item."""
    spans: list[tuple[int, int]] = []
    if token_id is None:
        return spans
    start = None
    for i, t in enumerate(ids):
        if t == token_id and start is None:
            start = i
        elif t != token_id and start is not None:
            spans.append((start, i))
            start = None
    if start is not None:
        spans.append((start, len(ids)))
    return spans


def split_at(
    ids: Sequence[int],
    prefix_len: int,
    *,
    image_id: int | None,
    audio_id: int | None,
    n_images: int,
    n_clips: int,
) -> Split | None:
    """Where to cut a prompt whose first ``prefix_len`` tokens are cached, or None.

    A prefix that ends inside a media span is moved back to the span's start (the KV there
    may be text that happened to share the placeholder id, and an image's bidirectional
    block cannot be split). None when the placeholder runs do not match the media one to
    one, or nothing is left to reuse.
    """
    image_runs, audio_runs = runs(ids, image_id), runs(ids, audio_id)
    if len(image_runs) != n_images or len(audio_runs) != n_clips:
        return None
    for start, end in image_runs + audio_runs:
        if start < prefix_len < end:
            prefix_len = start
    if prefix_len <= 0:
        return None
    return Split(
        prefix_len,
        images=sum(end <= prefix_len for _, end in image_runs),
        clips=sum(end <= prefix_len for _, end in audio_runs),
    )


def suffix_inputs(inputs: dict[str, Any], split: Split) -> dict[str, Any] | None:
    """The processor's tensors for the tokens after the prefix, with only their media.

    None when ``inputs`` holds a key whose layout is not known here.
    """
    out: dict[str, Any] = {}
    for key, value in inputs.items():
        if key in _PER_TOKEN:
            out[key] = value[:, split.prefix_len :]
        elif key in _PER_IMAGE:
            if value.shape[0] > split.images:
                out[key] = value[split.images :]
        elif key in _PER_CLIP:
            if value.shape[0] > split.clips:
                out[key] = value[split.clips :]
        else:
            return None
    return out
