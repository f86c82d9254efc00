"""The chat window end to end: send, stream, stop, regenerate, edit, thinking, shortcuts."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication

from runtime import GenerationParams
from tests.app.conftest import script, send


def messages(window):
    return window.store.messages(window.chat.conversation_id)


def test_send_streams_a_reply_into_the_view_and_the_history(qtbot, window) -> None:
    script(window, "Hello from **Hearth**, with `code`.")
    send(qtbot, window, "Hi there")
    user, reply = messages(window)
    assert (user.role, user.content) == ("user", "Hi there")
    assert reply.role == "assistant" and reply.status == "complete"
    assert reply.content == "Hello from **Hearth**, with `code`."
    assert reply.stats and reply.stats["generated_tokens"] > 0
    text = window.view.toPlainText()
    assert "Hello from Hearth, with code." in text  # rendered, not raw Markdown
    assert "tok/s" in text  # per-message stats line
    assert window.sidebar.list.item(0).text() == "Hi there"  # titled from the first message


LONG = "\n\n".join(f"Paragraph {i}: the quick brown fox jumps over the lazy dog." for i in range(120))


def test_reply_is_rendered_while_it_streams(qtbot, window, monkeypatch) -> None:
    seen: list[int] = []
    original = window.view.live_update
    monkeypatch.setattr(window.view, "live_update", lambda t, a: (seen.append(len(a)), original(t, a)))
    window.settings.max_tokens = 8000
    script(window, LONG)
    send(qtbot, window, "Tell me everything")
    growing = sorted(set(seen))
    assert len(growing) > 5 and growing[-1] == len(LONG)  # many partial renders, then all of it
    assert messages(window)[-1].content == LONG
    assert "Paragraph 119" in window.view.toPlainText()


def test_escape_stops_the_reply_and_keeps_what_was_written(qtbot, window) -> None:
    window.settings.max_tokens = 20000
    script(window, LONG * 3)
    window.composer.editor.setPlainText("Go on forever")
    window.composer._on_send()
    qtbot.waitUntil(lambda: len(window.chat._answer) > 20, timeout=30_000)
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.chat.busy, timeout=30_000)
    reply = messages(window)[-1]
    assert reply.status == "cancelled" and 20 < len(reply.content) < len(LONG * 3)
    assert "Stopped." in window.view.toPlainText()
    assert window.composer.send_button.text() == "Send"


def test_regenerate_replaces_the_last_reply(qtbot, window) -> None:
    script(window, "First answer.")
    send(qtbot, window, "Question")
    first = messages(window)[-1]
    script(window, "Second answer.")
    window.view.anchorClicked.emit(QUrl(f"msg:regenerate:{first.id}"))
    qtbot.waitUntil(lambda: not window.chat.busy and messages(window)[-1].id != first.id, timeout=30_000)
    user, reply = messages(window)
    assert user.content == "Question" and reply.content == "Second answer."
    assert "First answer." not in window.view.toPlainText()


def test_edit_and_resend_replaces_the_message_and_what_followed(qtbot, window) -> None:
    script(window, "About cats.")
    send(qtbot, window, "Tell me about cats")
    script(window, "Still cats.")
    send(qtbot, window, "More")
    first_user = messages(window)[0]
    window.view.anchorClicked.emit(QUrl(f"msg:edit:{first_user.id}"))
    assert window.composer.editing_id == first_user.id
    assert window.composer.editor.toPlainText() == "Tell me about cats"
    script(window, "About dogs.")
    send(qtbot, window, "Tell me about dogs")
    assert [(m.role, m.content) for m in messages(window)] == [
        ("user", "Tell me about dogs"),
        ("assistant", "About dogs."),
    ]


def test_thinking_is_shown_collapsed_and_expands(qtbot, window) -> None:
    window.composer.think_box.setChecked(True)
    script(window, "<|channel>thought\nThe user wants a sum. 2 plus 2 is 4.<channel|>The answer is 4.")
    send(qtbot, window, "What is 2+2?")
    reply = messages(window)[-1]
    assert reply.thinking == "The user wants a sum. 2 plus 2 is 4."
    assert reply.content == "The answer is 4."
    text = window.view.toPlainText()
    assert "▸ Thoughts" in text and "2 plus 2 is 4" not in text  # collapsed
    window.view.anchorClicked.emit(QUrl(f"msg:think:{reply.id}"))
    assert "2 plus 2 is 4" in window.view.toPlainText()
    assert window.settings.thinking is True


def test_thinking_setting_reaches_the_engine(window) -> None:
    window.composer.think_box.setChecked(True)
    window.settings.thinking_budget = 64
    params: GenerationParams = window.settings.params(window.engine.info, window.chat.model_key)
    assert params.enable_thinking and params.thinking_budget == 64


def test_copy_links_put_text_on_the_clipboard(qtbot, window) -> None:
    script(window, "Run this:\n\n```python\nprint('copied')\n```\n")
    send(qtbot, window, "code please")
    reply = messages(window)[-1]
    window.view.anchorClicked.emit(QUrl(f"copy-code:{reply.id}:0"))
    assert QGuiApplication.clipboard().text() == "print('copied')\n"
    window.view.anchorClicked.emit(QUrl(f"msg:copy:{reply.id}"))
    assert QGuiApplication.clipboard().text().startswith("Run this:")


def test_shortcuts_new_chat_find_and_send(qtbot, window) -> None:
    script(window, "ok")
    send(qtbot, window, "first chat")
    before = window.chat.conversation_id
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.chat.conversation_id != before
    assert len(window.store.conversations()) == 2
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.sidebar.search.hasFocus()
    window.composer.editor.setFocus()
    window.composer.editor.setPlainText("sent with ctrl+return")
    script(window, "ok")
    qtbot.keyClick(window.composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.chat.busy, timeout=30_000)
    assert messages(window)[0].content == "sent with ctrl+return"


def test_shift_enter_adds_a_line_instead_of_sending(qtbot, window) -> None:
    window.composer.editor.setFocus()
    qtbot.keyClicks(window.composer.editor, "line one")
    qtbot.keyClick(window.composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(window.composer.editor, "line two")
    assert window.composer.editor.toPlainText() == "line one\nline two"
    assert window.chat.conversation_id is None or messages(window) == []


def test_a_chat_longer_than_the_context_says_what_it_left_out(qtbot, window) -> None:
    from PySide6.QtCore import QUrl

    from runtime.backend import PromptState

    window.settings.context_length, window.settings.max_tokens = 1024, 40  # tool declarations use ~330
    for i in range(8):
        script(window, f"Answer {i}: " + "the quick brown fox jumps over the lazy dog " * 4)
        send(qtbot, window, f"Question {i}: " + "tell me about the weather in the city " * 3)
    replies = [m for m in window.store.messages(window.chat.conversation_id) if m.role == "assistant"]
    assert all(r.status == "complete" for r in replies)  # no crash, no silent cut
    last = replies[-1].stats
    assert last["context_limit"] == 1024 and last["context_dropped"] >= 2
    assert last["prompt_tokens"] + last["generated_tokens"] <= 1024
    assert "oldest messages were not sent" in window.view.toPlainText()
    first = window.store.messages(window.chat.conversation_id)[0]
    window.view.anchorClicked.emit(QUrl(f"msg:pin:{first.id}"))
    assert window.store.messages(window.chat.conversation_id)[0].pinned
    assert "📌 pinned" in window.view.toPlainText()
    history = window.chat.history_for(window.chat.conversation_id)
    params = window.settings.params(window.engine.info)
    kept, _ = window.engine.call(lambda b: b.fit(history, params, PromptState())).result()
    assert kept[0].content.startswith("Question 0") and kept[0].pinned  # the pinned question stays in
    script(window, "Still answering.")
    send(qtbot, window, "And now?")
    assert window.store.messages(window.chat.conversation_id)[-1].content == "Still answering."


def test_a_reply_cut_by_the_length_limit_says_so(qtbot, window) -> None:
    window.settings.max_tokens = 3
    script(window, "This reply is much longer than three tokens, so it gets cut.")
    send(qtbot, window, "Talk")
    assert messages(window)[-1].stats["finish_reason"] == "length"
    assert "reached its length limit" in window.view.toPlainText()


def test_a_working_line_shows_until_the_first_token(qtbot, window) -> None:
    from app.store import StoredMessage
    from app.ui.chat_view import working_text

    view = window.view
    view.begin_live(StoredMessage(id=10_000, conversation_id=0, seq=0, role="assistant", content=""))
    assert view.toPlainText().rstrip().endswith(working_text())
    view.live_update("", "Hello")
    text = view.toPlainText()
    assert working_text() not in text and text.rstrip().endswith("Hello")
