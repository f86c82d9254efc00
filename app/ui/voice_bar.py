"""Voice controls under the message box: conversation toggle, hold-to-talk, mute, level."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from app.ui.i18n import translate
from app.ui.lower_text import in_interface_language


class VoiceBar(QWidget):
    conversation_toggled = Signal(bool)
    talk_pressed = Signal()
    talk_released = Signal()
    mute_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conversation = QPushButton(translate("VoiceBar", "Voice"))
        self.conversation.setCheckable(True)
        self.conversation.setObjectName("voiceButton")
        self.conversation.setToolTip(
            translate("VoiceBar", "Talk with Hearth hands-free; speak over a reply to interrupt it")
        )
        self.conversation.toggled.connect(self.conversation_toggled)
        self.hold = QPushButton(translate("VoiceBar", "Hold to talk"))
        self.hold.setObjectName("holdButton")
        self.hold.setToolTip(translate("VoiceBar", "Hold this button (or the F5 key) while you speak"))
        self.hold.pressed.connect(self.talk_pressed)
        self.hold.released.connect(self.talk_released)
        self.mute = QPushButton(translate("VoiceBar", "Mute"))
        self.mute.setCheckable(True)
        self.mute.setObjectName("muteButton")
        self.mute.toggled.connect(self.mute_toggled)
        self.meter = QProgressBar()
        self.meter.setRange(0, 100)
        self.meter.setTextVisible(False)
        self.meter.setFixedSize(70, 8)
        self.label = QLabel("")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for w in (self.conversation, self.hold, self.mute, self.meter, self.label):
            row.addWidget(w)

    def set_model(self, name: str, hears: bool) -> None:
        """Voice needs a model that takes raw audio; others get an explanation instead."""
        for button in (self.conversation, self.hold, self.mute):
            button.setEnabled(hears)
        if not hears:
            self.conversation.setChecked(False)
        self.conversation.setToolTip(
            translate("VoiceBar", "Talk with Hearth hands-free; speak over a reply to interrupt it")
            if hears
            else translate(
                "VoiceBar", "{name} cannot hear: load Gemma 4 (it takes your voice directly) to talk with it."
            ).format(name=name)
        )

    def show_level(self, rms: float) -> None:
        self.meter.setValue(min(100, int(rms * 400)))

    def show_status(self, text: str) -> None:
        self.label.setText(text)
        self.conversation.setText(
            translate("VoiceBar", "Voice on") if self.conversation.isChecked() else translate("VoiceBar", "Voice")
        )

    def set_unavailable(self, reason: str) -> None:
        """No microphone: say so, keep everything else working."""
        self.conversation.blockSignals(True)
        self.conversation.setChecked(False)
        self.conversation.blockSignals(False)
        self.label.setText(translate("VoiceBar", "No microphone"))

        self.label.setToolTip(in_interface_language(reason))
