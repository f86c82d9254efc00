"""Remembered facts in the window: "remember that …" is stored and shown with Forget, the next
chat's instructions carry it, the Chat menu switches memory off per chat, Settings → Memory
edits the facts, and the API for other apps never sends them. Real window, tiny model."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from app.chat.memories import HEADING
from tests.app.conftest import script, send


def system_prompt(window, cid: int) -> str:
    history = window.chat.history_for(cid)
    return history[0].content if history and history[0].role == "system" else ""


def test_remember_that_is_stored_shown_and_known_in_the_next_chat(qtbot, window) -> None:
    script(window, "Noted: no meat.")
    send(qtbot, window, "remember that I'm vegetarian")
    assert [m.text for m in window.store.memories.all()] == ["I'm vegetarian"]
    assert window.banner.isVisible() and window.banner.label.text() == "Remembered: I'm vegetarian"
    assert window.banner.action_button.isVisible() and window.banner.action_button.text() == "Forget"
    reply = window.store.messages(window.chat.conversation_id)[-1]
    assert reply.content == "Noted: no meat."  # the message still went to the model
    window.new_chat()
    assert f"{HEADING}\n- I'm vegetarian" in system_prompt(window, window.chat.conversation_id)


def test_forget_on_the_note_takes_the_fact_back(qtbot, window) -> None:
    heard: list[str] = []
    window.announcer.announced.connect(heard.append)
    script(window, "OK.")
    send(qtbot, window, "Please remember: my dog is called Rex")
    window.banner.action_button.click()
    assert window.store.memories.all() == [] and not window.banner.isVisible()
    assert heard[-1] == "Forgotten: my dog is called Rex"


def test_the_chat_menu_switches_memory_off_in_one_chat(qtbot, window) -> None:
    window.store.memories.add("I live in Lyon")
    window.new_chat()
    off_chat = window.chat.conversation_id
    action = window.remembered.action
    window.remembered.sync()
    assert action.isEnabled() and action.isChecked()
    action.trigger()
    assert not action.isChecked() and window.store.memories.off_in(off_chat)
    assert "I live in Lyon" not in system_prompt(window, off_chat)
    script(window, "Fine.")
    send(qtbot, window, "remember that I'm vegetarian")
    assert [m.text for m in window.store.memories.all()] == ["I live in Lyon"]  # nothing stored here
    assert window.banner.kind == "warning" and "Memory is off in this chat" in window.banner.label.text()
    window.new_chat()
    window.remembered.sync()
    assert action.isChecked() and "I live in Lyon" in system_prompt(window, window.chat.conversation_id)
    window.chat.open_conversation(off_chat)
    window.remembered.sync()
    assert not action.isChecked()  # the switch belongs to the chat
    action.trigger()
    assert action.isChecked() and "I live in Lyon" in system_prompt(window, off_chat)


def test_settings_lists_adds_edits_and_deletes_facts_on_ok_only(qtbot, window) -> None:
    from app.ui.settings_dialog import SettingsDialog

    lyon = window.store.memories.add("I live in Lyon")
    window.store.memories.add("My dog is called Rex")

    def dialog() -> SettingsDialog:
        d = SettingsDialog(
            window.settings, window.engine.info, window.models.current_key, window, window.store.memories
        )
        qtbot.addWidget(d)
        d.show()
        return d

    first = dialog()
    editor = first.remembered
    assert editor is not None and editor.facts() == ["My dog is called Rex", "I live in Lyon"]
    editor.list.setCurrentRow(0)
    editor.delete_current()
    first.reject()  # Cancel keeps the facts as they were
    assert len(window.store.memories.all()) == 2

    second = dialog()
    editor = second.remembered
    assert editor is not None
    editor.list.setCurrentRow(0)
    editor.delete_current()  # the dog
    editor.list.item(0).setText("I live in Paris")  # as an in-place edit (F2) leaves it
    editor.add_fact("I'm vegetarian")
    editor.add_fact("")  # an empty new fact is dropped
    second.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert [(m.id == lyon.id, m.text) for m in window.store.memories.all()] == [
        (False, "I'm vegetarian"),
        (True, "I live in Paris"),
    ]


def test_settings_counts_what_does_not_fit_and_turns_memory_off(qtbot, window) -> None:
    from app.ui.settings_dialog import SettingsDialog

    for i in range(60):
        window.store.memories.add(f"fact {i} " + "z" * 50)
    d = SettingsDialog(window.settings, window.engine.info, window.models.current_key, window, window.store.memories)
    qtbot.addWidget(d)
    cid = window.chat.new_conversation()
    window.chat.history_for(cid)
    left_out = window.chat.session.memories_left_out
    editor = d.remembered
    assert left_out > 0 and f"The {left_out} oldest facts do not fit" in editor.note.text()
    colours = [editor.list.item(r).foreground().color().name() for r in range(editor.list.count())]
    assert len(set(colours[: 60 - left_out])) == 1 and len(set(colours[60 - left_out :])) == 1
    assert colours[0] != colours[-1]  # the left-out ones look different
    d.remembered.enabled.setChecked(False)
    d.accept()
    assert window.settings.memory is False
    assert HEADING not in system_prompt(window, cid)
    window.remembered.sync()
    assert not window.remembered.action.isEnabled()


def test_the_api_for_other_apps_sends_no_remembered_facts(qtbot, window) -> None:
    from tests.app.test_window_api import client, free_port

    window.settings.serve_api, window.settings.serve_port = True, free_port()
    window.apply_api_setting()
    assert window.api.base_url is not None

    def prompt_tokens() -> int:
        script(window, "Hi.")
        reply = client(window.api.base_url).chat.completions.create(
            model="hearth", messages=[{"role": "user", "content": "Hello?"}]
        )
        return reply.usage.prompt_tokens

    bare = prompt_tokens()
    window.store.memories.add("I'm vegetarian and I live in Lyon with my dog Rex")
    assert prompt_tokens() == bare  # the same request, the same prompt: nothing added
    window.settings.serve_api = False
    window.apply_api_setting()
