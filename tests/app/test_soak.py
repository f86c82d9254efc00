"""A short soak in one process: text turns and chart-drawing tool turns through the real
window leave no extra descriptors, Python threads or child processes behind
(`hearth bench-soak` runs 500 turns and reports memory growth and latency)."""

from __future__ import annotations

from app.ui.soak_bench import run_soak


def test_twenty_turns_with_charts_leak_no_descriptors_threads_or_processes(qapp) -> None:
    result = run_soak(turns=20)
    before, after = result["before"], result["after"]
    assert result["chart_turns"] == 2 and result["messages"] >= 20 * 2 + 2 * 2
    assert after["fds"] <= before["fds"] + 2  # slack for a pipe being replaced; a leak per turn would add 10
    assert len(after["python_threads"]) == len(before["python_threads"])
    assert after["children"] <= before["children"]
    assert result["rss_growth_mb"] < 100
