"""Voice in the real window: speech (espeak-ng) fed through the microphone's code path into
the tiny Gemma 4 model, replies spoken into a null sink, barge-in, no microphone."""

from __future__ import annotations

import json
import time

import numpy as np
import pytest
from PySide6.QtCore import QUrl
from PySide6.QtMultimedia import QMediaPlayer

from app.paths import data_dir
from tests.app.conftest import script, send
from voice import ArraySource, EspeakSynthesizer, NullSink, PcmSpeaker, microphone_status
from voice.sources import RATE

QUESTION = "Hello Hearth. What is the capital of France?"
REPLY = "Paris is the capital. It is a lovely city."


@pytest.fixture(scope="module")
def synth() -> EspeakSynthesizer:
    return EspeakSynthesizer()


class Rig:
    """Hands the window an array 'microphone' and a speaker that plays into a null sink."""

    def __init__(self, window, audio: np.ndarray, *, tail_s: float = 2.0, echo: bool = False) -> None:
        from app.commands.voice_bench import room_echo

        self.sink = NullSink()
        self.speaker = PcmSpeaker(EspeakSynthesizer(), self.sink)
        lead = np.zeros(int(0.5 * RATE), np.float32)
        self.source = ArraySource(
            np.concatenate([lead, audio]), realtime=True, tail_s=tail_s, mix=room_echo(self.speaker) if echo else None
        )
        window.voice.source_factory = lambda: self.source
        window.voice.speaker_factory = lambda: self.speaker


def voice_messages(window) -> list:
    return window.store.messages(window.chat.conversation_id) if window.chat.conversation_id else []


def test_a_spoken_question_is_answered_aloud_and_saved(qtbot, window, synth) -> None:
    rig = Rig(window, synth.synthesize(QUESTION))
    script(window, REPLY)
    window.composer.voice.conversation.click()  # hands-free
    qtbot.waitUntil(lambda: len(voice_messages(window)) == 2 and not window.chat.busy, timeout=60_000)
    user, reply = voice_messages(window)
    (clip,) = user.attachments
    assert user.content == "" and clip.kind == "audio" and clip.meta["voice"]
    assert 2.0 < clip.meta["duration"] < 6.0 and clip.path.suffix == ".wav" and clip.thumb.exists()
    assert "[audio]" not in window.view.toPlainText()  # the bubble was drawn with its waveform, not the placeholder
    assert reply.content == REPLY
    assert reply.stats["prompt_tokens"] > 100  # the raw audio's frames reached the model
    qtbot.waitUntil(lambda: not rig.speaker.speaking, timeout=30_000)
    assert len(rig.sink.audible()) * 0.02 > 1.5  # both sentences were spoken
    window.composer.voice.conversation.click()
    assert not window.voice.active
    lines = (data_dir() / "voice-traces.jsonl").read_text().splitlines()  # written as the turn ended
    stages = json.loads(lines[-1])["stages_ms"]
    assert {"endpoint", "first_token", "first_sentence", "first_audio_out"} <= set(stages)
    assert stages["endpoint"] <= stages["first_token"] <= stages["first_audio_out"]


def test_the_model_hears_the_waveform_itself(qtbot, window, synth) -> None:
    """No speech-to-text in between: different words give a different greedy reply."""
    window.settings.temperature, window.settings.max_tokens = 0.0, 10
    replies = []
    for line in (QUESTION, "Seven times eight is what number?", QUESTION):
        Rig(window, synth.synthesize(line))
        window.new_chat()
        window.composer.voice.conversation.click()
        qtbot.waitUntil(lambda: len(voice_messages(window)) == 2 and not window.chat.busy, timeout=60_000)
        window.composer.voice.conversation.click()
        replies.append(voice_messages(window)[1].content)
    assert replies[0] != replies[1] and replies[0] == replies[2]


def test_the_users_recording_plays_back_in_the_window(qtbot, window, synth) -> None:
    Rig(window, synth.synthesize(QUESTION))
    script(window, REPLY)
    window.composer.voice.conversation.click()
    qtbot.waitUntil(lambda: len(voice_messages(window)) == 2 and not window.chat.busy, timeout=60_000)
    window.composer.voice.conversation.click()
    clip = voice_messages(window)[0].attachments[0]
    assert f"play:{clip.id}" in window.view.toHtml()
    states: list = []
    window.player.player.mediaStatusChanged.connect(states.append)
    window.view.anchorClicked.emit(QUrl(f"play:{clip.id}"))
    assert window.player.current == clip.path
    # No sound card here: Qt still decodes the WAV to its end (and the window says why it is silent).
    qtbot.waitUntil(lambda: QMediaPlayer.MediaStatus.EndOfMedia in states, timeout=20_000)
    assert QMediaPlayer.MediaStatus.LoadedMedia in states


