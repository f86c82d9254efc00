"""A normal launch prints nothing a user has to worry about."""

from __future__ import annotations

import logging
import subprocess
import sys

import pytest
from PySide6.QtCore import QMessageLogContext, QtMsgType

from app.main import qt_message_to_log


class _Context(QMessageLogContext):
    def __init__(self, category: str) -> None:
        super().__init__()
        self._category = category

    @property
    def category(self) -> str:
        return self._category


def test_qt_multimedia_probing_goes_to_debug_and_real_warnings_stay(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    qt_message_to_log(
        QtMsgType.QtWarningMsg, _Context("qt.multimedia.symbolsresolver"), "Couldn't load pipewire-0.3 library"
    )
    qt_message_to_log(QtMsgType.QtWarningMsg, _Context("default"), "PulseAudioService: pa_context_connect() failed")
    qt_message_to_log(QtMsgType.QtWarningMsg, _Context("qt.qpa.xcb"), "could not connect to display")
    levels = {r.getMessage(): r.levelno for r in caplog.records}
    assert levels["Couldn't load pipewire-0.3 library"] == logging.DEBUG
    assert levels["PulseAudioService: pa_context_connect() failed"] == logging.DEBUG
    assert levels["could not connect to display"] == logging.WARNING


def test_transformers_torch_advice_is_not_printed() -> None:
    code = (
        "from app.commands.cli import main; import sys; sys.argv=['hearth']; import os; "
        "main(['models', 'list']); import transformers"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "PyTorch was not found" not in out.stderr
