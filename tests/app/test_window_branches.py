"""Branches in the window: ‹ 1/2 › after Regenerate shows the old reply again, the keyboard
switches versions and says which one is shown, Fork opens a new chat with the path, and a
search hit in a branch not shown opens that branch."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl

from tests.app.conftest import script, send


def messages(window):
    return window.store.messages(window.chat.conversation_id)


def regenerated(qtbot, window) -> tuple[int, int]:
    script(window, "First answer.")
    send(qtbot, window, "Question")
    first = messages(window)[-1].id
    script(window, "Second answer.")
    window.view.anchorClicked.emit(QUrl(f"msg:regenerate:{first}"))
    qtbot.waitUntil(lambda: not window.chat.busy and messages(window)[-1].id != first, timeout=30_000)
    return first, messages(window)[-1].id


def test_regenerate_then_the_previous_version_shows_the_old_reply_again(qtbot, window) -> None:
    first, second = regenerated(qtbot, window)
    html = window.view.toHtml()
    assert "2/2" in window.view.toPlainText() and f"msg:version:{first}" in html
    assert "First answer." not in window.view.toPlainText()
    window.view.anchorClicked.emit(QUrl(f"msg:version:{first}"))  # ‹
    text = window.view.toPlainText()
    assert "First answer." in text and "Second answer." not in text and "1/2" in text
    assert f"msg:version:{second}" in window.view.toHtml()
    window.view.anchorClicked.emit(QUrl(f"msg:version:{second}"))  # ›
    assert "Second answer." in window.view.toPlainText() and "First answer." not in window.view.toPlainText()


def test_the_keyboard_switches_versions_and_says_which_is_shown(qtbot, window) -> None:
    first, second = regenerated(qtbot, window)
    heard: list[str] = []
    window.announcer.announced.connect(heard.append)
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert messages(window)[-1].id == first and "First answer." in window.view.toPlainText()
    assert heard[-1] == "Version 1 of 2. Hearth: First answer."
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert messages(window)[-1].id == second and heard[-1] == "Version 2 of 2. Hearth: Second answer."


def test_fork_makes_a_new_chat_with_the_path_up_to_the_message(qtbot, window) -> None:
    script(window, "One.")
    send(qtbot, window, "First")
    script(window, "Two.")
    send(qtbot, window, "Second")
    original = window.chat.conversation_id
    reply = messages(window)[1]
    assert f"msg:fork:{reply.id}" in window.view.toHtml()
    window.view.anchorClicked.emit(QUrl(f"msg:fork:{reply.id}"))
    assert window.chat.conversation_id != original
    assert [m.content for m in messages(window)] == ["First", "One."]
    assert "One." in window.view.toPlainText() and "Two." not in window.view.toPlainText()
    current = window.sidebar.list.currentItem()
    assert current is not None and window.sidebar.list.count() == 2
    assert len(window.store.messages(original)) == 4


def test_a_search_hit_in_a_branch_not_shown_opens_that_branch(qtbot, window) -> None:
    first, _second = regenerated(qtbot, window)
    cid = window.chat.conversation_id
    window.conversations.new()
    window.sidebar.search.setText("First answer")
    window.conversations.search("First answer")
    window.sidebar.conversation_selected.emit(cid)
    assert window.chat.conversation_id == cid and messages(window)[-1].id == first
    assert "First answer." in window.view.toPlainText()
