"""Plays a conversation's audio (voice turns, attached recordings) inside the window.

QtMultimedia decodes the file itself (its FFmpeg backend reads WAV, MP3, M4A, FLAC, OGG).
One clip plays at a time; asking for the playing one again stops it.
The player is made on first use: making it connects to the sound server, which took 0.3 s
of start-up on a Linux machine without PulseAudio, before the window could show.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl, Signal

from app.ui.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QMediaPlayer


class AudioPlayer(QObject):
    playing_changed = Signal(object)  # the path now playing, or None
    problem = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._player: QMediaPlayer | None = None
        self.current: Path | None = None

    @property
    def player(self) -> QMediaPlayer:
        if self._player is None:
            from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

            self._player = QMediaPlayer(self)
            self.output = QAudioOutput(self)
            self._player.setAudioOutput(self.output)
            self._player.playbackStateChanged.connect(self._state)
            self._player.errorOccurred.connect(self._error)
        return self._player

    def toggle(self, path: Path) -> None:
        from PySide6.QtMultimedia import QMediaDevices, QMediaPlayer

        if self.current == path and self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.stop()
            return
        if not path.exists():
            self.problem.emit(
                translate("AudioPlayer", "{name} is missing from the conversation's files.").format(name=path.name)
            )
            return
        if not QMediaDevices.audioOutputs():
            self.problem.emit(
                translate("AudioPlayer", "No speaker or headphones found, so the recording cannot be played here.")
            )
        self.current = path
        self.player.setSource(QUrl.fromLocalFile(str(path)))
        self.player.play()

    def stop(self) -> None:
        if self._player is not None:  # nothing played yet: nothing to stop, no player to make
            self._player.stop()

    def _state(self, state: QMediaPlayer.PlaybackState) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        self.playing_changed.emit(self.current if state == QMediaPlayer.PlaybackState.PlayingState else None)

    def _error(self, _error: QMediaPlayer.Error, text: str) -> None:
        name = self.current.name if self.current else translate("AudioPlayer", "the recording")
        reason = text or translate("AudioPlayer", "unsupported or damaged file")
        self.problem.emit(translate("AudioPlayer", "Could not play {name}: {reason}.").format(name=name, reason=reason))
