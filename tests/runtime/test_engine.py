from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from runtime import (
    DoneChunk,
    Engine,
    GenerationParams,
    InvalidModelFolder,
    Message,
    ModelSpec,
    NoModelLoaded,
    StatsChunk,
    TextChunk,
    collect_text,
    release_thread_streams,
)

GREEDY = GenerationParams(temperature=0.0, max_tokens=24, model_stops=False)


@pytest.fixture
def engine() -> Iterator[Engine]:
    e = Engine()
    yield e
    e.close()


def load(engine: Engine, path: Path) -> None:
    engine.load(ModelSpec(path)).result(timeout=120)


def test_text_generation_streams_typed_chunks(engine: Engine, tiny_gemma4: Path) -> None:
    load(engine, tiny_gemma4)
    assert engine.info is not None and engine.info.backend == "mlx-vlm"
    chunks = list(engine.generate([Message("user", "hello world")], GREEDY))
    assert isinstance(chunks[-1], DoneChunk) and chunks[-1].finish_reason == "length"
    assert isinstance(chunks[-2], StatsChunk)
    stats = chunks[-2].stats
    assert stats.generated_tokens == 24 and stats.prompt_tokens > 10
    assert stats.ttft_s > 0 and stats.decode_tps > 0 and stats.peak_memory_gb > 0
    assert collect_text(chunks).strip()


def test_greedy_output_is_deterministic_and_seeded_sampling_repeats(engine: Engine, tiny_gemma4: Path) -> None:
    load(engine, tiny_gemma4)
    msgs = [Message("user", "describe the weather")]
    assert collect_text(engine.generate(msgs, GREEDY)) == collect_text(engine.generate(msgs, GREEDY))
    seeded = GenerationParams(temperature=1.0, seed=7, max_tokens=24, reuse_cache=False)
    assert collect_text(engine.generate(msgs, seeded)) == collect_text(engine.generate(msgs, seeded))


def test_cancel_mid_stream_stops_within_a_token(engine: Engine, tiny_gemma4: Path) -> None:
    load(engine, tiny_gemma4)
    gen = engine.generate([Message("user", "hello")], GenerationParams(temperature=0.0, max_tokens=2000))
    first = next(gen)
    assert isinstance(first, TextChunk)
    gen.cancel()
    rest = list(gen)
    assert rest[-1] == DoneChunk("cancelled")
    stats = next(c for c in rest if isinstance(c, StatsChunk)).stats
    assert stats.generated_tokens < 2000
    # The engine keeps working after a cancel.
    assert collect_text(engine.generate([Message("user", "again")], GREEDY))


def test_cancel_from_another_thread_while_consuming(engine: Engine, tiny_gemma4: Path) -> None:
    load(engine, tiny_gemma4)
    gen = engine.generate([Message("user", "hello")], GenerationParams(temperature=0.0, max_tokens=100000))
    seen = threading.Event()
    timer = threading.Thread(target=lambda: (seen.wait(10), gen.cancel()))
    timer.start()
    for chunk in gen:
        seen.set()
        last = chunk
    timer.join()
    assert last == DoneChunk("cancelled")


def test_cancel_before_start_never_runs(engine: Engine, tiny_gemma4: Path) -> None:
    load(engine, tiny_gemma4)
    blocker = threading.Event()
    engine.call(lambda _b: blocker.wait(10))  # keep the engine thread busy
    gen = engine.generate([Message("user", "hello")], GREEDY)
    gen.cancel()
    blocker.set()
    assert list(gen) == [DoneChunk("cancelled")]


def test_a_request_cancelled_while_queued_ends_at_once(engine: Engine, tiny_gemma4: Path) -> None:
    """Its DoneChunk comes now, while the engine is still busy, not when the engine reaches it
    (a server's queue place, and whoever waits for it, are let go at once)."""
    load(engine, tiny_gemma4)
    blocker = threading.Event()
    busy = engine.call(lambda _b: blocker.wait(60))  # keep the engine thread busy
    gen = engine.generate([Message("user", "hello")], GREEDY)
    gen.cancel()
    assert gen.poll() == [DoneChunk("cancelled")] and not busy.done()
    blocker.set()
    busy.result(timeout=60)
    after = engine.generate([Message("user", "hello")], GREEDY)  # the skipped one sends nothing more
    assert list(after)[-1].finish_reason in ("stop", "length") and gen.poll() == []


def test_stop_string_cuts_the_reply(engine: Engine, tiny_gemma4: Path) -> None:
    load(engine, tiny_gemma4)
    msgs = [Message("user", "hello world")]
    full = collect_text(engine.generate(msgs, GREEDY))
    word = full.split()[3]
    cut = list(engine.generate(msgs, GenerationParams(temperature=0.0, max_tokens=24, stop=(word,))))
    assert collect_text(cut) == full[: full.index(word)]
    assert cut[-1] == DoneChunk("stop")


def _chat(engine: Engine, reuse: bool, turns: list[str], max_tokens: int = 16) -> tuple[list[str], list[int]]:
    engine.reset_cache().result()
    history: list[Message] = [Message("system", "Be brief.")]
    replies, cached = [], []
    for text in turns:
        history.append(Message("user", text))
        chunks = list(
            engine.generate(
                history, GenerationParams(temperature=0.0, max_tokens=max_tokens, reuse_cache=reuse, model_stops=False)
            )
        )
        reply = collect_text(chunks)
        replies.append(reply)
        cached.append(next(c for c in chunks if isinstance(c, StatsChunk)).stats.cached_tokens)
        history.append(Message("assistant", reply))
    return replies, cached


