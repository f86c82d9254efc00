"""Speaking through Qt's QTextToSpeech (AVSpeechSynthesizer on macOS; 'mock' in tests).

Implements voice.tts.Speaker. The system plays the audio itself, so there is no echo
reference: the voice pipeline then uses its stricter barge-in rule.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtTextToSpeech import QTextToSpeech

from .qt_voice_choice import QtVoiceChoice


class QtSpeaker(QObject):
    """Lives on the GUI thread; `stop()` and `speaking` are safe from the audio thread."""

    _stop_requested = Signal()

    def __init__(self, engine: str | None = None) -> None:
        super().__init__()
        self.tts = QTextToSpeech(engine) if engine else QTextToSpeech()
        self.voices = QtVoiceChoice(self.tts)
        self.on_audio_start: Callable[[float], None] = lambda _t: None
        self.on_silent: Callable[[float], None] = lambda _t: None
        self._speaking = False
        self.tts.stateChanged.connect(self._state)
        self._stop_requested.connect(self._do_stop)  # queued when emitted off the GUI thread

    @property
    def available(self) -> bool:
        return self.tts.state() != QTextToSpeech.State.Error

    @property
    def speaking(self) -> bool:
        return self._speaking

    def say(self, text: str) -> None:
        self._speaking = True
        self.voices.apply(text)
        self.tts.enqueue(text)

    def stop(self) -> None:
        self._speaking = False
        self._stop_requested.emit()

    def _do_stop(self) -> None:
        self.tts.stop(QTextToSpeech.BoundaryHint.Immediate)

    def reference(self, at: float, n: int) -> None:
        return None  # the system plays it: no samples to cancel

    def close(self) -> None:
        self.stop()

    def _state(self, state: QTextToSpeech.State) -> None:
        if state == QTextToSpeech.State.Speaking:
            self.on_audio_start(time.monotonic())
        elif state in (QTextToSpeech.State.Ready, QTextToSpeech.State.Error):
            self._speaking = False
            self.on_silent(time.monotonic())
