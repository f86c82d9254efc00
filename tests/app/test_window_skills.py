"""Skills in the window: the tiny model asks to read a file (scripted, through the real Gemma 4
parser); the card offers "Choose file…" instead of Run, and the file the user picks in the
dialog is what the model reads. Settings → Skills switches them, web fetch off by default."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QFileDialog

from app.settings import Settings
from app.tools import ToolRecord
from app.ui.settings_dialog import SettingsDialog
from tests.app.conftest import script


def rows(window):
    return window.store.messages(window.chat.conversation_id)


def test_the_card_offers_choose_file_and_the_picked_file_is_read(qtbot, make_window, tmp_path, monkeypatch) -> None:
    picked = tmp_path / "recipe.txt"
    picked.write_text("2 eggs, 100 g flour")
    asked: list[str] = []

    def dialog(_parent, caption, *_args, **_kwargs):  # the platform's file dialog, answered
        asked.append(caption)
        return str(picked), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(dialog))
    window = make_window()
    script(window, '<|tool_call>call:read_file{reason:<|"|>to read your recipe<|"|>}<tool_call|>')
    script(window, "Eggs and flour.")
    window.composer.editor.setPlainText("What is in my recipe?")
    window.composer._on_send()
    qtbot.waitUntil(lambda: any(m.role == "tool" for m in rows(window)), timeout=30_000)
    text = window.view.toPlainText()
    assert "Read a file you choose" in text and "Choose file…" in text and "to read your recipe" in text
    assert "Always allow" not in text
    tool = next(m for m in rows(window) if m.role == "tool")
    window.view.anchorClicked.emit(QUrl(f"msg:pick:{tool.id}"))
    qtbot.waitUntil(lambda: not window.chat.busy, timeout=60_000)
    assert asked == ["Choose the file to read"]
    record = ToolRecord.parse(rows(window)[2].content)
    assert record.status == "done" and record.result["content"] == "2 eggs, 100 g flour"
    assert str(picked) in window.view.toPlainText()  # the card says which file was read


def test_a_cancelled_dialog_leaves_the_call_waiting(qtbot, make_window, monkeypatch) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *_a, **_k: ""))
    window = make_window()
    script(window, '<|tool_call>call:write_file{name:<|"|>a.txt<|"|>,content:<|"|>hello<|"|>}<tool_call|>')
    window.composer.editor.setPlainText("Save it")
    window.composer._on_send()
    qtbot.waitUntil(lambda: any(m.role == "tool" for m in rows(window)), timeout=30_000)
    assert "Choose folder…" in window.view.toPlainText() and "File name: a.txt" in window.view.toPlainText()
    tool = next(m for m in rows(window) if m.role == "tool")
    window.view.anchorClicked.emit(QUrl(f"msg:pick:{tool.id}"))
    assert ToolRecord.parse(next(m for m in rows(window) if m.role == "tool").content).status == "pending"
    window.chat.stop()
    qtbot.waitUntil(lambda: not window.chat.busy, timeout=30_000)


def test_settings_switch_skills_and_web_fetch_is_off_by_default(qtbot) -> None:
    settings = Settings()
    dialog = SettingsDialog(settings, None, None)
    qtbot.addWidget(dialog)
    boxes = dialog.skills.boxes
    assert not boxes["web_fetch"].isChecked() and boxes["calculate"].isChecked()
    assert all(box.accessibleName() for box in boxes.values())
    boxes["web_fetch"].setChecked(True)
    boxes["calculate"].setChecked(False)
    dialog.accept()
    assert settings.web_fetch and settings.skills_off == ["calculate"]
