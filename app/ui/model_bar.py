"""The toolbar strip: which model answers, its loading progress, and the way to more models."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from app.ui.i18n import translate

from .a11y import accessible


class ModelBar(QWidget):
    picked = Signal(str)  # library key chosen in the picker
    manage_requested = Signal()

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
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 2, 6, 2)
        row.addWidget(QLabel(translate("ModelBar", "Model:")))
        row.addWidget(self.picker)
        row.addWidget(manage)
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
