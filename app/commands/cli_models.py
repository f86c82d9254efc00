"""`hearth models list|import|rm`."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from ..model_refs import library
from ..remote_models import remote_models, remove_remote


def terminal_progress(stream: TextIO | None = None) -> Callable[[float, str], None]:
    """A progress callback drawing one updating line (throttled to ~10 updates/s)."""
    stream = stream or sys.stderr
    last = [0.0]
    tty = stream.isatty()

    def report(fraction: float, message: str) -> None:
        now = time.monotonic()
        if fraction < 1.0 and now - last[0] < (0.1 if tty else 2.0):
            return
        last[0] = now
        if tty:
            end = "\n" if fraction >= 1.0 else ""
            stream.write(f"\r\033[K{fraction * 100:5.1f}%  {message}{end}")
        else:
            stream.write(f"{fraction * 100:5.1f}%  {message}\n")
        stream.flush()

    return report


def _size(n: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} GB"


def run_models(args: argparse.Namespace) -> int:
    lib = library()
    if args.action == "list":
        entries = lib.entries()
        if not entries:
            print(f"No models yet in {lib.root}. The bundled one appears after its first use.")
        for e in entries:
            kinds = "+".join(sorted(e.modalities)) if e.modalities else "-"
            status = f"BROKEN: {e.problem}" if e.problem else f"{e.model_type} [{kinds}]"
            print(f"{e.name:32} {_size(e.size_bytes):>9}  {status}")
        for r in remote_models():
            kinds = "+".join(("text", *r.modalities))
            print(f"{r.name:32} {'remote':>9}  {r.model} at {r.base_url} [{kinds}]")
        return 0
    if args.action == "add-remote":
        from .cli_remote import add_remote_cli

        return add_remote_cli(args)
    if args.action == "import":
        path = lib.import_model(Path(args.source), args.name, dtype=args.dtype, progress=terminal_progress())
        print(f"Imported as '{path.name}' ({path})")
        return 0
    if remove_remote(args.name):
        print(f"Forgot the remote model '{args.name}' (and its API key).")
        return 0
    lib.remove(args.name)
    print(f"Removed '{args.name}'.")
    return 0
