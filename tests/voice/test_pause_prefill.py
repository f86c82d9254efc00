"""A short pause inside a turn is reported (TurnPaused) with the turn so far, cut exactly as the
endpoint will cut it: when no speech follows, the Utterance has the very same samples, so work
started at the pause (speculative prefill) is the endpoint's work. Real speech (espeak-ng), fed
block by block on the stream's own clock: nothing here depends on the machine's speed."""

from __future__ import annotations

import numpy as np
import pytest

from app.commands.voice_pauses import trim
from app.voice_session import VoiceSession
from voice import ArraySource, EspeakSynthesizer, Level, TurnPaused, Utterance, VadParams, VoicePipeline
from voice.sources import RATE


@pytest.fixture(scope="module")
def parts() -> tuple[np.ndarray, np.ndarray]:
    synth = EspeakSynthesizer()
    return trim(synth.synthesize("What is the weather like")), trim(synth.synthesize("in Paris tomorrow?"))


def events_of(audio: np.ndarray, params: VadParams | None = None) -> list:
    events: list = []
    lead = np.zeros(RATE // 2, np.float32)
    source = ArraySource(np.concatenate([lead, audio]), realtime=False, tail_s=2.0)
    pipeline = VoicePipeline(source, events.append, params=params, echo=False)
    pipeline.start()
    assert pipeline._thread is not None
    pipeline._thread.join(60)
    return [e for e in events if not isinstance(e, Level)]


def test_the_last_pause_holds_exactly_the_utterance(parts) -> None:
    a, b = parts
    audio = np.concatenate([a, np.zeros(int(0.35 * RATE), np.float32), b])  # a pause, not an endpoint
    events = events_of(audio)
    pauses = [e.utterance for e in events if isinstance(e, TurnPaused)]
    (utterance,) = [e for e in events if isinstance(e, Utterance)]
    assert len(pauses) >= 2  # the mid-sentence pause, and the end before the endpoint came
    first, last = pauses[0], pauses[-1]
    assert first.seconds < utterance.seconds - len(b) / RATE  # the first part only...
    assert np.array_equal(utterance.audio[: len(first.audio)], first.audio)  # ...as the turn began
    assert np.array_equal(last.audio, utterance.audio)  # the endpoint confirmed the last pause
    assert last.speech_start == utterance.speech_start and last.speech_end == utterance.speech_end
    order = [type(e).__name__ for e in events]
    assert order.index("Utterance") > max(i for i, k in enumerate(order) if k == "TurnPaused")  # pauses come first


def test_no_pause_events_when_turned_off(parts) -> None:
    events = events_of(np.concatenate([parts[0], np.zeros(RATE, np.float32)]), VadParams(pause_s=0))
    assert not any(isinstance(e, TurnPaused) for e in events)
    assert sum(isinstance(e, Utterance) for e in events) == 1


def test_the_voice_session_prefills_fresh_turns_only() -> None:
    prefilled: list[Utterance] = []
    session = VoiceSession(None, lambda _u: None, lambda: None, prefill=prefilled.append)
    fresh = Utterance(np.zeros(RATE, np.float32), speech_start=1.0, speech_end=2.0, endpoint=2.3)
    session.handle(TurnPaused(fresh))
    session.handle(TurnPaused(Utterance(np.zeros(RATE, np.float32), continues=True)))
    assert prefilled == [fresh]  # a continued turn replaces an earlier question: not the chat's end
    assert session.traces == []  # a pause is not a turn
