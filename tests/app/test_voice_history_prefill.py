"""After a spoken turn the session computes the history while the reply is spoken (the engine
is idle), so the next voice turn computes only the user's new words: its cached prompt covers
the previous reply too. At a pause it computes the turn so far (speculative prefill). Real engine (tiny Gemma 4 with a 64-token window, which the chat
outgrows), real store; no Qt."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from app.chat import ChatSession
from app.settings import Settings
from app.skills import NAMES as SKILL_NAMES
from app.store import HistoryStore
from app.voice_clip import voice_clip
from runtime import Engine, GenerationParams, ModelSpec
from tests.app.test_voice_continuation import HANG_GUARD_S, ask, finished
from voice import EspeakSynthesizer


@pytest.fixture(scope="module")
def engine(tiny_gemma4_small_window: Path) -> Iterator[Engine]:
    e = Engine()
    e.load(ModelSpec(tiny_gemma4_small_window)).result(timeout=HANG_GUARD_S)
    yield e
    e.close()


@pytest.fixture(scope="module")
def clips() -> list[np.ndarray]:
    synth = EspeakSynthesizer()
    return [synth.synthesize(s) for s in ("Hello there.", "What is seven times eight?", "And nine times nine?")]


def voice_chat(engine: Engine, tmp_path: Path, clips: list[np.ndarray], *, reuse: bool) -> list[dict]:
    engine.reset_cache().result(timeout=HANG_GUARD_S)
    store = HistoryStore(tmp_path / f"history-{reuse}.db")
    settings = Settings(allow_code=False, skills_off=list(SKILL_NAMES), max_tokens=24, temperature=0.0)
    session = ChatSession(store, engine, settings, reuse_cache=reuse)
    session.on_model_ready("tiny")
    stats = []
    for audio in clips:
        ask(session, audio)
        stats.append(finished(session))
    engine.call(lambda _backend: None).result(timeout=HANG_GUARD_S)  # the last prefill has run
    store.close()
    return stats


def test_the_next_voice_turn_reads_the_previous_reply_from_the_cache(engine: Engine, tmp_path: Path, clips) -> None:
    warm = voice_chat(engine, tmp_path, clips, reuse=True)
    cold = voice_chat(engine, tmp_path, clips, reuse=False)
    assert [s["text"] for s in warm] == [s["text"] for s in cold]  # the same replies as without any cache
    assert all(s["cached"] == 0 for s in cold)
    for before, turn in zip(warm, warm[1:], strict=False):
        # All of the previous prompt and its reply came from the cache (the reply as the
        # history writes it: without the prefill only the part before the reply could).
        assert turn["cached"] > before["prompt"]


def test_a_turn_prefilled_at_a_pause_starts_from_that_work(engine: Engine, tmp_path: Path, clips) -> None:
    """prefill_spoken at a pause, then the endpoint sends the same samples: the reply computes
    only the generation prompt; its answer is the cold one."""
    answers = {}
    for speculative in (True, False):
        engine.reset_cache().result(timeout=HANG_GUARD_S)
        store = HistoryStore(tmp_path / f"pause-{speculative}.db")
        settings = Settings(allow_code=False, skills_off=list(SKILL_NAMES), max_tokens=24, temperature=0.0)
        session = ChatSession(store, engine, settings, reuse_cache=speculative)
        session.on_model_ready("tiny")
        ask(session, clips[0])
        finished(session)
        engine.call(lambda _backend: None).result(timeout=HANG_GUARD_S)
        clip = voice_clip(clips[1], store.blobs)
        if speculative:
            session.prefill_spoken(clip.prepared)
            assert store.messages(session.conversation_id)[-1].role == "assistant"  # nothing stored
        clip.save()
        session.send("", None, [clip.prepared], voice=True)
        answers[speculative] = finished(session)
        store.close()
    warm, cold = answers[True], answers[False]
    assert warm["text"] == cold["text"] and warm["prompt"] == cold["prompt"]
    generation_prompt = engine.call(lambda b: b._generation_prompt_tokens(GenerationParams())).result()
    assert warm["cached"] == warm["prompt"] - generation_prompt


def test_a_prefill_still_waiting_is_dropped_by_the_next_one(engine: Engine, tmp_path: Path, clips) -> None:
    """While the engine is busy, prefills queue up (the history's after a reply, then one per
    pause); only the newest can be what the turn reads: one still waiting is dropped by the
    next (they used to run one after another, in front of the reply)."""
    engine.reset_cache().result(timeout=HANG_GUARD_S)
    store = HistoryStore(tmp_path / "queued.db")
    settings = Settings(allow_code=False, skills_off=list(SKILL_NAMES), max_tokens=24, temperature=0.0)
    session = ChatSession(store, engine, settings)
    session.on_model_ready("tiny")
    queued: list[Future[int]] = []
    prefill = engine.prefill

    def recorded(*args: Any, **kwargs: Any) -> Future[int]:
        queued.append(prefill(*args, **kwargs))
        return queued[-1]

    gate = threading.Event()
    engine.prefill = recorded  # type: ignore[method-assign]
    try:
        ask(session, clips[0])
        busy = engine.call(lambda _backend: gate.wait(HANG_GUARD_S))  # a long job after the reply
        finished(session)  # queues the history's prefill, behind that job
        session.prefill_spoken(voice_clip(clips[1][: len(clips[1]) // 2], store.blobs).prepared)
        session.prefill_spoken(voice_clip(clips[1], store.blobs).prepared)
        assert len(queued) == 3 and queued[0].cancelled() and queued[1].cancelled() and not queued[2].cancelled()
        ask(session, clips[1])
    finally:
        gate.set()
        engine.prefill = prefill  # type: ignore[method-assign]
    busy.result(timeout=HANG_GUARD_S)
    finished(session)
    store.close()
