"""The parent side: spawn confined children, keep one warm, run code, always clean up.

`run` never raises for anything the code does; only SandboxUnavailable (no interpreter,
or a machine that cannot build the boundary) escapes. Each run gets a fresh process and
work folder, killed when it finishes, hangs, or outgrows its memory. On Linux the child
lives in bubblewrap: its work folder is a private tmpfs, so nothing is left on disk.
"""

from __future__ import annotations

import json
import os
import re
import select
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict
from pathlib import Path

from . import boundary, channel
from .confine import seatbelt_profile
from .errors import SandboxUnavailable
from .isolation import SANDBOX_EXEC, Isolation, probe
from .result import Limits, Result
from .watch import resident_mb

READY_TIMEOUT_S = 60.0  # start-up on a busy machine: a deadline, never a measurement
POLL_S = 0.05
READ_CHUNK = 1 << 16
DRAIN_JOIN_S = 5.0
CRASH_WAIT_S = 2.0
DataView = tuple[tuple[str, Path], ...]
_SAFE_NAME = re.compile(r"[^\w.\- ]")
DEVICES = (Path("/dev/null"), Path("/dev/zero"), Path("/dev/urandom"))  # readable under Landlock


# Children are started from one long-lived thread: the kernel sends the death signal
# (bubblewrap's --die-with-parent) when the *thread* that started a process ends, and the
# warm-up threads end right after starting a child.
_SPAWNER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="hearth-sandbox-spawn")


class _Child:
    def __init__(self, sandbox: Sandbox, isolation: Isolation, data: DataView = ()) -> None:
        self.host_work: Path | None = None
        self.data = data  # the files this child sees read-only under data/
        if isolation.bwrap is None:  # macOS, or the OS layer switched off: a folder in the runs folder
            self.host_work = Path(tempfile.mkdtemp(prefix="hearth-run-", dir=sandbox.runs_dir))
            _copy_data(self.host_work, data)
        work = Path(boundary.INNER_WORK) if isolation.bwrap else self.host_work
        assert work is not None  # host_work is made just above whenever bubblewrap is not used
        mpl_dir = Path(boundary.INNER_MPL) if isolation.bwrap else sandbox.mpl_dir
        read_fd, write_fd = os.pipe()
        config = dict(
            asdict(sandbox.limits),
            isolate=sandbox.isolate,
            language_layer=sandbox.language_layer,
            read_only=[str(p) for p in [*sandbox.read_only, *DEVICES, mpl_dir]],
            boundary="bwrap" if isolation.bwrap else ("seatbelt" if sandbox.uses_seatbelt else None),
        )
        env = _scrubbed_env(work, mpl_dir, json.dumps(config))
        command = sandbox.child_command(write_fd, work, isolation, data)
        try:
            self.proc = _SPAWNER.submit(
                subprocess.Popen,
                command,
                cwd=self.host_work or "/",
                env=env,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                pass_fds=(write_fd,),
                start_new_session=True,
            ).result()
        except OSError as exc:
            os.close(read_fd)
            _remove_tree(self.host_work)
            raise SandboxUnavailable(f"Could not start the Python sandbox: {exc}") from exc
        finally:
            os.close(write_fd)
        self.result_fd = read_fd
        self.ready = False
        # Bytes kept from the code's stdout: the child stops the code at max_output_chars
        # characters, but code can write to fd 1 directly, so the parent caps it too.
        self.output = {"stdout": bytearray(), "stderr": bytearray()}
        caps = {"stdout": sandbox.limits.max_output_chars * 4, "stderr": 64 * 1024}
        self.dropped = {"stdout": 0, "stderr": 0}
        self._drains = [
            threading.Thread(target=self._drain, args=(name, caps[name]), daemon=True) for name in ("stdout", "stderr")
        ]
        for thread in self._drains:  # drain raw output so the child never blocks on a full pipe
            thread.start()

    def _drain(self, name: str, cap: int) -> None:
        stream = getattr(self.proc, name)
        kept = self.output[name]
        while chunk := stream.read1(READ_CHUNK):
            room = cap - len(kept)
            kept += chunk[: max(room, 0)]
            if len(chunk) > room:
                self.dropped[name] += len(chunk) - max(room, 0)

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
        for thread in self._drains:  # the pipes close with the process (bubblewrap ends the whole namespace)
            thread.join(DRAIN_JOIN_S)
        os.close(self.result_fd)
        _remove_tree(self.host_work)


