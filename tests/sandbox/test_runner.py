"""Benign analysis code works; limits, crashes and timeouts come back as results."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from PIL import Image

from sandbox import Limits, Result, Sandbox, check
from sandbox.isolation import SANDBOX_EXEC
from tests.sandbox.corpus import BENIGN


@pytest.mark.parametrize(("name", "code", "expect", "figures"), BENIGN, ids=[b[0] for b in BENIGN])
def test_benign_code_runs(sandbox, name: str, code: str, expect: list[str], figures: int) -> None:
    result = sandbox.run(code)
    assert result.ok, f"{name}: {result.error}"
    for text in expect:
        assert text in result.stdout, f"{name}: {text!r} not in {result.stdout!r}"
    assert len(result.figures) == figures
    for png in result.figures:
        with Image.open(io.BytesIO(png)) as im:
            assert im.format == "PNG" and im.width > 100


def test_errors_show_the_users_lines_only(sandbox) -> None:
    result = sandbox.run("x = 1\ny = [1, 2]\nprint(y[5])")
    assert not result.ok and result.error.endswith("IndexError: list index out of range")
    assert "line 3" in result.error and "/" not in result.error  # no host paths


def test_syntax_errors_are_reported(sandbox) -> None:
    result = sandbox.run("def broken(:\n    pass")
    assert not result.ok and "refused" in result.error and "SyntaxError" in result.error or "invalid" in result.error


def test_timeout_kills_the_process_group(tmp_path) -> None:
    box = Sandbox(Limits(timeout_s=1.5, cpu_s=30), cache_dir=tmp_path, warm=False, language_layer=False)
    try:
        result = box.run("import time\ntime.sleep(60)")  # sleeping uses no CPU: only the wall clock stops it
        assert result.timed_out and result.limit_hit == "time" and "longer than" in result.error
        assert result.duration_s < 30  # from handing over the code; the code would sleep 60 s (start-up not counted)
    finally:
        box.close()


def test_cpu_limit(sandbox) -> None:
    result = sandbox.run("while True:\n    pass")
    assert not result.ok and result.limit_hit in ("cpu", "time") and "Stopped" in result.error


def test_memory_limit_is_a_clear_message(sandbox) -> None:
    result = sandbox.run("import numpy as np\nx = np.ones((60000, 60000))")
    assert not result.ok and ("memory" in result.error.lower() or "Unable to allocate" in result.error)


def test_output_is_capped_and_stops_the_run(sandbox) -> None:
    result = sandbox.run("while True:\n    print('x' * 1000)")
    assert result.limit_hit == "output" and len(result.stdout) <= 20_000 and "Output limit" in result.error


def test_figures_are_capped_in_number_and_size(sandbox) -> None:
    result = sandbox.run("import matplotlib.pyplot as plt\nfor i in range(15):\n    plt.figure()\n    plt.plot([i])")
    assert len(result.figures) == 10 and "5 more figures not shown" in result.stdout
    big = sandbox.run("import matplotlib.pyplot as plt\nplt.figure(figsize=(100, 100))\nplt.plot([1, 2])")
    with Image.open(io.BytesIO(big.figures[0])) as im:
        assert im.width * im.height <= 4_100_000


def test_a_crash_ends_only_the_child(tmp_path) -> None:
    box = Sandbox(Limits(timeout_s=10), cache_dir=tmp_path, warm=False, language_layer=False)
    try:
        result = box.run("import ctypes\nctypes.string_at(0)")  # segfault
        assert not result.ok and result.limit_hit == "crash" and "crashed" in result.error
        assert box.run("print('alive')").stdout == "alive\n"
    finally:
        box.close()


def test_runs_share_nothing(sandbox) -> None:
    sandbox.run("import matplotlib.pyplot as plt\nplt.rcParams")  # refused, and it would not persist anyway
    assert sandbox.run("x = 41").ok
    result = sandbox.run("print(x)")
    assert not result.ok and "NameError" in result.error


def test_layers_are_reported(sandbox) -> None:
    result = sandbox.run("print(1)")
    assert result.isolation[0] == "separate process" and "resource limits" in result.isolation


def test_check_finds_problems_without_running() -> None:
    assert check("print(1)") == []
    assert any("import of 'os'" in p for p in check("import os"))
    assert any("_secret" in p or "underscore" in p.lower() for p in check("x._secret = 1"))


def test_result_is_a_value_not_an_exception(sandbox) -> None:
    assert isinstance(sandbox.run("raise ValueError('boom')"), Result)


def test_macos_children_start_inside_a_deny_by_default_profile(tmp_path, monkeypatch) -> None:
    box = Sandbox(cache_dir=tmp_path, warm=False)
    work = tmp_path / "runs" / "hearth-run-x"
    work.mkdir(parents=True)
    assert box.child_command(3, work, box.isolation())[0].endswith("bwrap")  # Linux: bubblewrap instead
    monkeypatch.setattr(sys, "platform", "darwin")
    command = box.child_command(3, work)
    assert command[:2] == [SANDBOX_EXEC, "-p"] and command[3:] == [sys.executable, "-I", "-m", "sandbox.child", "3"]
    profile = command[2]
    assert "(deny default)" in profile and "(deny network*)" in profile and "(deny process-fork)" in profile
    assert "(allow mach-lookup" not in profile and "(allow network" not in profile
    execs = profile.split("(allow process-exec")[1].split("\n")[0]
    assert "/bin/sh" not in execs and f'"{Path(sys.executable)}"' in execs  # the interpreter only
    metadata = profile.split("(allow file-read-metadata")[1].split("\n")[0]
    assert '(literal "/")' in metadata and '(subpath "/")' not in metadata  # stat only along allowed paths
    writable = profile.split("(allow file-read* file-write*")[1].split("\n")[0]
    assert str(work.resolve()) in writable and f'(subpath "{Path.home()}")' not in profile
    assert str(tmp_path.resolve()) + '"' not in writable  # only the run's own folder is writable
    unconfined = Sandbox(cache_dir=tmp_path, warm=False, isolate=False)  # tests switch the OS layer off
    assert unconfined.child_command(3, work)[0] == sys.executable
