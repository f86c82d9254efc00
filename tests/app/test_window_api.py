"""The Settings switch that serves the window's loaded model to other apps (app/ui/api_service.py),
driven by the official openai client: same engine, loopback only, a busy port reported."""

from __future__ import annotations

import json
import socket

import httpx2
import pytest

from app.paths import data_dir
from tests.app.conftest import script, send


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def client(base_url: str):
    from openai import OpenAI

    return OpenAI(base_url=base_url, api_key="none", max_retries=0, timeout=120)


def test_the_switch_serves_the_windows_engine_and_turns_off(qtbot, window) -> None:
    port = free_port()
    window.settings.serve_api, window.settings.serve_port = True, port
    window.apply_api_setting()
    assert window.api.base_url == f"http://127.0.0.1:{port}/v1"
    assert window.banner.label.text().endswith(window.api.base_url)
    script(window, "Served from the window.")
    reply = client(window.api.base_url).chat.completions.create(
        model="hearth", messages=[{"role": "user", "content": "Hello?"}]
    )
    assert reply.choices[0].message.content == "Served from the window."
    assert reply.model == window.engine.info.name  # the window's own model, not a second copy
    script(window, "And the window still answers.")
    send(qtbot, window, "Still there?")
    assert window.store.messages(window.chat.conversation_id)[-1].content == "And the window still answers."
    window.settings.serve_api = False
    window.apply_api_setting()
    assert window.api.base_url is None
    with pytest.raises(httpx2.ConnectError):
        httpx2.get(f"http://127.0.0.1:{port}/health", timeout=5)


def test_a_busy_port_is_reported_and_nothing_else_breaks(qtbot, window) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        window.settings.serve_api, window.settings.serve_port = True, port
        window.apply_api_setting()
    assert window.api.base_url is None and window.banner.kind == "error"
    assert f"127.0.0.1:{port}" in window.banner.label.text()
    script(window, "Fine.")
    send(qtbot, window, "Are you fine?")
    assert window.store.messages(window.chat.conversation_id)[-1].content == "Fine."


def test_a_saved_switch_starts_serving_once_the_model_is_ready(qtbot, make_window) -> None:
    port = free_port()
    (data_dir() / "settings.json").parent.mkdir(parents=True, exist_ok=True)
    (data_dir() / "settings.json").write_text(json.dumps({"serve_api": True, "serve_port": port, "welcome_done": True}))
    window = make_window()
    assert window.settings.serve_api
    qtbot.waitUntil(lambda: window.api.base_url is not None, timeout=60_000)
    health = httpx2.get(f"http://127.0.0.1:{port}/health", timeout=30)
    assert health.status_code == 200
