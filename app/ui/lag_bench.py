"""`hearth bench-ui`: how long the GUI event loop stalls while a long reply streams.

A 4 ms precise timer runs during the reply; each late tick is event-loop lag (time the GUI
thread spent on something else, mainly rendering). By default a tiny random model is
built in a temporary folder and scripted to write a long Markdown reply (headings, lists,
tables, code), so the measurement is about rendering, not about model speed.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path
from typing import Any

from app.paths import temporary_home

PROBE_MS = 4


def long_markdown(sections: int = 40) -> str:
    parts = []
    for i in range(sections):
        parts.append(
            f"## Section {i}\n\nThe quick brown fox jumps over the lazy dog, **again** and *again* ({i}).\n\n"
            f"- one item\n- two items with `code`\n- three\n\n"
            f"```python\ndef f{i}(x):\n    return x * {i} + sum(range(10))\n```\n\n"
            f"| a | b | c |\n|---|---|---|\n| {i} | {i * 2} | {i * 3} |\n\n"
        )
    return "".join(parts)


def run_ui_bench(model: str | None = None, sections: int = 40) -> dict[str, Any]:
    with temporary_home("hearth-bench-ui-") as home:
        return _run(home, model, sections)


def _run(home: Path, model: str | None, sections: int) -> dict[str, Any]:
    from PySide6.QtCore import QElapsedTimer, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from app.main import build_window
    from runtime.tiny_model import build_tiny_gemma4

    app = QApplication.instance() or QApplication([])
    if model is None:
        build_tiny_gemma4(home / "models" / "tiny")
    else:
        (home / "models").mkdir(parents=True, exist_ok=True)
        (home / "models" / "bench").symlink_to(Path(model).resolve(), target_is_directory=True)
    window = build_window(app)
    window.resize(1100, 800)
    window.show()
    window.load_model("tiny" if model is None else "bench")
    text = long_markdown(sections)
    window.settings.max_tokens = 20_000 if model is None else 1024
    ticks: list[float] = []
    clock = QElapsedTimer()
    probe = QTimer(interval=PROBE_MS, timerType=Qt.TimerType.PreciseTimer)
    probe.timeout.connect(lambda: ticks.append(clock.nsecsElapsed() / 1e6))
    state: dict[str, Any] = {}

    def start() -> None:
        if not window.chat.model_ready:
            QTimer.singleShot(50, start)
            return
        if model is None:
            window.engine.call(lambda b: b.script_next_reply(text)).result()
        clock.start()
        probe.start()
        state["t0"] = time.perf_counter()
        window.composer.editor.setPlainText("Write a long, well-formatted document.")
        window.composer._on_send()
        QTimer.singleShot(100, wait)

    def wait() -> None:
        if window.chat.busy:
            QTimer.singleShot(20, wait)
            return
        probe.stop()
        state["seconds"] = time.perf_counter() - state["t0"]
        state["reply"] = window.store.messages(window.chat.conversation_id)[-1]
        window.close()
        app.quit()  # closes the engine and the store (aboutToQuit)

    QTimer.singleShot(0, start)
    app.exec()
    reply = state["reply"]
    lags = sorted(max(0.0, b - a - PROBE_MS) for a, b in zip(ticks, ticks[1:]))
    pct = lambda q: lags[min(len(lags) - 1, int(q * len(lags)))] if lags else 0.0  # noqa: E731
    return {
        "reply_chars": len(reply.content),
        "generated_tokens": (reply.stats or {}).get("generated_tokens"),
        "stream_seconds": state.get("seconds"),
        "probe_ms": PROBE_MS,
        "samples": len(lags),
        "lag_ms": {"p50": pct(0.5), "p90": pct(0.9), "p99": pct(0.99), "max": lags[-1] if lags else 0.0,
                   "mean": statistics.fmean(lags) if lags else 0.0},  # fmt: skip
        "goal_p99_ms": 16.0,
    }