class Sandbox:
    """Runs code in confined child processes; keeps one child warmed up for the next run."""

    def __init__(
        self,
        limits: Limits | None = None,
        *,
        cache_dir: Path | None = None,
        warm: bool = True,
        isolate: bool = True,
        language_layer: bool = True,
    ) -> None:
        self.limits = limits or Limits()
        # Both layers are always on in the app; tests switch one off to check the other alone.
        self.isolate = isolate
        self.language_layer = language_layer
        base = cache_dir or Path(tempfile.gettempdir()) / f"hearth-sandbox-{os.getuid()}"
        self.runs_dir = base / "runs"
        self.runs_dir.mkdir(parents=True, exist_ok=True)
        _sweep(self.runs_dir)
        self.mpl_dir = base / "matplotlib"
        self.read_only = boundary.runtime_view() + boundary.system_view()
        self.warm = warm
        self._isolation: Isolation | None = None
        self._lock = threading.Lock()
        self._next: _Child | None = None
        self._warming: threading.Thread | None = None
        self._closed = False
        self._cancel = threading.Event()
        self._data: DataView = ()
        if warm:
            self._prepare_next()

    @property
    def uses_seatbelt(self) -> bool:
        """macOS has no Landlock or seccomp: the child starts inside a sandbox-exec profile."""
        return self.isolate and sys.platform == "darwin"

    def isolation(self) -> Isolation:
        """What this machine can build (probed once); `missing` non-empty means no code runs."""
        if self._isolation is None:
            if not self.isolate:
                self._isolation = Isolation(layers=("no OS boundary (tests only)",))
            else:
                _build_font_cache(self.mpl_dir)
                env = _scrubbed_env(Path(boundary.INNER_WORK), Path(boundary.INNER_MPL), "{}")
                self._isolation = probe(self.read_only, _child_entry(), env)
        return self._isolation

    def child_command(
        self, result_fd: int, work: Path, isolation: Isolation | None = None, data: DataView = ()
    ) -> list[str]:
        command = _child_entry(str(result_fd))
        if isolation is not None and isolation.bwrap:
            return boundary.bwrap_command(
                isolation.bwrap, self.read_only, self._tmp_bytes(), command, self.mpl_dir, data
            )
        if self.uses_seatbelt:  # missing sandbox-exec fails the start: never run unconfined
            return [SANDBOX_EXEC, "-p", seatbelt_profile([*self.read_only, self.mpl_dir], [work]), *command]
        return command

    def run(self, code: str, data: dict[str, Path] | None = None) -> Result:
        """``data``: files the code may read (never write) as data/<name>; the host paths stay hidden."""
        if self._closed:
            raise SandboxUnavailable("The sandbox has been shut down.")
        self._cancel.clear()  # before the wait for a child: a Stop pressed meanwhile still counts
        self._data = data_view(data or {})  # the warm child for the next run sees the same files
        child = self._take_child()
        started = time.perf_counter()
        payload: bytes = b""
        limit: str | None = "crash"
        try:
            try:
                request = json.dumps({"code": code, "cpu_s": self.limits.cpu_s}).encode() + b"\n"
                assert child.proc.stdin is not None  # started with stdin=PIPE
                child.proc.stdin.write(request)
                child.proc.stdin.flush()
                payload, limit = self._collect(child)
            except (BrokenPipeError, OSError):
                payload, limit = b"", "crash"
            finally:
                if limit == "crash":  # the code died: let bubblewrap report how, before it is killed
                    try:
                        child.proc.wait(timeout=CRASH_WAIT_S)
                    except subprocess.TimeoutExpired:
                        pass
                child.kill()
                if self.warm:
                    self._prepare_next()
            return self._result(payload, limit, child, time.perf_counter() - started)
        except Exception as exc:  # the app only expects results: never let the code's output raise here
            return Result(
                ok=False,
                error=f"The sandbox could not read the result ({type(exc).__name__}).",
                duration_s=time.perf_counter() - started,
                limit_hit="crash",
            )

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

    def _tmp_bytes(self) -> int:
        return 2 * self.limits.file_mb * 2**20  # the whole private /tmp, not just one file

    def _new_child(self) -> _Child:
        isolation = self.isolation()
        if not isolation.ok:
            raise SandboxUnavailable(isolation.explain())
        _build_font_cache(self.mpl_dir)
        return _Child(self, isolation, self._data)

    def _prepare_next(self) -> None:
        def warm() -> None:
            try:
                child = self._new_child()
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
        if child is not None and child.data != self._data:  # warmed up for another chat's files
            child.kill()
            child = None
        if child is None:
            child = self._new_child()
        if not child.wait_ready(READY_TIMEOUT_S):
            child.kill()
            err = child.output["stderr"].decode(errors="replace")[-500:]
            if not err:
                raise SandboxUnavailable("The Python sandbox did not start: it gave no response.")
            raise SandboxUnavailable(f"The Python sandbox did not start: {err}")
        return child

    def _collect(self, child: _Child) -> tuple[bytes, str | None]:
        """Read the result pipe in linear time, up to a byte cap, within the wall-clock limit."""
        deadline = time.monotonic() + self.limits.timeout_s
        chunks: list[bytes] = []
        size = 0
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return b"", "time"
            if self._cancel.is_set():
                return b"", "cancelled"
            ready, _, _ = select.select([child.result_fd], [], [], min(POLL_S, left))
            if ready:
                chunk = os.read(child.result_fd, READ_CHUNK)
                if not chunk:
                    return b"".join(chunks), None if chunks else "crash"
                chunks.append(chunk)
                size += len(chunk)
                if size > self.limits.max_result_bytes:
                    return b"", "result"
            elif child.proc.poll() is not None and not chunks:
                return b"", "crash"
            if resident_mb(child.proc.pid) > self.limits.memory_mb:
                return b"", "memory"  # the macOS guard (RLIMIT_AS covers Linux)

    def _result(self, payload: bytes, limit: str | None, child: _Child, duration: float) -> Result:
        limits = self.limits
        raw = child.output["stdout"].decode(errors="replace")
        cut = child.dropped["stdout"]
        parsed = channel.parse(payload, limits.max_figures, limits.max_figure_pixels, limits.max_figure_bytes)
        if parsed is not None and limit is None:
            text = raw + "".join(parsed.notes)
            stdout = channel.clip(text, limits.max_shown_chars) + (f"\n…{cut:,} more bytes" if cut else "")
            error = channel.clip(parsed.error, limits.max_error_chars) if parsed.error else None
            return Result(
                ok=parsed.ok and error is None,
                stdout=stdout,
                error=error,
                figures=tuple(parsed.figures),
                figure_alts=tuple(parsed.figure_alts),
                figure_facts=tuple(parsed.figure_facts),
                limit_hit=parsed.limit_hit,
                duration_s=duration,
                isolation=self._layers(parsed.isolation),
            )
        if limit is None:
            limit = "crash"  # something came back, but it was not a result
        stdout = channel.clip(raw, limits.max_shown_chars) + (f"\n…{cut:,} more bytes" if cut else "")
        return Result(
            ok=False,
            stdout=stdout,
            error=_explain(limit, child, limits),
            timed_out=limit == "time",
            duration_s=duration,
            limit_hit=_limit_kind(limit, child),
            isolation=self._layers(()),
        )

    def _layers(self, reported: tuple[str, ...]) -> tuple[str, ...]:
        """What the parent built, then what the child says it added (informational only)."""
        built = self._isolation.layers if self._isolation else ()
        covered = {layer.split()[0] for layer in built}
        extra = [layer for layer in reported if layer.split()[:1] and layer.split()[0] not in covered]
        return tuple(dict.fromkeys(("separate process", *built, *extra)))


