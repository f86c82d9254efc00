"""Projects: folders and files a chat or a preset reads as its knowledge. Qt-free.

projects = Projects(store.db)
project = projects.create("Plant", ["/Users/me/Manuals"])
report = projects.index(project, cancel=event, progress=fn)   # new and changed files only
projects.search(project, "coolant pump service")               # BM25 over the project's passages
projects.documents(project)                                    # {sha256: shown name}, for retrieval

Kept in the history database beside the passages they index (migration m009), not in a JSON
file: which files a project holds and the passages they were cut into change together, in
one transaction, and the start-up sweep of unused passages (passages.forget) must see which
documents projects still use. A document's passages are keyed by its SHA-256, shared with
attachments: a file attached to a chat and found in a project is indexed once.

Re-indexing compares each file's (size, mtime) with what was indexed; only new and changed
files are read. A file gone from the folders leaves the project, and its passages go when
no project file and no attachment uses them any more. A file that cannot be read is kept
with its reason (and not read again until it changes, or the user asks).
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from . import passages
from .isolated import read_document
from .limits import Cancelled, DocumentError
from .scan import MAX_FILES, Found, Scan, scan

MAX_NAME_CHARS = 60
MAX_PATHS = 200  # folders and files named in one project
STALE_CHECK_S = 0.5  # the walk made before a reply, on the thread that sends it; a longer one is left to re-indexing
_indexing: dict[int, threading.Lock] = {}  # one re-index at a time per project in this process
_indexing_guard = threading.Lock()
Progress = Callable[[float, str], None]


class ProjectError(ValueError):
    """A project name or path that cannot be used; the message says why."""


@dataclass(frozen=True)
class Project:
    id: int
    name: str
    paths: tuple[str, ...]


@dataclass(frozen=True)
class ProjectFile:
    path: str
    name: str  # as shown: under the project folder it was found in
    size: int
    mtime_ns: int
    sha256: str | None  # None: it could not be read
    error: str | None


@dataclass
class IndexReport:
    indexed: list[str] = field(default_factory=list)  # shown names read (again) this time
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (shown name, why)
    removed: int = 0  # files gone from the folders
    scan: Scan = field(default_factory=Scan)


@dataclass(frozen=True)
class ProjectHit:
    name: str  # the document, as shown
    path: str
    hit: passages.Hit


def check_name(name: object) -> str:
    if not isinstance(name, str) or not name.strip() or len(name) > MAX_NAME_CHARS or not name.isprintable():
        raise ProjectError(f"A project needs a name of 1 to {MAX_NAME_CHARS} printable characters.")
    return name.strip()


class Projects:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    @property
    def file(self) -> Path:
        """The database file, for a worker thread's own connection (passages.open_for_indexing)."""
        return Path(self.db.execute("PRAGMA database_list").fetchone()[2])

    # ---- the list --------------------------------------------------------------------------

    def all(self) -> list[Project]:
        rows = self.db.execute("SELECT id, name FROM projects ORDER BY name COLLATE NOCASE").fetchall()
        return [Project(int(i), str(n), self._paths(int(i))) for i, n in rows]

    def get(self, name: str | None) -> Project | None:
        if not name:
            return None
        row = self.db.execute("SELECT id, name FROM projects WHERE name=?", (name,)).fetchone()
        return Project(int(row[0]), str(row[1]), self._paths(int(row[0]))) if row else None

    def create(self, name: str, paths: Iterable[str | Path] = ()) -> Project:
        name = check_name(name)
        if self.get(name) is not None:
            raise ProjectError(f"There is already a project named “{name}”.")
        with self.db:
            cur = self.db.execute("INSERT INTO projects(name, created_at) VALUES (?, ?)", (name, time.time()))
        project = Project(int(cur.lastrowid or 0), name, ())
        return self.add_paths(project, paths)

    def rename(self, project: Project, name: str) -> Project:
        """Chats that use it follow the new name (presets name it themselves and keep the old one)."""
        name = check_name(name)
        if name != project.name and self.get(name) is not None:
            raise ProjectError(f"There is already a project named “{name}”.")
        with self.db:
            self.db.execute("UPDATE projects SET name=? WHERE id=?", (name, project.id))
            self.db.execute("UPDATE conversations SET project=? WHERE project=?", (name, project.name))
        return Project(project.id, name, project.paths)

    def delete(self, project: Project) -> None:
        with self.db:
            shas = self._shas(project.id)
            self.db.execute("DELETE FROM project_files WHERE project_id=?", (project.id,))
            self.db.execute("DELETE FROM project_paths WHERE project_id=?", (project.id,))
            self.db.execute("DELETE FROM projects WHERE id=?", (project.id,))
            self.db.execute("UPDATE conversations SET project=NULL WHERE project=?", (project.name,))
        self._drop_unused(shas)

    def add_paths(self, project: Project, paths: Iterable[str | Path]) -> Project:
        """Folders and files (absolute); they are read at the next ``index``."""
        new = [str(Path(p).expanduser().absolute()) for p in paths]
        if len(set(project.paths) | set(new)) > MAX_PATHS:
            raise ProjectError(f"A project can name at most {MAX_PATHS} folders and files.")
        with self.db:
            self.db.executemany(
                "INSERT OR IGNORE INTO project_paths(project_id, path) VALUES (?, ?)", [(project.id, p) for p in new]
            )
        return Project(project.id, project.name, self._paths(project.id))

    def remove_path(self, project: Project, path: str) -> Project:
        """The folder or file leaves the project; its documents go at the next ``index``."""
        with self.db:
            self.db.execute("DELETE FROM project_paths WHERE project_id=? AND path=?", (project.id, path))
        return Project(project.id, project.name, self._paths(project.id))

    def files(self, project: Project) -> list[ProjectFile]:
        rows = self.db.execute(
            "SELECT path, name, size, mtime_ns, sha256, error FROM project_files WHERE project_id=? ORDER BY name",
            (project.id,),
        )
        return [ProjectFile(str(r[0]), str(r[1]), int(r[2]), int(r[3]), r[4], r[5]) for r in rows]

    def documents(self, project: Project) -> dict[str, str]:
        """{sha256: shown name} of its indexed documents (one name for a document found twice)."""
        rows = self.db.execute(
            "SELECT sha256, MIN(name) FROM project_files WHERE project_id=? AND sha256 IS NOT NULL GROUP BY sha256",
            (project.id,),
        )
        return {str(s): str(n) for s, n in rows}

    def used_documents(self) -> set[str]:
        """Every SHA-256 a project uses (the start-up sweep keeps their passages)."""
        return {str(s) for (s,) in self.db.execute("SELECT DISTINCT sha256 FROM project_files WHERE sha256 NOT NULL")}

    # ---- indexing --------------------------------------------------------------------------

    def stale(self, project: Project, max_files: int = MAX_FILES, max_seconds: float | None = STALE_CHECK_S) -> int:
        """How many files are new, changed or gone since the last ``index`` (a walk and a stat
        each). A walk that takes longer than ``max_seconds`` (a huge folder) stops there and
        counts at least 1: re-indexing, which has no such limit, then looks at the rest."""
        known = {f.path: (f.size, f.mtime_ns) for f in self.files(project)}
        walked = scan(project.paths, max_files, max_seconds)
        changed = sum(1 for f in walked.files if known.get(f.path) != (f.size, f.mtime_ns))
        if walked.incomplete:
            return max(changed, 1)
        return changed + len(_gone(set(known), walked))

    def index(
        self,
        project: Project,
        cancel: threading.Event | None = None,
        progress: Progress | None = None,
        retry_failed: bool = False,
        max_files: int = MAX_FILES,
    ) -> IndexReport:
        """Read the project's new and changed files, drop the ones gone. Runs on a worker thread
        with a connection of its own (passages.open_for_indexing). Cancelled: what was indexed
        stays indexed, the rest is read next time."""
        report = IndexReport(scan=scan(project.paths, max_files))
        known = {f.path: f for f in self.files(project)}
        todo = [
            f
            for f in report.scan.files
            if (old := known.get(f.path)) is None
            or (old.size, old.mtime_ns) != (f.size, f.mtime_ns)
            or (retry_failed and old.error is not None)
        ]
        report.unchanged = len(report.scan.files) - len(todo)
        for done, f in enumerate(todo):
            if cancel is not None and cancel.is_set():
                raise Cancelled("Indexing was cancelled.")
            if progress is not None:
                progress(done / len(todo), f"{done + 1}/{len(todo)} {f.name}")
            error = self._index_file(project, f, cancel)
            if error is None:
                report.indexed.append(f.name)
            else:
                report.failed.append((f.name, error))
        gone = _gone(set(known), report.scan)
        report.removed = len(gone)
        self._forget_files(project, gone)
        report.failed += [(f.name, f.error) for f in self.files(project) if f.error and f.name not in report.indexed]
        report.failed = list(dict.fromkeys(report.failed))
        if progress is not None:
            progress(1.0, "")
        return report

    def _index_file(self, project: Project, f: Found, cancel: threading.Event | None) -> str | None:
        """Index one file (its passages only if no other file or attachment has); None or why not."""
        old = self.db.execute(
            "SELECT sha256 FROM project_files WHERE project_id=? AND path=?", (project.id, f.path)
        ).fetchone()
        sha: str | None = None
        error: str | None = None
        try:
            sha = _sha256(Path(f.path), cancel)
            if not passages.is_indexed(self.db, sha):
                # PDF and Office files in the bounded reader process, as attachments are.
                extracted = read_document(Path(f.path), cancel=cancel)
                passages.index(self.db, sha, extracted.text, extracted.unit, cancel)
        except Cancelled:
            raise
        except DocumentError as exc:
            sha, error = None, str(exc)
        except OSError as exc:
            sha, error = None, f"“{Path(f.path).name}” cannot be read ({exc.strerror or exc})."
        except Exception as exc:  # a reader's own bug: this file is listed as failed, the others go on
            sha, error = None, f"“{Path(f.path).name}” could not be read ({type(exc).__name__}: {exc})."
        with self.db:
            self.db.execute(
                "INSERT OR REPLACE INTO project_files(project_id, path, name, size, mtime_ns, sha256, error) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (project.id, f.path, f.name, f.size, f.mtime_ns, sha, error),
            )
        if old and old[0] and old[0] != sha:
            self._drop_unused({str(old[0])})
        return error

    def _forget_files(self, project: Project, paths: set[str]) -> None:
        shas: set[str] = set()
        with self.db:
            for path in paths:
                row = self.db.execute(
                    "SELECT sha256 FROM project_files WHERE project_id=? AND path=?", (project.id, path)
                ).fetchone()
                if row and row[0]:
                    shas.add(str(row[0]))
                self.db.execute("DELETE FROM project_files WHERE project_id=? AND path=?", (project.id, path))
        self._drop_unused(shas)

    def _drop_unused(self, shas: set[str]) -> None:
        """Drop the passages of documents no project file and no attachment uses any more."""
        with self.db:
            for sha in shas:
                used = self.db.execute(
                    "SELECT 1 FROM project_files WHERE sha256=? UNION ALL SELECT 1 FROM attachments WHERE sha256=? "
                    "LIMIT 1",
                    (sha, sha),
                ).fetchone()
                if used is None:
                    self.db.execute("DELETE FROM document_passages WHERE sha256=?", (sha,))
                    self.db.execute("DELETE FROM indexed_documents WHERE sha256=?", (sha,))

    # ---- searching -------------------------------------------------------------------------

    def search(self, project: Project, question: str, limit: int = 20) -> list[ProjectHit]:
        """The passages of the project that best match ``question``, best first."""
        names = self.documents(project)
        paths = dict(
            self.db.execute(
                "SELECT sha256, MIN(path) FROM project_files WHERE project_id=? AND sha256 NOT NULL GROUP BY sha256",
                (project.id,),
            ).fetchall()
        )
        return [
            ProjectHit(names[h.sha256], str(paths[h.sha256]), h)
            for h in passages.search(self.db, names, question, limit)
        ]

    def _paths(self, project_id: int) -> tuple[str, ...]:
        rows = self.db.execute("SELECT path FROM project_paths WHERE project_id=? ORDER BY path", (project_id,))
        return tuple(str(p) for (p,) in rows)

    def _shas(self, project_id: int) -> set[str]:
        rows = self.db.execute("SELECT sha256 FROM project_files WHERE project_id=? AND sha256 NOT NULL", (project_id,))
        return {str(s) for (s,) in rows}


