"""Give MLX's Linux CPU backend a real BLAS, without ever letting it crash the app.

The mlx-cpu wheel links the reference netlib BLAS: prefill runs 20-50x slower than with
OpenBLAS. A shared library can only be swapped before the process starts, so the entry
point re-executes itself once with OpenBLAS preloaded. Nothing happens on macOS, where
MLX uses Metal and Accelerate. Set HEARTH_BLAS=system to keep the bundled BLAS.

An OpenBLAS build can be compiled for one CPU family only (cmeel-openblas 0.3.31 is
SKYLAKEX-only and dies with SIGILL on CPUs without AVX-512), so every candidate is first
tried in a short child process: a real MLX matmul checked against numpy. Only a candidate
that passes is preloaded; otherwise Hearth keeps the bundled BLAS and says why. Results
are remembered per library file, CPU and MLX version, so the probe runs once.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
import os
import signal
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

MARKER = "HEARTH_BLAS"  # set in the re-executed process (and by users: "system" opts out)
INFO = "HEARTH_BLAS_INFO"  # one line for the log and the self-test: what is in use and why
OVERRIDE = "HEARTH_OPENBLAS"  # a user's own OpenBLAS library, tried first
PROBE_FLAG = "--blas-probe"  # argv of the probe child (a frozen app has no `python -c`)
PROBE_TIMEOUT_S = 60.0  # generous: a busy machine must not make a good library look bad
RETRY_SLOW_AFTER_S = 24 * 3600  # a probe that timed out is tried again a day later, not every launch

log = logging.getLogger("hearth.blas")

# Distribution builds are DYNAMIC_ARCH (kernels for every x86-64 / arm64 CPU, chosen at run time).
SYSTEM_OPENBLAS = (
    "/usr/lib/x86_64-linux-gnu/openblas-pthread/libopenblas.so.0",  # Debian, Ubuntu
    "/usr/lib/aarch64-linux-gnu/openblas-pthread/libopenblas.so.0",
    "/usr/lib64/libopenblas.so.0",  # Fedora, openSUSE
    "/usr/lib/libopenblas.so.0",  # Arch
)


@dataclass(frozen=True)
class ProbeResult:
    ok: bool
    detail: str  # OpenBLAS's own config line when ok, else what went wrong
    cacheable: bool = True  # False: remember only for RETRY_SLOW_AFTER_S (a timeout, a busy machine)


def reexec_with_openblas(link_dir: Path) -> None:
    """Re-run this process with a working OpenBLAS preloaded (Linux only, once)."""
    if not sys.platform.startswith("linux") or os.environ.get(MARKER):
        return
    try:
        chosen, reasons = choose_openblas(link_dir)
    except Exception as exc:  # whatever goes wrong here, the app still starts (on the bundled BLAS)
        chosen, reasons = None, [f"the OpenBLAS set-up failed ({type(exc).__name__}: {exc})"]
    if chosen is None:
        os.environ[MARKER] = "bundled"
        os.environ[INFO] = "MLX's bundled reference BLAS (slow prefill): " + (
            "; ".join(reasons) if reasons else "no OpenBLAS found"
        )
        return
    sys.stdout.flush()
    sys.stderr.flush()
    args = sys.argv[1:] if getattr(sys, "frozen", False) else sys.orig_argv[1:]
    os.execve(sys.executable, [sys.executable, *args], {**os.environ, **chosen})


def choose_openblas(link_dir: Path) -> tuple[dict[str, str] | None, list[str]]:
    """The environment of the first candidate that passes its probe, and why others failed."""
    cache = _ProbeCache(link_dir / "probes.json")
    reasons: list[str] = []
    for library in candidates():
        if unusable := _preload_problem(library):
            reasons.append(f"{library} {unusable}")
            continue
        env = openblas_env(library, link_dir)
        result = cache.get(library)
        if result is None:
            print("hearth: testing OpenBLAS on this CPU (once)…", file=sys.stderr, flush=True)
            result = probe(env)
            cache.put(library, result)
        if result.ok:
            env[INFO] = f"OpenBLAS {library} ({result.detail})"
            if reasons:
                env[INFO] += "; skipped: " + "; ".join(reasons)
            return env, reasons
        reasons.append(f"{library} failed its test run ({result.detail})")
    return None, reasons


def candidates() -> list[Path]:
    """OpenBLAS libraries worth trying, best first: the user's, the system's, the pinned wheel's."""
    found: list[Path] = []
    if override := os.environ.get(OVERRIDE):
        found.append(Path(override).expanduser().absolute())  # the probe runs in another folder
    found += [Path(p) for p in SYSTEM_OPENBLAS if Path(p).exists()]
    wheel = _find("cmeel", "cmeel.prefix/lib/libopenblas.so.0")
    if wheel is not None:
        found.append(wheel)
    return found


