"""Voice in the window: the pipeline's events come to the GUI thread here and become turns.

An utterance goes to the model as the samples in memory and is saved as a WAV attachment
(playable later) once the turn is queued (app/voice_clip.py); the reply's text is spoken sentence by sentence as it streams; talking over the
assistant stops both the speech (on the audio thread, at once) and the generation. Speech
that resumes right after an endpoint continues the turn: the reply stops without fuss and the
whole utterance is asked again in place of the first part (an edit of that message, so the
history keeps one user turn). Each turn's stage times go to voice-traces.jsonl in the data
folder once the turn is over.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from app.paths import data_dir
from app.ui.i18n import translate
from app.ui.lower_text import error_text
from app.voice_clip import VoiceClip, voice_clip
from app.voice_session import TurnTrace, VoiceSession
from voice import (
    BargeIn,
    Level,
    MicrophoneSource,
    PcmSpeaker,
    Speaker,
    SpeechStarted,
    TurnContinued,
    TurnPaused,
    Utterance,
    VadParams,
    VoiceError,
    VoicePipeline,
    make_synthesizer,
)
from voice.sources import AudioSource

from .controller import ChatController
from .voice_notice import report_missing_voices

SourceFactory = Callable[[], AudioSource]


def default_speaker(choice: str = "auto"):
    """System speech (QTextToSpeech) on macOS; our own PCM playback (espeak-ng) elsewhere."""
    if choice == "off":
        return None
    if choice == "system" or (choice == "auto" and sys.platform == "darwin"):
        from .qt_speech import QtSpeaker

        speaker = QtSpeaker()
        if speaker.available:
            return speaker
    synth = make_synthesizer()
    if synth is None:
        return None
    try:
        return PcmSpeaker(synth)
    except Exception:  # no output device: voice input still works, replies stay text
        return None


class VoiceBridge(QObject):
    pipeline_event = Signal(object)  # pipeline events, re-emitted on the GUI thread
    status = Signal(str)
    level = Signal(float)
    problem = Signal(str)

    def __init__(
        self,
        chat: ChatController,
        *,
        source_factory: SourceFactory = MicrophoneSource,
        speaker_factory: Callable[[], Speaker | None] = default_speaker,
        stop_s: float = 0.5,
    ) -> None:
        super().__init__()
        self.chat = chat
        self.source_factory = source_factory
        self.speaker_factory = speaker_factory
        self.speaker: Speaker | None = None  # made on first use: no audio device is touched before voice is used
        self.params = VadParams(stop_s=stop_s)
        self.pipeline: VoicePipeline | None = None
        self.session = VoiceSession(
            None, self._submit, self._interrupt, on_turn_end=self._log_trace, prefill=self._prefill
        )
        # A question asked while the last reply was stopping, and the message it replaces (if any).
        self._waiting: tuple[VoiceClip, int | None] | None = None
        self._asked: tuple[int, int] | None = None  # (chat, message) of the last spoken question
        self.pipeline_event.connect(self._on_event)
        chat.busy_changed.connect(self._send_waiting)
        chat.reply_delta.connect(self._on_delta)
        chat.reply_started_at.connect(lambda t: self.session.reply_text("", prefill_done=t))
        chat.reply_finished.connect(self._on_reply_done)

    @property
    def active(self) -> bool:
        return self.pipeline is not None and self.pipeline.running

    def start(self, push_to_talk: bool = False) -> None:
        """Open the microphone (macOS asks for permission the first time) and listen."""
        if self.active:
            assert self.pipeline is not None  # active: a pipeline runs
            self.pipeline.push_to_talk = push_to_talk
            return
        if self.speaker is None:
            self.speaker = self.speaker_factory()
            report_missing_voices(self.speaker, self.problem.emit)
            self.session.attach_speaker(self.speaker)
        self.pipeline = VoicePipeline(
            self.source_factory(), self.pipeline_event.emit, params=self.params, speaker=self.speaker
        )
        self.pipeline.push_to_talk = push_to_talk
        self.pipeline.start()
        self.status.emit(
            translate("VoiceBridge", "Hold to talk") if push_to_talk else translate("VoiceBridge", "Listening…")
        )

    def stop(self) -> None:
        if self.pipeline is not None:
            self.pipeline.stop()
            self.pipeline = None
        if self.speaker is not None:
            self.speaker.stop()
        self.session.end_turn()
        self.status.emit("")

    def close(self) -> None:
        self.stop()
        if self.speaker is not None and hasattr(self.speaker, "close"):
            self.speaker.close()

    def press(self) -> None:
        self.start(push_to_talk=True)
        assert self.pipeline is not None  # start() made one, or raised
        self.pipeline.press()
        self.status.emit(translate("VoiceBridge", "Recording…"))

    def release(self) -> None:
        if self.pipeline is not None:
            self.pipeline.release()

    def apply_settings(self, stop_s: float, speaker_factory: Callable[[], Speaker | None]) -> None:
        """New silence length and voice output; take effect from the next time voice starts."""
        self.stop()
        self.params = VadParams(stop_s=stop_s)
        self.speaker_factory = speaker_factory
        if self.speaker is not None and hasattr(self.speaker, "close"):
            self.speaker.close()
        self.speaker = None
        self.session.attach_speaker(None)

    def set_muted(self, muted: bool) -> None:
        if self.pipeline is not None:
            self.pipeline.muted = muted
        self.status.emit(
            translate("VoiceBridge", "Muted")
            if muted
            else (translate("VoiceBridge", "Listening…") if self.active else "")
        )

    # ---- events (GUI thread) -------------------------------------------------------------

    def _on_event(self, event: object) -> None:
        if isinstance(event, Level):
            self.level.emit(event.rms)
        elif isinstance(event, SpeechStarted):
            self.status.emit(translate("VoiceBridge", "Hearing you…"))
        elif isinstance(event, (Utterance, BargeIn)):
            if isinstance(event, BargeIn):
                self.status.emit(translate("VoiceBridge", "Interrupted: listening…"))
            self.session.handle(event)
        elif isinstance(event, TurnPaused):
            self.session.handle(event)  # the turn so far is computed while the user may go on
        elif isinstance(event, TurnContinued):
            self.session.handle(event)  # stops the reply (quietly: the user was mid-sentence)
            self.status.emit(translate("VoiceBridge", "Hearing you…"))
        elif isinstance(event, VoiceError):
            self.pipeline = None
            self.status.emit(
                translate("VoiceBridge", "No microphone")
                if "microphone" in event.message.lower()
                else translate("VoiceBridge", "Voice stopped")
            )
            self.problem.emit(event.message)

    def _submit(self, utterance: Utterance) -> None:
        info = self.chat.engine.info
        if info is None or "audio" not in info.modalities:
            self.status.emit("")
            self.chat.problem.emit(
                translate("VoiceBridge", "The loaded model cannot hear. Load Gemma 4 to talk with Hearth.")
            )
            return
        clip = voice_clip(utterance.audio, self.chat.store.blobs)
        replaces = None
        if utterance.continues:  # the whole turn: it takes the place of its first part
            replaces = self._waiting[1] if self._waiting is not None else self._question_to_replace()
        self.status.emit(translate("VoiceBridge", "Thinking…"))
        if self.chat.busy:  # a new question replaces whatever was still going
            self._waiting = (clip, replaces)
            self.chat.stop()
            return
        self._send(clip, replaces)

    def _prefill(self, utterance: Utterance) -> None:
        """Compute the turn so far at a pause (app/chat/session.py prefill_spoken); the clip is
        not written: if the endpoint confirms the pause, _submit writes the same samples."""
        info = self.chat.engine.info
        if info is not None and "audio" in info.modalities and not self.chat.busy:
            self.chat.prefill_spoken(voice_clip(utterance.audio, self.chat.store.blobs).prepared)

    def _question_to_replace(self) -> int | None:
        """The last spoken question, while it is still the open chat's latest question."""
        cid = self.chat.conversation_id
        if self._asked is None or cid is None or self._asked[0] != cid:
            return None
        questions = [m for m in self.chat.store.messages(cid) if m.role == "user"]
        return self._asked[1] if questions and questions[-1].id == self._asked[1] else None

    def _send_waiting(self, busy: bool) -> None:
        if not busy and self._waiting is not None:
            (clip, replaces), self._waiting = self._waiting, None
            self._send(clip, replaces)

    def _send(self, clip: VoiceClip, replaces: int | None = None) -> None:
        """Write the recording (WAV and waveform: a few ms), then queue the turn with the sound in
        memory, so the engine never decodes or resamples the file for this turn. Written first so
        a stored message never names a file that is not there (a crash, a full disk) and its
        bubble shows the waveform from the start."""
        self._asked = None  # until this one is asked: a continuation must not replace an older question
        try:
            clip.save()
        except (OSError, ValueError) as exc:
            self.status.emit("")
            self.chat.problem.emit(
                translate("VoiceBridge", "The recording could not be saved, so it was not sent: {error}").format(
                    error=error_text(exc)
                )
            )
            return
        self.chat.send("", replaces, [clip.prepared], voice=True)  # an edit drops the message and its reply
        cid = self.chat.conversation_id
        if cid is not None:
            asked = [m.id for m in self.chat.store.messages(cid) if m.role == "user"]
            self._asked = (cid, asked[-1]) if asked else None

    def _interrupt(self) -> None:
        if self.chat.busy:
            self.chat.stop()

    def _on_delta(self, text: str) -> None:
        if self.chat.voice_turn:
            self.session.reply_text(text)

    def _on_reply_done(self, _message: object) -> None:
        if not self.chat.voice_turn:
            return
        self.session.reply_done()
        self.status.emit(translate("VoiceBridge", "Listening…") if self.active else "")

    @staticmethod
    def _log_trace(trace: TurnTrace) -> None:
        line = json.dumps({"at": time.time(), "stages_ms": {k: round(v * 1000, 1) for k, v in trace.report().items()}})
        with open(data_dir() / "voice-traces.jsonl", "a", encoding="utf-8") as fh:
            fh.write(line + "\n")


def connect_bridge_to_bar(bridge: VoiceBridge, bar, show_problem: Callable[[str], None]) -> None:
    """What the bridge reports, shown on the composer's voice bar."""
    bridge.status.connect(bar.show_status)
    bridge.level.connect(bar.show_level)

    def problem(message: str) -> None:
        bar.set_unavailable(message)
        show_problem(message)

    bridge.problem.connect(problem)
