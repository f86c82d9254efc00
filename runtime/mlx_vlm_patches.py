"""Four narrow fixes to mlx-vlm 0.7.10's Gemma 4 input path, applied before a model loads.

Both were found by comparing Hearth with Hugging Face transformers' Gemma 4 unified on the
same weights (tests/conformance/). Each replaces one small mlx-vlm function; each has a test
that fails without it (tests/runtime/test_mlx_vlm_patches.py and the conformance suite).

1. Audio placeholder count. ``Gemma4Processor._compute_audio_num_tokens`` computes
   ``ceil(n / sr * 1000 / 40)`` in floating point; 257,920 and 260,480 samples come out a
   hair above a whole number, so the prompt gets one ``<|audio|>`` more than the audio
   encoder gives frames (404 vs 403). mlx's ``masked_scatter`` wraps around, so the extra
   slot silently repeats frame 0. The reference counts ``ceil(n / 640)`` in integers.

2. Image + audio prompts lose bidirectional attention over image tokens. Gemma 4 unified
   (``use_bidirectional_attention == "vision"``) lets the tokens of one image attend to each
   other both ways. mlx-vlm builds that mask only when the whole prompt is prefilled in one
   piece; it prefills in one piece when the prompt has images, *unless it also has audio*
   (a comment there says to keep "mixed image+audio prompts causal" for quantized models).
   Prefilled in chunks, the mask silently falls back to causal (``mm_token_type_ids`` keeps
   the full prompt length, so the overlay's shape check skips it). The reference model is
   bidirectional for every prompt with images, and that is how the model was trained, so
   Hearth prefills any prompt with images or video in one piece, as mlx-vlm already does for
   image-only prompts. (Fixing the mask per chunk instead would still be wrong whenever an
   image straddles a chunk boundary, and sliding-window layers rotate their cache; the
   one-piece prefill is the path mlx-vlm already runs for image-only prompts.) Only the tokens
   being computed decide: a text turn after a cached picture is prefilled in chunks as usual.

3. Flat image patches. The encoder-free vision embedder starts with a LayerNorm over each
   48x48x3 patch. On a perfectly flat patch (white page, black letterbox, a screenshot's
   background) the reference gives exactly 0; MLX's LayerNorm (``mx.fast.layer_norm``, CPU,
   mlx 0.32) leaves up to 1.2e-2 (the float32 rounding of its mean, divided by sqrt(1e-5)),
   which moved the tiny model's first-step logits by up to 1.6e-2 on a video with one flat
   patch. Hearth's vision LayerNorms centre twice (x - mean, then minus the residue's mean),
   which gives the reference's exact 0 and costs three element-wise passes over the patches.
   This one is MLX's (upstream: ml-explore/mlx, fast layer_norm on constant rows), patched at
   mlx-vlm's ``VisionEmbedder`` because that is the only LayerNorm Gemma 4 unified has.

4. The bidirectional image mask over a cached prefix. ``_apply_blockwise_bidirectional_overlay``
   needs ``mm_token_type_ids`` as long as the mask's key axis and a square mask, so when the
   new tokens are prefilled after a cached prefix (mask: new tokens x cached + new keys) it
   returns the causal mask unchanged. mlx-vlm never reached that case (it reuses a cache only
   for text-only suffixes); Hearth does, for new pictures (runtime/media_suffix.py). The
   overlay is now also applied when the types cover the query rows: the cached keys are
   never in a new token's image block (media_suffix never cuts an image), so they keep the
   causal mask and the new keys, the mask's last columns, get the block overlay.

Upstream: 1, 2 and 4 are bugs in mlx-vlm 0.7.10; ``PATCHED_FOR`` names the version these were
written against. When mlx-vlm is upgraded, re-run the conformance suite and drop what
upstream fixed (tests/runtime/test_mlx_vlm_patches.py fails on a version change on purpose).
"""

from __future__ import annotations

import functools
from typing import Any

PATCHED_FOR = "0.7.10"

_applied = False


