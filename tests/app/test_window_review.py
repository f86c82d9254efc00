"""Review repro: Regenerate in the window after two turns leaves a stray header behind."""

from __future__ import annotations

from tests.app.conftest import script, send


def test_regenerating_the_second_reply_draws_the_same_as_a_full_redraw(qtbot, window) -> None:
    script(window, "First answer.")
    send(qtbot, window, "First question")
    window.chat.open_conversation(window.chat.conversation_id)  # as after a restart: drawn by setHtml
    script(window, "Second answer.")
    send(qtbot, window, "Second question")
    script(window, "Second answer, again.")
    reply = window.chat.store.messages(window.chat.conversation_id)[-1]
    window.chat.regenerate(reply.id)
    qtbot.waitUntil(lambda: not window.chat.busy, timeout=60_000)
    shown = window.view.toPlainText()
    window.chat.open_conversation(window.chat.conversation_id)
    assert shown.split() == window.view.toPlainText().split(), shown
