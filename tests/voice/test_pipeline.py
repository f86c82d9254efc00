"""Real speech (espeak-ng) through the same pipeline the microphone feeds."""

from __future__ import annotations

import time

import numpy as np
import pytest

from app.commands.voice_bench import loud_until, room_echo
from voice import (
    ArraySource,
    BargeIn,
    EspeakSynthesizer,
    Level,
    MicrophoneSource,
    NoMicrophone,
    NullSink,
    PcmSpeaker,
    SpeechStarted,
    TurnPaused,
    Utterance,
    VoiceError,
    VoicePipeline,
    microphone_status,
)
from voice.sources import RATE
from voice.vad import VadParams

QUESTION = "Hello there. What is the weather like in Paris tomorrow?"


@pytest.fixture(scope="module")
def synth() -> EspeakSynthesizer:
    return EspeakSynthesizer()


@pytest.fixture(scope="module")
def question(synth) -> np.ndarray:
    return synth.synthesize(QUESTION)


def listen(audio: np.ndarray, *, realtime: bool = False, lead_s: float = 0.5, **kwargs) -> tuple[list, ArraySource]:
    events: list = []
    source = ArraySource(np.concatenate([np.zeros(int(lead_s * RATE), np.float32), audio]), realtime=realtime)
    pipeline = VoicePipeline(source, events.append, **kwargs)
    pipeline.start()
    pipeline._thread.join(60)
    # A pause's TurnPaused (for speculative prefill) is tested in test_pause_prefill.py.
    return [e for e in events if not isinstance(e, (Level, TurnPaused))], source


def noise(n: int, snr_db: float, signal: np.ndarray, kind: str = "white") -> np.ndarray:
    rng = np.random.default_rng(0)
    x = rng.standard_normal(n).astype(np.float32)
    if kind == "pink":  # 1/f noise plus mains hum: harder than white noise
        x = np.cumsum(x) - np.convolve(np.cumsum(x), np.ones(64) / 64, mode="same")
        x += 3 * np.sin(2 * np.pi * 100 * np.arange(n) / RATE)
    power = np.mean(np.square(signal[np.abs(signal) > 0.02]))
    return (x / np.sqrt(np.mean(np.square(x))) * np.sqrt(power / 10 ** (snr_db / 10))).astype(np.float32)


@pytest.mark.parametrize("condition", ["clean", "white-10dB", "pink-hum-5dB"])
def test_one_question_becomes_one_utterance(question, condition: str) -> None:
    audio = np.concatenate([question, np.zeros(RATE, np.float32)])
    if condition != "clean":
        kind, snr = ("white", 10) if condition.startswith("white") else ("pink", 5)
        audio = audio + noise(len(audio), snr, question, kind)
    events, source = listen(audio)
    kinds = [type(e).__name__ for e in events]
    assert kinds == ["SpeechStarted", "Utterance"], kinds  # the mid-sentence pause did not split it
    utterance: Utterance = events[1]
    true_end = source.time_of(int(0.5 * RATE) + loud_until(question))
    # The VAD's end of speech is close to the true one; noise makes it linger a little
    # (endpoint timing is measured by hearth bench-voice).
    assert abs(utterance.speech_end - true_end) < (0.15 if condition == "clean" else 0.35)
    assert utterance.seconds >= len(question) / RATE * 0.9  # the whole question, onset included


def test_the_onset_is_kept_by_the_pre_roll(question) -> None:
    events, source = listen(question)
    utterance = next(e for e in events if isinstance(e, Utterance))
    first_loud = int(np.flatnonzero(np.abs(utterance.audio) > 0.02)[0])
    assert first_loud > int(0.1 * RATE)  # some quiet before the first syllable survived


def test_the_endpoint_follows_the_configured_silence(question) -> None:
    short = listen(question, params=VadParams(stop_s=0.3))[0]
    long = listen(question, params=VadParams(stop_s=1.0))[0]
    t_short = next(e for e in short if isinstance(e, Utterance))
    t_long = next(e for e in long if isinstance(e, Utterance))
    # Same speech end, and the endpoint decision comes about stop_s later in stream time.
    assert abs((t_short.speech_end - t_short.speech_start) - (t_long.speech_end - t_long.speech_start)) < 0.05


def test_silence_and_noise_alone_make_no_turns() -> None:
    quiet = np.zeros(3 * RATE, np.float32)
    hiss = noise(3 * RATE, 0, np.full(100, 0.05, np.float32))
    assert listen(quiet)[0] == []
    assert listen(hiss)[0] == []


def test_push_to_talk_records_exactly_while_pressed(question) -> None:
    events: list = []
    source = ArraySource(np.concatenate([question, np.zeros(RATE, np.float32)]), realtime=True)
    pipeline = VoicePipeline(source, events.append)
    pipeline.push_to_talk = True
    pipeline.start()
    time.sleep(0.3)
    pipeline.press()
    time.sleep(1.2)
    pipeline.release()
    time.sleep(0.3)
    pipeline.stop()
    turns = [e for e in events if isinstance(e, Utterance)]
    assert len(turns) == 1 and 0.9 < turns[0].seconds < 2.0


