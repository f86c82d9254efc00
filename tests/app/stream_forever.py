"""Test driver: start the real app, begin a long reply, report once part of it is saved.

The test kills this process with SIGKILL at that point, as a crash would.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.main import build_window


def main() -> None:
    app = QApplication(sys.argv)
    window = build_window(app)
    window.show()
    window.load_model("tiny")
    window.settings.max_tokens = 50_000
    long_text = " ".join(f"word{i}" for i in range(20_000))

    def start() -> None:
        if not window.chat.model_ready:
            QTimer.singleShot(50, start)
            return
        window.engine.call(lambda b: b.script_next_reply(long_text)).result()
        window.composer.editor.setPlainText("Write forever")
        window.composer._on_send()
        QTimer.singleShot(50, watch)

    def watch() -> None:
        reply = window.store.messages(window.chat.conversation_id)[-1]
        if reply.role == "assistant" and reply.content:
            print("STREAMING", len(reply.content), flush=True)
            return  # keep streaming until killed
        QTimer.singleShot(50, watch)

    QTimer.singleShot(0, start)
    app.exec()


if __name__ == "__main__":
    main()
