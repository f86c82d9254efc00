"""History in the window: search, export, rename/delete, restart, crashes and damaged data."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from app.paths import data_dir
from app.store import HistoryStore
from tests.app.conftest import install_model, script, send

DRIVER = Path(__file__).with_name("stream_forever.py")


def test_search_finds_conversations_by_content(qtbot, window) -> None:
    script(window, "Paris is the capital of France.")
    send(qtbot, window, "Capital of France?")
    window.new_chat()
    script(window, "Whisk the eggs.")
    send(qtbot, window, "How to make an omelette?")
    window.sidebar.search.setText("eggs")
    qtbot.waitUntil(lambda: window.sidebar.list.count() == 1, timeout=5000)
    item = window.sidebar.list.item(0)
    assert item.text().startswith("How to make an omelette?") and "[eggs]" in item.text()
    window.sidebar.search.clear()
    qtbot.waitUntil(lambda: window.sidebar.list.count() == 2, timeout=5000)


def test_export_markdown_and_json(qtbot, window, tmp_path: Path) -> None:
    script(window, "It is **4**.")
    send(qtbot, window, "What is 2+2?")
    cid = window.chat.conversation_id
    md = window.export(cid, "md", str(tmp_path / "chat.md"))
    js = window.export(cid, "json", str(tmp_path / "chat.json"))
    assert md.read_text().startswith("# What is 2+2?") and "It is **4**." in md.read_text()
    data = json.loads(js.read_text())
    assert [m["content"] for m in data["messages"]] == ["What is 2+2?", "It is **4**."]
    assert window.banner.isVisible() and "Exported" in window.banner.label.text()


def test_rename_and_delete(qtbot, window, monkeypatch) -> None:
    script(window, "ok")
    send(qtbot, window, "to be renamed")
    cid = window.chat.conversation_id
    window.sidebar.rename_requested.emit(cid, "Renamed chat")
    assert window.sidebar.list.item(0).text() == "Renamed chat"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.sidebar.ask_delete(cid)
    assert window.store.conversations() == [] and window.sidebar.list.count() == 0


def test_history_survives_a_restart(qtbot, make_window) -> None:
    first = make_window()
    script(first, "Remember me.")
    send(qtbot, first, "Hello, window one")
    first.close()
    first.engine.close()
    first.store.close()
    second = make_window()
    assert [c.title for c in second.store.conversations()] == ["Hello, window one"]
    assert "Remember me." in second.view.toPlainText()


def test_a_killed_app_keeps_the_reply_as_far_as_it_streamed(qtbot, make_window, tiny_gemma4: Path) -> None:
    install_model(tiny_gemma4, "tiny")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen([sys.executable, str(DRIVER)], env=env, stdout=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()  # the driver says when a partial reply is on disk
        assert line.startswith("STREAMING"), line
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(30)
    window = make_window()
    reply = window.store.messages(window.chat.conversation_id)[-1]
    assert reply.status == "interrupted" and len(reply.content) > 0
    assert "Interrupted" in window.view.toPlainText()
    assert window.store.report.interrupted == 1


def test_damaged_rows_show_a_notice_and_the_rest_works(qtbot, make_window) -> None:
    store = HistoryStore(data_dir() / "history.db")
    conv = store.create_conversation("Old chat")
    store.add_message(conv.id, "user", "fine")
    bad = store.add_message(conv.id, "assistant", "x")
    with store.db:
        store.db.execute("UPDATE messages SET role='???', stats_json='{' WHERE id=?", (bad.id,))
    store.close()
    window = make_window()
    assert "could not be read" in window.view.toPlainText()
    script(window, "Still working.")
    send(qtbot, window, "are you ok?")
    assert window.store.messages(conv.id)[-1].content == "Still working."


def test_damaged_history_file_is_moved_aside_with_a_message(qtbot, make_window) -> None:
    path = data_dir() / "history.db"
    path.write_bytes(b"garbage" * 1000)
    window = make_window()
    assert window.banner.isVisible() and "damaged" in window.banner.label.text()
    assert list(data_dir().glob("history.damaged-*.db"))


def test_a_model_that_fails_to_load_is_reported_and_the_app_goes_on(qtbot, window, tmp_path: Path) -> None:
    broken = tmp_path / "broken-model"
    broken.mkdir()
    (broken / "config.json").write_text('{"model_type": "gemma4_unified"}')
    install_model(broken, "broken")
    window.load_model("broken")
    qtbot.waitUntil(lambda: not window.models.loading, timeout=30_000)
    assert window.banner.kind == "error" and "could not be loaded" in window.banner.label.text()
    assert window.engine.info is not None  # the previous model stays loaded
    script(window, "Alive.")
    send(qtbot, window, "still there?")
    assert window.store.messages(window.chat.conversation_id)[-1].content == "Alive."


def test_out_of_memory_during_a_reply_is_a_readable_error(qtbot, window) -> None:
    def oom(*_a, **_k):
        raise MemoryError

    window.engine.call(lambda b: setattr(b, "_prompt", oom)).result()
    send(qtbot, window, "big question")
    reply = window.store.messages(window.chat.conversation_id)[-1]
    assert reply.status == "error" and "Out of memory" in (reply.error or "")
    assert window.banner.kind == "error" and "Out of memory" in window.banner.label.text()
    assert "Error: Out of memory" in window.view.toPlainText()


def test_switching_chats_while_streaming_keeps_both_intact(qtbot, window) -> None:
    from tests.app.test_window_chat import LONG

    script(window, "First chat answer.")
    send(qtbot, window, "first")
    first = window.chat.conversation_id
    window.new_chat()
    window.settings.max_tokens = 8000
    script(window, LONG)
    window.composer.editor.setPlainText("second, long")
    window.composer._on_send()
    second = window.chat.conversation_id
    qtbot.waitUntil(lambda: len(window.chat._answer) > 50, timeout=30_000)
    window.chat.open_conversation(first)
    assert "First chat answer." in window.view.toPlainText() and "Paragraph" not in window.view.toPlainText()
    window.chat.open_conversation(second)  # back while still streaming: the live reply re-attaches
    qtbot.waitUntil(lambda: not window.chat.busy, timeout=60_000)
    assert window.store.messages(second)[-1].content == LONG
    assert "Paragraph 119" in window.view.toPlainText()


LONG_REPLY = " ".join(f"Sentence {i} of a long answer." for i in range(2000))


def test_quitting_while_a_reply_streams_keeps_it_without_errors(qtbot, make_window) -> None:
    from app.main import close_services

    first = make_window()
    first.settings.max_tokens = 20000
    script(first, LONG_REPLY)
    first.composer.editor.setPlainText("Write a lot")
    first.composer._on_send()
    qtbot.waitUntil(lambda: len(first.chat._answer) > 40, timeout=60_000)
    close_services(first)  # what quitting does, mid-reply
    qtbot.wait(300)  # the poll timer would have fired here, on a closed database
    second = make_window()
    reply = second.store.messages(second.chat.conversation_id)[-1]
    assert reply.status == "interrupted" and len(reply.content) >= 40
