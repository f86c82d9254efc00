"""Fixtures that drive the real main window against real tiny models (offscreen Qt)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.paths import models_dir


def install_model(source: Path, name: str) -> Path:
    """Put a session-built model into this test's library (a link; nothing is copied)."""
    target = models_dir() / name
    target.parent.mkdir(parents=True, exist_ok=True)
    if not target.exists():
        target.symlink_to(source, target_is_directory=True)
    return target


@pytest.fixture(autouse=True)
def locale_restored() -> Iterator[None]:
    """Tests that install a language (or build a window, which does) leave the number and date
    formats as they found them: a later test must not depend on which ran before it."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.fixture
def make_window(qtbot, qapp, tiny_gemma4: Path) -> Iterator[Callable]:
    """Build the app's main window (as `hearth` does) with the tiny model loaded."""
    from app.main import build_window, close_services

    windows = []

    def make(model: str = "tiny", source: Path | None = None, wait: bool = True):
        install_model(source or tiny_gemma4, model)
        window = build_window(qapp)
        qtbot.addWidget(window)
        window.show()
        window.load_model(model)
        if wait:
            qtbot.waitUntil(lambda: window.chat.model_ready, timeout=60_000)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.chat.stop()
        close_services(window)


@pytest.fixture
def window(make_window):
    return make_window()


def send(qtbot, window, text: str, *, timeout: int = 60_000) -> None:
    window.composer.editor.setPlainText(text)
    window.composer._on_send()
    qtbot.waitUntil(lambda: not window.chat.busy, timeout=timeout)


def select_row(table, row: int) -> None:
    """Select one table row as a click would. Not selectRow(): it obeys the keyboard modifiers
    Qt last saw, so an earlier test's Ctrl+Shift would make it toggle the row instead."""
    from PySide6.QtCore import QItemSelectionModel

    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    table.selectionModel().select(table.model().index(row, 0), flags)


def script(window, text: str) -> None:
    """Make the model's next reply exactly ``text`` (through the real tokenizer and parser)."""
    window.engine.call(lambda backend: backend.script_next_reply(text)).result(timeout=30)
