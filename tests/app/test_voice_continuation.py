"""A continued voice turn (the user paused mid-sentence, then went on): the reply to the first
part stops quietly, the whole utterance is asked in its place, and the history keeps one user
turn. The cancelled reply leaves the prompt cache as it was: the re-answer reads exactly as much
from the cache as the same question asked without the detour, and the next turn reuses the
whole conversation, the re-answered question included. Real engine (tiny Gemma 4, greedy),
real store; no Qt."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from app.chat import ChatSession
from app.commands.voice_pauses import trim
from app.settings import Settings
from app.skills import NAMES as SKILL_NAMES
from app.store import HistoryStore
from app.voice_clip import voice_clip
from app.voice_session import VoiceSession
from runtime import Engine, ModelSpec
from voice import EspeakSynthesizer, TurnContinued, Utterance
from voice.sources import RATE

HANG_GUARD_S = 120  # only to fail instead of hanging; nothing here depends on speed


@pytest.fixture(scope="module")
def engine(tiny_gemma4: Path) -> Iterator[Engine]:
    e = Engine()
    e.load(ModelSpec(tiny_gemma4)).result(timeout=HANG_GUARD_S)
    yield e
    e.close()


@pytest.fixture(scope="module")
def parts() -> tuple[np.ndarray, np.ndarray]:
    synth = EspeakSynthesizer()
    return trim(synth.synthesize("What is the weather like")), trim(synth.synthesize("in Paris tomorrow?"))


def poll_until(session: ChatSession, done) -> None:
    deadline = time.monotonic() + HANG_GUARD_S
    while not done():
        assert time.monotonic() < deadline, "no end"
        session.poll()
        time.sleep(0.01)


def ask(session: ChatSession, audio: np.ndarray | None = None, text: str = "", replaces: int | None = None) -> None:
    clips = [voice_clip(audio, session.store.blobs)] if audio is not None else []
    for clip in clips:
        clip.save()
    # Every turn as a voice turn, so the system prompt (its voice hint) stays the same throughout.
    session.send(text, replaces, [c.prepared for c in clips], voice=True)


def finished(session: ChatSession) -> dict:
    poll_until(session, lambda: not session.busy)
    session.poll()
    reply = session.store.messages(session.conversation_id)[-1]
    assert reply.role == "assistant" and reply.status == "complete"
    return {"text": reply.content, "cached": reply.stats["cached_tokens"], "prompt": reply.stats["prompt_tokens"]}


def conversation(engine: Engine, tmp_path: Path, parts, *, continued: bool) -> tuple[ChatSession, list[dict]]:
    """Hello (typed), then the spoken question (continued after a pause, or whole at once), then a follow-up."""
    engine.reset_cache().result(timeout=HANG_GUARD_S)
    store = HistoryStore(tmp_path / f"history-{continued}.db")
    session = ChatSession(
        store, engine, Settings(allow_code=False, skills_off=list(SKILL_NAMES), max_tokens=40, temperature=0.0)
    )
    session.on_model_ready("tiny")
    a, b = parts
    whole = np.concatenate([a, np.zeros(int(0.8 * RATE), np.float32), b])
    ask(session, text="Hello")
    stats = [finished(session)]
    if continued:
        ask(session, a)  # the endpoint came in the pause: the first part went out
        question = [m for m in store.messages(session.conversation_id) if m.role == "user"][-1]
        poll_until(session, lambda: bool(session.answer))  # its reply is under way...
        session.stop()  # ...when the user goes on: it stops (the voice session's interrupt)
        poll_until(session, lambda: not session.busy)
        ask(session, whole, replaces=question.id)  # the whole utterance, in the first part's place
    else:
        ask(session, whole)
    stats.append(finished(session))
    ask(session, text="Thanks")
    stats.append(finished(session))
    return session, stats


def test_a_continued_turn_is_one_question_and_reuses_the_cache_as_if_asked_whole(
    engine: Engine, tmp_path: Path, parts
) -> None:
    merged, merged_stats = conversation(engine, tmp_path, parts, continued=True)
    plain, plain_stats = conversation(engine, tmp_path, parts, continued=False)
    rows = merged.store.messages(merged.conversation_id)
    assert [m.role for m in rows] == ["user", "assistant"] * 3  # no second question, no half reply
    assert all(m.status == "complete" for m in rows if m.role == "assistant")
    (clip,) = rows[2].attachments
    a, b = parts
    assert clip.meta["duration"] == pytest.approx((len(a) + len(b)) / RATE + 0.8, abs=0.01)  # the whole utterance
    # The same answers as when the question came in one piece, and at least the same cache
    # reads: the cancelled reply neither evicted the cached history nor left its own tokens
    # behind. (The re-answer may read more: the stopped turn had already prefilled the reply
    # before the clip, which the new clip's turn reuses; the clip itself is never reused.)
    assert [(s["text"], s["prompt"]) for s in merged_stats] == [(s["text"], s["prompt"]) for s in plain_stats]
    assert all(m["cached"] >= p["cached"] for m, p in zip(merged_stats, plain_stats, strict=True))
    # The follow-up reads the conversation from the cache, the re-answered question's clip
    # included: all of that turn's prompt but its last few tokens (the generation prompt, written
    # differently once the reply stands in the history).
    follow_up = merged_stats[2]
    assert follow_up["cached"] >= merged_stats[1]["prompt"] - 8
    assert merged_stats[1]["cached"] > 0  # a voice turn reads the history before its clip
    merged.store.close()
    plain.store.close()


class Speaker:
    """Records what the voice session asks of the speaker."""

    def __init__(self) -> None:
        self.said: list[str] = []
        self.stops = 0

    speaking = False

    def say(self, text: str) -> None:
        self.said.append(text)

    def stop(self) -> None:
        self.stops += 1

    def reference(self, at: float, n: int) -> None:
        return None


def test_the_voice_session_drops_the_first_reply_quietly_and_submits_the_whole_turn() -> None:
    speaker, submitted, interrupted, reported = Speaker(), [], [], []
    session = VoiceSession(speaker, submitted.append, lambda: interrupted.append(True), on_turn_end=reported.append)
    now = time.monotonic()
    first = Utterance(np.zeros(RATE, np.float32), speech_start=now - 1.0, speech_end=now, endpoint=now)
    session.handle(first)
    session.reply_text("The weather in Paris. It")  # the reply to half a question has begun
    assert speaker.said == ["The weather in Paris."]
    session.handle(TurnContinued(speech_at=now + 0.9, endpoint=now + 0.5))
    session.reply_text(" will rain.")  # text still in flight after the stop is not spoken
    session.reply_done()
    assert speaker.said == ["The weather in Paris."] and speaker.stops == 1 and interrupted == [True]
    assert session.continued == 1 and session.traces == [] and reported == []  # its trace is dropped
    whole = replace(first, audio=np.zeros(3 * RATE, np.float32), continues=True)
    session.handle(whole)
    assert submitted == [first, whole]
    session.reply_text("Rain tomorrow.")
    session.reply_done()
    assert speaker.said[-1] == "Rain tomorrow."  # the whole question's answer is spoken
    session.end_turn()
    assert len(reported) == 1 and reported[0] is session.current
