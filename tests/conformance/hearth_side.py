"""Hearth's side of the conformance check: its production path on the tiny checkpoint.

Prompt and tensors come from the same calls ``VisionBackend`` makes (``_prepare``,
``_prompt``, mlx-vlm's ``prepare_inputs``); logits and tokens come from ``Backend.stream``
itself, with one extra logits processor that records each step.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from typing import Any

import numpy as np

from runtime.media import file_key
from runtime.types import GenerationParams, StatsChunk
from runtime.vlm_backend import VisionBackend, _video, video_metadata

from .cases import Case

GREEDY_TOKENS = 16


@contextlib.contextmanager
def recording_steps(steps: list[np.ndarray]) -> Iterator[None]:
    """Record every step's logits that mlx-vlm's stream_generate computes."""
    import mlx.core as mx
    import mlx_vlm

    original = mlx_vlm.stream_generate

    def stream_generate(model: Any, processor: Any, prompt: str, **kwargs: Any) -> Any:
        def record(tokens: Any, logits: Any) -> Any:
            steps.append(np.array(logits.astype(mx.float32)).reshape(-1))
            return logits

        kwargs["logits_processors"] = [*(kwargs.get("logits_processors") or []), record]
        return original(model, processor, prompt, **kwargs)

    mlx_vlm.stream_generate = stream_generate
    try:
        yield
    finally:
        mlx_vlm.stream_generate = original


def params_for(case: Case, max_tokens: int = GREEDY_TOKENS) -> GenerationParams:
    return GenerationParams(tools=case.tools, enable_thinking=case.thinking, temperature=0.0, max_tokens=max_tokens)


def run_case(backend: VisionBackend, case: Case) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
    from mlx_vlm.utils import prepare_inputs

    backend.reset_cache()
    for turn in case.warmup:
        list(backend.stream(turn, params_for(case, 4), lambda: False))
    params = params_for(case)
    dicts, images, audio, videos = backend._prepare(case.messages)
    prompt = backend._prompt(dicts, params)
    extra = {"video_metadata": video_metadata(case.messages)} if videos else {}
    inputs = prepare_inputs(
        backend.processor, images=images or None, audio=audio or None, videos=videos or None, prompts=prompt, **extra
    )
    arrays = {k: np.array(v) for k, v in inputs.items() if hasattr(v, "shape")}
    arrays.update({f"decoded_image_{i}": np.asarray(im) for i, im in enumerate(images)})
    arrays.update({f"decoded_audio_{i}": np.asarray(a) for i, a in enumerate(audio)})
    arrays.update({f"decoded_video_{i}": np.asarray(v) for i, v in enumerate(videos)})

    steps: list[np.ndarray] = []
    with recording_steps(steps):
        chunks = list(backend.stream(case.messages, params, lambda: False))
    stats = next(c.stats for c in chunks if isinstance(c, StatsChunk))
    greedy: list[int] = []
    for logits in steps[:GREEDY_TOKENS]:  # mlx-vlm computes one step ahead of what it yields
        greedy.append(int(logits.argmax()))
        if greedy[-1] in backend.eos_ids:
            break
    arrays["first_logits"] = steps[0]
    arrays["greedy"] = np.array(greedy, np.int64)
    meta = {
        "prompt": prompt,
        "cached_tokens": stats.cached_tokens,
        "prompt_tokens": stats.prompt_tokens,
        # What the reference renders: the same template dicts, media parts as bare types.
        "messages": json.loads(json.dumps(dicts)),
        "tools": list(case.tools),
        "thinking": case.thinking,
        "n_images": len(images),
        "n_audio": len(audio),
        "n_videos": len(videos),
        # The true frame rate of the frames Hearth sampled (the reference's timestamps use it).
        "video_fps": [_video(*file_key(r.path)).fps for m in case.messages for r in m.media if r.kind == "video"],
        "media_token_ids": [getattr(backend.model.config, f"{k}_token_id", None) for k in ("image", "audio", "video")],
    }
    return meta, arrays
