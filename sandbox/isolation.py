"""Fail closed: find out whether this machine can build the boundary before any code runs.

Linux needs bubblewrap, working user, mount, PID and network namespaces, and seccomp
filters; Landlock is a second wall used where the kernel has it. macOS needs sandbox-exec.
When something is missing, Python execution is refused and the message names it: the
sandbox never runs code with less isolation than it promises.
"""

from __future__ import annotations

import functools
import json
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SANDBOX_EXEC = "/usr/bin/sandbox-exec"
PROBE_TIMEOUT_S = 60.0  # a busy machine may start Python slowly; this is not a measurement


@dataclass(frozen=True)
class Isolation:
    layers: tuple[str, ...] = ()  # what will be in force around every run
    missing: tuple[str, ...] = ()  # required parts this machine lacks
    bwrap: str | None = None  # the bubblewrap binary (Linux)

    @property
    def ok(self) -> bool:
        return not self.missing

    def explain(self) -> str:
        return (
            "Python code is switched off: this computer cannot build the sandbox it runs in. Missing: "
            + "; ".join(self.missing)
            + "."
        )


def probe(read_only: list[Path], child_entry: list[str], env: dict[str, str]) -> Isolation:
    """Check every required isolation feature, the way runs will use them."""
    if sys.platform.startswith("linux"):
        return judge_linux(linux_facts(tuple(read_only), tuple(child_entry), tuple(sorted(env.items()))))
    if sys.platform == "darwin":
        return _macos()
    return Isolation(missing=(f"an OS sandbox for {sys.platform} (only Linux and macOS have one here)",))


def find_bwrap() -> str | None:
    return shutil.which("bwrap")


def linux_facts(
    read_only: tuple[Path, ...], child_entry: tuple[str, ...], env: tuple[tuple[str, str], ...]
) -> dict[str, Any]:
    """What the kernel offers, measured inside a real bubblewrap sandbox (cached per view)."""
    bwrap = find_bwrap()
    if bwrap is None:
        return {"bwrap": None}
    return {"bwrap": bwrap, **_inside(bwrap, read_only, child_entry, env)}


@functools.lru_cache(maxsize=8)
def _inside(
    bwrap: str, read_only: tuple[Path, ...], child_entry: tuple[str, ...], env: tuple[tuple[str, str], ...]
) -> dict[str, Any]:
    from .boundary import bwrap_command

    command = bwrap_command(bwrap, list(read_only), 1 << 20, [*child_entry, "--probe"])
    try:
        done = subprocess.run(command, env=dict(env), capture_output=True, timeout=PROBE_TIMEOUT_S, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return {"bwrap_error": str(exc)}
    try:
        facts = json.loads(done.stdout.decode(errors="replace").strip().splitlines()[-1])
    except (ValueError, IndexError):
        err = done.stderr.decode(errors="replace").strip()[-300:]
        return {"bwrap_error": err or f"exit status {done.returncode}"}
    return facts if isinstance(facts, dict) else {"bwrap_error": "unreadable probe"}


def judge_linux(facts: dict[str, Any]) -> Isolation:
    """Required: bubblewrap that works, user/mount/PID/network namespaces, seccomp. Landlock: used if there."""
    if not facts.get("bwrap"):
        return Isolation(missing=("bubblewrap (install the 'bubblewrap' package: apt-get install bubblewrap)",))
    if "bwrap_error" in facts:
        return Isolation(
            missing=(
                f"a working bubblewrap (it could not start a sandbox: {facts['bwrap_error']}; "
                "user namespaces may be disabled or restricted on this kernel)",
            ),
            bwrap=facts["bwrap"],
        )
    missing = []
    if not facts.get("userns"):
        missing.append("user namespaces")
    if not facts.get("pidns"):
        missing.append("a PID namespace")
    if not facts.get("netns"):
        missing.append("a network namespace (no network)")
    if not facts.get("mountns"):
        missing.append("a private mount view")
    if not facts.get("seccomp"):
        missing.append("seccomp filters")
    abi = int(facts.get("landlock_abi") or 0)
    layers = [
        "bubblewrap (user, mount, PID, network, IPC namespaces; read-only runtime, private /tmp)",
        "seccomp (architecture check; no programs, processes, sockets, ptrace)",
    ]
    layers.append(f"Landlock ABI {abi} (files)" if abi else "no Landlock on this kernel (second wall missing)")
    return Isolation(layers=tuple(layers), missing=tuple(missing), bwrap=facts["bwrap"])


def _macos() -> Isolation:
    if not Path(SANDBOX_EXEC).exists():
        return Isolation(missing=("sandbox-exec (macOS's Seatbelt)",))
    try:
        done = subprocess.run(
            [SANDBOX_EXEC, "-p", "(version 1)(allow default)", "/usr/bin/true"],
            capture_output=True,
            timeout=PROBE_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return Isolation(missing=(f"a working sandbox-exec ({exc})",))
    if done.returncode != 0:
        return Isolation(missing=(f"a working sandbox-exec ({done.stderr.decode(errors='replace')[-200:]})",))
    return Isolation(layers=("sandbox-exec profile (files, network, programs)",))


def facts_inside() -> dict[str, Any]:
    """Run by the child entry with --probe, inside bubblewrap: what the sandbox really has."""
    import os
    import socket

    from . import confine
    from .boundary import SANDBOX_UID

    try:
        interfaces = [name for _, name in socket.if_nameindex()]
    except OSError:
        interfaces = []
    return {
        "userns": os.getuid() == SANDBOX_UID,  # bubblewrap maps the app's user to it in a user namespace
        "pidns": os.getpid() <= 3,
        "netns": interfaces in ([], ["lo"]),
        "mountns": not Path("/etc/passwd").exists(),  # only the runtime is in the view
        "seccomp": confine.seccomp_available(),
        "landlock_abi": confine.landlock_abi(),
    }
