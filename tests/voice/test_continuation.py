"""A pause mid-sentence does not cut the user off: speech that resumes soon after an endpoint
continues the same turn, also when the reply has begun to speak. Real speech (espeak-ng),
fed block by block on the stream's own clock: nothing here depends on the machine's speed."""

from __future__ import annotations

import numpy as np
import pytest

from app.commands.voice_pauses import (
    PausedRecording,
    ReplyOnStreamTime,
    listen_through_pause,
    paused_recordings,
    trim,
)
from voice import (
    ArraySource,
    BargeIn,
    EspeakSynthesizer,
    Level,
    SpeechStarted,
    TurnContinued,
    TurnPaused,
    Utterance,
    VoicePipeline,
)
from voice.pipeline import GRACE_S
from voice.sources import RATE

FIRST, REST = "What is the weather like", "in Paris tomorrow?"


@pytest.fixture(scope="module")
def parts() -> tuple[np.ndarray, np.ndarray]:
    synth = EspeakSynthesizer()
    return trim(synth.synthesize(FIRST)), trim(synth.synthesize(REST))


def spoken(parts, pause_s: float) -> np.ndarray:
    a, b = parts
    return np.concatenate([np.zeros(RATE // 2, np.float32), a, np.zeros(int(pause_s * RATE), np.float32), b])


def events_of(audio: np.ndarray, speaker=None, speaking: list | None = None) -> list:
    """The pipeline's events; ``speaking`` gets whether the reply spoke as each one came."""
    events: list = []

    def on_event(event) -> None:
        events.append(event)
        if speaking is not None and not isinstance(event, Level):
            speaking.append(speaker.speaking)
        if isinstance(event, Utterance) and speaker is not None:
            speaker.endpoint()  # the reply begins to speak a little after each endpoint

    pipeline = VoicePipeline(ArraySource(audio, realtime=False, tail_s=3.0), on_event, speaker=speaker, echo=False)
    pipeline.start()
    assert pipeline._thread is not None
    pipeline._thread.join(60)
    return [e for e in events if not isinstance(e, (Level, TurnPaused))]  # pauses: test_pause_prefill.py


def kinds(events: list) -> list[str]:
    return [type(e).__name__ + ("+" if getattr(e, "continues", False) else "") for e in events]


def test_a_short_pause_never_ends_the_turn(parts) -> None:
    assert kinds(events_of(spoken(parts, 0.3))) == ["SpeechStarted", "Utterance"]


@pytest.mark.parametrize("pause_s", [0.65, 1.0])
def test_speech_resuming_after_an_endpoint_continues_the_turn(parts, pause_s: float) -> None:
    events = events_of(spoken(parts, pause_s))
    # The pause was long enough for an endpoint; the rest of the sentence undid it.
    assert kinds(events) == ["SpeechStarted", "Utterance", "TurnContinued", "Utterance+"]
    started, first, continued, whole = events
    assert continued.speech_at - continued.endpoint <= GRACE_S
    # One recording from the first onset to the end, pause included: the whole question.
    a, b = parts
    assert whole.speech_start == first.speech_start == started.at
    assert whole.seconds >= (len(a) + len(b)) / RATE + pause_s
    assert np.array_equal(whole.audio[: len(first.audio)], first.audio)  # it starts as the first part did


def test_resuming_while_the_reply_speaks_is_a_continuation_not_a_barge_in(parts) -> None:
    speaker = ReplyOnStreamTime(after_s=0.0)  # the reply speaks from the endpoint on
    speaking: list[bool] = []
    events = events_of(spoken(parts, 1.0), speaker, speaking)
    assert kinds(events) == ["SpeechStarted", "Utterance", "TurnContinued", "Utterance+"]
    assert speaking[2] is False  # silenced on the audio thread before the continuation was told


def test_a_short_continuation_over_the_reply_still_ends_as_the_whole_turn() -> None:
    """Barely longer than it takes to confirm speech over the reply: the turn is still whole."""
    synth = EspeakSynthesizer()
    short = (trim(synth.synthesize("Set a timer for ten minutes")), trim(synth.synthesize("please.")))
    assert len(short[1]) / RATE < 0.6
    events = events_of(spoken(short, 1.0), ReplyOnStreamTime(after_s=0.0))
    assert kinds(events) == ["SpeechStarted", "Utterance", "TurnContinued", "Utterance+"]
    assert events[-1].seconds >= (len(short[0]) + len(short[1])) / RATE + 1.0


def test_speech_long_after_the_endpoint_over_the_reply_is_a_barge_in(parts) -> None:
    speaker = ReplyOnStreamTime(after_s=0.3)
    events = events_of(spoken(parts, 2.5), speaker)  # past the grace window, the reply playing
    assert kinds(events) == ["SpeechStarted", "Utterance", "BargeIn", "SpeechStarted", "Utterance"]
    assert isinstance(events[2], BargeIn) and not any(isinstance(e, TurnContinued) for e in events)


def test_a_new_question_after_a_long_silence_is_a_new_turn(parts) -> None:
    events = events_of(spoken(parts, 3.0))  # no reply audio at all (text replies), 3 s of quiet
    assert kinds(events) == ["SpeechStarted", "Utterance", "SpeechStarted", "Utterance"]
    assert isinstance(events[2], SpeechStarted)


@pytest.mark.parametrize("reply_after_s", [None, 0.0, 0.4])
def test_no_cut_offs_on_recordings_with_pauses_up_to_one_second(reply_after_s) -> None:
    """The bench's measurement (`hearth bench-voice --pauses`) on a few recordings."""
    recordings = paused_recordings(
        [("Tell me a short fact", "about rivers."), ("Can you remind me to call", "my sister on Sunday?")],
        pauses=(0.5, 0.8, 1.0),
    )
    assert {r.voice for r in recordings} >= {"en-us", "en-gb+f3"} and len({r.speed for r in recordings}) > 1
    outcomes = [listen_through_pause(r, reply_after_s=reply_after_s) for r in recordings]
    assert [o.cut_off for o in outcomes] == [False] * len(outcomes), [o.as_dict() for o in outcomes]
    assert all(o.turns == 1 and o.barge_ins == 0 for o in outcomes)
    assert sum(o.merges for o in outcomes if o.pause_s >= 0.8) == 4  # these pauses did reach an endpoint


def test_a_cut_off_is_counted_when_the_rest_becomes_its_own_turn(parts) -> None:
    """The measurement can fail: a pause past the grace window, over a playing reply, is a cut-off."""
    a, b = parts
    audio = np.concatenate([a, np.zeros(int(2.5 * RATE), np.float32), b])
    outcome = listen_through_pause(PausedRecording(audio, 2.5, "en-us", 175, "", len(a)), reply_after_s=0.3)
    assert outcome.cut_off and outcome.turns == 2 and outcome.barge_ins == 1