def apply() -> None:
    """Install the four fixes (idempotent)."""
    global _applied
    if _applied:
        return
    from mlx_vlm.models.gemma4 import language, processing_gemma4
    from mlx_vlm.models.gemma4_unified import gemma4_unified

    # Replacing these methods is this module's purpose.
    processing_gemma4.Gemma4Processor._compute_audio_num_tokens = _audio_num_tokens  # type: ignore[method-assign]
    original = gemma4_unified.Model._should_disable_chunked_prefill

    def should_disable_chunked_prefill(self: Any, input_ids: Any = None, **kwargs: Any) -> bool:
        kwargs = _types_of_computed_tokens(input_ids, kwargs)
        if original(self, input_ids, **kwargs):
            return True
        return bool(self._base_no_chunked_prefill) and _has_visual_tokens(self, input_ids, kwargs)

    gemma4_unified.Model._should_disable_chunked_prefill = should_disable_chunked_prefill  # type: ignore[method-assign]

    embedder_init = gemma4_unified.VisionEmbedder.__init__

    def vision_embedder_init(self: Any, config: Any) -> None:
        embedder_init(self, config)
        # Same parameter names (weight, bias), so the checkpoint loads into these unchanged.
        for name in ("patch_ln1", "patch_ln2", "pos_norm"):
            setattr(self, name, centred_layer_norm(getattr(self, name)))

    gemma4_unified.VisionEmbedder.__init__ = vision_embedder_init  # type: ignore[method-assign]
    language.Gemma4TextModel._apply_blockwise_bidirectional_overlay = _overlay_after_cached_prefix(  # type: ignore[method-assign]
        language.Gemma4TextModel._apply_blockwise_bidirectional_overlay
    )
    _applied = True


def _audio_num_tokens(self: Any, audio_waveform: Any, sampling_rate: int) -> int:
    """ceil(samples / samples_per_token) in integers (640 samples = 40 ms at 16 kHz)."""
    ms_per_token = int(self.audio_ms_per_token)
    n = len(audio_waveform) * 1000
    per_token = int(sampling_rate) * ms_per_token
    return min(-(-n // per_token), self.audio_seq_length)


def _types_of_computed_tokens(input_ids: Any, kwargs: dict[str, Any]) -> dict[str, Any]:
    """Token types cut to the tokens to compute: on a cached prefix mlx-vlm passes the whole
    prompt's, and a picture in the cached part would keep a text turn from being prefilled in
    chunks (so the sliding window's copy, runtime/window_checkpoint.py, could not be taken)."""
    if input_ids is None:
        return kwargs
    out = dict(kwargs)
    for key in ("mm_token_type_ids", "token_type_ids"):
        types = out.get(key)
        if types is not None and types.shape[-1] > input_ids.shape[-1]:
            out[key] = types[..., -input_ids.shape[-1] :]
    return out


def _has_visual_tokens(model: Any, input_ids: Any, kwargs: dict[str, Any]) -> bool:
    import mlx.core as mx

    types = kwargs.get("mm_token_type_ids")
    if types is None:
        types = kwargs.get("token_type_ids")
    if types is not None:  # 1: image, 2: video, 3: audio
        return bool(mx.any((types == 1) | (types == 2)).item())
    if input_ids is None:
        return False
    ids = [getattr(model.config, k, None) for k in ("image_token_id", "video_token_id")]
    return any(i is not None and bool(mx.any(input_ids == i).item()) for i in ids)


def _overlay_after_cached_prefix(original: Any) -> Any:
    def overlay(self: Any, base_mask: Any, mm_token_type_ids: Any) -> Any:
        import mlx.core as mx

        if mm_token_type_ids is None or base_mask.ndim < 2:
            return original(self, base_mask, mm_token_type_ids)
        queries, keys = base_mask.shape[-2], base_mask.shape[-1]
        cached = keys - queries
        if mm_token_type_ids.shape[1] != queries or cached <= 0:
            return original(self, base_mask, mm_token_type_ids)
        # The cached keys' type is "text" (0): outside every block, so left causal.
        padded = mx.concatenate(
            [mx.zeros((mm_token_type_ids.shape[0], cached), mm_token_type_ids.dtype), mm_token_type_ids], axis=1
        )
        blocks = self._block_sequence_ids_for_mask(padded)
        same_block = (blocks[:, cached:, None] != -1) & (blocks[:, cached:, None] == blocks[:, None, :])
        return base_mask | mx.expand_dims(same_block, 1)

    return overlay


def centred_layer_norm(norm: Any) -> Any:
    """An ``nn.LayerNorm`` with the same dims, eps and parameters that centres exactly."""
    dims = norm.weight.shape[0] if "weight" in norm else norm.dims
    return _centred_layer_norm_class()(dims, eps=norm.eps, affine="weight" in norm, bias="bias" in norm)


@functools.cache
def _centred_layer_norm_class() -> type:
    import mlx.core as mx
    import mlx.nn as nn

    class CentredLayerNorm(nn.LayerNorm):
        def __call__(self, x: mx.array) -> mx.array:
            d = x - mx.mean(x, axis=-1, keepdims=True)
            d = d - mx.mean(d, axis=-1, keepdims=True)  # the first mean's rounding, removed
            y = d * mx.rsqrt(mx.mean(mx.square(d), axis=-1, keepdims=True) + self.eps)
            if "weight" in self:
                y = y * self.weight
            return y + self.bias if "bias" in self else y

    return CentredLayerNorm
