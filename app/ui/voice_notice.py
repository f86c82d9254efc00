"""Telling the user once when a reply's language has no installed voice (voice/voices.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale

from app.languages import LANGUAGES
from voice.voices import MissingVoice

from .i18n import translate


def missing_voice_text(event: MissingVoice) -> str:
    return translate(
        "VoiceBridge", "No voice for {language} is installed; replies in it are read in {fallback}."
    ).format(language=_name(event.language), fallback=_name(event.fallback_language))


def report_missing_voices(speaker: object, show: Callable[[str], None]) -> None:
    """Route a speaker's missing-voice reports to ``show`` (a signal's emit: thread-safe).
    PcmSpeaker chooses in its synthesizer, QtSpeaker in its QtVoiceChoice."""
    owner = getattr(speaker, "synth", None) or getattr(speaker, "voices", None)
    chooser = getattr(owner, "chooser", None)
    if chooser is not None:
        chooser.on_missing_voice = lambda event: show(missing_voice_text(event))


def _name(code: str) -> str:
    """The language named in itself ("Deutsch", "日本語"): Qt names languages in English only otherwise."""
    base = code.replace("-", "_").split("_")[0]
    if base in LANGUAGES:
        return LANGUAGES[base]  # "English", not the region-qualified "American English"
    locale = QLocale(base)
    if locale.language() == QLocale.Language.C:
        return code
    return locale.nativeLanguageName() or QLocale.languageToString(locale.language())
