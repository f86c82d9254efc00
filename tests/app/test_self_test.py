"""`hearth --self-test` (what the packaged app runs in CI) and the bundle's child modes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.commands import self_test


def _env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HEARTH_HOME": str(tmp_path / "home")}


def test_self_test_passes_on_this_install(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "app", "--self-test"], env=_env(tmp_path), capture_output=True, text=True, timeout=600
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    for name, _check in self_test.CHECKS:
        assert any(line.split()[:2] == ["ok", name.split()[0]] for line in proc.stdout.splitlines()), proc.stdout
    assert "separate process" in proc.stdout and "resource limits" in proc.stdout  # the layers it ran under
    assert "boundary holds" in proc.stdout and "bubblewrap" in proc.stdout
    assert "all checks passed" in proc.stdout
    home = tmp_path / "home"  # the user's history and settings are never touched
    assert not list(home.rglob("history.db*")) and not list(home.rglob("settings.json"))


def test_a_failing_check_fails_the_self_test(monkeypatch, capsys) -> None:
    def broken(_work: Path) -> str:
        raise ImportError("No module named 'mlx_vlm'")

    monkeypatch.setattr(self_test, "CHECKS", (("imports", broken),))
    assert self_test.run_self_test() == 1
    out = capsys.readouterr().out
    assert "FAIL  imports" in out and "mlx_vlm" in out and "1 check(s) failed" in out


def test_child_mode_builds_the_font_cache(tmp_path: Path) -> None:
    # A packaged app has no `python -m`: the runner calls the app itself in child mode.
    env = {**os.environ, "MPLCONFIGDIR": str(tmp_path), "MPLBACKEND": "Agg"}
    proc = subprocess.run(
        [sys.executable, "-m", "app", "--sandbox-child", "--fonts"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert list(tmp_path.glob("fontlist-*.json"))


def test_the_sandbox_check_proves_the_boundary(tmp_path: Path) -> None:
    detail = self_test.check_sandbox(tmp_path)
    assert "boundary holds" in detail and "bubblewrap" in detail and "seccomp" in detail


def test_the_sandbox_check_fails_where_the_boundary_cannot_be_built(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no bubblewrap on this "machine"
    try:
        self_test.check_sandbox(tmp_path)
    except RuntimeError as exc:
        assert "switched off" in str(exc) and "bubblewrap" in str(exc)
    else:
        raise AssertionError("the self-test passed without a sandbox boundary")
