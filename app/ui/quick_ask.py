"""Quick ask: a small floating prompt that answers in place and can become a full chat.

It is summoned by a global shortcut (macOS: app/ui/hotkey_mac.py) or by `hearth ask`, which
any desktop can bind to a key: that command reaches the running app through a local socket
(``QuickAskServer``), or starts Hearth with the prompt open. The question is a real chat in
the history (the same engine, the same turn loop), so "Open as a chat" only shows it.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication, QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.attachments import prepare
from app.store import StoredMessage
from app.ui.a11y import accessible
from app.ui.i18n import translate
from app.ui.instance_socket import QuickAskServer
from app.ui.lower_text import error_text
from runtime import EngineError

MAX_CLIPBOARD_CHARS = 20_000  # a pasted log or article, not a whole book, goes into the question


class QuickAsk(QWidget):
    """The floating prompt. ``window`` is the MainWindow whose chat answers."""

    def __init__(self, window) -> None:
        super().__init__(None, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.window_ = window
        self.conversation_id: int | None = None
        self._answer = ""
        self.setWindowTitle(translate("QuickAsk", "Quick ask"))
        self.prompt = QLineEdit()
        self.prompt.setPlaceholderText(translate("QuickAsk", "Ask Hearth…"))
        accessible(self.prompt, translate("QuickAsk", "Question"))
        self.prompt.returnPressed.connect(self.ask)
        self.use_clipboard = QCheckBox(translate("QuickAsk", "Include the clipboard"))
        self.clipboard_note = QLabel()
        self.clipboard_note.setWordWrap(True)
        self.answer = QTextBrowser()
        self.answer.setOpenExternalLinks(False)
        accessible(self.answer, translate("QuickAsk", "Answer"))
        self.open_chat = QPushButton(translate("QuickAsk", "&Open as a chat"))
        self.open_chat.setEnabled(False)
        self.open_chat.clicked.connect(self.open_as_chat)
        ask = QPushButton(translate("QuickAsk", "&Ask"))
        ask.clicked.connect(self.ask)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self).activated.connect(self.hide)
        buttons = QHBoxLayout()
        buttons.addWidget(self.use_clipboard)
        buttons.addStretch(1)
        buttons.addWidget(self.open_chat)
        buttons.addWidget(ask)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.clipboard_note)
        layout.addWidget(self.answer, 1)
        layout.addLayout(buttons)
        self.resize(560, 320)
        window.chat.reply_delta.connect(self._delta)
        window.chat.reply_finished.connect(self._finished)

    def summon(self) -> None:
        """Show, in front, ready to type (what the clipboard holds is said, not sent yet)."""
        self.clipboard_note.setText(self._clipboard_summary())
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            self.move(area.center().x() - self.width() // 2, area.top() + area.height() // 5)
        self.show()
        self.raise_()
        self.activateWindow()
        self.prompt.setFocus()
        self.prompt.selectAll()

    def ask(self) -> None:
        question = self.prompt.text().strip()
        if not question:
            return
        chat = self.window_.chat
        if chat.busy:
            self.answer.setPlainText(
                translate("QuickAsk", "Hearth is still busy with another reply; ask again when it is done.")
            )
            return
        attachments, question = self._with_clipboard(question)
        if attachments is None:
            return  # the picture could not be read: said in the answer area
        self.conversation_id = chat.new_conversation()
        self._answer = ""
        self.answer.setPlainText(translate("QuickAsk", "Thinking…"))
        self.open_chat.setEnabled(True)
        chat.send(question, None, attachments)

    def open_as_chat(self) -> None:
        """The question and its answer are already a chat: show it in the main window."""
        if self.conversation_id is None:
            return
        window = self.window_
        if window.chat.conversation_id != self.conversation_id and not window.chat.busy:
            window.chat.open_conversation(self.conversation_id)
        window.showNormal()
        window.raise_()
        window.activateWindow()
        self.hide()

    # ---- the reply -----------------------------------------------------------------------

    def _ours(self) -> bool:
        reply = self.window_.chat.session.reply
        return reply is not None and reply.conversation_id == self.conversation_id

    def _delta(self, text: str) -> None:
        if self.conversation_id is not None and self._ours():
            self._answer += text
            self.answer.setMarkdown(self._answer)

    def _finished(self, message: StoredMessage) -> None:
        if message.conversation_id != self.conversation_id:
            return
        if message.status == "error":
            self.answer.setPlainText(error_text(EngineError(message.error or "")) or message.error or "")
        else:
            self.answer.setMarkdown(message.content)

    # ---- the clipboard -------------------------------------------------------------------

    def _clipboard_summary(self) -> str:
        data = QGuiApplication.clipboard().mimeData()
        if data is not None and data.hasImage():
            image = QImage(data.imageData())
            return translate("QuickAsk", "Clipboard: a picture ({width}×{height}).").format(
                width=image.width(), height=image.height()
            )
        text = QGuiApplication.clipboard().text().strip()
        if text:
            first = " ".join(text.split())[:80]
            return translate("QuickAsk", "Clipboard: “{start}”").format(start=first + ("…" if len(text) > 80 else ""))
        return translate("QuickAsk", "The clipboard is empty.")

    def _with_clipboard(self, question: str) -> tuple[list | None, str]:
        """(attachments, question) with the clipboard added when asked; (None, _) if it failed."""
        if not self.use_clipboard.isChecked():
            return [], question
        data = QGuiApplication.clipboard().mimeData()
        if data is not None and data.hasImage():
            info = self.window_.engine.info
            if info is None or "image" not in info.modalities:
                self.answer.setPlainText(translate("QuickAsk", "The loaded model cannot read pictures."))
                return None, question
            image = QImage(data.imageData())
            with tempfile.TemporaryDirectory(prefix="hearth-quick-ask-") as tmp:
                path = Path(tmp) / "clipboard.png"
                image.save(str(path), b"PNG")
                try:
                    return [
                        prepare(path, self.window_.store.blobs, index_db=self.window_.composer.strip.index_db)
                    ], question
                except Exception as exc:  # a picture the media layer refuses: said, not raised
                    self.answer.setPlainText(error_text(exc))
                    return None, question
        text = QGuiApplication.clipboard().text().strip()
        if not text:
            return [], question
        clipped = text[:MAX_CLIPBOARD_CHARS]
        return [], f"{question}\n\n<clipboard>\n{clipped}\n</clipboard>"


class QuickAskService(QObject):
    """Everything that summons the quick-ask window: `hearth ask`, the global shortcut, the menu."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window_ = window
        self.popup: QuickAsk | None = None  # made on first use
        self.server = QuickAskServer(self)
        self.server.summoned.connect(self.show)
        self.server.show_requested.connect(self._show_window)
        self.listening = self.server.listen()
        self.hotkey = None
        if sys.platform == "darwin":
            from .hotkey_mac import GlobalHotkey

            self.hotkey = GlobalHotkey.register_default(self.show)

    def _show_window(self) -> None:
        self.window_.showNormal()
        self.window_.raise_()
        self.window_.activateWindow()

    def show(self) -> None:
        if self.popup is None:
            self.popup = QuickAsk(self.window_)
        self.popup.summon()
