"""A voice turn's trace is reported once, when the turn is over, with the stages that came
after the reply finished streaming (its audio often starts only then)."""

from __future__ import annotations

import time

import numpy as np

from app.voice_session import TurnTrace, VoiceSession
from voice import EspeakSynthesizer, NullSink, PcmSpeaker, Utterance


def utterance() -> Utterance:
    now = time.monotonic()
    return Utterance(np.zeros(16_000, np.float32), speech_start=now - 1.0, speech_end=now, endpoint=now)


def wait_until(check, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def test_the_trace_waits_for_the_spoken_audio_and_is_reported_once() -> None:
    ended: list[TurnTrace] = []
    speaker = PcmSpeaker(EspeakSynthesizer(), NullSink())
    session = VoiceSession(speaker, lambda _u: None, lambda: None, on_turn_end=ended.append)
    try:
        session.handle(utterance())
        session.reply_text("Paris is the capital. It is lovely.")
        session.reply_done()  # the text is complete; its audio has not necessarily started
        assert ended == []
        wait_until(lambda: not speaker.speaking)
        session.handle(utterance())  # the next turn ends the first
        (first,) = ended
        stages = first.report()
        assert stages["endpoint"] <= stages["first_token"] <= stages["first_sentence"] <= stages["first_audio_out"]
        session.end_turn()
        session.end_turn()  # voice stopped twice: still one report per turn
        assert len(ended) == 2 and ended[1] is session.current and "first_token" not in ended[1].report()
    finally:
        speaker.close()
