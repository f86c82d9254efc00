"""`hearth bench-startup`: launch the real app and time the window and the bundled model.

Each launch is a new `python -m app` process (the same path as `hearth`, BLAS re-exec
included) in a fresh data folder, timed from just before the process starts: the first
launch imports the bundled model (first run); the following ones find it (warm start).
The app writes its own time stamps (app/startup_trace.py) and quits once the model is ready.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from itertools import pairwise
from pathlib import Path
from typing import Any

from .. import startup_trace

GOALS_S = {"window_s": 1.0, "warm_ready_s": 5.0, "first_ready_s": 30.0}
LAUNCH_TIMEOUT_S = 900.0  # a first run on a busy machine is slow; this only guards a hang


def run_startup_bench(runs: int = 5, first_run: bool = True) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="hearth-startup-") as home:
        first = launch(Path(home), "first") if first_run else None
        if first is None:
            launch(Path(home), "prepare")  # the warm runs need the imported model
        _returning_user(Path(home))
        warm = [launch(Path(home), f"warm-{i + 1}") for i in range(runs)]
    result: dict[str, Any] = {
        "goals_s": GOALS_S,
        "load_average": os.getloadavg()[0] if hasattr(os, "getloadavg") else None,
        "cpus": os.cpu_count(),
        "first_run": first,
        "warm_runs": warm,
        "warm_window_s": _median(warm, "window_s"),
        "warm_ready_s": _median(warm, "ready_s"),
    }
    if first:
        result["first_window_s"] = first["window_s"]
        result["first_ready_s"] = first["ready_s"]
    return result


def _returning_user(home: Path) -> None:
    """A warm start is a returning user's: the welcome was seen (the bench quits the app before
    anyone closes it, so nothing saved that), and it is not built before the window shows."""
    from ..settings import load_settings, save_settings

    path = home / "settings.json"
    settings = load_settings(path)
    settings.welcome_done = True
    save_settings(settings, path)


def launch(home: Path, label: str) -> dict[str, Any]:
    """Start the app once with ``home`` as its data folder; return its timings."""
    trace = home / f"trace-{label}.jsonl"
    env = {**os.environ, "HEARTH_HOME": str(home), startup_trace.TRACE_ENV: str(trace), "HF_HUB_OFFLINE": "1"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    t0 = time.time()
    proc = subprocess.run(
        [sys.executable, "-m", "app"], env=env, capture_output=True, text=True, timeout=LAUNCH_TIMEOUT_S
    )
    events = startup_trace.read(trace)
    ends = [e for e in events if e["event"] in ("ready", "failed")]
    if proc.returncode != 0 or not ends or ends[-1]["event"] != "ready":
        why = ends[-1].get("message") if ends else proc.stderr.strip().splitlines()[-5:]
        raise RuntimeError(f"launch {label} did not get the model ready (exit {proc.returncode}): {why}")
    return summarize(events, t0, label)


def summarize(events: list[dict[str, Any]], t0: float, label: str) -> dict[str, Any]:
    """Timings relative to ``t0``; ``progress`` is how the bar moved while the model was prepared."""
    at = {e["event"]: e["t"] - t0 for e in events if e["event"] != "progress"}
    progress = [
        (round(e["t"] - t0, 3), round(e["fraction"], 4), e["message"]) for e in events if e["event"] == "progress"
    ]
    # The longest time the bar showed the same value: what a user watches "sit still".
    stamps = [t for t, _f, _m in progress] + [at["ready"]]
    still = max((b - a for a, b in pairwise(stamps)), default=0.0)
    return {
        "label": label,
        "window_s": round(at["interactive"], 3),
        "ready_s": round(at["ready"], 3),
        "model_load_s": round(next(e for e in events if e["event"] == "ready")["load_seconds"], 3),
        "progress_updates": len(progress),
        "longest_still_bar_s": round(still, 3),
        "progress": progress if label == "first" else progress[-3:],
    }


def _median(runs: list[dict[str, Any]], key: str) -> float:
    return round(statistics.median(r[key] for r in runs), 3)