def open_projects(history: Path) -> Projects:
    """The projects of the history database at ``history``, for a command run beside the window:
    a connection of its own, not a HistoryStore (opening one marks the window's streaming reply
    as interrupted). Creates the file, or adds the tables, if the window never did."""
    from app.store.migrations import migrate

    history.parent.mkdir(parents=True, exist_ok=True)
    db = passages.open_for_indexing(history)
    db.execute("PRAGMA foreign_keys=ON")
    migrate(db)
    return Projects(db)


def index_apart(
    db_path: Path,
    project: Project,
    cancel: threading.Event | None = None,
    progress: Progress | None = None,
    retry_failed: bool = False,
) -> IndexReport:
    """``Projects.index`` on a connection of its own, for the worker thread this is called on.
    A second re-index of the same project (the dialog's and the chat's) waits for the first,
    then finds the files read: two at once would index the same document twice."""
    with _indexing_guard:
        lock = _indexing.setdefault(project.id, threading.Lock())
    with lock:
        db = passages.open_for_indexing(db_path)
        try:
            return Projects(db).index(project, cancel, progress, retry_failed)
        finally:
            db.close()


def _gone(known: set[str], walked: Scan) -> set[str]:
    """Files indexed before that the walk did not find. Not those under a folder that is missing
    altogether (an external drive unplugged): they come back with it, and are not read again."""
    roots = tuple(m.rstrip(os.sep) + os.sep for m in walked.missing)
    return {p for p in known - {f.path for f in walked.files} if p not in walked.missing and not p.startswith(roots)}


def _sha256(path: Path, cancel: threading.Event | None) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(1 << 20):
            if cancel is not None and cancel.is_set():
                raise Cancelled("Indexing was cancelled.")
            digest.update(block)
    return digest.hexdigest()
