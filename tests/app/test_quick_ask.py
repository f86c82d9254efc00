"""Quick ask: summoned through its local socket (as `hearth ask` does), answers in place with
the window's own chat, and hands the question over as a full chat."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtNetwork import QLocalServer

from app.ui.instance_socket import QuickAskServer, server_name, summon
from tests.app.conftest import script

ROOT = Path(__file__).resolve().parents[2]


def test_summon_reaches_a_listening_hearth_and_no_other(qtbot) -> None:
    server = QuickAskServer(name=f"hearth-test-{os.getpid()}")
    assert summon(server.name, timeout_ms=200) is False  # nobody listens yet
    assert server.listen()
    with qtbot.waitSignal(server.summoned, timeout=10_000):
        assert summon(server.name)
    second = QuickAskServer(name=server.name)
    assert second.listen() is False  # a live Hearth keeps its name; the second one does not steal it
    with qtbot.waitSignal(server.summoned, timeout=10_000):
        assert summon(server.name)
    server.server.close()


@pytest.mark.skipif(sys.platform == "win32", reason="socket files are a Unix thing")
def test_a_socket_left_by_a_crashed_hearth_is_taken_over(qtbot, tmp_path: Path) -> None:
    name = f"hearth-test-stale-{os.getpid()}"
    probe = QLocalServer()
    assert probe.listen(name)
    path = probe.fullServerName()
    probe.close()
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(path)  # bound, never listening: what a killed process leaves behind
    stale.close()
    assert Path(path).exists()
    server = QuickAskServer(name=name)
    assert server.listen()
    with qtbot.waitSignal(server.summoned, timeout=10_000):
        assert summon(name)
    server.server.close()


def test_the_popup_answers_with_the_clipboard_and_becomes_a_chat(qtbot, window) -> None:
    window.start_quick_ask()
    service = window.quick_ask
    assert service is not None and service.listening
    QGuiApplication.clipboard().setText("ERROR 42: disk full on /dev/sda1")
    with qtbot.waitSignal(service.server.summoned, timeout=10_000):
        # The real command, as a desktop shortcut runs it (same data folder: same socket name).
        subprocess.run([sys.executable, "-m", "app", "ask"], cwd=ROOT, env={**os.environ}, check=True, timeout=120)
    popup = service.popup
    assert popup is not None and popup.isVisible() and "ERROR 42" in popup.clipboard_note.text()
    popup.prompt.setText("What does this mean?")
    popup.use_clipboard.setChecked(True)
    script(window, "Your **disk is full**.")
    popup.ask()
    qtbot.waitUntil(lambda: not window.chat.busy and "disk is full" in popup.answer.toPlainText(), timeout=60_000)
    cid = popup.conversation_id
    user, reply = window.store.messages(cid)
    assert user.content.startswith("What does this mean?") and "<clipboard>\nERROR 42: disk full" in user.content
    assert reply.content == "Your **disk is full**."
    popup.open_as_chat()
    assert not popup.isVisible() and window.isVisible() and window.chat.conversation_id == cid


def test_the_popup_waits_for_a_busy_chat_and_ignores_an_empty_question(qtbot, window) -> None:
    window.show_quick_ask()
    popup = window.quick_ask.popup
    popup.ask()  # nothing typed
    assert popup.conversation_id is None
    script(window, "A long answer.")
    window.composer.editor.setPlainText("Hello")
    window.composer._on_send()
    popup.prompt.setText("Quick one")
    assert window.chat.busy  # the reply cannot end before the window polls it again
    popup.ask()
    assert popup.conversation_id is None and "busy" in popup.answer.toPlainText()
    qtbot.waitUntil(lambda: not window.chat.busy, timeout=60_000)


def test_the_socket_name_is_per_user_and_data_folder(monkeypatch, tmp_path: Path) -> None:
    first = server_name()
    monkeypatch.setenv("HEARTH_HOME", str(tmp_path / "other"))
    assert server_name() != first and "quick-ask-" in server_name()


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes there")
def test_the_socket_lives_in_a_folder_only_this_user_can_enter() -> None:
    path = Path(server_name())
    info = path.parent.stat()
    assert path.is_absolute() and info.st_uid == os.getuid() and info.st_mode & 0o777 == 0o700


def test_a_second_start_shows_the_running_hearth_and_exits(qtbot) -> None:
    from app.main import run_app

    running = QuickAskServer()
    assert running.listen()
    with qtbot.waitSignal(running.show_requested, timeout=10_000):
        assert run_app() == 0  # returned before building a second window and a second model
    running.server.close()
