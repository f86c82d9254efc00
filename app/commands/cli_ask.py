"""`hearth ask`: show the quick-ask window of the running Hearth, or start Hearth with it.

Bind it to a keyboard shortcut in the desktop's settings (GNOME: Settings → Keyboard → Custom
Shortcuts; KDE: System Settings → Shortcuts); on macOS Hearth registers ⌥Space itself."""

from __future__ import annotations

import argparse


def add_ask_parser(sub: argparse._SubParsersAction) -> None:
    sub.add_parser("ask", help="open the quick-ask window (starts Hearth if it is not running)")


def run_ask(_args: argparse.Namespace) -> int:
    from app.ui.instance_socket import summon

    if summon():
        return 0
    from app.main import run_app

    return run_app(quick_ask=True)
