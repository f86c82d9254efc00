"""`hearth projects`: folders and files a chat reads as its knowledge (app/documents/projects.py).

hearth projects list
hearth projects add Plant ~/Manuals ~/notes.md     # creates the project if it is new
hearth projects index Plant                         # new and changed files; Ctrl-C stops, what is done stays
hearth projects search Plant "coolant pump service"

Projects live in the window's history database, so the window and `hearth chat --project` see them.
"""

from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from ..paths import data_dir

if TYPE_CHECKING:
    from ..documents.projects import IndexReport, Project, Projects


def add_projects_parser(sub: argparse._SubParsersAction) -> None:
    projects = sub.add_parser("projects", help="folders and files chats can read as their knowledge")
    psub = projects.add_subparsers(dest="action", required=True)
    psub.add_parser("list", help="the projects, their folders and how many files are indexed")
    add = psub.add_parser("add", help="add folders or files to a project (created if new)")
    add.add_argument("name")
    add.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    index = psub.add_parser("index", help="read the project's new and changed files (the others are kept)")
    index.add_argument("name")
    index.add_argument("--retry-failed", action="store_true", help="try again the files that could not be read")
    search = psub.add_parser("search", help="the passages of a project that best match a question")
    search.add_argument("name")
    search.add_argument("query", nargs="+")
    search.add_argument("--limit", type=int, default=10)


def run_projects(args: argparse.Namespace) -> int:
    from ..documents.limits import Cancelled
    from ..documents.projects import ProjectError, open_projects

    projects = open_projects(data_dir() / "history.db")
    try:
        if args.action == "list":
            return _list(projects, sys.stdout)
        if args.action == "add":
            missing = [str(p) for p in args.paths if not p.exists()]
            if missing:
                print(f"hearth: not found: {', '.join(missing)}", file=sys.stderr)
                return 2
            grown = projects.add_paths(projects.get(args.name) or projects.create(args.name), args.paths)
            print(
                f"{grown.name}: {len(grown.paths)} folder(s) and file(s); read them: hearth projects index {grown.name!r}"
            )
            return 0
        project = projects.get(args.name)
        if project is None:
            names = ", ".join(p.name for p in projects.all()) or "none yet"
            print(f"hearth: no project named {args.name!r} (projects: {names})", file=sys.stderr)
            return 2
        if args.action == "index":
            try:
                return index_with_progress(projects.file, project, args.retry_failed)
            except Cancelled:
                print("\n(stopped: what was indexed is kept; run it again to go on)", file=sys.stderr)
                return 130
        hits = projects.search(project, " ".join(args.query), limit=args.limit)
        for n, h in enumerate(hits, 1):
            where = f", {h.hit.passage.where}" if h.hit.passage.where else ""
            snippet = " ".join(h.hit.passage.text.split())
            print(f"{n}. {h.name}{where}: {snippet[:200]}{'…' if len(snippet) > 200 else ''}")
        if not hits:
            print("(nothing found)", file=sys.stderr)
        return 0
    except ProjectError as exc:
        print(f"hearth: {exc}", file=sys.stderr)
        return 1
    finally:
        projects.db.close()


def _list(projects: Projects, out: TextIO) -> int:
    for project in projects.all():
        files = projects.files(project)
        failed = sum(1 for f in files if f.error)
        print(f"{project.name}  ({len(files) - failed} document(s) indexed, {failed} could not be read)", file=out)
        for path in project.paths:
            print(f"    {path}", file=out)
    if not projects.all():
        print("(no projects yet: hearth projects add NAME FOLDER)", file=sys.stderr)
    return 0


def index_with_progress(db_path: Path, project: Project, retry_failed: bool = False, out: TextIO | None = None) -> int:
    """Index on a worker thread (its own connection) with a progress line on stderr; Ctrl-C
    cancels at the next file or batch of passages, keeping what was indexed."""
    from ..documents.projects import index_apart
    from .cli_models import terminal_progress

    cancel = threading.Event()
    result: list[IndexReport | BaseException] = []

    def work() -> None:
        try:
            result.append(index_apart(db_path, project, cancel, terminal_progress(), retry_failed))
        except BaseException as exc:  # handed to the main thread
            result.append(exc)

    thread = threading.Thread(target=work, name="hearth-index", daemon=True)
    thread.start()
    try:
        while thread.is_alive():
            thread.join(0.2)
    except KeyboardInterrupt:
        cancel.set()
        thread.join()
    if isinstance(result[0], BaseException):
        raise result[0]
    report = result[0]
    _report(project, report, out or sys.stdout)
    return 0


def _report(project: Project, report: IndexReport, out: TextIO) -> None:
    print(
        f"{project.name}: {len(report.indexed)} read, {report.unchanged} unchanged, {report.removed} removed, "
        f"{len(report.failed)} could not be read",
        file=out,
    )
    for name, why in report.failed:
        print(f"  ✗ {name}: {why}", file=out)
    scan = report.scan
    for path, why in scan.left_out:
        print(f"  left out {path}: {why}", file=out)
    if scan.over_cap:
        print(f"  left out {scan.over_cap} more document(s): a project reads at most {len(scan.files)}", file=out)
    for path in scan.missing:
        print(f"  not found: {path}", file=out)