def openblas_env(library: Path, link_dir: Path) -> dict[str, str]:
    """Environment variables that preload ``library``."""
    lib_path = os.environ.get("LD_LIBRARY_PATH", "")
    gfortran = _glob_one("mlx", "mlx_cpu.libs", "libgfortran-*.so.5*")
    if gfortran is not None:
        # cmeel's OpenBLAS wants libgfortran.so.5; the mlx-cpu wheel carries one under a hashed
        # name, whose $ORIGIN rpath then looks for its libquadmath beside the link.
        link_dir.mkdir(parents=True, exist_ok=True)
        _link(link_dir / "libgfortran.so.5", gfortran)
        for quadmath in gfortran.parent.glob("libquadmath-*.so*"):
            _link(link_dir / quadmath.name, quadmath)
        lib_path = os.pathsep.join(p for p in (lib_path, str(link_dir)) if p)  # system copies win
    env = {
        MARKER: "openblas",
        "LD_PRELOAD": " ".join(p for p in (str(library), os.environ.get("LD_PRELOAD", "")) if p),
    }
    if lib_path:
        env["LD_LIBRARY_PATH"] = lib_path
    return env


def probe(env: dict[str, str], timeout: float = PROBE_TIMEOUT_S) -> ProbeResult:
    """Run MLX matmuls in a child with ``env`` preloaded; a crash there costs nothing."""
    cmd = (
        [sys.executable, PROBE_FLAG]
        if getattr(sys, "frozen", False)
        else [sys.executable, "-c", "from runtime import probe_main; probe_main()"]
    )
    try:
        out = subprocess.run(
            cmd,
            env={**os.environ, **env},
            capture_output=True,
            text=True,
            errors="replace",
            timeout=timeout,
            stdin=subprocess.DEVNULL,
            cwd=_package_root(),
        )
    except subprocess.TimeoutExpired:
        return ProbeResult(False, f"no answer within {timeout:.0f} s", cacheable=False)
    except OSError as exc:
        return ProbeResult(False, f"could not start: {exc}", cacheable=False)
    if out.returncode < 0:
        return ProbeResult(False, f"crashed with {_signal_name(-out.returncode)}")
    lines = out.stdout.strip().splitlines()
    if out.returncode != 0 or not lines or not lines[-1].startswith("ok "):
        tail = (out.stderr.strip().splitlines() or lines or ["no output"])[-1]
        return ProbeResult(False, f"exit {out.returncode}: {tail[:200]}")
    return ProbeResult(True, lines[-1][3:])


def _preload_problem(library: Path) -> str | None:
    """Why ``library`` cannot go into LD_PRELOAD, if it cannot."""
    if any(ch.isspace() or ch == ":" for ch in str(library)):
        return "cannot be preloaded: its path has a space or ':' (LD_PRELOAD separators)"
    if not library.is_file():
        return "is not a file"
    return None


def _signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"


