"""Long conversations: the oldest turns give way, visibly; system, pinned and newest stay."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from runtime import DoneChunk, Engine, GenerationParams, Message, StatsChunk, collect_text
from runtime.backend import PromptState
from runtime.context import ContextOverflow, fit_to_context
from runtime.media import MediaRef
from tests.helpers import media_factory as mf


def words(m: Message) -> int:
    return len(m.content.split())


def count(ms: Sequence[Message]) -> int:
    return sum(words(m) + 6 for m in ms)


def history(turns: int) -> list[Message]:
    out = [Message("system", "be kind " * 5)]
    for i in range(turns):
        out += [Message("user", f"question {i} " * 10), Message("assistant", f"answer {i} " * 10)]
    return out + [Message("user", "newest question " * 5)]


def test_the_oldest_whole_turns_go_first() -> None:
    msgs = history(12)
    fit = fit_to_context(msgs, GenerationParams(max_tokens=20), 300, count, words)
    kept = [m.content.split()[1] for m in fit.messages]
    assert fit.messages[0].role == "system" and fit.messages[-1].content.startswith("newest")
    # 12 turns of 52 tokens: 8 must go to fit 280 (they go in fours).
    assert fit.dropped == 2 * 12 - 2 * 4 and fit.dropped % 2 == 0  # questions leave with their answers
    assert kept[1:-1] == [w for i in range(8, 12) for w in (str(i), str(i))]
    assert fit.prompt_tokens <= 300 - 20 and fit.max_tokens == 20


def test_the_cut_moves_rarely_as_the_chat_grows() -> None:
    """The kept prompt keeps its start for several turns, so the KV cache can be reused."""
    cuts = []
    for turns in range(10, 22):
        fit = fit_to_context(history(turns), GenerationParams(max_tokens=20), 600, count, words)
        cuts.append(fit.dropped)
    assert len(set(cuts)) <= 4 and cuts == sorted(cuts)


def test_pinned_messages_stay() -> None:
    msgs = history(6)
    msgs[1] = Message("user", msgs[1].content, pinned=True)  # the very first question
    fit = fit_to_context(msgs, GenerationParams(max_tokens=20), 150, count, words)
    assert msgs[1] in fit.messages and msgs[2] not in fit.messages  # its answer was not pinned


def test_nothing_is_dropped_when_it_fits() -> None:
    msgs = history(2)
    fit = fit_to_context(msgs, GenerationParams(max_tokens=20), 10_000, count, words)
    assert fit.dropped == 0 and list(fit.messages) == msgs and fit.max_tokens == 20


def test_what_must_stay_but_cannot_fit_is_refused_with_a_reason() -> None:
    msgs = [Message("system", "x"), Message("user", "word " * 500)]
    with pytest.raises(ContextOverflow, match="more than the 200-token context"):
        fit_to_context(msgs, GenerationParams(max_tokens=20), 200, count, words)


# ---- on the tiny model, through the engine ---------------------------------------------


def stats_of(chunks) -> object:
    return next(c for c in chunks if isinstance(c, StatsChunk)).stats


def test_a_long_chat_on_a_small_context_keeps_going(engine: Engine) -> None:
    params = GenerationParams(temperature=0.0, max_tokens=40, context_length=300)
    chunks = list(engine.generate(history(12), params))
    stats = stats_of(chunks)
    assert chunks[-1] == DoneChunk(chunks[-1].finish_reason) and chunks[-1].error is None
    assert stats.context_limit == 300 and stats.context_dropped >= 2
    assert stats.prompt_tokens + stats.generated_tokens <= 300
    assert collect_text(chunks)


def test_the_kept_prompt_is_what_the_model_reads(engine: Engine) -> None:
    msgs = history(12)
    msgs[3] = Message("user", "remember the secret word pelican " * 2, pinned=True)
    params = GenerationParams(max_tokens=40, context_length=300)

    def fit_and_render(backend):
        kept, fitted = backend.fit(msgs, params, PromptState())
        return backend.render(kept, fitted), backend.count_prompt(kept, fitted)

    prompt, tokens = engine.call(fit_and_render).result()
    assert "pelican" in prompt and "newest question" in prompt and "be kind" in prompt
    assert "question 0 " not in prompt and tokens <= 300 - 40


def test_an_oversized_message_is_an_error_not_a_crash(engine: Engine) -> None:
    chunks = list(engine.generate([Message("user", "word " * 2000)], GenerationParams(context_length=256)))
    assert chunks[-1].finish_reason == "error" and "256-token context" in str(chunks[-1].error)
    assert collect_text(engine.generate([Message("user", "hi")], GenerationParams(max_tokens=4)))  # still fine


@pytest.mark.parametrize("kind", ["image", "audio", "video"])
def test_media_counts_are_close_to_what_the_processor_makes(engine: Engine, tmp_path: Path, kind: str) -> None:
    path = {
        "image": lambda: mf.image(tmp_path / "a.png"),
        "audio": lambda: mf.speech(tmp_path / "a.wav", "Hello there"),
        "video": lambda: mf.video(tmp_path / "a.mp4"),
    }[kind]()
    msgs = [Message("user", "what is this", media=(MediaRef(kind, path),))]
    params = GenerationParams(max_tokens=1, reuse_cache=False)
    counted = engine.call(lambda b: b.count_prompt(msgs, params)).result()
    real = stats_of(list(engine.generate(msgs, params))).prompt_tokens
    assert abs(counted - real) <= max(4, real * 0.05), (counted, real)
