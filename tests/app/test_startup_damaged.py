"""Start-up never fails on user data: each damaged case opens the real window (build_window,
offscreen Qt) with a clear message and a safe mode."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.main import build_window, close_services
from app.paths import data_dir
from app.settings import Settings, load_settings
from app.store import HistoryStore

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def start(qtbot, qapp):
    windows = []

    def start():
        window = build_window(qapp)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield start
    for window in windows:
        close_services(window)


def _history_with_chat(path: Path, title: str = "Kept chat", messages: int = 2) -> None:
    store = HistoryStore(path)
    conv = store.create_conversation(title)
    for i in range(messages):
        store.add_message(conv.id, "user" if i % 2 == 0 else "assistant", f"message {i}")
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # everything in the main file, none in the log
    store.close()


def _settings_file(data: object) -> Path:
    path = data_dir() / "settings.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data))
    return path


@pytest.mark.parametrize(
    ("data", "bad"),
    [
        ({"per_model": [], "thinking": True}, "per_model"),
        ({"voice_stop_ms": "soon", "thinking": True}, "voice_stop_ms"),
        ({"context_length": -5, "thinking": True}, "context_length"),
        ({"temperature": "hot", "thinking": True}, "temperature"),
        ({"show_stats": 1, "thinking": True}, "show_stats"),
        ({"voice_output": "loud", "thinking": True}, "voice_output"),
        ({"ui_language": "klingon", "thinking": True}, "ui_language"),
        ({"per_model": {"tiny": {"top_k": "many"}}, "thinking": True}, "per_model.tiny"),
    ],
)
def test_a_wrong_typed_setting_is_reset_alone_and_the_old_file_kept(start, data: dict, bad: str) -> None:
    path = _settings_file(data)
    original = path.read_text()
    window = start()
    assert window.banner.isVisible() and f"“{bad}”" in window.banner.label.text()
    assert window.settings.thinking is True  # the good key survives
    key = bad.split(".")[0]
    assert getattr(window.settings, key) == getattr(Settings(), key)
    kept = list(data_dir().glob("settings.json.bad-*"))
    assert len(kept) == 1 and kept[0].read_text() == original and kept[0].name in window.banner.label.text()
    assert load_settings(path).thinking is True  # rewritten clean: the next start has nothing to say
    assert not window.store.report.notes


def test_settings_that_are_not_json_are_kept_aside_and_defaults_used(start) -> None:
    _settings_file('{"thinking": tru')
    window = start()
    assert "not valid JSON" in window.banner.label.text()
    assert window.settings == Settings()
    kept = list(data_dir().glob("settings.json.bad-*"))
    assert len(kept) == 1 and kept[0].read_text() == '{"thinking": tru'
    assert not (data_dir() / "settings.json").exists()


def test_history_that_is_a_folder_opens_an_unsaved_session(start) -> None:
    (data_dir() / "history.db").mkdir()
    window = start()
    text = window.banner.label.text()
    assert "is a folder, not a database file" in text and "will not be saved" in text
    assert not window.store.writable
    window.store.create_conversation("this session")  # chatting still works, in memory
    assert [c.title for c in window.store.conversations()] == ["this session"]
    assert (data_dir() / "history.db").is_dir()  # the user's folder is left alone


# ---- permissions: root ignores them, so as root the app runs without its file-permission overrides ----

CHILD = r"""
import json, sys
from PySide6.QtWidgets import QApplication
from app.main import build_window, close_services
app = QApplication([])
window = build_window(app)
window.show()
store = window.store
out = {"banner": window.banner.label.text() if window.banner.isVisible() else "", "writable": store.writable,
       "titles": [c.title for c in store.conversations()]}
conv = store.create_conversation("new in this session")
store.add_message(conv.id, "user", "hello")
out["after_write"] = [c.title for c in store.conversations()]
close_services(window)
print("RESULT " + json.dumps(out))
"""


def _drop_permission_overrides() -> None:
    """Root keeps CAP_DAC_OVERRIDE/READ_SEARCH, which make file modes moot: drop them before exec."""
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (1, 2):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH
        if libc.prctl(24, cap, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def _start_with_file_modes_enforced(home: Path) -> dict:
    env = dict(os.environ, HEARTH_HOME=str(home), QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env.setdefault("HEARTH_BLAS", "system")
    out = subprocess.run(
        [sys.executable, "-c", CHILD],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=_drop_permission_overrides if os.geteuid() == 0 else None,
    )
    lines = [line for line in out.stdout.splitlines() if line.startswith("RESULT ")]
    assert out.returncode == 0 and lines, out.stderr[-3000:]
    return json.loads(lines[-1][7:])


def test_read_only_history_is_browsed_and_the_window_opens(hearth_home: Path) -> None:
    path = data_dir() / "history.db"
    _history_with_chat(path)
    path.chmod(0o444)
    result = _start_with_file_modes_enforced(hearth_home)
    assert "cannot be saved (" in result["banner"] and "past chats can be read" in result["banner"]
    assert result["titles"] == ["Kept chat"] and not result["writable"]
    assert "new in this session" in result["after_write"]  # works for the session...
    path.chmod(0o644)
    store = HistoryStore(path)
    assert [c.title for c in store.conversations()] == ["Kept chat"]  # ...and the file is untouched
    store.close()


def test_unreadable_history_opens_an_unsaved_session(hearth_home: Path) -> None:
    path = data_dir() / "history.db"
    _history_with_chat(path)
    path.chmod(0o000)
    result = _start_with_file_modes_enforced(hearth_home)
    assert "cannot be opened" in result["banner"] and "will not be saved" in result["banner"]
    assert result["titles"] == [] and not result["writable"]
    path.chmod(0o644)
    assert path.stat().st_size > 0 and not list(data_dir().glob("history.damaged-*"))  # not mistaken for damage


def test_unreadable_settings_use_defaults_and_the_window_opens(hearth_home: Path) -> None:
    path = data_dir() / "settings.json"
    path.write_text(json.dumps({"thinking": True}))
    path.chmod(0o000)
    result = _start_with_file_modes_enforced(hearth_home)
    assert "settings could not be read" in result["banner"]
    path.chmod(0o644)
    assert json.loads(path.read_text()) == {"thinking": True}  # left as it was


def test_a_damaged_history_opens_with_what_was_salvaged(start) -> None:
    path = data_dir() / "history.db"
    _history_with_chat(path, "Salvaged chat", messages=40)
    with open(path, "r+b") as fh:  # damage the page holding the first rows
        data = fh.read()
        at = data.find(b"message 0")
        assert at > 4096, at  # the rows are in the file, past the header page
        fh.seek(at - at % 4096 + 8)
        fh.write(b"\xff" * 200)
    window = start()
    text = window.banner.label.text()
    assert "damaged" in text and "messages recovered: " in text and "history.damaged-" in text
    assert window.sidebar.list.count() >= 1


def test_a_model_with_nan_weights_is_reported_broken_not_chatted_with(
    qtbot, make_window, tiny_gemma4: Path, tmp_path: Path
) -> None:
    import shutil

    from runtime.tiny_model import poison_weights

    folder = poison_weights(shutil.copytree(tiny_gemma4, tmp_path / "nan-model"))
    window = make_window("nan", source=folder, wait=False)
    qtbot.waitUntil(lambda: not window.models.loading, timeout=60_000)
    assert window.banner.kind == "error" and "is broken" in window.banner.label.text()
    assert not window.chat.model_ready and window.engine.info is None
