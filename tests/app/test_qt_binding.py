"""Guards against Qt binding releases with bugs that would crash a long session."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    progressed = Signal(float, str)


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="True is immortal from Python 3.12 on")
def test_emitting_signals_does_not_leak_references_to_true(qapp) -> None:
    """PySide6 6.12.0 released one reference to True per emit(); after a few thousand signals
    (progress, level meter, streaming) Python aborted. pyproject.toml keeps PySide6 < 6.12."""
    emitter = _Emitter()
    emitter.progressed.connect(lambda _f, _m: None)
    before = sys.getrefcount(True)
    for _ in range(200):
        emitter.progressed.emit(0.5, "step")
    assert sys.getrefcount(True) >= before - 5
