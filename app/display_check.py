"""Before Qt opens a window on Linux: is there a display, and can Qt's plugin for it load?

Without either, Qt aborts the process (exit 134) with a hint about libxcb-cursor0 that
misleads on a machine with no display at all. These checks say what is really wrong.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

PACKAGES_HINT = "sudo apt-get install $(cat packaging/debian-packages.txt)  (see the README)"
GUI_PLATFORMS = ("xcb", "wayland", "wayland-egl")
PLUGINS = {
    "xcb": "platforms/libqxcb.so",
    "wayland": "platforms/libqwayland.so",
    "wayland-egl": "platforms/libqwayland.so",
}


def display_problem() -> str | None:
    """A sentence for the user when the window cannot open here, else None."""
    if not sys.platform.startswith("linux"):
        return None
    chosen = [p.split(":")[0] for p in os.environ.get("QT_QPA_PLATFORM", "").split(";") if p.strip()]
    if any(p not in GUI_PLATFORMS for p in chosen):
        return None  # offscreen, vnc, eglfs…: the user chose; Qt's own messages apply
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        return (
            "no display: DISPLAY and WAYLAND_DISPLAY are not set, so there is nowhere to open a window. "
            "Start Hearth from a desktop session, or use `hearth chat` in a terminal."
        )
    problems = []
    for platform in chosen or _qt_default_platforms():  # Qt tries these in order
        problem = _wayland_problem() if platform.startswith("wayland") else _x11_problem()
        if problem is None:
            problem = _library_problem(platform)
        if problem is None:
            return None
        problems.append(problem)
    return problems[0]


def _qt_default_platforms() -> list[str]:
    """Qt 6 opens Wayland first in a Wayland session, falling back to X11 (XWayland)."""
    return ["wayland", "xcb"] if os.environ.get("XDG_SESSION_TYPE") == "wayland" else ["xcb"]


def _x11_problem() -> str | None:
    display = os.environ.get("DISPLAY", "")
    if not display:
        return "no X display: DISPLAY is not set (for a Wayland session, set QT_QPA_PLATFORM=wayland)."
    if not x_server_answers(display):
        return (
            f"cannot reach the X display {display!r}: no X server answers there. "
            "Check DISPLAY, or use `hearth chat` in a terminal."
        )
    return None


def _wayland_problem() -> str | None:
    name = os.environ.get("WAYLAND_DISPLAY", "wayland-0")
    path = Path(name) if name.startswith("/") else Path(os.environ.get("XDG_RUNTIME_DIR", "/nonexistent")) / name
    if not _unix_socket_answers(str(path)):
        return f"cannot reach the Wayland display {name!r} (no compositor answers at {path})."
    return None


def _library_problem(platform: str) -> str | None:
    missing = missing_libraries(qt_plugin(PLUGINS[platform]))
    if not missing:
        return None
    kind = "X11" if platform == "xcb" else "Wayland"
    return (
        f"Qt cannot open a window: its {kind} plugin needs system libraries that are not installed: "
        f"{', '.join(missing)}. Install them with: {PACKAGES_HINT}"
    )


def x_server_answers(display: str) -> bool:
    """Whether an X server accepts a connection for DISPLAY (local socket or TCP)."""
    host, _, rest = display.rpartition(":")
    number = rest.split(".")[0]
    if not number.isdigit():
        return False
    if host in ("", "unix"):
        path = f"/tmp/.X11-unix/X{number}"
        return _unix_socket_answers("\0" + path) or _unix_socket_answers(path)  # abstract first, as Xlib
    try:
        with socket.create_connection((host, 6000 + int(number)), timeout=2):
            return True
    except OSError:
        return False


def _unix_socket_answers(address: str) -> bool:
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(2)
            sock.connect(address)
        return True
    except OSError:
        return False


def qt_plugin(relative: str) -> Path | None:
    try:
        import PySide6
    except ImportError:
        return None
    path = Path(PySide6.__file__).parent / "Qt" / "plugins" / relative
    return path if path.exists() else None


def missing_libraries(library: Path | None) -> list[str]:
    """Shared libraries ``library`` needs that the dynamic loader cannot find (via ldd)."""
    if library is None:
        return []
    try:
        out = subprocess.run(["ldd", str(library)], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.TimeoutExpired):
        return []  # no ldd: let Qt try
    return sorted({line.split()[0] for line in out.splitlines() if "not found" in line})
