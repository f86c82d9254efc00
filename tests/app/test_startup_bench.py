"""`hearth bench-startup`: a real launch of the app is timed from its own trace."""

from __future__ import annotations

import json
from pathlib import Path

from app.commands.startup_bench import launch, summarize


def test_a_real_launch_reports_window_and_model_times(tmp_path: Path, tiny_gemma3: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    # A tiny model instead of the bundled one keeps this quick; the path is the same.
    (home / "settings.json").write_text(json.dumps({"model": str(tiny_gemma3), "welcome_done": True}))
    run = launch(home, "warm-1")
    assert 0 < run["window_s"] <= run["ready_s"]
    assert run["progress_updates"] >= 2 and run["model_load_s"] > 0


def test_the_longest_still_bar_is_measured_between_progress_reports() -> None:
    t0 = 100.0
    events = [
        {"event": "interactive", "t": t0 + 0.5},
        {"event": "progress", "t": t0 + 0.6, "fraction": 0.0, "message": "Unpacking"},
        {"event": "progress", "t": t0 + 1.0, "fraction": 0.05, "message": "Reading"},
        {"event": "progress", "t": t0 + 4.0, "fraction": 0.5, "message": "Converting"},
        {"event": "ready", "t": t0 + 5.0, "load_seconds": 0.7},
    ]
    run = summarize(events, t0, "first")
    assert (run["window_s"], run["ready_s"], run["model_load_s"]) == (0.5, 5.0, 0.7)
    assert run["longest_still_bar_s"] == 3.0 and run["progress_updates"] == 3
