"""A dismissible message strip above the conversation (errors, warnings, notes)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QPushButton

from app.ui.i18n import translate
from app.ui.lower_text import in_interface_language

FADE_MS = 10_000
STYLES = {
    "info": "background: palette(alternate-base); border-bottom: 1px solid palette(mid);",
    "warning": "background: #fff4ce; color: #5c4400; border-bottom: 1px solid #e0c060;",
    "error": "background: #fde7e9; color: #8a1c1c; border-bottom: 1px solid #e6a0a6;",
}


class Banner(QFrame):
    shown = Signal(str, str)  # (text, kind): what appeared, for screen readers

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # messages quote files, facts, servers: never markup
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QPushButton("✕")
        close.setFlat(True)
        close.setFixedWidth(28)
        close.setToolTip(translate("Banner", "Dismiss"))
        close.setAccessibleName(translate("Banner", "Dismiss message"))

        close.clicked.connect(self.hide)
        self.action_button = QPushButton()  # one action a note offers (Forget a remembered fact)
        self.action_button.setObjectName("bannerAction")
        self.action_button.clicked.connect(self._act)
        self.action_button.hide()
        self._action: Callable[[], None] | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(close)
        self.kind = "info"
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._fade)
        self.hide()

    def show_message(
        self,
        text: str,
        kind: str = "info",
        *,
        stays: bool = False,
        action: tuple[str, Callable[[], None]] | None = None,
    ) -> None:
        """Show ``text``; notes fade after 10 s unless ``stays``; problems stay until dismissed.

        ``action``: a button (label, what it does) beside the text; using it closes the message."""
        self.kind = kind
        # Notes and problems from the Qt-free layers arrive in English; paragraphs are separate notes.
        text = "\n\n".join(in_interface_language(part) for part in text.split("\n\n"))
        self.label.setText(text)
        self._action = action[1] if action else None
        self.action_button.setText(action[0] if action else "")
        self.action_button.setVisible(action is not None)
        self.setStyleSheet(f"#banner {{ {STYLES.get(kind, STYLES['info'])} }}")
        self.show()
        self.shown.emit(text, kind)
        if kind == "info" and not stays:
            self._timer.start(FADE_MS)
        else:
            self._timer.stop()

    def _act(self) -> None:
        action, self._action = self._action, None
        self.hide()
        if action is not None:
            action()

    @property
    def fading(self) -> bool:
        return self._timer.isActive()

    def _fade(self) -> None:
        # A dialog in front (the welcome, settings) hides the note: wait until it is gone.
        if QApplication.activeModalWidget() is not None:
            self._timer.start(FADE_MS)
        else:
            self.hide()
