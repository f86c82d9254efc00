"""The window is told, once, when a reply's language has no installed voice (real espeak-ng)."""

from __future__ import annotations

import shutil
import time

import pytest

from app.ui.voice_notice import report_missing_voices
from voice import NullSink, PcmSpeaker
from voice.tts import EspeakSynthesizer

XHOSA = "Molo, unjani namhlanje? Ndiyabulela kakhulu ngoncedo lwakho."


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed")
def test_a_reply_in_a_language_without_a_voice_is_spoken_and_reported_once(qapp) -> None:
    shown: list[str] = []
    sink = NullSink()
    speaker = PcmSpeaker(EspeakSynthesizer(), sink)
    report_missing_voices(speaker, shown.append)
    try:
        speaker.say(XHOSA)
        speaker.say(XHOSA)
        deadline = time.monotonic() + 60  # only a hang guard
        while not sink.audible() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert sink.audible(), "the fallback voice spoke nothing"
        while speaker.speaking and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        speaker.close()
    assert shown == ["No voice for IsiXhosa is installed; replies in it are read in English."]
