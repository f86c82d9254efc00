"""Screen readers (VoiceOver, Orca) can name everything a user can reach with the keyboard.

Qt builds the accessibility tree they read from QAccessible interfaces; these tests walk it
for the main window and each dialog: every visible widget that takes keyboard focus has a
non-empty accessible name and a real role. Announcements (a finished reply, a tool card
waiting for approval, an error, the voice state) go out as Qt accessibility announcements.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QDialog, QTabWidget, QWidget

from app.ui.a11y import Announcer
from tests.app.conftest import script, send

NO_ROLE = {QAccessible.Role.NoRole}


def unnamed(root: QWidget) -> list[str]:
    """Focusable visible widgets under ``root`` that a screen reader could not name."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        owner = widget.parentWidget() if widget.objectName().startswith("qt_") else None
        # Qt's own inner parts (a spin box's line edit, a tab widget's bar) may be named by their owner.
        if not any(_named(w) for w in (widget, owner) if w is not None):
            what = widget.objectName() or getattr(widget, "text", lambda: "")() or ""
            missing.append(f"{type(widget).__name__} {what!r} in {type(root).__name__}")
    return missing


def _named(widget: QWidget) -> bool:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface is not None and iface.role() not in NO_ROLE and bool(iface.text(QAccessible.Text.Name).strip())


def test_every_focusable_widget_of_the_main_window_has_a_name(window, qtbot, tmp_path: Path) -> None:
    from PIL import Image

    assert unnamed(window) == []
    picture = tmp_path / "photo.png"
    Image.new("RGB", (40, 30), "teal").save(picture)
    window.composer.add_files([picture])  # an attachment chip and its Remove button
    window.banner.show_message("Something went wrong.", "error")  # the banner and its Dismiss button
    qtbot.waitUntil(lambda: not window.composer.strip.preparing, timeout=30_000)
    assert window.composer.strip.isVisible() and unnamed(window) == []
    chip = window.composer.strip.chips[0]
    assert chip.accessibleName().startswith("photo.png, ") and "×" in chip.accessibleName()  # its size is read out


def _dialogs(window, tmp_path: Path):
    from PIL import Image

    from app.ui.bench_dialog import BenchDialog
    from app.ui.figure_dialog import FigureDialog
    from app.ui.model_manager import ModelManagerDialog
    from app.ui.presets_dialog import PresetsDialog
    from app.ui.remote_models_tab import AddRemoteDialog
    from app.ui.settings_dialog import SettingsDialog
    from app.ui.welcome import WelcomeDialog

    chart = tmp_path / "chart.png"
    Image.new("RGB", (64, 48), "white").save(chart)
    return {
        "settings": lambda: SettingsDialog(
            window.settings, window.engine.info, window.models.current_key, window, window.store.memories
        ),
        "welcome": lambda: WelcomeDialog(window),
        "models": lambda: ModelManagerDialog(window),
        "benchmark": lambda: BenchDialog(window.engine, window),
        "figure": lambda: FigureDialog(chart, "chart.png", window),
        "add remote": lambda: AddRemoteDialog(window),
        "presets": lambda: PresetsDialog(window.presets, [("tiny", "tiny")], window),
    }


@pytest.mark.parametrize("name", ["settings", "welcome", "models", "benchmark", "figure", "add remote", "presets"])
def test_every_focusable_widget_of_each_dialog_has_a_name(window, qtbot, tmp_path: Path, name: str) -> None:
    dialog: QDialog = _dialogs(window, tmp_path)[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    try:
        missing = unnamed(dialog)
        for tabs in dialog.findChildren(QTabWidget):  # every page, not only the first one shown
            for page in range(tabs.count()):
                tabs.setCurrentIndex(page)
                missing += unnamed(dialog)
        assert sorted(set(missing)) == []
    finally:
        dialog.reject()


def test_announcements_reach_qt_accessibility_and_listeners(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    announcer = Announcer(widget)
    with qtbot.waitSignal(announcer.announced) as blocker:
        announcer.say("Reply finished.")
    assert blocker.args == ["Reply finished."]
    announcer.say("")  # nothing to say: nothing announced, no error


def test_the_window_announces_a_finished_reply_an_error_and_a_waiting_tool(window, qtbot) -> None:
    heard: list[str] = []
    window.announcer.announced.connect(heard.append)
    script(window, "Paris is the capital of France.")
    send(qtbot, window, "Capital of France?")
    assert heard[-1] == "Reply finished. Paris is the capital of France."
    window.banner.show_message("The model could not be loaded.", "error")
    assert heard[-1] == "The model could not be loaded."
    window.settings.ask_before_running_code = True
    script(window, 'Let me check.<|tool_call>call:run_python{code:<|"|>print(1)<|"|>}<tool_call|>')
    window.composer.editor.setPlainText("Run something")
    window.composer._on_send()
    qtbot.waitUntil(lambda: any("wants to run run_python" in h for h in heard), timeout=30_000)
    window.chat.stop()
    qtbot.waitUntil(lambda: not window.chat.busy, timeout=30_000)


def test_long_replies_are_announced_by_their_start_and_failures_plainly() -> None:
    from app.store import StoredMessage
    from app.ui.a11y import ANNOUNCED_REPLY_CHARS, reply_announcement

    def reply(content: str, status: str = "complete") -> StoredMessage:
        return StoredMessage(id=1, conversation_id=1, seq=1, role="assistant", content=content, status=status)

    long = reply("word " * 200)
    said = reply_announcement(long)
    assert said.startswith("Reply finished. word word") and said.endswith("…")
    assert len(said) <= len("Reply finished. ") + ANNOUNCED_REPLY_CHARS
    assert reply_announcement(reply("Half an ans", "cancelled")) == "Reply stopped. Half an ans"
    assert reply_announcement(reply("", "error")) == "The reply failed."
