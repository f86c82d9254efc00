"""Remote models from the app's side: `hearth models add-remote`, `hearth chat` with one, a
chat turn whose stream is cut, and the model manager's "Add remote model" dialog. All against
a real mlx_lm.server (tiny text model) behind the fault-injecting proxy, on loopback."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.chat import ChatSession, ReplyFinished
from app.commands.cli import main
from app.paths import data_dir
from app.remote_models import KEYS, find_remote, remote_models
from app.settings import Settings
from app.store import HistoryStore
from app.tools import ToolBox
from runtime import Engine
from tests.helpers.fault_proxy import Fault, FaultProxy
from tests.helpers.mlx_server import free_port

CONTROL_TOKENS = (0, 1, 2, 3, 4, 5)
HANG_GUARD_S = 120


@pytest.fixture(autouse=True)
def no_keychain() -> Iterator[None]:
    """Keys stay in this session's memory: no test writes to the user's real keychain."""
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)
    KEYS.session.clear()


@pytest.fixture
def proxy(mlx_lm_server: tuple[int, str]) -> Iterator[FaultProxy]:
    p = FaultProxy(mlx_lm_server[0], ban_tokens=CONTROL_TOKENS).start()
    yield p
    p.stop()


def test_add_remote_then_chat_with_it_from_the_terminal(
    proxy: FaultProxy, mlx_lm_server, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("STUDIO_KEY", "sk-secret-123")
    model_id = mlx_lm_server[1]
    args = ["models", "add-remote", proxy.url, "--model", model_id, "--name", "studio", "--key-env", "STUDIO_KEY"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "Added 'studio'" in out and "hearth chat --model studio" in out
    assert "sk-secret-123" not in (data_dir() / "remote-models.json").read_text()  # never on disk
    assert main(["models", "list"]) == 0
    assert "studio" in capsys.readouterr().out
    assert main(["chat", "--model", "studio", "-p", "hi", "--max-tokens", "8", "--stats"]) == 0
    captured = capsys.readouterr()
    assert captured.out.strip() and "8 tokens" in captured.err
    assert proxy.seen[-1].headers["authorization"] == "Bearer sk-secret-123"
    assert main(["models", "rm", "studio"]) == 0
    assert find_remote("studio") is None


def test_add_remote_names_what_is_wrong(proxy: FaultProxy, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["models", "add-remote", proxy.url, "--model", "nope"]) == 1
    assert "has no model 'nope'" in capsys.readouterr().err
    assert main(["models", "add-remote", f"http://127.0.0.1:{free_port()}"]) == 1
    assert "Cannot reach the server" in capsys.readouterr().err
    assert remote_models() == []


def test_a_cut_stream_keeps_the_partial_reply_marked_as_an_error(
    proxy: FaultProxy, mlx_lm_server, tmp_path: Path
) -> None:
    from app.remote_models import RemoteModel, add_remote

    add_remote(RemoteModel("studio", proxy.url, mlx_lm_server[1]))
    engine = Engine()
    store = HistoryStore(tmp_path / "history.db")
    toolbox = ToolBox(tmp_path / "sandbox")
    try:
        engine.load(find_remote("studio").spec()).result(timeout=HANG_GUARD_S)  # type: ignore[union-attr]
        # Greedy: a sampled reply from the random model can begin with deltas that carry no text yet
        # (a character split over tokens), and then nothing would be left to keep before the cut.
        session = ChatSession(store, engine, Settings(max_tokens=200, temperature=0.0), toolbox)
        session.on_model_ready("studio")
        proxy.fault = Fault(drop_after=8)
        session.send("hello")
        finished = None
        deadline = time.monotonic() + HANG_GUARD_S
        while finished is None:
            assert time.monotonic() < deadline
            finished = next((e for e in session.poll() if isinstance(e, ReplyFinished)), None)
            time.sleep(0.01)
        stored = store.messages(finished.message.conversation_id)[-1]
        assert stored.status == "error" and stored.content and "broke mid-reply" in (stored.error or "")
    finally:
        engine.close()
        toolbox.close()
        store.close()


def test_the_add_remote_dialog_lists_models_and_saves_one(qtbot, proxy: FaultProxy, mlx_lm_server) -> None:
    from app.ui.model_service import ModelService
    from app.ui.remote_models_tab import AddRemoteDialog

    dialog = AddRemoteDialog()
    qtbot.addWidget(dialog)
    dialog.url.setText(proxy.url)
    dialog.key.setText("sk-typed")
    dialog.list_models()
    qtbot.waitUntil(lambda: dialog.model.count() > 0, timeout=30_000)
    dialog.model.setCurrentText(mlx_lm_server[1])
    dialog.name.setText("big-mac")
    dialog.images.setChecked(True)
    dialog.accept()
    saved = find_remote("big-mac")
    assert saved is not None and saved.model == mlx_lm_server[1] and saved.modalities == ("image",)
    assert saved.spec().remote.api_key == "sk-typed"  # type: ignore[union-attr]  # keychain or this session
    assert ("big-mac", saved.label) in ModelService.choices()


def test_the_dialog_reports_a_server_that_is_down(qtbot) -> None:
    from app.ui.remote_models_tab import AddRemoteDialog

    dialog = AddRemoteDialog()
    qtbot.addWidget(dialog)
    dialog.url.setText(f"http://127.0.0.1:{free_port()}")
    dialog.list_models()
    qtbot.waitUntil(lambda: "Cannot reach" in dialog.status.text(), timeout=30_000)


def test_the_window_loads_a_remote_model_like_a_local_one(qtbot, window, proxy: FaultProxy, mlx_lm_server) -> None:
    from app.remote_models import RemoteModel, add_remote
    from app.ui.model_manager import ModelManagerDialog
    from tests.app.conftest import select_row, send

    add_remote(RemoteModel("studio", proxy.url, mlx_lm_server[1]))
    dialog = ModelManagerDialog(window)
    qtbot.addWidget(dialog)
    dialog.remote.refresh()
    assert dialog.remote.table.item(0, 0).text() == "studio"
    select_row(dialog.remote.table, 0)
    failures: list[str] = []
    window.models.failed.connect(failures.append)
    dialog.remote._use()  # "Use", as from the Remote tab
    qtbot.waitUntil(
        lambda: failures or (window.models.current_key == "studio" and window.chat.model_ready), timeout=60_000
    )
    assert failures == []  # the load's own message, if it failed
    assert window.engine.info.backend == "remote"
    qtbot.waitUntil(lambda: window.model_bar.picker.findData("studio") >= 0)
    window.settings.max_tokens = 16
    send(qtbot, window, "hello")
    last = window.store.messages(window.chat.conversation_id)[-1]
    assert last.role == "assistant" and last.status == "complete" and last.content


def test_a_server_address_with_a_password_is_refused_before_it_is_used(capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from app.remote_models import RemoteModel, RemoteModelError, add_remote

    url = f"http://alice:hunter2@127.0.0.1:{free_port()}"
    assert main(["models", "add-remote", url, "--model", "m"]) == 1
    err = capsys.readouterr().err
    assert "put the key in the API key field" in err and "hunter2" not in err  # not "Cannot reach ..."
    with pytest.raises(RemoteModelError, match="Leave the user name and password out"):
        add_remote(RemoteModel("studio", url, "m"))
    assert remote_models() == []
    # A file written before such addresses were refused: the password is dropped on reading.
    (data_dir() / "remote-models.json").write_text(
        json.dumps({"models": [{"name": "old", "base_url": "http://bob:pw@studio.lan:8080/v1", "model": "m"}]})
    )
    old = find_remote("old")
    assert old is not None and old.base_url == "http://studio.lan:8080/v1" and "pw" not in old.label


def test_a_key_sent_over_plain_http_to_another_machine_is_warned_about(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.remote_models import key_sent_in_clear

    assert key_sent_in_clear("http://studio.lan:8080") and key_sent_in_clear("192.168.1.5:8080")
    assert not key_sent_in_clear("https://studio.lan") and not key_sent_in_clear("http://127.0.0.1:8080")
    assert not key_sent_in_clear("localhost:8080")
    monkeypatch.setenv("STUDIO_KEY", "sk-secret-123")
    # 0.0.0.0 is not a loopback name (the warning is due) yet refuses at once on this machine.
    args = ["models", "add-remote", f"http://0.0.0.0:{free_port()}", "--key-env", "STUDIO_KEY"]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert "warning: The API key will cross the network unencrypted" in err
    args = ["models", "add-remote", f"http://127.0.0.1:{free_port()}", "--key-env", "STUDIO_KEY"]
    assert main(args) == 1
    assert "unencrypted" not in capsys.readouterr().err


def test_the_dialog_notes_a_key_in_clear_and_refuses_a_password_in_the_address(qtbot) -> None:
    from app.ui.remote_models_tab import AddRemoteDialog

    dialog = AddRemoteDialog()
    qtbot.addWidget(dialog)
    dialog.url.setText("http://studio.lan:8080")
    assert dialog.clear_key_note.isHidden()  # no key, nothing to leak
    dialog.key.setText("sk-typed")
    assert not dialog.clear_key_note.isHidden()
    dialog.url.setText("https://studio.lan")
    assert dialog.clear_key_note.isHidden()
    dialog.url.setText(f"http://alice:hunter2@127.0.0.1:{free_port()}")
    assert dialog.list_models() is None
    assert "Leave the user name and password out" in dialog.status.text()
