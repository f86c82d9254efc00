"""Presets in the window: picked per chat from the toolbar, kept with the chat, managed in their dialog."""

from __future__ import annotations

import json
from pathlib import Path

from app.presets import PresetLibrary
from app.ui.model_bar import MANAGE_PRESETS
from app.ui.presets_dialog import PresetsDialog
from tests.app.conftest import script, send


def _pick(window, name: str) -> None:
    box = window.model_bar.preset
    index = box.findData(name)
    assert index >= 0, name
    box.setCurrentIndex(index)
    box.activated.emit(index)


def test_a_picked_preset_shapes_the_chat_and_stays_with_it(qtbot, window) -> None:
    script(window, "Hallo.")
    send(qtbot, window, "Hello")
    first = window.chat.conversation_id
    _pick(window, "Translator")
    assert window.chat.session.store.preset(first) == "Translator"
    assert window.chat.history_for(first)[0].content.startswith("You are a translator.")
    window.new_chat()
    script(window, "Hi.")
    send(qtbot, window, "Next")
    second = window.chat.conversation_id
    assert second != first and window.chat.session.store.preset(second) == "Translator"  # new chats start with it
    _pick(window, "")
    assert window.chat.session.store.preset(second) is None
    window.chat.open_conversation(first)
    assert window.model_bar.preset.currentData() == "Translator"  # the chat's own preset is shown
    window.chat.open_conversation(second)
    assert window.model_bar.preset.currentData() == ""


def test_manage_presets_opens_the_dialog_and_keeps_the_chats_choice(qtbot, window, monkeypatch) -> None:
    opened = []
    monkeypatch.setattr(PresetsDialog, "exec", lambda self: opened.append(self) or 0)
    _pick(window, "Writing editor")
    _pick(window, MANAGE_PRESETS)
    assert len(opened) == 1 and window.model_bar.preset.currentData() == "Writing editor"
    names = {opened[0].list.item(i).text() for i in range(opened[0].list.count())}
    assert "Writing editor (built-in)" in names


def test_the_dialog_saves_copies_new_presets_imports_and_exports(qtbot, tmp_path: Path) -> None:
    library = PresetLibrary(tmp_path / "presets.json")
    dialog = PresetsDialog(library, [("tiny", "tiny · Gemma 4")])
    qtbot.addWidget(dialog)
    translator = next(i for i in range(dialog.list.count()) if dialog.list.item(i).text().startswith("Translator"))
    dialog.list.setCurrentRow(translator)
    assert dialog.name.text() == "Translator (copy)" and not dialog.delete.isEnabled()
    dialog.temperature.setValue(0.5)
    assert dialog.save_current()
    copy = library.get("Translator (copy)")
    assert copy is not None and copy.sampling == {"temperature": 0.5} and copy.thinking is False

    dialog._new()
    dialog.name.setText("Chef")
    dialog.prompt.setPlainText("Suggest vegetarian recipes.")
    dialog.model.setCurrentIndex(dialog.model.findData("tiny"))
    dialog.code.setCurrentIndex(dialog.code.findData("off"))
    assert dialog.save_current()
    chef = PresetLibrary(tmp_path / "presets.json").get("Chef")
    assert chef is not None and (chef.model, chef.allow_code, chef.system_prompt) == (
        "tiny",
        False,
        "Suggest vegetarian recipes.",
    )

    dialog.export_to(tmp_path / "chef.json")
    assert [p["name"] for p in json.loads((tmp_path / "chef.json").read_text())["presets"]] == ["Chef"]
    dialog.delete_current()
    assert library.get("Chef") is None
    dialog.import_from(tmp_path / "chef.json")
    assert library.get("Chef") is not None and dialog.current().name == "Chef"

    (tmp_path / "bad.json").write_text('{"presets": [{"name": "x", "sampling": {"temperature": 99}}]}')
    dialog.import_from(tmp_path / "bad.json")
    assert "out of range" in dialog.status.text() and library.get("x") is None

    dialog.name.setText("Writing editor")  # a built-in's name
    assert not dialog.save_current() and "already a preset" in dialog.status.text()


def test_the_dialog_takes_a_reply_format_and_refuses_one_that_is_not_json(qtbot, tmp_path: Path) -> None:
    library = PresetLibrary(tmp_path / "presets.json")
    dialog = PresetsDialog(library, [])
    qtbot.addWidget(dialog)
    dialog._new()
    dialog.name.setText("Structured")
    dialog.schema.setPlainText("{not json")
    assert not dialog.save_current() and "not plain JSON" in dialog.status.text() and library.get("Structured") is None
    dialog.schema.setPlainText('{"type": "object", "properties": {"ok": {"type": "boolean"}}}')
    assert dialog.save_current()
    saved = PresetLibrary(tmp_path / "presets.json").get("Structured")
    assert saved is not None and saved.json_schema == {"type": "object", "properties": {"ok": {"type": "boolean"}}}
    dialog.list.setCurrentRow(dialog.list.count() - 1)
    assert json.loads(dialog.schema.toPlainText()) == saved.json_schema  # shown again when picked
