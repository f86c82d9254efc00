"""Run slow work off the GUI thread and hear back on it through Qt signals."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from runtime import EngineError, release_thread_streams

log = logging.getLogger(__name__)
Progress = Callable[[float, str], None]
_running: set[Task] = set()  # keep tasks alive until they report


class Task(QObject):
    """``fn(progress)`` on a worker thread; signals arrive on the GUI thread (queued)."""

    progressed = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(object)  # an exception

    def __init__(self, fn: Callable[[Progress], Any], name: str = "hearth-task") -> None:
        super().__init__()
        self._fn = fn
        self._name = name

    def start(self) -> Task:
        _running.add(self)
        # Forget the task on the GUI thread, after the result signal was delivered.
        self.succeeded.connect(self._forget)
        self.failed.connect(self._forget)
        threading.Thread(target=self._run, name=self._name, daemon=True).start()
        return self

    def _run(self) -> None:
        try:
            result = self._fn(lambda f, m: _emit(self.progressed, float(f), str(m)))
        except Exception as exc:  # reported to the UI, never raised into Qt
            if not isinstance(exc, EngineError):
                log.exception("background task %s failed", self._name)
            _emit(self.failed, exc)
        else:
            _emit(self.succeeded, result)
        finally:
            release_thread_streams()

    def _forget(self, _result: object) -> None:
        # Later, so every slot connected after start() still gets the result first.
        QTimer.singleShot(0, lambda: _running.discard(self))


def _emit(signal: Any, *args: Any) -> None:
    """Emit unless the app has already quit and Qt deleted the task (work outlives windows)."""
    try:
        signal.emit(*args)
    except RuntimeError:
        log.debug("task finished after the app quit; result dropped")


class FutureWatcher(QObject):
    """Calls ``on_done(future)`` on the GUI thread when a concurrent future completes."""

    done = Signal(object)

    def __init__(
        self, future: Future[Any], on_done: Callable[[Future[Any]], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        # Connected first: a future that is already done calls back inside add_done_callback.
        self.done.connect(on_done, Qt.ConnectionType.QueuedConnection)
        future.add_done_callback(self.done.emit)
