"""GenerationParams -> mlx-lm sampler and logits processors (used by both backends)."""

from __future__ import annotations

from typing import Any

from .types import GenerationParams


def make_sampling(params: GenerationParams) -> dict[str, Any]:
    """Keyword arguments for mlx-lm / mlx-vlm ``stream_generate``."""
    import mlx.core as mx
    from mlx_lm.sample_utils import make_logits_processors, make_sampler

    if params.seed is not None:
        mx.random.seed(params.seed)
    sampler = make_sampler(
        temp=params.temperature,
        top_p=params.top_p if params.top_p < 1.0 else 0.0,
        min_p=params.min_p,
        top_k=params.top_k,
    )
    processors = make_logits_processors(
        repetition_penalty=params.repetition_penalty if params.repetition_penalty != 1.0 else None,
        repetition_context_size=64,
    )
    return {"sampler": sampler, "logits_processors": processors or None}
