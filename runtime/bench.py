"""`hearth bench`: Hearth's engine against raw mlx-lm / mlx-vlm on the same loaded model.

Both sides run on the engine thread over the same model object and the same rendered
prompt, greedy, alternating runs so drift affects both. Decode speed is compared over
the same number of tokens (Hearth may stop earlier on a model's stop string).
"""

from __future__ import annotations

import functools
import statistics
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, replace
from typing import Any

from .backend import Backend
from .engine import Engine
from .types import DoneChunk, GenerationParams, Message, StatsChunk, TextChunk

BENCH_TOPIC = (
    "Here are some notes about an old harbour town. The streets climb from the water to a "
    "chapel on the hill, the fishing boats leave before dawn, and the market fills the square "
    "on Saturdays with bread, cheese, fruit and fish. "
)
TURN_TEXT = (
    "Question {n}: tell me a short fact about the number {k}, about rivers, about the colour "
    "blue and about a small town near the sea. Keep it brief please."
)


@dataclass
class Figures:
    ttft_s: float
    prefill_tps: float
    decode_tps: float
    peak_memory_gb: float
    prompt_tokens: int
    generated_tokens: int


def bench_prompt(words: int = 400) -> list[Message]:
    repeats = max(1, words // len(BENCH_TOPIC.split()))
    return [Message("user", BENCH_TOPIC * repeats + "Write a long story set in this town.")]


def run_bench(
    engine: Engine, *, tokens: int = 64, turns: int = 10, repeats: int = 3, log: Callable[[str], None] = lambda _m: None
) -> dict[str, Any]:
    info = engine.info
    assert info is not None, "load a model first"
    messages = bench_prompt()
    # Plain decoding here: raw stream_generate has no drafter, so the comparison is like for like.
    params = GenerationParams(
        temperature=0.0,
        max_tokens=tokens,
        reuse_cache=False,
        model_stops=False,
        stop_repetition=False,
        speculative=False,
    )
    prompt = engine.call(lambda b: b.render(messages, params)).result()
    log("warming up")
    _hearth_once(engine, messages, params)
    hearth_runs, raw_runs = [], []
    for i in range(repeats):
        log(f"run {i + 1}/{repeats}: hearth")
        hearth_runs.append(_hearth_once(engine, messages, params))
        n = hearth_runs[-1].generated_tokens
        log(f"run {i + 1}/{repeats}: raw {info.backend}")
        raw_runs.append(
            engine.call(functools.partial(_raw_once, prompt=prompt, max_tokens=tokens, compare_tokens=n)).result()
        )
    hearth, raw = _median(hearth_runs), _median(raw_runs)
    mtp = _mtp(engine, messages, params, repeats, log) if info.drafter else None
    log("multi-turn conversation with cache reuse")
    ttfts = _conversation(engine, turns)
    return {
        "mtp": mtp,
        "model": info.name,
        "backend": info.backend,
        "hearth": asdict(hearth),
        "raw": asdict(raw),
        "decode_ratio": hearth.decode_tps / raw.decode_tps if raw.decode_tps else 0.0,
        "prefill_ratio": hearth.prefill_tps / raw.prefill_tps if raw.prefill_tps else 0.0,
        "ttft_ratio": hearth.ttft_s / raw.ttft_s if raw.ttft_s else 0.0,
        "turns": ttfts,
        "turn1_ttft_s": ttfts[0]["ttft_s"],
        "turn_last_ttft_s": ttfts[-1]["ttft_s"],
        "turn_last_over_turn1": ttfts[-1]["ttft_s"] / ttfts[0]["ttft_s"],
    }


def _hearth_once(engine: Engine, messages: list[Message], params: GenerationParams) -> Figures:
    stats = None
    for chunk in engine.generate(messages, params):
        if isinstance(chunk, StatsChunk):
            stats = chunk.stats
        elif isinstance(chunk, DoneChunk) and chunk.error:
            raise chunk.error
    assert stats is not None
    return Figures(
        stats.ttft_s,
        stats.prefill_tps,
        stats.decode_tps,
        stats.peak_memory_gb,
        stats.prompt_tokens,
        stats.generated_tokens,
    )


def _mtp(
    engine: Engine, messages: list[Message], params: GenerationParams, repeats: int, log: Callable[[str], None]
) -> dict[str, Any]:
    """Greedy decoding with and without the MTP drafter: speed-up, acceptance, same text."""
    plain_runs, mtp_runs, identical = [], [], True
    drafted = accepted = 0
    for i in range(repeats):
        log(f"run {i + 1}/{repeats}: MTP off / on")
        plain_text, plain = _text_and_stats(engine, messages, replace(params, speculative=False))
        mtp_text, fast = _text_and_stats(engine, messages, replace(params, speculative=True))
        identical &= plain_text == mtp_text
        plain_runs.append(plain.decode_tps)
        mtp_runs.append(fast.decode_tps)
        drafted, accepted = drafted + fast.draft_tokens, accepted + fast.accepted_tokens
    off, on = statistics.median(plain_runs), statistics.median(mtp_runs)
    return {
        "drafter": engine.info.drafter if engine.info else None,
        "decode_tps_off": off,
        "decode_tps_on": on,
        "speedup": on / off if off else 0.0,
        "drafted_tokens": drafted,
        "accepted_tokens": accepted,
        "acceptance": accepted / drafted if drafted else 0.0,
        "identical_output": identical,
    }


def _text_and_stats(engine: Engine, messages: list[Message], params: GenerationParams):
    text, stats = "", None
    for chunk in engine.generate(messages, params):
        if isinstance(chunk, TextChunk):
            text += chunk.text
        elif isinstance(chunk, StatsChunk):
            stats = chunk.stats
        elif isinstance(chunk, DoneChunk) and chunk.error:
            raise chunk.error
    assert stats is not None
    return text, stats


def _raw_once(backend: Backend, prompt: str, max_tokens: int, compare_tokens: int) -> Figures:
    """The library's own stream_generate, timed the way Hearth times itself."""
    import mlx.core as mx

    mx.reset_peak_memory()
    stream: Iterator[Any]  # mlx-vlm's and mlx-lm's responses: both carry prompt_tokens
    if backend.info.backend == "mlx-vlm":
        import mlx_vlm

        stream = mlx_vlm.stream_generate(
            backend.model,  # type: ignore[attr-defined]
            backend.processor,  # type: ignore[attr-defined]
            prompt,
            max_tokens=max_tokens,
            temperature=0.0,
        )
    else:
        import mlx_lm

        stream = mlx_lm.stream_generate(
            backend.model,  # type: ignore[attr-defined]
            backend.tokenizer,
            prompt,
            max_tokens=max_tokens,
        )
    t0 = time.perf_counter()
    stamps: list[float] = []
    prompt_tokens = 0
    for r in stream:
        stamps.append(time.perf_counter())
        prompt_tokens = r.prompt_tokens
    stamps = stamps[: max(compare_tokens, 2)]
    ttft = stamps[0] - t0
    decode = (len(stamps) - 1) / (stamps[-1] - stamps[0]) if len(stamps) > 1 else 0.0
    return Figures(ttft, prompt_tokens / ttft, decode, mx.get_peak_memory() / 1e9, prompt_tokens, len(stamps))


def _conversation(engine: Engine, turns: int) -> list[dict[str, float]]:
    engine.reset_cache().result()
    history: list[Message] = []
    params = GenerationParams(temperature=0.0, max_tokens=32)
    rows = []
    for n in range(1, turns + 1):
        history.append(Message("user", TURN_TEXT.format(n=n, k=n + 6)))
        reply, stats = "", None
        for chunk in engine.generate(history, params):
            if isinstance(chunk, StatsChunk):
                stats = chunk.stats
            elif isinstance(chunk, TextChunk):
                reply += chunk.text
        assert stats is not None
        history.append(Message("assistant", reply))
        rows.append(
            {
                "turn": n,
                "ttft_s": stats.ttft_s,
                "prompt_tokens": stats.prompt_tokens,
                "cached_tokens": stats.cached_tokens,
            }
        )
    return rows


def _median(runs: list[Figures]) -> Figures:
    return Figures(*(statistics.median(getattr(r, f) for r in runs) for f in Figures.__dataclass_fields__))
