"""A short soak in one process: text turns, chart-drawing tool turns and spoken turns through
the real window leave no extra descriptors, threads (OS or Python) or child processes behind
(`hearth bench-soak` runs 500 turns and reports memory growth and latency).

Nothing here is timed: the counts are taken once they are back to the baseline or after the
soak's settle limit, whichever comes first, so a slow machine only waits longer."""

from __future__ import annotations

import os
import shutil

import pytest

from app.commands.soak_bench import run_soak

SPEECH = bool(shutil.which("espeak-ng") or shutil.which("espeak")) or os.environ.get("CI") == "true"


@pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="counts threads and descriptors through /proc")
def test_thirty_turns_with_charts_and_voice_leak_no_descriptors_threads_or_processes(qapp) -> None:
    result = run_soak(turns=30, new_chat_every=20)
    before, after = result["before"], result["after"]
    assert result["chart_turns"] == 3
    if SPEECH:  # CI installs espeak-ng (packaging/debian-packages.txt): the voice path is soaked there
        assert result["voice_turns"] == 3 and result["voice_skipped"] is None
    assert len(result["conversations"]) == 1  # one switch to a new conversation on the way
    assert result["messages"] >= 30 * 2 + 3 * 2  # every turn answered; a chart turn adds a tool round
    # Back to the baseline taken after the warm-up (which did every kind of turn once). An
    # OS thread per tool run leaked before (MLX's stream thread, made by release_thread_streams).
    # Qt's pool workers, which end after 30 s idle, are counted apart (they hid that leak).
    assert after["threads"] <= before["threads"], (before, after)
    assert len(after["python_threads"]) <= len(before["python_threads"]), (before, after)
    assert after["fds"] <= before["fds"], (before, after)
    assert after["children"] <= before["children"], (before, after)
    assert result["checks"]["threads"] and result["checks"]["fds"] and result["checks"]["children"]
