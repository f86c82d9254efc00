"""QTextToSpeech (the macOS system voice) reads each sentence with a voice for its language,
as voice/voices.py does for espeak-ng and `say`."""

from __future__ import annotations

import threading

from PySide6.QtTextToSpeech import QTextToSpeech, QVoice

from voice.voices import NOVELTY_VOICES, VoiceChooser, detect_language


class QtVoiceChoice:
    def __init__(self, tts: QTextToSpeech) -> None:
        self.tts = tts
        self.by_name: dict[str, QVoice] = {}
        languages: dict[str, str] = {}
        for voice in tts.allVoices(None):  # type: ignore[arg-type]  # None: every locale (the stub omits it)
            name = f"{voice.name()}/{voice.locale().name()}"
            self.by_name.setdefault(name, voice)
            if voice.name() not in NOVELTY_VOICES:
                languages.setdefault(voice.locale().name().split("_")[0], name)
        default = tts.voice()
        self.default = f"{default.name()}/{default.locale().name()}"
        self.by_name.setdefault(self.default, default)
        self.chooser = VoiceChooser(languages, self.default, default.locale().name().split("_")[0])
        # The detector's model takes most of a second to load: not on the GUI thread's first sentence.
        threading.Thread(target=detect_language, args=("warm up the language model",), daemon=True).start()

    def apply(self, text: str) -> str:
        """Switch to the voice for ``text`` before it is queued; returns the voice's name/locale."""
        chosen = self.chooser.voice_for(text)
        voice = self.by_name[chosen]
        if f"{self.tts.voice().name()}/{self.tts.voice().locale().name()}" != chosen:
            self.tts.setVoice(voice)
        return chosen
