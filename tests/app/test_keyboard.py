"""Keyboard-only use: a whole session with no mouse event, the cheat sheet, text size."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from app.tools import ToolRecord
from app.ui.keyboard import ShortcutsDialog, menu_shortcuts
from tests.app.conftest import script

CTRL, SHIFT, ALT = (
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.ShiftModifier,
    Qt.KeyboardModifier.AltModifier,
)
LONG = "\n\n".join(f"Paragraph {i}: the quick brown fox jumps over the lazy dog." for i in range(300))
MOUSE = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel,
}


class MouseCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() in MOUSE:
            self.count += 1
        return False


def rows(window):
    return window.store.messages(window.chat.conversation_id)


def type_and_send(qtbot, window, text: str) -> None:
    assert window.composer.editor.hasFocus()
    qtbot.keyClicks(window.composer.editor, text)
    qtbot.keyClick(window.composer.editor, Qt.Key.Key_Return)


def test_a_whole_session_by_keyboard_alone(qtbot, window) -> None:
    mice = MouseCounter()
    QApplication.instance().installEventFilter(mice)
    heard: list[str] = []
    window.announcer.announced.connect(heard.append)
    try:
        # New chat, type, send.
        qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
        script(window, "Paris.")
        type_and_send(qtbot, window, "Capital of France?")
        qtbot.waitUntil(lambda: not window.chat.busy, timeout=60_000)
        assert [m.content for m in rows(window)] == ["Capital of France?", "Paris."]
        # Stop a long reply with Esc.
        window.settings.max_tokens = 20000
        script(window, LONG)
        window.composer.editor.setFocus()
        type_and_send(qtbot, window, "Tell me a long story")
        qtbot.waitUntil(lambda: len(window.chat._answer) > 20, timeout=30_000)
        qtbot.keyClick(window.composer.editor, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not window.chat.busy, timeout=30_000)
        assert rows(window)[-1].status == "cancelled"
        # Regenerate the last reply.
        script(window, "A short story.")
        qtbot.keyClick(window, Qt.Key.Key_R, CTRL)
        qtbot.waitUntil(lambda: not window.chat.busy and rows(window)[-1].status == "complete", timeout=60_000)
        assert rows(window)[-1].content == "A short story."
        # Approve the code the model wants to run.
        window.settings.ask_before_running_code = True
        script(window, 'Checking.<|tool_call>call:run_python{code:<|"|>print(6 * 7)<|"|>}<tool_call|>')
        script(window, "It prints 42.")
        window.composer.editor.setFocus()
        type_and_send(qtbot, window, "What does 6*7 print?")
        qtbot.waitUntil(lambda: any("wants to run" in h for h in heard), timeout=60_000)
        qtbot.keyClick(window, Qt.Key.Key_Return, CTRL | SHIFT)
        qtbot.waitUntil(lambda: not window.chat.busy, timeout=120_000)
        tool = next(m for m in rows(window) if m.role == "tool")
        assert ToolRecord.parse(tool.content).status == "done" and rows(window)[-1].content == "It prints 42."
        # Read the conversation message by message, and copy the last reply.
        qtbot.keyClick(window, Qt.Key.Key_Up, ALT)
        assert heard[-1] == "Hearth: It prints 42."
        qtbot.keyClick(window, Qt.Key.Key_Up, ALT)
        assert heard[-1].startswith("Tool run_python, done")
        qtbot.keyClick(window, Qt.Key.Key_C, CTRL | SHIFT)
        assert QGuiApplication.clipboard().text() == "It prints 42."
        # Settings open from the keyboard; the language is changed with Tab and arrows, Return saves.
        opened: list[str] = []

        def change_language() -> None:
            dialog = QApplication.activeModalWidget()
            opened.append(type(dialog).__name__)
            for _ in range(40):  # Tab until the language choice has focus (no focus trap on the way)
                if dialog.focusWidget() is dialog.language:
                    break
                qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Tab)
            qtbot.keyClick(dialog.language, Qt.Key.Key_Down)  # System -> English
            qtbot.keyClick(dialog.language, Qt.Key.Key_Down)  # English -> Deutsch
            opened.append(dialog.language_note.text())
            qtbot.keyClick(dialog.language, Qt.Key.Key_Return)

        QTimer.singleShot(200, change_language)
        qtbot.keyClick(window, Qt.Key.Key_Comma, CTRL)
        assert opened == ["SettingsDialog", "Hearth will use Deutsch the next time it starts."]
        assert window.settings.ui_language == "de"
    finally:
        QApplication.instance().removeEventFilter(mice)
    assert mice.count == 0


def test_the_cheat_sheet_lists_every_menu_shortcut(qtbot, window) -> None:
    listed = dict((what, keys) for keys, what in menu_shortcuts(window.menuBar()))
    for command in ("New Chat", "Settings", "Copy Last Reply", "Regenerate Last Reply", "Run Waiting Code",
                    "Previous Message", "Larger Text", "Keyboard Shortcuts"):  # fmt: skip
        assert listed.get(command), command
    dialog = ShortcutsDialog(window.menuBar(), window)
    qtbot.addWidget(dialog)
    table = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
    assert "Copy Last Reply" in table and "Send the message" in table
    opened: list[str] = []
    QTimer.singleShot(200, lambda: (opened.append(type(QApplication.activeModalWidget()).__name__),
                                    QApplication.activeModalWidget().reject()))  # fmt: skip
    qtbot.keyClick(window, Qt.Key.Key_Slash, CTRL)
    assert opened == ["ShortcutsDialog"]


def test_text_size_grows_shrinks_and_is_remembered(qtbot, window) -> None:
    from app.paths import data_dir
    from app.settings import load_settings
    from app.ui.settings_dialog import SettingsDialog

    base = QApplication.font().pointSizeF()
    shown = (window.sidebar.search, window.view, window.composer.editor, window.composer.send_button)
    assert {w.font().pointSizeF() for w in shown} == {base}
    qtbot.keyClick(window, Qt.Key.Key_Equal, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_Equal, CTRL)
    assert {w.font().pointSizeF() for w in shown} == {base + 2}  # what is drawn, not only a setting
    dialog = SettingsDialog(window.settings, window.engine.info, window.models.current_key, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.font().pointSizeF() == base + 2  # dialogs too
    dialog.reject()
    assert load_settings(data_dir() / "settings.json").text_size == 2  # remembered
    qtbot.keyClick(window, Qt.Key.Key_Minus, CTRL)
    assert window.settings.text_size == 1 and window.view.font().pointSizeF() == base + 1
    qtbot.keyClick(window, Qt.Key.Key_0, CTRL)
    assert {w.font().pointSizeF() for w in shown} == {base} and window.settings.text_size == 0


def test_keyboard_commands_with_nothing_to_act_on_say_so(qtbot, window) -> None:
    heard: list[str] = []
    window.announcer.announced.connect(heard.append)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_Up, ALT)
    qtbot.keyClick(window, Qt.Key.Key_C, CTRL | SHIFT)
    qtbot.keyClick(window, Qt.Key.Key_Return, CTRL | SHIFT)
    assert heard == [
        "This chat has no messages yet.",
        "There is no reply to copy yet.",
        "No code is waiting for approval.",
    ]