def status_line() -> str:
    """What this process computes with, for the log and the self-test."""
    if not sys.platform.startswith("linux"):
        return "Accelerate / Metal (macOS)"
    kind = os.environ.get(MARKER, "")
    if kind == "system":
        return "MLX's bundled reference BLAS (HEARTH_BLAS=system)"
    return os.environ.get(INFO) or "MLX's bundled reference BLAS (OpenBLAS not set up in this process)"


def using_fallback() -> bool:
    return sys.platform.startswith("linux") and os.environ.get(MARKER) == "bundled"


class _ProbeCache:
    """Probe verdicts keyed by library file, CPU flags, MLX version and interpreter."""

    def __init__(self, path: Path) -> None:
        self._path = path
        try:
            data = json.loads(path.read_text())
        except (OSError, ValueError):
            data = {}
        self._data: dict[str, object] = data if isinstance(data, dict) else {}

    def get(self, library: Path) -> ProbeResult | None:
        entry = self._data.get(_probe_key(library))
        if not isinstance(entry, dict) or "ok" not in entry or "detail" not in entry:
            return None
        retry_at = entry.get("retry_at")
        if isinstance(retry_at, (int, float)) and time.time() >= retry_at:
            return None
        return ProbeResult(bool(entry["ok"]), str(entry["detail"]), bool(entry.get("cacheable", True)))

    def put(self, library: Path, result: ProbeResult) -> None:
        entry: dict[str, object] = asdict(result)
        if not result.cacheable:
            entry["retry_at"] = time.time() + RETRY_SLOW_AFTER_S
        self._data[_probe_key(library)] = entry
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self._path.with_suffix(".tmp")
            tmp.write_text(json.dumps(self._data, indent=1))
            tmp.replace(self._path)
        except OSError:  # a read-only cache only means probing again next time
            pass


def _probe_key(library: Path) -> str:
    try:
        st = library.resolve().stat()
        file_id = f"{library.resolve()}:{st.st_size}:{st.st_mtime_ns}"
    except OSError:
        file_id = str(library)
    import importlib.metadata  # here: the re-executed app process never needs it (~50 ms with email)

    try:
        mlx_version = importlib.metadata.version("mlx")
    except importlib.metadata.PackageNotFoundError:
        mlx_version = "?"
    raw = "|".join((file_id, _cpu_flags(), mlx_version, sys.executable))
    return hashlib.sha256(raw.encode()).hexdigest()[:32]


def _cpu_flags() -> str:
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith(("flags", "Features")):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return ""


def _link(link: Path, target: Path) -> None:
    if link.is_symlink() and link.resolve() == target.resolve():
        return
    # Two first launches may race here: build the link aside, then rename it into place.
    tmp = link.with_name(f".{link.name}.{os.getpid()}")
    tmp.unlink(missing_ok=True)
    tmp.symlink_to(target)
    os.replace(tmp, link)


def _package_root() -> str:
    """The folder `app` is imported from, so the probe's `-c` finds it from any working folder."""
    return str(Path(__file__).resolve().parent.parent)


def _site_root(package: str) -> Path | None:
    if getattr(sys, "frozen", False):  # a packaged app carries the libraries in its own folder
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))).parent


def _site_roots(package: str) -> list[Path]:
    """Every folder ``package`` is installed under: mlx and cmeel are namespace packages, so a
    folder named like them in the current directory (``python -m app`` run from a checkout of
    mlx) joins them, and must not hide the wheel's libraries."""
    if getattr(sys, "frozen", False):
        root = _site_root(package)
        return [root] if root else []
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return []
    return [Path(location).parent for location in spec.submodule_search_locations]


def _find(package: str, relative: str) -> Path | None:
    return next((root / relative for root in _site_roots(package) if (root / relative).exists()), None)


def _glob_one(package: str, folder: str, pattern: str) -> Path | None:
    for root in _site_roots(package):
        if found := sorted((root / folder).glob(pattern)):
            return found[0]
    return None