def test_talking_over_a_reply_stops_speech_and_generation(qtbot, window, synth) -> None:
    window.settings.max_tokens = 20_000
    endless = " ".join(f"This is sentence number {i}." for i in range(2_000))
    rig = Rig(window, synth.synthesize(QUESTION), tail_s=20.0, echo=True)
    script(window, endless)
    script(window, "Sure, go ahead.")
    window.composer.voice.conversation.click()
    qtbot.waitUntil(lambda: bool(rig.sink.audible()), timeout=60_000)
    time.sleep(1.0)
    interruption = synth.synthesize("Wait, stop, I have another question.")
    onset = rig.source.inject(interruption) + int(np.flatnonzero(np.abs(interruption) > 0.02)[0]) / RATE
    qtbot.waitUntil(lambda: len(voice_messages(window)) == 4 and not window.chat.busy, timeout=60_000)
    first_user, cut, second_user, answer = voice_messages(window)
    assert cut.status == "cancelled" and len(cut.content) < len(endless) // 4
    assert second_user.attachments[0].meta["voice"] and answer.content == "Sure, go ahead."
    interruption_end = onset + len(interruption) / RATE
    old_reply = [t for t in rig.sink.audible() if t < interruption_end]
    # Silent soon after the user spoke, and it stayed silent (speed: hearth bench-voice).
    assert max(old_reply) - onset < 0.6
    qtbot.waitUntil(lambda: bool(rig.sink.audible(after=interruption_end)), timeout=30_000)  # the answer
    window.composer.voice.conversation.click()


def test_hold_to_talk_sends_what_was_said_while_held(qtbot, window, synth) -> None:
    from PySide6.QtCore import Qt

    Rig(window, synth.synthesize(QUESTION), tail_s=3.0)
    script(window, REPLY)
    hold = window.composer.voice.hold
    qtbot.mousePress(hold, Qt.MouseButton.LeftButton)
    assert window.composer.voice.label.text() == "Recording…"
    qtbot.wait(1500)  # hold for part of the question
    qtbot.mouseRelease(hold, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(voice_messages(window)) == 2 and not window.chat.busy, timeout=60_000)
    clip = voice_messages(window)[0].attachments[0]
    assert 1.2 < clip.meta["duration"] < 2.5  # what was held (plus the pre-roll), not the whole file
    window.voice.stop()


def test_muted_voice_hears_nothing(qtbot, window, synth) -> None:
    Rig(window, synth.synthesize(QUESTION))
    bar = window.composer.voice
    bar.conversation.click()
    bar.mute.click()
    assert bar.label.text() == "Muted"
    qtbot.wait(5000)  # the whole question plays into a muted microphone
    assert voice_messages(window) == [] and not window.chat.busy
    bar.conversation.click()


def test_a_text_only_model_disables_voice_with_a_reason(qtbot, make_window, tiny_gemma3) -> None:
    window = make_window("text-only", tiny_gemma3)
    bar = window.composer.voice
    assert not bar.conversation.isEnabled() and not bar.hold.isEnabled()
    assert "cannot hear" in bar.conversation.toolTip()


@pytest.mark.skipif(microphone_status() is None, reason="this machine has a microphone")
def test_no_microphone_is_said_and_text_chat_keeps_working(qtbot, window) -> None:
    window.composer.voice.conversation.click()
    qtbot.waitUntil(lambda: window.composer.voice.label.text() == "No microphone", timeout=10_000)
    assert not window.composer.voice.conversation.isChecked()
    assert "No microphone" in window.banner.label.text()
    script(window, "Still here.")
    send(qtbot, window, "Are you there?")
    assert voice_messages(window)[-1].content == "Still here."


def test_qt_speech_engine_speaks_and_stops(qtbot, qapp) -> None:
    from app.ui.qt_speech import QtSpeaker

    speaker = QtSpeaker("mock")
    started: list[float] = []
    speaker.on_audio_start = started.append
    assert speaker.available
    speaker.say("A sentence long enough to still be speaking when it is stopped. " * 5)
    assert speaker.speaking
    qtbot.waitUntil(lambda: bool(started), timeout=10_000)
    speaker.stop()
    qtbot.waitUntil(lambda: speaker.tts.state().name == "Ready", timeout=10_000)
    assert not speaker.speaking
    speaker.close()


def test_a_recording_that_cannot_be_saved_is_not_sent_and_the_user_is_told(
    qtbot, window, synth, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The WAV is written before the turn is stored: a full disk never leaves a message naming a missing file."""
    from app.voice_clip import VoiceClip, voice_clip

    def full_disk(self) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(VoiceClip, "save", full_disk)
    problems: list[str] = []
    window.chat.problem.connect(problems.append)
    window.voice._send(voice_clip(synth.synthesize(QUESTION), window.store.blobs))
    assert problems and "could not be saved" in problems[-1] and "No space left" in problems[-1]
    assert voice_messages(window) == [] and not window.chat.busy
