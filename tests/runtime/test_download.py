"""Downloads against a real HTTP server on 127.0.0.1 that speaks the Hub's file API."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from runtime import Engine, GenerationParams, Message, ModelSpec, collect_text
from runtime.models.download import (
    ChecksumMismatch,
    DownloadControl,
    DownloadFailed,
    DownloadStopped,
    NotEnoughDisk,
    download_model,
    pending_downloads,
    staging_dir,
)
from tests.helpers.hf_server import FakeHub

REPO = "hearth-test/tiny-gemma4"


@pytest.fixture
def hub(tiny_gemma4: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[FakeHub, str]]:
    import huggingface_hub.constants

    # The session runs offline (conftest); only this loopback server is reachable.
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_OFFLINE", False)
    fake = FakeHub()
    fake.add_folder(REPO, tiny_gemma4)
    endpoint = fake.start()
    monkeypatch.setenv("HF_ENDPOINT", endpoint)
    yield fake, endpoint
    fake.stop()


def test_download_lands_a_loadable_model(hub, tmp_path: Path) -> None:
    fake, endpoint = hub
    seen = []
    path = download_model(REPO, tmp_path / "models", "tiny", endpoint=endpoint, progress=seen.append)
    assert path == tmp_path / "models" / "tiny"
    assert not staging_dir(tmp_path / "models", "tiny").exists()
    assert seen[-1].done == seen[-1].total == sum(len(b) for b in fake.repos[REPO].values())
    engine = Engine()
    try:
        engine.load(ModelSpec(path)).result()
        assert collect_text(engine.generate([Message("user", "hi")], GenerationParams(max_tokens=4)))
    finally:
        engine.close()


def test_dropped_connection_resumes_mid_file(hub, tmp_path: Path) -> None:
    fake, endpoint = hub
    fake.drop_after["model.safetensors"] = 100_000
    download_model(REPO, tmp_path / "models", "tiny", endpoint=endpoint)
    weights = [r for r in fake.requests if r[0].endswith("/model.safetensors")]
    assert weights[0][1] is None and weights[1][1] == "bytes=100000-"  # resumed, not restarted
    assert (tmp_path / "models" / "tiny" / "model.safetensors").read_bytes() == fake.repos[REPO]["model.safetensors"]


def test_wrong_checksum_is_rejected(hub, tmp_path: Path) -> None:
    fake, endpoint = hub
    fake.corrupt.add("model.safetensors")
    with pytest.raises(ChecksumMismatch, match="model.safetensors.*damaged"):
        download_model(REPO, tmp_path / "models", "tiny", endpoint=endpoint)
    assert not (tmp_path / "models" / "tiny").exists()
    stage = staging_dir(tmp_path / "models", "tiny")
    assert not (stage / "model.safetensors.part").exists() and not (stage / "model.safetensors").exists()


def test_pause_then_resume_keeps_the_partial_file(hub, tmp_path: Path) -> None:
    fake, endpoint = hub
    release = threading.Event()
    fake.stall["model.safetensors"] = (200_000, release)
    control = DownloadControl()
    part = staging_dir(tmp_path / "models", "tiny") / "model.safetensors.part"
    outcome: dict = {}

    def run() -> None:
        try:
            download_model(REPO, tmp_path / "models", "tiny", endpoint=endpoint, control=control)
        except DownloadStopped as exc:
            outcome["stopped"] = exc.reason

    worker = threading.Thread(target=run)
    worker.start()
    for _ in range(300):  # wait until the first 200 kB are on disk
        if part.exists() and part.stat().st_size >= 200_000:
            break
        threading.Event().wait(0.05)
    control.pause()
    release.set()
    worker.join(30)
    assert outcome == {"stopped": "paused"}
    assert pending_downloads(tmp_path / "models") == {"tiny": REPO}
    kept = part.stat().st_size
    assert 200_000 <= kept < len(fake.repos[REPO]["model.safetensors"])
    fake.requests.clear()
    download_model(REPO, tmp_path / "models", "tiny", endpoint=endpoint)
    ranges = [r[1] for r in fake.requests if r[0].endswith("/model.safetensors")]
    assert ranges == [f"bytes={kept}-"]
    assert pending_downloads(tmp_path / "models") == {}
    assert (tmp_path / "models" / "tiny" / "model.safetensors").read_bytes() == fake.repos[REPO]["model.safetensors"]


def test_cancel_removes_everything(hub, tmp_path: Path) -> None:
    _, endpoint = hub
    control = DownloadControl()
    control.cancel()
    with pytest.raises(DownloadStopped, match="cancelled"):
        download_model(REPO, tmp_path / "models", "tiny", endpoint=endpoint, control=control)
    assert not staging_dir(tmp_path / "models", "tiny").exists()


def test_unknown_repo_and_full_disk_are_explained(hub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _, endpoint = hub
    with pytest.raises(DownloadFailed, match="no model 'nobody/nothing'"):
        download_model("nobody/nothing", tmp_path / "models", "x", endpoint=endpoint)
    import shutil

    real = shutil.disk_usage
    monkeypatch.setattr(shutil, "disk_usage", lambda p: real(p)._replace(free=1000))
    with pytest.raises(NotEnoughDisk, match="only 0.0 GB is free"):
        download_model(REPO, tmp_path / "models", "tiny", endpoint=endpoint)


def test_download_can_run_beside_the_ui_thread(hub, tmp_path: Path) -> None:
    """Downloads run on a worker thread; the result is the same as in the foreground."""
    _, endpoint = hub
    result: dict = {}
    t = threading.Thread(
        target=lambda: result.update(path=download_model(REPO, tmp_path / "m", "t", endpoint=endpoint))
    )
    t.start()
    t.join(60)
    assert result["path"].is_dir()


DRAFTER = "hearth-test/tiny-gemma4-assistant"


def test_a_drafter_is_downloaded_with_its_model(hub, tmp_path: Path, tiny_gemma4_mtp: Path) -> None:
    fake, endpoint = hub
    fake.add_folder(DRAFTER, tiny_gemma4_mtp / "drafter")
    seen = []
    path = download_model(
        REPO, tmp_path / "models", "tiny", drafter_repo=DRAFTER, endpoint=endpoint, progress=seen.append
    )
    drafter = path / "drafter" / "model.safetensors"
    assert drafter.read_bytes() == fake.repos[DRAFTER]["model.safetensors"]
    total = sum(len(b) for repo in (REPO, DRAFTER) for b in fake.repos[repo].values())
    assert seen[-1].done == seen[-1].total == total  # one progress bar for both
    engine = Engine()
    try:
        assert engine.load(ModelSpec(path)).result().drafter == "drafter"
    finally:
        engine.close()


def test_a_missing_drafter_does_not_stop_the_model(hub, tmp_path: Path) -> None:
    _, endpoint = hub
    path = download_model(REPO, tmp_path / "models", "tiny", drafter_repo="nobody/no-drafter", endpoint=endpoint)
    notes = json.loads((path / "hearth.json").read_text())["notes"]
    assert not (path / "drafter").exists() and "Speculative decoding is unavailable" in notes[0]
