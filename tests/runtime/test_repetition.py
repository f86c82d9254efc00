"""Replies that loop are ended with a visible reason; replies that do not are left alone."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from runtime import DoneChunk, Engine, GenerationParams, Message, ModelSpec, StatsChunk, collect_text, params_for
from runtime.repetition import RepetitionGuard


def feed_all(guard: RepetitionGuard, tokens: list[int]) -> int | None:
    """Index of the token at which the guard fired, or None."""
    for i, t in enumerate(tokens):
        if guard.feed(t):
            return i
    return None


def test_a_repeated_sentence_is_caught_after_about_three_copies() -> None:
    sentence = list(range(100, 116))  # a 16-token sentence
    guard = RepetitionGuard()
    fired = feed_all(guard, [1, 2, 3] + sentence * 20)
    assert guard.period == 16
    assert fired is not None and 3 + 3 * 16 - 1 <= fired < 3 + 4 * 16


def test_one_token_over_and_over_is_caught() -> None:
    guard = RepetitionGuard()
    assert feed_all(guard, [5, 6] + [7] * 100) == 2 + 47
    assert guard.period == 1


def test_text_without_a_cycle_and_short_repeats_pass() -> None:
    varied = [(i * 7919) % 1000 for i in range(2000)]
    assert feed_all(RepetitionGuard(), varied) is None
    # Two copies of a sentence, or a short rule of identical tokens, are normal writing.
    sentence = list(range(100, 130))
    assert feed_all(RepetitionGuard(), sentence * 2 + varied[:100] + [9] * 20 + varied[100:200]) is None


def test_a_cycle_longer_than_the_longest_period_checked_is_not_reported() -> None:
    block = list(range(1000, 1300))
    assert feed_all(RepetitionGuard(max_period=200), block * 4) is None
    assert feed_all(RepetitionGuard(max_period=400), block * 4) is not None


@pytest.fixture
def engine_model(tiny_gemma3: Path) -> Path:
    return tiny_gemma3  # a base model imported from GGUF: its defaults turn the guard on


LOOP = "Plot y = x^2 for x from -3 to 3. " * 10


def test_a_scripted_loop_ends_with_the_repetition_reason(engine: Engine) -> None:
    info = engine.info
    assert info is not None and info.defaults.get("stop_repetition") is True
    engine.call(lambda b: b.script_next_reply(LOOP)).result()
    chunks = list(engine.generate([Message("user", "Plot y = x^2")], params_for(info, max_tokens=8000)))
    assert chunks[-1] == DoneChunk("repetition")
    stats = next(c for c in chunks if isinstance(c, StatsChunk)).stats
    scripted = engine.call(lambda b: len(b.tokenizer.encode(LOOP, add_special_tokens=False))).result()
    assert stats.generated_tokens < scripted / 2  # stopped after a few copies, not at the end
    text = collect_text(chunks)
    assert text.count("Plot y") >= 2 and LOOP.startswith(text.strip()[:40])


def test_without_the_guard_the_same_script_runs_to_its_end(engine: Engine) -> None:
    engine.call(lambda b: b.script_next_reply(LOOP)).result()
    params = GenerationParams(temperature=0.0, max_tokens=8000, stop_repetition=False, model_stops=False)
    chunks = list(engine.generate([Message("user", "Plot y = x^2")], params))
    assert chunks[-1] == DoneChunk("stop")  # the script's end-of-turn token
    assert collect_text(chunks).count("Plot y") == 10


def test_a_scripted_reply_without_a_loop_is_not_cut(engine: Engine) -> None:
    reply = " ".join(f"Point {x}: y = {x * x}." for x in range(-3, 4))
    engine.call(lambda b: b.script_next_reply(reply)).result()
    chunks = list(engine.generate([Message("user", "table")], params_for(engine.info, max_tokens=8000)))
    assert chunks[-1] == DoneChunk("stop")
    assert collect_text(chunks).strip() == reply


@pytest.mark.slow
@pytest.mark.timeout(1800)  # importing and loading the real model took minutes on a busy 2-core machine
def test_the_bundled_model_ends_the_plot_reply_by_itself(bundled_model: Path) -> None:
    """The prompt it once looped on for 582 tokens until Stop."""
    engine = Engine()
    try:
        info = engine.load(ModelSpec(bundled_model)).result()
        params = params_for(info)
        assert params.stop_repetition and params.temperature == 0.0 and params.max_tokens <= 256
        chunks = list(
            engine.generate([Message("user", "Plot y = x^2 for x from -3 to 3")], replace(params, max_tokens=1000))
        )
    finally:
        engine.close()
    stats = next(c for c in chunks if isinstance(c, StatsChunk)).stats
    assert chunks[-1].finish_reason in ("stop", "repetition")  # its own end of turn, or the loop guard
    assert stats.generated_tokens < 300
