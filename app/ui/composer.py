"""The message box: Enter or ⌘↩ sends, Shift+Enter adds a line; Send turns into Stop."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class _Editor(QPlainTextEdit):
    send = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not (event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.send.emit()
            return
        super().keyPressEvent(event)


class Composer(QWidget):
    submitted = Signal(str, object)  # (text, id of the message being edited or None)
    stop_requested = Signal()
    edit_cancelled = Signal()

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.editor = _Editor()
        self.editor.setPlaceholderText("Message Hearth…  (Enter to send, Shift+Enter for a new line)")
        self.editor.setFixedHeight(84)
        self.editor.setObjectName("composerEditor")
        self.editor.send.connect(self._on_send)
        self.send_button = QPushButton("Send")
        self.send_button.setObjectName("sendButton")
        self.send_button.clicked.connect(self._on_button)
        self.think_box = QCheckBox("Think")
        self.think_box.setToolTip("Let the model reason before it answers (models that support it)")
        self.edit_banner = QLabel()
        self.edit_banner.setVisible(False)
        self.edit_banner.setObjectName("editBanner")
        cancel = QPushButton("Cancel edit")
        cancel.setFlat(True)
        cancel.clicked.connect(self.cancel_edit)
        self._cancel_edit = cancel
        cancel.setVisible(False)

        row = QHBoxLayout()
        row.addWidget(self.think_box)
        row.addStretch(1)
        row.addWidget(self.send_button)
        banner = QHBoxLayout()
        banner.addWidget(self.edit_banner, 1)
        banner.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 12)
        layout.addLayout(banner)
        layout.addWidget(self.editor)
        layout.addLayout(row)
        self._busy = False
        self.editing_id: int | None = None

    # ---- state -----------------------------------------------------------------------

    def set_busy(self, busy: bool) -> None:
        """While a reply streams the button stops it instead of sending."""
        self._busy = busy
        self.send_button.setText("Stop" if busy else "Send")
        self.send_button.setToolTip("Stop the reply (Esc)" if busy else "Send (Enter or ⌘↩)")

    def begin_edit(self, message_id: int, text: str) -> None:
        self.editing_id = message_id
        self.editor.setPlainText(text)
        self.edit_banner.setText("Editing an earlier message: sending replaces it and everything after it.")
        self.edit_banner.setVisible(True)
        self._cancel_edit.setVisible(True)
        self.editor.setFocus()

    def cancel_edit(self) -> None:
        was_editing = self.editing_id is not None
        self._end_edit()
        self.editor.clear()
        if was_editing:
            self.edit_cancelled.emit()

    def _end_edit(self) -> None:
        self.editing_id = None
        self.edit_banner.setVisible(False)
        self._cancel_edit.setVisible(False)

    # ---- actions ---------------------------------------------------------------------

    def _on_button(self) -> None:
        if self._busy:
            self.stop_requested.emit()
        else:
            self._on_send()

    def _on_send(self) -> None:
        text = self.editor.toPlainText().strip()
        if self._busy or not text:
            return
        editing = self.editing_id
        self._end_edit()
        self.editor.clear()
        self.submitted.emit(text, editing)
