"""Shared fixtures: isolated app data per test, tiny real models built at run time."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ["HF_HUB_OFFLINE"] = "1"  # nothing in the tests may reach a model hub
# torch is installed for the conformance reference (its own subprocess); tests run Hearth
# without it, as runtime/__init__.py does, even if a test imports transformers first.
sys.modules.setdefault("torch", None)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The interface follows the system language: tests that find widgets by their English text
# must not see German on a developer's German machine. Tests of other languages install them.
os.environ["LC_ALL"] = "C.UTF-8"
os.environ.pop("LANGUAGE", None)


# Waits in the tests are failure detectors, never measurements: a busy machine (CI's two cores
# shared with other work) must not turn a slow pass into a failure. pytest-timeout still ends a
# real hang. HEARTH_TEST_WAIT_SCALE=1 restores the written deadlines.
WAIT_SCALE = float(os.environ.get("HEARTH_TEST_WAIT_SCALE", "4"))


@pytest.fixture
def qtbot(qtbot):
    """pytest-qt's qtbot with every deadline stretched by WAIT_SCALE."""
    wait_until, wait_signal = qtbot.waitUntil, qtbot.waitSignal

    def stretched_wait_until(callback, *, timeout: int = 5000):
        return wait_until(callback, timeout=int(timeout * WAIT_SCALE))

    def stretched_wait_signal(signal=None, *, timeout: int = 5000, **kwargs):
        return wait_signal(signal, timeout=int(timeout * WAIT_SCALE), **kwargs)

    qtbot.waitUntil = stretched_wait_until
    qtbot.waitSignal = stretched_wait_signal
    return qtbot


@pytest.fixture(scope="session")
def qapp(qapp):
    """pytest-qt's application, in English as Hearth starts on such a machine: with the English
    plural forms ("1 file", "2 files"), whether or not a test has built a window before."""
    from app.ui.i18n import install_language

    install_language(qapp, "en")
    return qapp


@pytest.fixture(autouse=True)
def hearth_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "hearth-home"
    monkeypatch.setenv("HEARTH_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def tiny_gemma4(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny random gemma4_unified checkpoint (sliding window 512)."""
    from runtime.tiny_model import build_tiny_gemma4

    return build_tiny_gemma4(tmp_path_factory.mktemp("models") / "tiny-gemma4")


@pytest.fixture(scope="session")
def tiny_gemma4_small_window(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Same, with a 64-token sliding window so caches wrap within a short chat."""
    from runtime.tiny_model import build_tiny_gemma4

    return build_tiny_gemma4(tmp_path_factory.mktemp("models") / "tiny-gemma4-w64", sliding_window=64)


@pytest.fixture(scope="session")
def tiny_gemma4_mtp(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tiny model (same weights as tiny_gemma4) with a random MTP drafter in drafter/."""
    from runtime.tiny_model import build_tiny_drafter, build_tiny_gemma4

    target = build_tiny_gemma4(tmp_path_factory.mktemp("models") / "tiny-gemma4-mtp")
    build_tiny_drafter(target, target / "drafter")
    return target


@pytest.fixture(scope="session")
def tiny_gemma3_gguf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.helpers.gguf_factory import write_tiny_gemma3_gguf

    return write_tiny_gemma3_gguf(tmp_path_factory.mktemp("gguf") / "tiny-gemma3.gguf")


@pytest.fixture(scope="session")
def tiny_gemma3(tmp_path_factory: pytest.TempPathFactory, tiny_gemma3_gguf: Path) -> Path:
    """A tiny text-only model, imported from GGUF through the real importer (mlx-lm backend)."""
    from runtime.models.gguf_import import import_gguf

    return import_gguf(tiny_gemma3_gguf, tmp_path_factory.mktemp("models") / "tiny-gemma3")


@pytest.fixture(scope="session")
def bundled_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real bundled Gemma 3 270M, imported once per test session (~30 s)."""
    from runtime.models.bundled import ensure_bundled
    from runtime.models.library import ModelLibrary

    return ensure_bundled(ModelLibrary(tmp_path_factory.mktemp("bundled") / "models"))


@pytest.fixture(scope="session")
def mlx_lm_server(tmp_path_factory: pytest.TempPathFactory, tiny_gemma3: Path):
    """(port, model id) of a real `python -m mlx_lm.server` serving the tiny text model on loopback."""
    from tests.helpers.mlx_server import mlx_lm_server as start

    with start(tiny_gemma3, tmp_path_factory.mktemp("mlx-server") / "server.log") as served:
        yield served
