"""MCP tools in the window: the tiny model calls a tool of the hostile test server (scripted,
through the real Gemma 4 parser); the card names server and tool, shows the arguments and the
server's output as plain text, and "Always allow this tool" is remembered in the settings."""

from __future__ import annotations

import json
import sys

import psutil
from PySide6.QtCore import QUrl

from app.paths import data_dir
from app.tools import ToolRecord
from tests.app.conftest import script
from tests.app.test_mcp_client import HOSTILE, server_processes


def call(name: str, text: str) -> str:
    return f'<|tool_call>call:{name}{{text:<|"|>{text}<|"|>}}<tool_call|>'


def rows(window):
    return window.store.messages(window.chat.conversation_id)


def test_an_mcp_tool_card_asks_shows_plain_text_and_remembers_always_allow(qtbot, make_window) -> None:
    server = {"name": "hostile", "command": sys.executable, "args": [HOSTILE]}
    data_dir().mkdir(parents=True, exist_ok=True)
    (data_dir() / "settings.json").write_text(json.dumps({"mcp_servers": [server], "welcome_done": True}))
    window = make_window()
    qtbot.waitUntil(lambda: window.toolbox.mcp.status("hostile").state == "ready", timeout=60_000)  # prewarmed
    script(window, call("hostile__echo", "<b>bold?</b> <img src=x>"))
    script(window, "It echoed.")
    window.composer.editor.setPlainText("Echo some HTML")
    window.composer._on_send()
    qtbot.waitUntil(lambda: any(m.role == "tool" for m in rows(window)), timeout=30_000)
    tool = next(m for m in rows(window) if m.role == "tool")
    text = window.view.toPlainText()
    assert "hostile › echo" in text and "Wants to use this tool" in text and "Always allow this tool" in text
    window.view.anchorClicked.emit(QUrl(f"msg:always:{tool.id}"))
    qtbot.waitUntil(lambda: not window.chat.busy, timeout=60_000)
    assert ToolRecord.parse(rows(window)[2].content).status == "done"
    assert "<b>bold?</b> <img src=x>" in window.view.toPlainText()  # shown as text, not as markup
    saved = json.loads((data_dir() / "settings.json").read_text())
    assert saved["mcp_always_allow"] == ["hostile__echo"]
    pids = [p.pid for p in server_processes()]
    assert pids
    window.chat.stop()
    from app.main import close_services

    close_services(window)  # what quitting does
    assert not any(psutil.pid_exists(pid) for pid in pids)
