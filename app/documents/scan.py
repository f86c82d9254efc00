"""Which files of a project's folders are read: a walk with its limits, and what it left out. Qt-free.

Left out, and said so: a file over the size limit, a link that leads out of its folder, files
past MAX_FILES. Left out quietly (counted only): hidden files and folders (".git", ".DS_Store")
and files that are not documents (pictures, programs): a project folder is full of them and
listing each would bury the few that matter.
"""

from __future__ import annotations

import os
import stat
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .extract import is_document
from .limits import MAX_FILE_BYTES

MAX_FILES = 5_000  # documents per project: indexing them all takes minutes, not hours


@dataclass(frozen=True)
class Found:
    path: str  # absolute, as walked (links inside the folder keep their own name)
    name: str  # what sources and lists show: the path under the project folder it was found in
    size: int
    mtime_ns: int


@dataclass
class Scan:
    files: list[Found] = field(default_factory=list)
    left_out: list[tuple[str, str]] = field(default_factory=list)  # (path, why), in English
    hidden: int = 0
    other_types: int = 0
    over_cap: int = 0  # documents past MAX_FILES, not read
    missing: list[str] = field(default_factory=list)  # project paths that are gone
    incomplete: bool = False  # the walk ran out of time: ``files`` holds only what it reached


def scan(paths: Iterable[str], max_files: int = MAX_FILES, max_seconds: float | None = None) -> Scan:
    """The documents under ``paths`` (folders, walked; files, taken as they are), in a stable order.
    ``max_seconds``: stop there and say so (``incomplete``), for a check made before a reply."""
    out = Scan()
    seen: set[str] = set()
    deadline = time.monotonic() + max_seconds if max_seconds is not None else None
    for root in paths:
        top = Path(root)
        if not top.exists():
            out.missing.append(root)
            continue
        candidates = (
            _walk(top, out) if top.is_dir() else iter([(top, Path("/"), top.name)])
        )  # a file chosen itself may be a link anywhere
        for path, inside, name in candidates:
            if deadline is not None and time.monotonic() > deadline:
                out.incomplete = True
                return out
            found = _check(path, inside, name, out)
            if found is None or found.path in seen:
                continue
            if len(out.files) >= max_files:
                out.over_cap += 1
                continue
            seen.add(found.path)
            out.files.append(found)
    return out


def _walk(top: Path, out: Scan) -> Iterator[tuple[Path, Path, str]]:
    """Every file under ``top`` (not hidden), with the folder it must stay inside and its shown name.
    Linked folders are not followed: one could lead anywhere, or back up into the walk."""
    inside = top.resolve()
    for folder, dirs, files in os.walk(top, followlinks=False):
        hidden = [d for d in dirs if d.startswith(".")]
        out.hidden += len(hidden)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for file in sorted(files):
            if file.startswith("."):
                out.hidden += 1
                continue
            path = Path(folder) / file
            yield path, inside, f"{top.name}/{path.relative_to(top).as_posix()}"


def _check(path: Path, inside: Path, name: str, out: Scan) -> Found | None:
    if not is_document(path):
        out.other_types += 1
        return None
    try:
        real = path.resolve(strict=True)
        info = real.stat()
    except (OSError, RuntimeError):  # a broken link, a loop of links, a file removed meanwhile
        out.left_out.append((str(path), "it cannot be opened"))
        return None
    if path.is_symlink() and not real.is_relative_to(inside):
        out.left_out.append((str(path), "it is a link to a file outside the folder"))
        return None
    if not stat.S_ISREG(info.st_mode):
        out.left_out.append((str(path), "it is not a regular file"))
        return None
    if info.st_size > MAX_FILE_BYTES:
        out.left_out.append((str(path), f"it is larger than {MAX_FILE_BYTES // 2**20} MB"))
        return None
    return Found(str(path.absolute()), name, info.st_size, info.st_mtime_ns)
