"""Model manager, downloads, settings and the benchmark screen, driven through real widgets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from app.model_refs import library
from app.paths import data_dir
from app.ui.bench_dialog import BenchDialog
from app.ui.model_manager import ModelManagerDialog
from app.ui.settings_dialog import SettingsDialog
from tests.app.conftest import select_row
from tests.helpers.hf_server import FakeHub


def test_import_a_gguf_from_the_manager_and_delete_it(qtbot, window, tiny_gemma3_gguf: Path, monkeypatch) -> None:
    dialog = ModelManagerDialog(window)
    qtbot.addWidget(dialog)
    dialog.import_path(tiny_gemma3_gguf)
    qtbot.waitUntil(lambda: any(e.name == "tiny-gemma3" for e in dialog.entries), timeout=10_000)
    row = next(i for i, e in enumerate(dialog.entries) if e.name == "tiny-gemma3")
    assert dialog.table.item(row, 0).text() == "Tiny Gemma 3"
    select_row(dialog.table, row)
    assert "Needs about" in dialog.fit.text()  # memory-fit estimate for the selection
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog._delete()
    assert not (library().root / "tiny-gemma3").exists()


def test_a_bad_import_is_reported_in_the_dialog(qtbot, window, tmp_path: Path) -> None:
    bad = tmp_path / "notes.gguf"
    bad.write_text("not a model")
    dialog = ModelManagerDialog(window)
    qtbot.addWidget(dialog)
    dialog.import_path(bad)  # fails at once: wait on the label, the signal may already be gone
    qtbot.waitUntil(lambda: "Import failed" in dialog.busy_label.text(), timeout=30_000)
    assert "not a GGUF file" in dialog.busy_label.text()


def test_use_switches_the_loaded_model(qtbot, window, tiny_gemma3: Path) -> None:
    from tests.app.conftest import install_model

    install_model(tiny_gemma3, "tiny-text")
    dialog = ModelManagerDialog(window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: any(e.name == "tiny-text" for e in dialog.entries), timeout=10_000)
    select_row(dialog.table, next(i for i, e in enumerate(dialog.entries) if e.name == "tiny-text"))
    dialog._use()
    qtbot.waitUntil(lambda: window.chat.model_ready and window.models.current_key == "tiny-text", timeout=60_000)
    assert window.engine.info.backend == "mlx-lm"
    assert json.loads((data_dir() / "settings.json").read_text())["model"] == "tiny-text"
    assert not window.composer.think_box.isEnabled()  # this model has no thinking mode


def test_download_from_the_catalog_ui(qtbot, window, tiny_gemma4: Path, monkeypatch) -> None:
    import huggingface_hub.constants

    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_OFFLINE", False)
    hub = FakeHub()
    hub.add_folder("mlx-community/gemma-4-e2b-it-4bit", tiny_gemma4)
    monkeypatch.setenv("HF_ENDPOINT", hub.start())
    try:
        dialog = ModelManagerDialog(window)
        qtbot.addWidget(dialog)
        row = dialog.rows["gemma-4-e2b-it-4bit"]
        assert "Needs about" in row.fit.text()
        row.start_button.click()
        qtbot.waitUntil(lambda: window.downloads.states["gemma-4-e2b-it-4bit"].status == "done", timeout=60_000)
        assert row.status.text() == "In your library"
        assert not row.start_button.isEnabled()
        qtbot.waitUntil(lambda: any(e.name == "gemma-4-e2b-it-4bit" for e in dialog.entries), timeout=10_000)
    finally:
        hub.stop()


def test_settings_dialog_saves_sampling_and_per_model_defaults(qtbot, window) -> None:
    dialog = SettingsDialog(window.settings, window.engine.info, window.models.current_key, window)
    qtbot.addWidget(dialog)
    dialog.system.setPlainText("Be brief.")
    dialog.fields["temperature"].setValue(0.3)
    dialog.fields["max_tokens"].setValue(256)
    dialog.context.setCurrentIndex(dialog.context.findData(32768))
    assert "32,768-token context" in dialog.memory.text()
    dialog.accept()
    params = window.settings.params(window.engine.info, window.models.current_key)
    assert (params.temperature, params.max_tokens) == (0.3, 256)
    assert window.settings.system_prompt == "Be brief." and window.settings.context_length == 32768
    per_model = SettingsDialog(window.settings, window.engine.info, "tiny", window)
    qtbot.addWidget(per_model)
    per_model.per_model.setChecked(True)
    per_model.fields["temperature"].setValue(0.9)
    per_model.accept()
    assert window.settings.params(window.engine.info, "tiny").temperature == 0.9
    assert window.settings.params(window.engine.info, "other").temperature == 0.3
    assert window.chat.history_for(window.chat.new_conversation())[0].content == "Be brief."


def test_benchmark_screen_runs_bench(qtbot, window) -> None:
    dialog = BenchDialog(window.engine, window)
    qtbot.addWidget(dialog)
    dialog.tokens.setValue(8)
    dialog.turns.setValue(2)
    dialog.run()
    qtbot.waitUntil(lambda: dialog.bench_result is not None, timeout=120_000)
    assert dialog.bench_result is not None and dialog.bench_result["decode_ratio"] > 0
    assert "Decode (tok/s)" in dialog.output.text()


@pytest.mark.parametrize("bad", ["{not json", "[1, 2]", '{"temperature": -5}'])
def test_damaged_settings_file_falls_back_to_defaults(make_window, bad: str) -> None:
    data_dir().joinpath("settings.json").write_text(bad)
    window = make_window()
    assert window.settings.temperature is None
    assert window.chat.model_ready


def test_a_model_too_big_for_memory_asks_before_loading(qtbot, window, tiny_gemma3: Path, monkeypatch) -> None:
    from runtime import memory
    from tests.app.conftest import install_model

    install_model(tiny_gemma3, "huge")
    monkeypatch.setattr(memory, "system_memory_bytes", lambda: 1024)  # a machine with 1 KB of memory
    monkeypatch.setattr(memory, "model_budget_bytes", lambda system: 768)
    asked = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    assert window.confirm_fit("huge") is False
    assert "Too big" in asked[0] and "Load it anyway?" in asked[0]
    assert window.models.current_key == "tiny"  # nothing was loaded


def test_ui_lag_benchmark_command_runs(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-m", "app", "bench-ui", "--json", "--sections", "3"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["samples"] > 10 and result["reply_chars"] > 300
    assert set(result["lag_ms"]) == {"p50", "p90", "p99", "max", "mean"}


def test_mtp_is_used_when_a_drafter_is_present_and_can_be_turned_off(qtbot, make_window, tiny_gemma4_mtp: Path) -> None:
    from tests.app.conftest import send

    window = make_window("tiny-mtp", tiny_gemma4_mtp)
    window.settings.temperature, window.settings.max_tokens = 0.0, 24
    send(qtbot, window, "hello world the quick brown fox")
    on = window.store.messages(window.chat.conversation_id)[-1]
    assert on.stats["draft_tokens"] > 0 and "drafts accepted" in window.view.toPlainText()
    dialog = SettingsDialog(window.settings, window.engine.info, window.models.current_key, window)
    qtbot.addWidget(dialog)
    assert dialog.speculative.isChecked()
    dialog.speculative.setChecked(False)
    dialog.accept()
    window.new_chat()
    send(qtbot, window, "hello world the quick brown fox")
    off = window.store.messages(window.chat.conversation_id)[-1]
    assert off.stats["draft_tokens"] == 0 and off.content == on.content  # same words, no drafter
