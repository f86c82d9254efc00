"""Take README screenshots of the real app (run under Xvfb on Linux, or on a Mac).

    xvfb-run -a -s "-screen 0 1400x900x24" python packaging/screenshots.py OUT_DIR
    xvfb-run -a -s "-screen 0 1400x900x24" python packaging/screenshots.py OUT_DIR --welcome

Uses the bundled model and asks it real questions; nothing is scripted.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QTabWidget

QUESTIONS = ["What is the capital of France?", "Explain what a hearth is in one sentence."]


def open_window():
    """The app's main window, shown, loading the bundled model (HEARTH_HOME set first)."""
    from app.main import build_window

    app = QApplication(sys.argv)
    window = build_window(app)
    window.resize(1240, 800)
    window.show()
    window.refresh_picker()
    window.load_model("bundled")
    return app, window


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="hearth-shots-"))
    real_models = Path(os.environ.get("HEARTH_MODELS", str(Path.home() / ".local/share/Hearth/models")))
    os.environ["HEARTH_HOME"] = str(home)
    if real_models.is_dir():  # reuse an already-imported bundled model instead of importing again
        (home / "models").symlink_to(real_models, target_is_directory=True)
    app, window = open_window()
    pending = list(QUESTIONS)

    def step() -> None:
        if not window.chat.model_ready or window.chat.busy:
            QTimer.singleShot(200, step)
            return
        if pending:
            window.composer.editor.setPlainText(pending.pop(0))
            window.composer._on_send()
            QTimer.singleShot(200, step)
            return
        window.composer.editor.setPlainText("Tell me more about")
        QTimer.singleShot(500, shoot)

    def shoot() -> None:
        window.grab().save(str(out / "chat.png"))
        from app.ui.model_manager import ModelManagerDialog

        dialog = ModelManagerDialog(window)
        dialog.findChild(QTabWidget).setCurrentIndex(1)  # the Download tab
        dialog.show()
        QTimer.singleShot(1500, lambda: (dialog.grab().save(str(out / "models.png")), dialog.close(), app.quit()))

    QTimer.singleShot(0, step)
    app.exec()


def welcome(out: Path) -> None:
    """The first-run dialog while the built-in model is being prepared (a fresh data folder)."""
    out.mkdir(parents=True, exist_ok=True)
    os.environ["HEARTH_HOME"] = tempfile.mkdtemp(prefix="hearth-first-run-")
    from app.ui.welcome import WelcomeDialog

    app, window = open_window()
    dialog = WelcomeDialog(window)
    dialog.open()

    def wait() -> None:
        if dialog.prep_bar.value() < 400:
            QTimer.singleShot(100, wait)
            return
        window.grab().save(str(out / "welcome-window.png"))
        dialog.grab().save(str(out / "welcome.png"))
        app.quit()

    QTimer.singleShot(0, wait)
    app.exec()


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs")
    welcome(target) if "--welcome" in sys.argv else main(target)
