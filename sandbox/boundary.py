"""What the child may see, and the Linux boundary that shows it nothing else (bubblewrap).

The view is built from the installation, never from the app's sys.path: `python -m app`
started in the home folder puts that folder on sys.path, and it must stay invisible.
Inside bubblewrap the child gets new user, mount, PID, network, IPC, UTS and cgroup
namespaces, the read-only view, and private tmpfs /tmp (its work folder is /tmp/work).
"""

from __future__ import annotations

import os
import sys
import sysconfig
from pathlib import Path

INNER_TMP = "/tmp"
INNER_WORK = "/tmp/work"
# matplotlib's config folder: writable (or matplotlib rebuilds its font cache in every run),
# holding read-only copies of the cache files the parent built.
INNER_MPL = "/tmp/matplotlib"
DATA_DIR = "data"  # files attached to the chat, read-only, under the work folder
SANDBOX_UID = 65534  # "nobody" inside the user namespace
# System libraries the interpreter and numpy's native code load, and time zone data.
SYSTEM_PATHS = ("/usr/lib", "/usr/lib64", "/usr/lib32", "/lib", "/lib64", "/lib32", "/etc/ld.so.cache",
                "/usr/share/zoneinfo", "/etc/localtime")  # fmt: skip
SYSTEM_PREFIXES = ("/usr", "/usr/local")  # binding these whole would show every installed program


def runtime_view() -> list[Path]:
    """Read-only paths: the interpreter, its standard library, the installed packages, this package."""
    paths: set[Path] = set()
    for prefix in {sys.base_prefix, sys.base_exec_prefix}:
        if prefix in SYSTEM_PREFIXES:  # a distribution's Python: its own folders only
            paths |= {Path(prefix) / "lib", Path(prefix) / "lib64"}
        else:  # pyenv, python.org, conda: the prefix is the runtime
            paths.add(Path(prefix))
    if sys.prefix != sys.base_prefix:  # a virtual environment (pyvenv.cfg, site-packages)
        paths.add(Path(sys.prefix))
    for key in ("stdlib", "platstdlib", "purelib", "platlib"):
        paths.add(Path(sysconfig.get_path(key)))
    executable = Path(sys.executable)
    paths |= {executable, executable.resolve()}
    paths.add(Path(__file__).resolve().parent)  # an editable install keeps this package in a checkout
    if getattr(sys, "frozen", False):  # a packaged app reads its modules from its own folder
        exe_dir = executable.resolve().parent
        paths |= {exe_dir, exe_dir.parent} if sys.platform == "darwin" else {exe_dir}  # .app/Contents
    return sorted(p for p in paths if p.exists())


def outermost(paths: list[Path]) -> list[Path]:
    """Drop paths inside another one (a bind inside a read-only bind cannot be mounted)."""
    kept: list[Path] = []
    for path in sorted(set(paths), key=lambda p: (len(p.parts), str(p))):
        if not any(path.is_relative_to(k) for k in kept if not k.is_symlink()):
            kept.append(path)
    return kept


def system_view() -> list[Path]:
    return [Path(p) for p in SYSTEM_PATHS if os.path.lexists(p)]


def bwrap_command(
    bwrap: str,
    read_only: list[Path],
    tmp_bytes: int,
    command: list[str],
    mpl_dir: Path | None = None,
    data: tuple[tuple[str, Path], ...] = (),
) -> list[str]:
    """The bubblewrap command line that runs `command` inside the boundary."""
    args = [
        bwrap, "--unshare-all", "--unshare-user", "--disable-userns", "--die-with-parent", "--new-session",
        "--uid", str(SANDBOX_UID), "--gid", str(SANDBOX_UID), "--cap-drop", "ALL",
        "--dev", "/dev",  # no /proc: nothing to read about, or write into, the watchdog and bubblewrap's init
        "--size", str(tmp_bytes), "--perms", "0700", "--tmpfs", INNER_TMP, "--dir", INNER_WORK,
    ]  # fmt: skip
    # Shortest first, so a folder is mounted before anything bound inside it (mounts under
    # /tmp land in the private tmpfs). Top-level symlinks (/lib -> usr/lib) stay symlinks.
    for path in outermost(read_only):
        if path.is_symlink() and path.parent == Path("/"):
            args += ["--symlink", os.readlink(path), str(path)]
        else:
            args += ["--ro-bind", str(path), str(path)]
    args += ["--dir", INNER_MPL]
    for cache in sorted(mpl_dir.glob("*.json")) if mpl_dir else ():
        args += ["--ro-bind", str(cache), f"{INNER_MPL}/{cache.name}"]
    # Attached files: each one bound read-only on its own (never its folder), under the work folder.
    for name, source in data:
        args += ["--ro-bind", str(source), f"{INNER_WORK}/{DATA_DIR}/{name}"]
    return [*args, "--chdir", INNER_WORK, "--", *command]
