"""The system voice (QTextToSpeech; Qt's 'mock' engine here) switches to a voice for each
sentence's language, and says once when there is none."""

from __future__ import annotations

from app.ui.qt_speech import QtSpeaker
from app.ui.voice_notice import report_missing_voices

FINNISH = "Tänään on kaunis sää, ja menemme myöhemmin puistoon kävelemään."
GERMAN = "Das Wetter ist heute schön, und wir gehen später im Park spazieren."  # the mock engine has no German
ENGLISH = "The weather is lovely today, so we will walk in the park later."


def test_each_sentence_is_read_by_a_voice_for_its_language(qapp) -> None:
    speaker = QtSpeaker("mock")
    shown: list[str] = []
    report_missing_voices(speaker, shown.append)
    try:
        default = speaker.tts.voice().locale().name()
        speaker.say(FINNISH)
        assert speaker.tts.voice().locale().name() == "fi_FI"
        speaker.say("Kyllä.")  # too short to tell: the voice stays
        assert speaker.tts.voice().locale().name() == "fi_FI"
        speaker.say(GERMAN)
        speaker.say(GERMAN)
        assert speaker.tts.voice().locale().name() == default
        speaker.say(ENGLISH)
        assert speaker.tts.voice().locale().name() == default
    finally:
        speaker.close()
    assert shown == ["No voice for Deutsch is installed; replies in it are read in English."]