def test_muted_microphone_hears_nothing(question) -> None:
    events: list = []
    source = ArraySource(question, realtime=False)
    pipeline = VoicePipeline(source, events.append)
    pipeline.muted = True
    pipeline.start()
    pipeline._thread.join(30)
    assert [e for e in events if not isinstance(e, Level)] == []


def test_no_microphone_is_reported_not_raised() -> None:
    status = microphone_status()
    if status is None:
        pytest.skip("this machine has a microphone")
    assert "No microphone" in status
    with pytest.raises(NoMicrophone):
        MicrophoneSource().start()
    events: list = []
    pipeline = VoicePipeline(MicrophoneSource(), events.append)
    pipeline.start()
    pipeline._thread.join(10)
    assert isinstance(events[0], VoiceError) and "No microphone" in events[0].message


def speaking_session(synth: EspeakSynthesizer, reply: str, interruption: np.ndarray | None, gain: float = 0.3):
    """The assistant speaks `reply`; its echo comes back into the mic; maybe the user talks over it."""
    sink = NullSink()
    speaker = PcmSpeaker(synth, sink)
    events: list = []
    source = ArraySource(
        np.zeros(int(0.5 * RATE), np.float32), realtime=True, tail_s=8.0, mix=room_echo(speaker, gain=gain)
    )
    pipeline = VoicePipeline(source, events.append, speaker=speaker)
    pipeline.start()
    time.sleep(0.3)
    speaker.say(reply)
    onset = None
    deadline = time.monotonic() + 20
    while not sink.audible() and time.monotonic() < deadline:
        time.sleep(0.01)
    if interruption is not None:
        time.sleep(0.8)
        onset = source.inject(interruption) + int(np.flatnonzero(np.abs(interruption) > 0.02)[0]) / RATE
    while speaker.speaking and time.monotonic() < deadline:
        time.sleep(0.02)
    if interruption is not None:  # let the interruption finish and its turn end
        time.sleep(max(0.0, onset + len(interruption) / RATE - time.monotonic()))
    time.sleep(1.0)
    pipeline.stop()
    speaker.close()
    return events, sink, onset


def test_the_assistants_own_voice_does_not_interrupt_it(synth) -> None:
    reply = "Here is a long answer that keeps going for a while, so that its echo has time to matter. " * 2
    events, sink, _ = speaking_session(synth, reply, None, gain=0.5)
    assert not any(isinstance(e, (BargeIn, SpeechStarted, Utterance)) for e in events)
    assert len(sink.audible()) * 0.02 > 5  # it spoke to the end


def test_barge_in_stops_playback_and_becomes_the_next_turn(synth) -> None:
    reply = "Here is a long answer that keeps going for a while, so that there is time to interrupt it."
    interruption = synth.synthesize("Wait, stop, I have another question.")
    events, sink, onset = speaking_session(synth, reply, interruption)
    barge = next(e for e in events if isinstance(e, BargeIn))
    assert barge.detected_at > onset
    last_sound = max(sink.audible())
    assert last_sound < barge.detected_at + 0.1  # silenced right away (speed: hearth bench-voice)
    assert last_sound - onset < 1.0
    assert any(isinstance(e, Utterance) for e in events)  # what the user said is the next question


@pytest.mark.parametrize("text", ["- first item on the list", "-5 degrees tonight", "--stdout"])
def test_replies_that_start_with_a_dash_are_spoken(synth, text: str) -> None:
    audio = synth.synthesize(text)  # as a command-line argument, espeak-ng took these for options
    assert len(audio) > RATE // 4 and float(np.abs(audio).max()) > 0.05


def test_a_closed_speaker_ends_its_threads_and_a_bounded_sink_keeps_only_the_latest() -> None:
    """The window makes a new speaker whenever voice settings change; the old one's synthesis
    thread used to wait forever. A soak's null sink must not keep hours of audio."""
    import threading

    class Tone:
        def synthesize(self, _text: str) -> np.ndarray:
            return np.full(RATE // 10, 0.1, np.float32)

    before = set(threading.enumerate())
    sink = NullSink(keep_s=1.0)
    speaker = PcmSpeaker(Tone(), sink)
    started = [t for t in threading.enumerate() if t not in before]
    assert {t.name for t in started} == {"hearth-tts", "hearth-null-sink"}
    speaker.say("a tone")
    speaker.close()
    for thread in started:
        thread.join(30)  # a failure detector, not a measurement
    assert not any(t.is_alive() for t in started)
    assert sink.played.maxlen == RATE // 320  # one second of 20 ms blocks
