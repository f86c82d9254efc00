"""The parent side: spawn confined children, keep one warm, run code, always clean up.

`run` never raises for anything the code does; only SandboxUnavailable (no interpreter)
escapes. Each run gets a fresh process and work folder, killed as a process group when
it finishes, hangs, or outgrows its memory.
"""

from __future__ import annotations

import base64
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict
from pathlib import Path

from .confine import seatbelt_profile
from .errors import SandboxUnavailable
from .result import Limits, Result
from .watch import resident_mb, valid_png

SANDBOX_EXEC = "/usr/bin/sandbox-exec"
READY_TIMEOUT_S = 60.0
POLL_S = 0.05


class _Child:
    def __init__(self, sandbox: Sandbox) -> None:
        self.work = Path(tempfile.mkdtemp(prefix="hearth-run-", dir=sandbox.runs_dir))
        read_fd, write_fd = os.pipe()
        config = dict(asdict(sandbox.limits), isolate=sandbox.isolate, language_layer=sandbox.language_layer,
                      read_only=[str(p) for p in sandbox.read_only], seatbelt=sandbox.uses_seatbelt)  # fmt: skip
        env = _scrubbed_env(self.work, sandbox.mpl_dir, json.dumps(config))
        command = sandbox.child_command(write_fd, self.work)
        try:
            self.proc = subprocess.Popen(
                command, cwd=self.work, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                stderr=subprocess.PIPE, pass_fds=(write_fd,), start_new_session=True,
            )  # fmt: skip
        except OSError as exc:
            os.close(read_fd)
            shutil.rmtree(self.work, ignore_errors=True)
            raise SandboxUnavailable(f"Could not start the Python sandbox: {exc}") from exc
        finally:
            os.close(write_fd)
        self.result_fd = read_fd
        self.ready = False
        self.output = {"stdout": b"", "stderr": b""}
        for name in ("stdout", "stderr"):  # drain raw output so the child never blocks on a full pipe
            threading.Thread(target=self._drain, args=(name, sandbox.limits.max_output_chars), daemon=True).start()

    def _drain(self, name: str, cap: int) -> None:
        stream = getattr(self.proc, name)
        while chunk := stream.read(8192):
            if len(self.output[name]) < cap:
                self.output[name] += chunk[: cap - len(self.output[name])]

    def wait_ready(self, timeout: float) -> bool:
        if not self.ready:
            ready, _, _ = select.select([self.result_fd], [], [], timeout)
            self.ready = bool(ready) and os.read(self.result_fd, 1) == b"R"
        return self.ready

    def kill(self) -> None:
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        self.proc.wait()
        os.close(self.result_fd)
        shutil.rmtree(self.work, ignore_errors=True)


