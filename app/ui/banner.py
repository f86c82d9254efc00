"""A dismissible message strip above the conversation (errors, warnings, notes)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

STYLES = {
    "info": "background: palette(alternate-base); border-bottom: 1px solid palette(mid);",
    "warning": "background: #fff4ce; color: #5c4400; border-bottom: 1px solid #e0c060;",
    "error": "background: #fde7e9; color: #8a1c1c; border-bottom: 1px solid #e6a0a6;",
}


class Banner(QFrame):
    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setObjectName("banner")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QPushButton("✕")
        close.setFlat(True)
        close.setFixedWidth(28)
        close.setToolTip("Dismiss")
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self.kind = "info"
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_message(self, text: str, kind: str = "info") -> None:
        self.kind = kind
        self.label.setText(text)
        self.setStyleSheet(f"#banner {{ {STYLES.get(kind, STYLES['info'])} }}")
        self.show()
        # Notes fade away; problems stay until dismissed.
        if kind == "info":
            self._timer.start(10_000)
        else:
            self._timer.stop()
