"""Fail closed: a machine that cannot build the boundary runs no code, and says why.

The weak kernel is simulated two ways: for real (no bubblewrap on PATH), and by replacing
the probe's measurements (a module function, not reachable from any user setting).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sandbox import Sandbox, SandboxUnavailable, isolation
from tests.sandbox.conftest import TEST_LIMITS

STRONG = {
    "bwrap": "/usr/bin/bwrap",
    "userns": True,
    "pidns": True,
    "netns": True,
    "mountns": True,
    "seccomp": True,
    "landlock_abi": 7,
}


def _refusal(tmp_path: Path) -> str:
    box = Sandbox(TEST_LIMITS, cache_dir=tmp_path, warm=False)
    try:
        with pytest.raises(SandboxUnavailable) as refused:
            box.run("print('ran')")
    finally:
        box.close()
    return str(refused.value)


def test_no_bubblewrap_means_no_code(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # a real machine without the package
    message = _refusal(tmp_path)
    assert "switched off" in message and "bubblewrap" in message and "apt-get install bubblewrap" in message


def test_a_bubblewrap_that_cannot_start_means_no_code(tmp_path: Path, monkeypatch) -> None:
    fake = tmp_path / "bin" / "bwrap"  # what a kernel without user namespaces answers
    fake.parent.mkdir()
    fake.write_text("#!/bin/sh\necho 'bwrap: No permissions to create new namespace' >&2\nexit 1\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", str(fake.parent))
    message = _refusal(tmp_path)
    assert "a working bubblewrap" in message and "No permissions to create new namespace" in message


@pytest.mark.parametrize(
    ("weaker", "named"),
    [({"userns": False, "landlock_abi": 4}, "user namespaces"),  # the restricted Ubuntu 6.8 of the red team
     ({"netns": False}, "network namespace"), ({"pidns": False}, "PID namespace"),
     ({"seccomp": False}, "seccomp"), ({"mountns": False}, "mount view")],
)  # fmt: skip
def test_a_weaker_kernel_means_no_code(tmp_path: Path, monkeypatch, weaker: dict, named: str) -> None:
    monkeypatch.setattr(isolation, "linux_facts", lambda *_: {**STRONG, **weaker})
    message = _refusal(tmp_path)
    assert "switched off" in message and named in message


def test_landlock_is_a_second_wall_not_a_requirement(monkeypatch) -> None:
    judged = isolation.judge_linux({**STRONG, "landlock_abi": 0})
    assert judged.ok and any("no Landlock" in layer for layer in judged.layers)
    assert isolation.judge_linux(STRONG).layers[-1] == "Landlock ABI 7 (files)"


def test_this_machine_has_the_whole_boundary(sandbox: Sandbox) -> None:
    found = sandbox.isolation()
    assert found.ok, found.missing
    assert any(layer.startswith("bubblewrap") for layer in sandbox.run("print(1)").isolation)