class Sandbox:
    """Runs code in confined child processes; keeps one child warmed up for the next run."""

    def __init__(self, limits: Limits | None = None, *, cache_dir: Path | None = None, warm: bool = True,
                 isolate: bool = True, language_layer: bool = True) -> None:  # fmt: skip
        self.limits = limits or Limits()
        # Both layers are always on in the app; tests switch one off to check the other alone.
        self.isolate = isolate
        self.language_layer = language_layer
        base = cache_dir or Path(tempfile.gettempdir()) / f"hearth-sandbox-{os.getuid()}"
        self.runs_dir = base / "runs"
        self.runs_dir.mkdir(parents=True, exist_ok=True)
        self.mpl_dir = base / "matplotlib"
        self.read_only = _runtime_paths() + [self.mpl_dir]
        self.warm = warm
        self._lock = threading.Lock()
        self._next: _Child | None = None
        self._warming: threading.Thread | None = None
        self._closed = False
        self._cancel = threading.Event()
        if warm:
            self._prepare_next()

    @property
    def uses_seatbelt(self) -> bool:
        """macOS has no Landlock or seccomp: the child starts inside a sandbox-exec profile."""
        return self.isolate and sys.platform == "darwin"

    def child_command(self, result_fd: int, work: Path) -> list[str]:
        command = _child_entry(str(result_fd))
        if self.uses_seatbelt:  # missing sandbox-exec fails the start: never run unconfined
            return [SANDBOX_EXEC, "-p", seatbelt_profile(self.read_only, [work]), *command]
        return command

    def run(self, code: str) -> Result:
        if self._closed:
            raise SandboxUnavailable("The sandbox has been shut down.")
        child = self._take_child()
        self._cancel.clear()
        started = time.perf_counter()
        try:
            child.proc.stdin.write(json.dumps({"code": code, "cpu_s": self.limits.cpu_s}).encode() + b"\n")
            child.proc.stdin.flush()
            payload, limit = self._collect(child)
        except (BrokenPipeError, OSError):
            payload, limit = b"", "crash"
        finally:
            child.kill()
            if self.warm:
                self._prepare_next()
        return self._result(payload, limit, child, time.perf_counter() - started)

    def cancel(self) -> None:
        """Stop the run in progress (from another thread); it returns a 'Stopped' result."""
        self._cancel.set()

    def wait_warm(self, timeout: float = READY_TIMEOUT_S) -> bool:
        """Block until the next child has finished its imports (benchmarks, start-up)."""
        if self._warming is not None:
            self._warming.join(timeout)
        child = self._next
        return child is not None and child.wait_ready(timeout)

    def close(self) -> None:
        self._closed = True
        if self._warming is not None:
            self._warming.join(READY_TIMEOUT_S)
        with self._lock:
            nxt, self._next = self._next, None
        if nxt is not None:
            nxt.kill()

    # ---- internals ----------------------------------------------------------------------

    def _prepare_next(self) -> None:
        def warm() -> None:
            _build_font_cache(self.mpl_dir)
            try:
                child = _Child(self)
            except SandboxUnavailable:
                return  # the next run reports it
            with self._lock:
                if self._closed:
                    child.kill()
                else:
                    self._next = child

        self._warming = threading.Thread(target=warm, name="hearth-sandbox-warm", daemon=True)
        self._warming.start()

    def _take_child(self) -> _Child:
        if self._warming is not None:
            self._warming.join(READY_TIMEOUT_S)
        with self._lock:
            child, self._next = self._next, None
        if child is None:
            _build_font_cache(self.mpl_dir)
            child = _Child(self)
        if not child.wait_ready(READY_TIMEOUT_S):
            err = child.output["stderr"].decode(errors="replace")[-500:]
            child.kill()
            raise SandboxUnavailable(f"The Python sandbox did not start: {err or 'no response'}")
        return child

    def _collect(self, child: _Child) -> tuple[bytes, str | None]:
        deadline = time.monotonic() + self.limits.timeout_s
        payload = b""
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return payload, "time"
            if self._cancel.is_set():
                return b"", "cancelled"
            ready, _, _ = select.select([child.result_fd], [], [], min(POLL_S, left))
            if ready:
                chunk = os.read(child.result_fd, 1 << 16)
                if not chunk:
                    return payload, None if payload else "crash"
                payload += chunk
            elif child.proc.poll() is not None and not payload:
                return payload, "crash"
            if resident_mb(child.proc.pid) > self.limits.memory_mb:
                return b"", "memory"  # the macOS guard (RLIMIT_AS covers Linux)

    def _result(self, payload: bytes, limit: str | None, child: _Child, duration: float) -> Result:
        raw_out = child.output["stdout"].decode(errors="replace")
        if payload:
            try:
                data = json.loads(payload)
            except ValueError:
                data = None
            if isinstance(data, dict):
                figures = tuple(f for f in (base64.b64decode(x) for x in data.get("figures", [])) if valid_png(f))
                return Result(
                    ok=bool(data.get("ok")), stdout=(raw_out + str(data.get("stdout", "")))[: self.limits.max_output_chars],
                    error=data.get("error"), figures=figures, limit_hit=data.get("limit_hit"),
                    duration_s=duration, isolation=tuple(data.get("isolation", ())),
                )  # fmt: skip
        return Result(ok=False, stdout=raw_out, error=_explain(limit, child, self.limits), timed_out=limit == "time",
                      duration_s=duration, limit_hit=_limit_kind(limit, child))  # fmt: skip


