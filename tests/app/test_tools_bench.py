"""`hearth bench-tools` runs and reports its figures (no timing asserts: the figures are for people)."""

from __future__ import annotations

import sys
from pathlib import Path

from app.commands.tools_bench import NOTING_SERVER, _counter_works, report, round_trips


def test_the_round_trip_bench_measures_every_poll_rate() -> None:
    result = round_trips(2)
    assert set(result) == {"tight (1 ms)", "terminal (20 ms)", "window (30 ms)"}
    for figures in result.values():
        assert figures["runs"] == 2 and figures["p50_ms"] >= 0 and figures["tool_ms_p50"] > 0
    assert "polled window (30 ms): p50" in report({"round_trip": result})


def test_the_noting_server_is_a_real_mcp_server_whose_starts_are_counted(tmp_path: Path) -> None:
    notes = tmp_path / "starts.txt"
    server = {"name": "time0", "command": sys.executable, "args": ["-c", NOTING_SERVER, str(notes)]}
    assert _counter_works(server, notes)
    assert notes.read_text() == "started\n"