def _death_signal(child: _Child) -> int | None:
    """The signal that ended the code: bubblewrap exits with 128 + the signal of its command."""
    code = child.proc.returncode
    if code is None:
        return None
    if code < 0:
        return -code
    return code - 128 if child.host_work is None and 128 < code < 128 + 65 else None


def _explain(limit: str | None, child: _Child, limits: Limits) -> str:
    if limit == "time":
        return f"Stopped: the code ran longer than {limits.timeout_s:.0f} seconds."
    if limit == "memory":
        return f"Stopped: the code used more than {limits.memory_mb} MB of memory."
    if limit == "cancelled":
        return "Stopped."
    if limit == "result":
        return f"Stopped: the result was larger than {limits.max_result_bytes // 2**20} MB."
    sig = _death_signal(child)
    if sig == signal.SIGXCPU:
        return f"Stopped: the code used more than {limits.cpu_s:.0f} seconds of CPU time."
    if sig == signal.SIGSYS:
        return "Stopped: the code made a system call the sandbox forbids. Nothing else was affected."
    if sig is not None:
        try:
            name = signal.Signals(sig).name
        except ValueError:
            name = f"signal {sig}"
        return f"The code crashed the Python process ({name}). Nothing else was affected."
    return "The code ended without a result (it may have crashed). Nothing else was affected."


