"""First run: the built-in model is prepared with progress, a download is offered with
memory advice, and the microphone is left alone until voice is used."""

from __future__ import annotations

from pathlib import Path

from app.paths import data_dir, models_dir
from app.settings import load_settings
from app.ui.welcome import WelcomeDialog
from runtime.memory import GB
from runtime.models.bundled import BUNDLED_NAME
from runtime.models.catalog import recommend
from tests.helpers.hf_server import FakeHub


def test_first_run_prepares_the_bundled_model_with_progress(qtbot, qapp, bundled_model: Path) -> None:
    from app.main import build_window

    models_dir().mkdir(parents=True, exist_ok=True)
    (models_dir() / BUNDLED_NAME).symlink_to(bundled_model, target_is_directory=True)  # imported once per session
    window = build_window(qapp)
    qtbot.addWidget(window)
    assert not window.settings.welcome_done
    dialog = WelcomeDialog(window, recommend(8192, 32 * GB))
    qtbot.addWidget(dialog)
    seen: list[int] = []
    window.models.preparing.connect(lambda f, _m: seen.append(int(f * 1000)))
    window.load_model("bundled")
    qtbot.waitUntil(lambda: dialog.ready, timeout=120_000)
    assert seen and seen == sorted(seen) and "is ready" in dialog.prep_label.text()
    assert window.voice.pipeline is None and window.voice.speaker is None  # no audio device opened
    assert "the first time" in dialog.findChildren(type(dialog.prep_label))[-1].text()
    dialog.start_button.click()
    assert load_settings(data_dir() / "settings.json").welcome_done
    window.engine.close()
    window.store.close()


def test_the_offer_fits_the_computer(qtbot, window) -> None:
    roomy = WelcomeDialog(window, recommend(8192, 32 * GB))
    small = WelcomeDialog(window, recommend(8192, 8 * GB))
    for d in (roomy, small):
        qtbot.addWidget(d)
    assert roomy.entry.recommended and "Gemma 4 12B" in roomy.offer.text() and "Fits comfortably" in roomy.offer.text()
    assert "GB to download" in roomy.offer.text()
    assert not small.entry.recommended and "needs more memory" in small.offer.text()
    assert small.entry.approx_bytes < roomy.entry.approx_bytes
    assert roomy.ready  # the window's model was already loaded


def test_the_recommended_download_starts_from_the_welcome(
    qtbot, window, tiny_gemma4: Path, tiny_gemma4_mtp: Path, monkeypatch
) -> None:
    import huggingface_hub.constants

    entry, fit = recommend(8192, 32 * GB)
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_OFFLINE", False)
    hub = FakeHub()
    hub.add_folder(entry.repo, tiny_gemma4)
    hub.add_folder(entry.drafter_repo, tiny_gemma4_mtp / "drafter")
    monkeypatch.setenv("HF_ENDPOINT", hub.start())
    try:
        dialog = WelcomeDialog(window, (entry, fit))
        qtbot.addWidget(dialog)
        dialog.download_button.click()
        qtbot.waitUntil(lambda: "in your library" in dialog.download_status.text(), timeout=60_000)
        assert dialog.download_bar.value() == 1000
        assert (models_dir() / entry.key / "drafter" / "config.json").is_file()  # MTP comes from its own repo
    finally:
        hub.stop()
