"""Plays a conversation's audio (voice turns, attached recordings) inside the window.

QtMultimedia decodes the file itself (its FFmpeg backend reads WAV, MP3, M4A, FLAC, OGG).
One clip plays at a time; asking for the playing one again stops it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtMultimedia import QAudioOutput, QMediaDevices, QMediaPlayer


class AudioPlayer(QObject):
    playing_changed = Signal(object)  # the path now playing, or None
    problem = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.player = QMediaPlayer(self)
        self.output = QAudioOutput(self)
        self.player.setAudioOutput(self.output)
        self.current: Path | None = None
        self.player.playbackStateChanged.connect(self._state)
        self.player.errorOccurred.connect(self._error)

    def toggle(self, path: Path) -> None:
        if self.current == path and self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.stop()
            return
        if not path.exists():
            self.problem.emit(f"{path.name} is missing from the conversation's files.")
            return
        if not QMediaDevices.audioOutputs():
            self.problem.emit("No speaker or headphones found, so the recording cannot be played here.")
        self.current = path
        self.player.setSource(QUrl.fromLocalFile(str(path)))
        self.player.play()

    def stop(self) -> None:
        self.player.stop()

    def _state(self, state: QMediaPlayer.PlaybackState) -> None:
        self.playing_changed.emit(self.current if state == QMediaPlayer.PlaybackState.PlayingState else None)

    def _error(self, _error: QMediaPlayer.Error, text: str) -> None:
        name = self.current.name if self.current else "the recording"
        self.problem.emit(f"Could not play {name}: {text or 'unsupported or damaged file'}.")
