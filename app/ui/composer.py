"""The message box: Enter or ⌘↩ sends, Shift+Enter adds a line; Send turns into Stop.

Files come in by the Attach button, drag-and-drop or paste (a pasted picture is saved as a
PNG first).
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QImage, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.documents import DOCUMENT_EXTENSIONS
from app.ui.i18n import translate
from runtime import EXTENSIONS

from .a11y import accessible
from .attachment_strip import AttachmentStrip
from .voice_bar import VoiceBar


def kind_name(kind: str) -> str:
    """A modality as the Attach button names it, in the interface language."""
    names = {
        "audio": translate("Composer", "audio"),
        "image": translate("Composer", "images"),
        "video": translate("Composer", "video"),
    }
    return names.get(kind, kind)


class _Editor(QPlainTextEdit):
    send = Signal()
    files_pasted = Signal(list)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not (event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.send.emit()
            return
        super().keyPressEvent(event)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasImage() or source.hasUrls() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        files = files_from_mime(source)
        if files:
            self.files_pasted.emit(files)
        else:
            super().insertFromMimeData(source)


def files_from_mime(source: QMimeData) -> list[Path]:
    """Local files in a drop or paste; a bare pasted picture becomes a PNG file."""
    files = [Path(u.toLocalFile()) for u in source.urls() if u.isLocalFile()] if source.hasUrls() else []
    if not files and source.hasImage():
        image = QImage(source.imageData())
        if not image.isNull():
            path = Path(tempfile.gettempdir()) / f"pasted-{time.strftime('%Y%m%d-%H%M%S')}.png"
            image.save(str(path))  # PNG, by the suffix
            files = [path]
    return files


class Composer(QWidget):
    submitted = Signal(str, object, list)  # (text, id of the edited message or None, attachments)
    stop_requested = Signal()
    edit_cancelled = Signal()
    files_left_out = Signal(str)  # a sentence: which files did not go with the message, and why

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.editor = _Editor()
        self.editor.setPlaceholderText(
            translate("Composer", "Message Hearth…  (Enter to send, Shift+Enter for a new line)")
        )
        self.editor.setFixedHeight(84)
        self.editor.setObjectName("composerEditor")
        accessible(
            self.editor,
            translate("Composer", "Message"),
            translate("Composer", "Enter sends, Shift+Enter starts a new line"),
        )
        self.editor.send.connect(self._on_send)
        self.editor.files_pasted.connect(self.add_files)
        self.strip = AttachmentStrip()
        self.strip.changed.connect(self._update_send)
        self.attach_button = QPushButton(translate("Composer", "Attach…"))
        self.attach_button.setToolTip(
            translate("Composer", "Attach images, audio or video (or drop / paste them here)")
        )
        self.attach_button.clicked.connect(self._pick_files)
        self.send_button = QPushButton(translate("Composer", "Send"))
        self.send_button.setObjectName("sendButton")
        self.send_button.clicked.connect(self._on_button)
        self.think_box = QCheckBox(translate("Composer", "Think"))
        self.think_box.setToolTip(
            translate("Composer", "Let the model reason before it answers (models that support it)")
        )
        self.edit_banner = QLabel()
        self.edit_banner.setVisible(False)
        self.edit_banner.setObjectName("editBanner")
        cancel = QPushButton(translate("Composer", "Cancel edit"))
        cancel.setFlat(True)
        cancel.clicked.connect(self.cancel_edit)
        self._cancel_edit = cancel
        cancel.setVisible(False)

        self.voice = VoiceBar()
        row = QHBoxLayout()
        row.addWidget(self.attach_button)
        row.addWidget(self.think_box)
        row.addWidget(self.voice)
        row.addStretch(1)
        row.addWidget(self.send_button)
        banner = QHBoxLayout()
        banner.addWidget(self.edit_banner, 1)
        banner.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 12)
        layout.addLayout(banner)
        layout.addWidget(self.strip)
        layout.addWidget(self.editor)
        layout.addLayout(row)
        self._busy = False
        self.editing_id: int | None = None

    # ---- state -----------------------------------------------------------------------

    def set_model(self, name: str, modalities: frozenset[str]) -> None:
        """Offer attachments only for what the loaded model can read."""
        self.strip.model_name = name
        self.strip.supported = frozenset(modalities) - {"text"}
        kinds = sorted(self.strip.supported)
        self.voice.set_model(name, "audio" in self.strip.supported)
        names = ", ".join(kind_name(k) for k in kinds)
        self.attach_button.setToolTip(  # every model reads documents: the button is always there
            translate("Composer", "Attach {kinds} or documents (or drop / paste them here)").format(kinds=names)
            if kinds
            else translate(
                "Composer",
                "Attach documents (or drop / paste them here). {name} reads text only: load Gemma 4 to attach "
                "images, audio or video.",
            ).format(name=name)
        )

    def add_files(self, paths: list[Path]) -> None:
        self.strip.add_files([Path(p) for p in paths])

    def _pick_files(self) -> None:
        media = [f"*{ext}" for ext, kind in EXTENSIONS.items() if kind in self.strip.supported]
        documents = [f"*{ext}" for ext in DOCUMENT_EXTENSIONS]  # every model reads text
        files, _ = QFileDialog.getOpenFileNames(
            self,
            translate("Composer", "Attach files"),
            str(Path.home()),
            translate("Composer", "Media and documents ({patterns})").format(patterns=" ".join(media + documents)),
        )
        if files:
            self.add_files([Path(f) for f in files])

    def _update_send(self) -> None:
        self.send_button.setEnabled(self._busy or not self.strip.preparing)

    def set_busy(self, busy: bool) -> None:
        """While a reply streams the button stops it instead of sending."""
        self._busy = busy
        self._update_send()
        self.send_button.setText(
            translate("Composer", "Stop", "button: stop the reply") if busy else translate("Composer", "Send")
        )
        self.send_button.setToolTip(
            translate("Composer", "Stop the reply (Esc)") if busy else translate("Composer", "Send (Enter or ⌘↩)")
        )

    def begin_edit(self, message_id: int, text: str, attachments: list | None = None) -> None:
        self.editing_id = message_id
        self.editor.setPlainText(text)
        self.strip.clear_all()
        self.strip.add_prepared(attachments or [])
        self.edit_banner.setText(
            translate("Composer", "Editing an earlier message: sending replaces it and everything after it.")
        )
        self.edit_banner.setVisible(True)
        self._cancel_edit.setVisible(True)
        self.editor.setFocus()

    def cancel_edit(self) -> None:
        was_editing = self.editing_id is not None
        self._end_edit()
        self.editor.clear()
        self.strip.clear_all()
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
        files = self.strip.ready()
        if self._busy or self.strip.preparing or not (text or files):
            return
        editing = self.editing_id
        refused = self.strip.refused()
        self._end_edit()
        self.editor.clear()
        self.strip.clear_all()
        self.submitted.emit(text, editing, files)
        if refused:
            reasons = " ".join(r if r.endswith(".") else r + "." for r in refused)
            self.files_left_out.emit(translate("Composer", "Sent without {reasons}").format(reasons=reasons))
