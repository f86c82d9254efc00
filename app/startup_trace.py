"""Time stamps of one launch, for `hearth bench-startup` (only when HEARTH_STARTUP_TRACE is set).

The launched app appends one JSON line per event to the file the variable names: when the
window is interactive (its event loop runs), each model-preparation progress report, and
when the model is ready or failed; then it quits. Times are wall-clock (time.time()), so
the benchmark can measure from before it started the process.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

TRACE_ENV = "HEARTH_STARTUP_TRACE"


def trace_path() -> Path | None:
    value = os.environ.get(TRACE_ENV)
    return Path(value) if value else None


def mark(path: Path, event: str, **fields: Any) -> None:
    with open(path, "a", encoding="utf-8") as f:
        f.write(json.dumps({"event": event, "t": time.time(), **fields}) + "\n")


def attach(window, app, path: Path) -> None:
    """Record the launch of ``window`` (just shown) and quit once its model is ready or failed."""
    from PySide6.QtCore import QTimer

    # A zero-delay timer fires once the event loop is running: the window answers input.
    QTimer.singleShot(0, lambda: mark(path, "interactive"))
    window.models.preparing.connect(lambda f, m: mark(path, "progress", fraction=f, message=m))

    def finish(event: str, **fields: Any) -> None:
        mark(path, event, **fields)
        app.quit()

    window.models.loaded.connect(lambda info, _key: finish("ready", load_seconds=info.load_seconds))
    window.models.failed.connect(lambda message: finish("failed", message=message))


def read(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
