"""Run on a Python code block: in a reply or in the user's own message, with any model (the
bundled text-only one too). The sandbox runs it, the card shows output and charts, and the
model never sees it as a call it made."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl

from app.tools import ToolRecord
from tests.app.conftest import script, send

CHART = "import matplotlib.pyplot as plt\nplt.plot([1, 2, 3], [1, 4, 9])\nprint('rows', 6 * 7)\n"


def rows(window):
    return window.store.messages(window.chat.conversation_id)


def run_link(window, message_id: int, index: int = 0) -> None:
    window.view.anchorClicked.emit(QUrl(f"run-code:{message_id}:{index}"))


def test_run_a_code_block_from_a_reply_of_a_text_only_model(qtbot, make_window, tiny_gemma3: Path) -> None:
    window = make_window("tiny3", tiny_gemma3)
    assert not window.engine.info.supports_tools
    script(window, f"Here is a chart:\n\n```python\n{CHART}```\n\nAnd some text.")
    send(qtbot, window, "Plot y = x^2")
    reply = rows(window)[-1]
    assert "▶ Run" in window.view.toHtml() or "Run" in window.view.toPlainText()
    run_link(window, reply.id)
    qtbot.waitUntil(
        lambda: (
            rows(window)[-1].role == "tool" and ToolRecord.parse(rows(window)[-1].content).status in ("done", "failed")
        ),
        timeout=60_000,
    )
    tool = rows(window)[-1]
    record = ToolRecord.parse(tool.content)
    assert record.by_user and record.status == "done", record
    assert record.display["stdout"] == "rows 42\n" and record.display["figures"] == 1
    assert tool.attachments and tool.attachments[0].kind == "image"
    text = window.view.toPlainText()
    assert "Your Python run" in text and "rows 42" in text
    # The model's view of the chat has no call it never made.
    history = window.chat.history_for(window.chat.conversation_id)
    assert [m.role for m in history] == ["user", "assistant"]
    assert not any(m.tool_calls for m in history)
    assert not window.chat.busy


def test_run_a_code_block_from_the_users_own_message(qtbot, window) -> None:
    script(window, "Looks right to me.")
    send(qtbot, window, "Does this work?\n\n```python\nprint(sum(range(10)))\n```")
    user = next(m for m in rows(window) if m.role == "user")
    assert "Run this Python code" in window.view.toPlainText()
    run_link(window, user.id)
    qtbot.waitUntil(
        lambda: rows(window)[-1].role == "tool" and ToolRecord.parse(rows(window)[-1].content).status == "done",
        timeout=60_000,
    )
    assert ToolRecord.parse(rows(window)[-1].content).display["stdout"] == "45\n"


def test_running_code_is_refused_when_code_is_turned_off(qtbot, window) -> None:
    window.settings.allow_code = False
    script(window, "```python\nprint(1)\n```")
    send(qtbot, window, "code please")
    run_link(window, rows(window)[-1].id)
    assert rows(window)[-1].role == "assistant"  # nothing ran
    assert "turned off" in window.banner.label.text()


LONG_RUN = "```python\ntotal = 0\nfor i in range(10**10):\n    total += i\nprint(total)\n```"


def test_stop_ends_a_users_run_and_the_chat_stays_usable(qtbot, window) -> None:
    script(window, LONG_RUN)
    send(qtbot, window, "count")
    reply = rows(window)[-1]
    run_link(window, reply.id)
    assert window.chat.busy and window.composer.send_button.text() != "Send"  # Stop is offered
    window.view.anchorClicked.emit(QUrl(f"msg:regenerate:{reply.id}"))  # refused while it runs
    assert rows(window)[-2].id == reply.id
    qtbot.waitUntil(lambda: ToolRecord.parse(rows(window)[-1].content).status == "running", timeout=30_000)
    window.escape()
    qtbot.waitUntil(lambda: not window.chat.busy, timeout=60_000)
    assert ToolRecord.parse(rows(window)[-1].content).status == "failed"
    script(window, "Still here.")
    send(qtbot, window, "hello again")
    assert rows(window)[-1].content == "Still here."


def test_deleting_the_chat_during_a_users_run_leaves_nothing_stuck(qtbot, window) -> None:
    script(window, f"```python\n{CHART}```")
    send(qtbot, window, "chart")
    run_link(window, rows(window)[-1].id)
    window.conversations.delete(window.chat.conversation_id)
    qtbot.waitUntil(lambda: not window.chat.tools.user_runs, timeout=60_000)
    assert not window.chat.busy
    script(window, "New chat works.")
    send(qtbot, window, "hi")
    assert rows(window)[-1].content == "New chat works."
