"""Before Qt opens a window on Linux: is there a display, and can Qt's plugin for it load?

Without either, Qt aborts the process (exit 134) with a hint about libxcb-cursor0 that
misleads on a machine with no display at all. These checks say what is really wrong.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PACKAGES_HINT = "sudo apt-get install $(cat packaging/debian-packages.txt)  (see the README)"


def display_problem() -> str | None:
    """A sentence for the user when the window cannot open here, else None."""
    if not sys.platform.startswith("linux"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith(("xcb", "wayland")):
        return None  # offscreen, vnc, eglfs…: the user chose; Qt's own messages apply
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        return (
            "no display: DISPLAY and WAYLAND_DISPLAY are not set, so there is nowhere to open a window. "
            "Start Hearth from a desktop session, or use `hearth chat` in a terminal."
        )
    if platform.startswith("wayland") or (not platform and not os.environ.get("DISPLAY")):
        return None  # Wayland-only session: Qt reports its own plugin problems clearly enough
    missing = missing_libraries(qt_plugin("platforms/libqxcb.so"))
    if missing:
        return (
            "Qt cannot open a window: its X11 plugin needs system libraries that are not installed: "
            f"{', '.join(missing)}. Install them with: {PACKAGES_HINT}"
        )
    return None


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