def _explain(limit: str | None, child: _Child, limits: Limits) -> str:
    code = child.proc.returncode
    if limit == "time":
        return f"Stopped: the code ran longer than {limits.timeout_s:.0f} seconds."
    if limit == "memory":
        return f"Stopped: the code used more than {limits.memory_mb} MB of memory."
    if limit == "cancelled":
        return "Stopped."
    if code in (-signal.SIGXCPU, -signal.SIGKILL) and limit != "crash":
        return f"Stopped: the code used more than {limits.cpu_s:.0f} seconds of CPU time."
    if code is not None and code < 0:
        if -code in (signal.SIGXCPU,):
            return f"Stopped: the code used more than {limits.cpu_s:.0f} seconds of CPU time."
        return f"The code crashed the Python process ({signal.Signals(-code).name}). Nothing else was affected."
    return "The code ended without a result (it may have crashed). Nothing else was affected."


def _limit_kind(limit: str | None, child: _Child) -> str:
    if limit in ("time", "memory", "cancelled"):
        return limit
    return "cpu" if child.proc.returncode == -signal.SIGXCPU else "crash"


def _scrubbed_env(work: Path, mpl_dir: Path, config: str) -> dict[str, str]:
    """No secrets, no PYTHON* variables: only what the child needs."""
    single_thread = dict.fromkeys(
        ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "VECLIB_MAXIMUM_THREADS", "NUMEXPR_NUM_THREADS"),
        "1",
    )  # fmt: skip
    return {
        "PATH": "/usr/bin:/bin", "HOME": str(work), "TMPDIR": str(work), "LANG": "C.UTF-8",
        "PYTHONIOENCODING": "utf-8", "MPLBACKEND": "Agg", **_mpl_config(mpl_dir),
        "HEARTH_SANDBOX": config, **single_thread,
    }  # fmt: skip


def _runtime_paths() -> list[Path]:
    """What the child may read: the interpreter, its libraries, system libraries, time zones."""
    paths = {Path(sys.prefix), Path(sys.base_prefix), Path(sys.exec_prefix)}
    if getattr(sys, "frozen", False):  # a packaged app reads its modules from its own executable
        exe_dir = Path(sys.executable).resolve().parent
        paths |= {exe_dir, exe_dir.parent} if sys.platform == "darwin" else {exe_dir}  # .app/Contents
    paths |= {Path(p) for p in sys.path if p and Path(p).is_dir()}
    paths |= {Path(p) for p in ("/usr", "/lib", "/lib64", "/lib32", "/etc/localtime", "/etc/ld.so.cache",
                                "/dev/null", "/dev/urandom", "/System", "/Library/Frameworks")}  # fmt: skip
    return sorted(p for p in paths if p.exists())


def _child_entry(*args: str) -> list[str]:
    """The command that runs sandbox/child.py's entry() with args."""
    if getattr(sys, "frozen", False):  # a packaged app has no `python -m`: it runs itself in child mode
        return [sys.executable, "--sandbox-child", *args]
    return [sys.executable, "-I", "-m", "sandbox.child", *args]


def _mpl_config(mpl_dir: Path) -> dict[str, str]:
    """matplotlib's config folder, named twice: a packaged app's hook overwrites the first."""
    return {"MPLCONFIGDIR": str(mpl_dir), "HEARTH_MPLCONFIGDIR": str(mpl_dir)}


_font_lock = threading.Lock()


def _build_font_cache(mpl_dir: Path) -> None:
    """Children read matplotlib's font cache but cannot write it: build it once, trusted."""
    with _font_lock:
        if mpl_dir.is_dir() and any(mpl_dir.glob("fontlist-*.json")):
            return
        mpl_dir.mkdir(parents=True, exist_ok=True)
        env = {**_mpl_config(mpl_dir), "MPLBACKEND": "Agg", "PATH": "/usr/bin:/bin"}
        subprocess.run(_child_entry("--fonts"), env=env, capture_output=True, timeout=300, check=False)
