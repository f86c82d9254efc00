"""The toolbar strip: which model answers, its loading progress, and the way to more models."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from app.ui.i18n import translate

from .a11y import accessible

MANAGE_PRESETS = "\x00manage"  # the preset picker's last item opens the Presets dialog


class ModelBar(QWidget):
    picked = Signal(str)  # library key chosen in the picker
    manage_requested = Signal()
    preset_picked = Signal(str)  # a preset's name; "" for none
    presets_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picker = QComboBox()
        self.picker.setMinimumWidth(260)
        self.picker.setToolTip(translate("ModelBar", "The model that answers"))
        accessible(self.picker, translate("ModelBar", "Model"), translate("ModelBar", "The model that answers"))
        self.picker.activated.connect(lambda i: self.picked.emit(self.picker.itemData(i) or ""))
        manage = QPushButton(translate("ModelBar", "Models…"))
        manage.clicked.connect(self.manage_requested)
        self.status = QLabel("")
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.setRange(0, 1000)
        self.progress.setVisible(False)
        self.preset = QComboBox()
        self.preset.setMinimumWidth(160)
        self.preset.setToolTip(translate("ModelBar", "Instructions and choices for this chat"))
        accessible(
            self.preset,
            translate("ModelBar", "Preset"),
            translate("ModelBar", "Instructions and choices for this chat"),
        )
        self.preset.activated.connect(self._preset_activated)
        self._preset_name = ""
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 2, 6, 2)
        row.addWidget(QLabel(translate("ModelBar", "Model:")))
        row.addWidget(self.picker)
        row.addWidget(manage)
        row.addSpacing(12)
        row.addWidget(QLabel(translate("ModelBar", "Preset:")))
        row.addWidget(self.preset)
        row.addSpacing(12)
        row.addWidget(self.progress)
        row.addWidget(self.status, 1)

    def fill(self, choices: list[tuple[str, str]], current: str | None) -> None:
        self.picker.blockSignals(True)
        self.picker.clear()
        for key, label in choices:
            self.picker.addItem(label, key)
        index = self.picker.findData(current)
        if index >= 0:
            self.picker.setCurrentIndex(index)
        self.picker.blockSignals(False)

    def fill_presets(self, presets: list[tuple[str, str]], current: str | None) -> None:
        """``presets``: (name, label) pairs; ``current`` the open chat's preset (None: none)."""
        self.preset.blockSignals(True)
        self.preset.clear()
        self.preset.addItem(translate("ModelBar", "No preset"), "")
        for name, label in presets:
            self.preset.addItem(label, name)
        if current and self.preset.findData(current) < 0:  # deleted since the chat chose it
            current = None
        self.preset.insertSeparator(self.preset.count())
        self.preset.addItem(translate("ModelBar", "Manage presets…"), MANAGE_PRESETS)
        self._preset_name = current or ""
        self.preset.setCurrentIndex(self.preset.findData(self._preset_name))
        self.preset.blockSignals(False)

    def _preset_activated(self, index: int) -> None:
        name = self.preset.itemData(index)
        if name == MANAGE_PRESETS:
            self.preset.setCurrentIndex(self.preset.findData(self._preset_name))  # the chat's preset stays
            self.presets_requested.emit()
            return
        self._preset_name = str(name or "")
        self.preset_picked.emit(self._preset_name)

    def select(self, key: str | None) -> None:
        self.fill([(self.picker.itemData(i), self.picker.itemText(i)) for i in range(self.picker.count())], key)

    def show_progress(self, fraction: float, message: str) -> None:
        self.progress.setVisible(fraction < 1.0)
        self.progress.setValue(int(fraction * 1000))
        self.status.setText(message)
        self.picker.setEnabled(False)

    def show_state(self, text: str) -> None:
        self.progress.setVisible(False)
        self.status.setText(text)
        self.picker.setEnabled(True)