TURNS = ["hello world", "what is the weather in the city", "print the sum", "one two three", "yes or no"]


@pytest.mark.parametrize("model", ["tiny_gemma4", "tiny_gemma3"])
def test_cache_reuse_gives_identical_replies_to_full_prefill(engine: Engine, model: str, request) -> None:
    load(engine, request.getfixturevalue(model))
    reused, cached = _chat(engine, True, TURNS)
    fresh, no_cache = _chat(engine, False, TURNS)
    assert reused == fresh
    assert no_cache == [0] * len(TURNS)
    assert all(c > 0 for c in cached[1:]), cached  # later turns really reused the cache


@pytest.mark.parametrize("model", ["tiny_gemma4", "tiny_gemma3"])
def test_edited_history_falls_back_correctly(engine: Engine, model: str, request) -> None:
    load(engine, request.getfixturevalue(model))
    _chat(engine, True, TURNS)  # leaves a long conversation in the cache
    edited = ["hello world", "a different second question"]
    after_edit, cached = _chat_keep_cache(engine, edited)
    fresh, _ = _chat(engine, False, edited)
    assert after_edit == fresh
    assert cached[0] > 0  # the cache was trimmed back, not thrown away


def test_wrapped_sliding_window_cannot_trim_and_prefills_in_full(
    engine: Engine, tiny_gemma4_small_window: Path
) -> None:
    load(engine, tiny_gemma4_small_window)
    reused, _ = _chat(engine, True, TURNS)  # 5 turns overflow the 64-token window
    fresh, _ = _chat(engine, False, TURNS)
    assert reused == fresh
    # Regenerate an early turn on top of the wrapped cache: must match a cold start.
    again, cached = _chat_keep_cache(engine, TURNS[:2])
    assert again == fresh[:2]
    assert cached[0] == 0  # a wrapped rotating cache cannot be rewound: cold prefill


def _chat_keep_cache(engine: Engine, turns: list[str]) -> tuple[list[str], list[int]]:
    history: list[Message] = [Message("system", "Be brief.")]
    replies, cached = [], []
    for text in turns:
        history.append(Message("user", text))
        chunks = list(engine.generate(history, GenerationParams(temperature=0.0, max_tokens=16, model_stops=False)))
        replies.append(collect_text(chunks))
        cached.append(next(c for c in chunks if isinstance(c, StatsChunk)).stats.cached_tokens)
        history.append(Message("assistant", replies[-1]))
    return replies, cached


def test_bad_folder_fails_the_future_and_keeps_the_loaded_model(
    engine: Engine, tiny_gemma4: Path, tmp_path: Path
) -> None:
    load(engine, tiny_gemma4)
    with pytest.raises(InvalidModelFolder):
        engine.load(ModelSpec(tmp_path)).result()
    assert engine.info is not None and engine.info.path == tiny_gemma4
    assert collect_text(engine.generate([Message("user", "still here?")], GREEDY))


def test_generate_without_a_model_reports_an_error_value(engine: Engine) -> None:
    (done,) = list(engine.generate([Message("user", "hi")]))
    assert done.finish_reason == "error" and isinstance(done.error, NoModelLoaded)


def test_closed_engine_answers_with_errors_not_hangs(tiny_gemma4: Path) -> None:
    engine = Engine()
    load(engine, tiny_gemma4)
    engine.close()
    (done,) = list(engine.generate([Message("user", "hi")]))
    assert done.finish_reason == "error"
    with pytest.raises(Exception, match="shut down"):
        engine.load(ModelSpec(tiny_gemma4)).result()


def test_errors_inside_generation_come_back_as_values(engine: Engine, tiny_gemma4: Path) -> None:
    load(engine, tiny_gemma4)

    def explode(*_a, **_k):
        raise RuntimeError("kaboom")

    engine.call(lambda b: setattr(b, "_prompt", explode)).result()
    done = list(engine.generate([Message("user", "hi")]))[-1]
    assert done.finish_reason == "error" and "kaboom" in str(done.error)


@pytest.mark.slow
def test_bundled_gemma3_270m_answers(engine: Engine, bundled_model: Path) -> None:
    load(engine, bundled_model)
    info = engine.info
    assert info is not None and info.backend == "mlx-lm"
    # A base model: greedy, with the loop guard and a short reply cap (runtime/text_backend.py).
    assert info.defaults == {"temperature": 0.0, "stop_repetition": True, "max_tokens": 256}
    chunks = list(
        engine.generate(
            [Message("user", "What is the capital of France?")], GenerationParams(temperature=0.0, max_tokens=24)
        )
    )
    assert "Paris" in collect_text(chunks)
    assert chunks[-1].finish_reason in ("stop", "length")


@pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="counts OS threads through /proc")
def test_releasing_streams_on_a_thread_that_never_used_mlx_leaves_no_native_thread() -> None:
    """Every Task ends with release_thread_streams(); MLX keeps a native worker thread for each
    stream it ever made, so the release itself must not make one (it did: one per tool run)."""
    import mlx.core as mx

    mx.eval(mx.ones(2))  # the main thread's own stream exists before counting
    before = set(os.listdir("/proc/self/task"))  # by id: threads of earlier tests may end meanwhile
    for _ in range(3):
        worker = threading.Thread(target=release_thread_streams)
        worker.start()
        worker.join()
    deadline = time.monotonic() + 10  # a joined thread's OS task can linger a moment
    while set(os.listdir("/proc/self/task")) - before and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not set(os.listdir("/proc/self/task")) - before
