"""`hearth bench-soak`: many turns in one app process; does anything grow or leak?

The real window with a tiny model (built in a temporary folder) is scripted through a long
conversation: plain replies, and every few turns a run_python tool call that draws a chart
in the sandbox. Resident memory, open file descriptors, threads and child processes are
counted after a warm-up and at the end; per-turn latency is reported.
"""

from __future__ import annotations

import os
import statistics
import threading
import time
from pathlib import Path
from typing import Any

from app.paths import temporary_home

CHART_EVERY = 10
WARMUP_TURNS = 10
CHART_CODE = "import matplotlib.pyplot as plt\nplt.plot([1, 2, 3], [3, 1, 2])\nprint('drawn')"


def counts() -> dict[str, float]:
    """This process's resident memory (MB), open descriptors, threads and live children."""
    pid = os.getpid()
    with open("/proc/self/status") as fh:
        rss_kb = next(int(line.split()[1]) for line in fh if line.startswith("VmRSS:"))
    children = 0
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    fields = fh.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            children += fields[1] == str(pid) and fields[0] != "Z"  # ppid; zombies are not leaks of ours
    return {"rss_mb": rss_kb / 1024, "fds": len(os.listdir("/proc/self/fd")),
            "threads": len(os.listdir("/proc/self/task")), "children": children,
            "python_threads": sorted(t.name for t in threading.enumerate())}  # fmt: skip


def run_soak(turns: int = 500, log=lambda _m: None) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    with temporary_home("hearth-soak-") as home:
        return _run(home, turns, log)


def _run(home: Path, turns: int, log) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from app.main import build_window, close_services
    from runtime.tiny_model import build_tiny_gemma4

    app = QApplication.instance() or QApplication([])
    build_tiny_gemma4(home / "models" / "tiny")
    window = build_window(app)
    window.show()
    window.load_model("tiny")
    window.settings.ask_before_running_code = False
    _wait(app, lambda: window.chat.model_ready, 120)

    def script(text: str) -> None:
        window.engine.call(lambda b: b.script_next_reply(text)).result(timeout=30)

    latencies: list[float] = []
    before: dict[str, float] = {}
    charts = 0
    for turn in range(turns):
        if turn == WARMUP_TURNS:
            _settle(app)
            before = counts()
        if turn % CHART_EVERY == CHART_EVERY - 1:
            script(f'Drawing.<|tool_call>call:run_python{{code:<|"|>{CHART_CODE}<|"|>}}<tool_call|>')
            script(f"Here is chart {turn}.")
            charts += 1
        else:
            script(f"Reply number {turn}: the quick brown fox jumps over the lazy dog.")
        t0 = time.perf_counter()
        window.composer.editor.setPlainText(f"Turn {turn}: tell me something.")
        window.composer._on_send()
        _wait(app, lambda: not window.chat.busy, 120)
        latencies.append(time.perf_counter() - t0)
        if (turn + 1) % 50 == 0:
            log(f"{turn + 1} turns, {counts()['rss_mb']:.0f} MB")
    _settle(app)
    after = counts()
    messages = len(window.store.messages(window.chat.conversation_id))
    window.close()
    close_services(window)
    ordered = sorted(latencies)
    pct = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))]  # noqa: E731
    first, last = latencies[WARMUP_TURNS : WARMUP_TURNS + 50], latencies[-50:]
    return {"turns": turns, "chart_turns": charts, "messages": messages, "before": before, "after": after,
            "rss_growth_mb": round(after["rss_mb"] - before["rss_mb"], 1),
            "latency_s": {"p50": pct(0.5), "p90": pct(0.9), "max": ordered[-1],
                          "first_50_mean": statistics.fmean(first), "last_50_mean": statistics.fmean(last)}}  # fmt: skip


def _wait(app, done, timeout: float) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while not done():
        if time.monotonic() > end:
            raise TimeoutError("the soak turn did not finish")
        app.processEvents()
        time.sleep(0.002)


def _settle(app) -> None:  # type: ignore[no-untyped-def]
    """Let finished worker threads exit and Qt deliver deferred deletions before counting."""
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    for _ in range(20):
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        time.sleep(0.01)
    gc.collect()