def _limit_kind(limit: str | None, child: _Child) -> str:
    if limit in ("time", "memory", "cancelled"):
        return limit
    if limit == "result":
        return "output"
    return "cpu" if _death_signal(child) == signal.SIGXCPU else "crash"


def data_view(files: dict[str, Path]) -> DataView:
    """(name inside data/, host file) pairs: plain names, no hidden files, no duplicates."""
    view: list[tuple[str, Path]] = []
    for name, source in sorted(files.items()):
        clean = _SAFE_NAME.sub("_", Path(name).name).lstrip(".") or "file"
        stem, suffix = os.path.splitext(clean)
        n = 2
        while any(clean == taken for taken, _ in view):
            clean, n = f"{stem}-{n}{suffix}", n + 1
        view.append((clean, Path(source)))
    return tuple(view)


def _copy_data(host_work: Path, data: DataView) -> None:
    """Without bubblewrap (macOS) the child gets copies: the originals stay outside its profile."""
    if not data:
        return
    folder = host_work / boundary.DATA_DIR
    folder.mkdir()
    for name, source in data:
        shutil.copyfile(source, folder / name)
        (folder / name).chmod(0o444)
    folder.chmod(0o555)


def _scrubbed_env(work: Path, mpl_dir: Path, config: str) -> dict[str, str]:
    """No secrets, no PYTHON* variables: only what the child needs."""
    single_thread = dict.fromkeys(
        ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "VECLIB_MAXIMUM_THREADS", "NUMEXPR_NUM_THREADS"),
        "1",
    )
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(work),
        "TMPDIR": str(work),
        "LANG": "C.UTF-8",
        "PYTHONIOENCODING": "utf-8",
        "MPLBACKEND": "Agg",
        **_mpl_config(mpl_dir),
        "HEARTH_SANDBOX": config,
        **single_thread,
    }


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


def _remove_tree(path: Path | None) -> None:
    """Remove a run's folder even when the code left unreadable or unwritable folders in it."""
    if path is None or not os.path.lexists(path):
        return
    try:
        os.chmod(path, stat.S_IRWXU)
        for root, dirs, _files in os.walk(path):  # top-down: open each folder before walking into it
            for name in dirs:
                inner = os.path.join(root, name)
                if not os.path.islink(inner):
                    try:
                        os.chmod(inner, stat.S_IRWXU)
                    except OSError:
                        pass
    except OSError:
        pass
    shutil.rmtree(path, ignore_errors=True)


def _sweep(runs_dir: Path) -> None:
    """Folders of runs from an app that crashed or was killed."""
    try:
        stale = [p for p in runs_dir.iterdir() if p.name.startswith("hearth-run-")]
    except OSError:
        return
    for path in stale:
        try:
            if time.time() - path.lstat().st_mtime > 3600:
                _remove_tree(path)
        except OSError:
            pass
