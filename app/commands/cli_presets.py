"""`hearth presets`: list the presets, export them to a JSON file, import one."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..paths import data_dir


def add_presets_parser(sub: argparse._SubParsersAction) -> None:
    presets = sub.add_parser("presets", help="list, export or import presets (assistants)")
    psub = presets.add_subparsers(dest="action", required=True)
    psub.add_parser("list", help="the built-in presets and yours")
    exp = psub.add_parser("export", help="write presets to a JSON file")
    exp.add_argument("file", type=Path)
    exp.add_argument("names", nargs="*", help="presets to export (all of yours if none)")
    imp = psub.add_parser("import", help="add the presets in a JSON file (yours or another app's export)")
    imp.add_argument("file", type=Path)


def run_presets(args: argparse.Namespace) -> int:
    from ..presets import PresetError, PresetLibrary  # after the BLAS re-exec: it imports the runtime

    library = PresetLibrary(data_dir() / "presets.json")
    if library.problem:
        print(f"hearth: {library.problem}", file=sys.stderr)
        return 1
    try:
        if args.action == "list":
            for preset in library.all():
                kind = "built-in" if preset.builtin else "yours"
                print(f"{preset.name}  ({kind}){'  model: ' + preset.model if preset.model else ''}")
        elif args.action == "export":
            names = args.names or [p.name for p in library.all() if not p.builtin]
            if unknown := [n for n in names if library.get(n) is None]:
                print(f"hearth: no preset named {', '.join(repr(n) for n in unknown)}", file=sys.stderr)
                return 2
            library.export(names, args.file)
            print(f"{len(names)} preset(s) written to {args.file}")
        else:
            added = library.import_file(args.file)
            print("Added: " + (", ".join(p.name for p in added) or "nothing"))
    except (PresetError, OSError) as exc:
        print(f"hearth: {exc}", file=sys.stderr)
        return 1
    return 0
