"""Give MLX's Linux CPU backend a real BLAS.

The mlx-cpu wheel links the reference netlib BLAS: prefill runs 20-50x slower than with
OpenBLAS. A shared library can only be swapped before the process starts, so the entry
point re-executes itself once with OpenBLAS preloaded. Nothing happens on macOS, where
MLX uses Metal and Accelerate. Set HEARTH_BLAS=system to keep the bundled BLAS.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

MARKER = "HEARTH_BLAS"


def openblas_env(link_dir: Path) -> dict[str, str] | None:
    """Environment variables that preload OpenBLAS, or None when it is not available."""
    openblas = _find("cmeel", "cmeel.prefix/lib/libopenblas.so.0")
    gfortran = _glob_one("mlx", "mlx_cpu.libs", "libgfortran-*.so.5*")
    if openblas is None or gfortran is None:
        return None
    # cmeel's OpenBLAS wants libgfortran.so.5; the mlx-cpu wheel carries one under a hashed
    # name, whose $ORIGIN rpath then looks for its libquadmath beside the link.
    link_dir.mkdir(parents=True, exist_ok=True)
    _link(link_dir / "libgfortran.so.5", gfortran)
    for quadmath in gfortran.parent.glob("libquadmath-*.so*"):
        _link(link_dir / quadmath.name, quadmath)
    env = {
        MARKER: "openblas",
        "LD_PRELOAD": " ".join(p for p in (str(openblas), os.environ.get("LD_PRELOAD", "")) if p),
        "LD_LIBRARY_PATH": os.pathsep.join(
            p for p in (str(link_dir), os.environ.get("LD_LIBRARY_PATH", "")) if p
        ),
    }
    return env


def _link(link: Path, target: Path) -> None:
    if link.is_symlink() and link.resolve() == target.resolve():
        return
    link.unlink(missing_ok=True)
    link.symlink_to(target)


def reexec_with_openblas(link_dir: Path) -> None:
    """Re-run this process with OpenBLAS preloaded (Linux only, once)."""
    if not sys.platform.startswith("linux") or os.environ.get(MARKER):
        return
    env = openblas_env(link_dir)
    if env is None:
        os.environ[MARKER] = "bundled"
        return
    sys.stdout.flush()
    sys.stderr.flush()
    args = sys.argv[1:] if getattr(sys, "frozen", False) else sys.orig_argv[1:]
    os.execve(sys.executable, [sys.executable, *args], {**os.environ, **env})


def _site_root(package: str) -> Path | None:
    if getattr(sys, "frozen", False):  # a packaged app carries the libraries in its own folder
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))).parent


def _find(package: str, relative: str) -> Path | None:
    root = _site_root(package)
    path = root / relative if root else None
    return path if path and path.exists() else None


def _glob_one(package: str, folder: str, pattern: str) -> Path | None:
    root = _site_root(package)
    if root is None:
        return None
    return next(iter(sorted((root / folder).glob(pattern))), None)
