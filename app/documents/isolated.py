"""Read a document in a child process: a hostile file costs a process, never the app. Qt-free.

    doc = read_document(path, cancel=event, progress=fn, password=None)   # Extracted, or DocumentError
    shots = read_page_images(path, out_dir, ...)                           # a scanned PDF's pages as PNGs

The libraries (pypdf, python-docx, python-pptx, openpyxl) are checked between pages and rows by
limits.Budget, but one call inside them (one page's extract_text) can run for hours or take
gigabytes on a file of a few kilobytes. So PDF and Office files are read in a child (child.py),
bounded from both sides: inside it RLIMIT_AS (Linux) and RLIMIT_CPU; from here a wall-clock
deadline, its resident memory (the macOS guard) and the user's cancel, each of which kills the
child's whole process group. Text and tables are read here: they are streamed row by row.
"""

from __future__ import annotations

import json
import logging
import os
import select
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .extract import Extracted, document_format, extract
from .limits import MAX_SECONDS, Cancelled, DocumentError, NoTextLayer, PasswordNeeded, Progress, too_slow
from .pdf import MAX_PAGE_IMAGES, PageImages

OUT_OF_MEMORY_EXIT = 3  # child.py's exit status when even its answer could not be written

log = logging.getLogger(__name__)
CHILD_FLAG = "--document-child"  # argv of a packaged app started as the reader (it has no `python -m`)
ISOLATED_FORMATS = frozenset({"pdf", "docx", "pptx", "xlsx"})
POLL_S = 0.05
READ_CHUNK = 1 << 16
MAX_ANSWER_BYTES = 64 * 2**20  # MAX_CHARS of text as UTF-8 JSON is at most about 24 MB


@dataclass(frozen=True)
class ChildLimits:
    memory_mb: int = 1024  # address space: a 100 MB PDF and its 2,000,000 characters fit well inside
    seconds: float = MAX_SECONDS + 5  # wall clock after start-up (the Budget's own deadline comes first)
    start_s: float = 60.0  # start-up on a busy machine: a deadline, never a measurement


def read_document(
    path: Path,
    cancel: threading.Event | None = None,
    progress: Progress | None = None,
    password: str | None = None,
    limits: ChildLimits | None = None,
) -> Extracted:
    """The document's text (extract.extract), PDF and Office files read in a bounded child."""
    if document_format(path) not in ISOLATED_FORMATS:
        return extract(path, cancel, progress, password)
    answer = _run_child({"op": "text", "path": str(path), "password": password}, path, cancel, progress, limits)
    return Extracted(str(answer["text"]), str(answer["unit"]), int(answer["count"]))


def read_page_images(
    path: Path,
    out_dir: Path,
    cancel: threading.Event | None = None,
    progress: Progress | None = None,
    password: str | None = None,
    max_pages: int = MAX_PAGE_IMAGES,
    limits: ChildLimits | None = None,
) -> PageImages:
    """A scanned PDF's first pages as PNG files in ``out_dir`` (their pictures are decoded in the child)."""
    request = {"op": "pages", "path": str(path), "password": password, "out": str(out_dir), "max_pages": max_pages}
    answer = _run_child(request, path, cancel, progress, limits)
    files = [Path(f) for f in answer["files"]]
    if any(f.parent != out_dir for f in files):  # only the pictures it was asked for are attached
        raise _crashed(path.name)
    return PageImages(files, int(answer["pages"]), int(answer["left_out"]))


def child_command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, CHILD_FLAG]
    return [sys.executable, "-m", "app.documents.child"]


def _run_child(
    request: dict[str, Any],
    path: Path,
    cancel: threading.Event | None,
    progress: Progress | None,
    limits: ChildLimits | None,
) -> dict[str, Any]:
    limits = limits or ChildLimits()
    request = {**request, "memory_mb": limits.memory_mb, "cpu_s": limits.seconds}
    package_root = Path(__file__).resolve().parent.parent.parent  # `-m app.documents.child` is found from here
    single_thread = dict.fromkeys(("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"), "1")
    with tempfile.TemporaryFile() as errors:
        try:
            proc = subprocess.Popen(
                child_command(),
                cwd=package_root,
                env={**os.environ, **single_thread, "PYTHONIOENCODING": "utf-8"},
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=errors,
                start_new_session=True,  # its own process group: killing it kills anything it started
            )
        except OSError as exc:
            raise DocumentError(f"Hearth could not start its document reader for “{path.name}” ({exc}).") from exc
        try:
            assert proc.stdin is not None and proc.stdout is not None
            proc.stdin.write(json.dumps(request).encode() + b"\n")
            proc.stdin.close()
            answer = _Reader(proc, path.name, limits, cancel, progress).answer()
        except DocumentError:
            if proc.poll() not in (None, 0, -signal.SIGKILL):  # it died on its own: keep its last words
                errors.seek(max(0, errors.seek(0, os.SEEK_END) - 2000))
                log.warning(
                    "document reader exited with %s: %s", proc.returncode, errors.read().decode(errors="replace")
                )
            raise
        finally:
            _kill(proc)
    return _raise_for(answer, path.name, limits)


class _Reader:
    """Reads the child's JSON lines until its answer, within the deadlines, memory and cancel."""

    def __init__(
        self,
        proc: subprocess.Popen[bytes],
        name: str,
        limits: ChildLimits,
        cancel: threading.Event | None,
        progress: Progress | None,
    ) -> None:
        self.proc, self.name, self.limits, self.cancel, self.progress = proc, name, limits, cancel, progress
        self.buffer = bytearray()
        self.deadline = time.monotonic() + limits.start_s

    def answer(self) -> dict[str, Any]:
        assert self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        while True:
            if self.cancel is not None and self.cancel.is_set():
                raise Cancelled(f"Reading “{self.name}” was cancelled.")
            if time.monotonic() > self.deadline:
                raise too_slow(self.name, self.limits.seconds)
            if _resident_mb(self.proc.pid) > self.limits.memory_mb:
                raise _out_of_memory(self.name, self.limits.memory_mb)
            ready, _, _ = select.select([fd], [], [], POLL_S)
            if not ready:
                continue
            chunk = os.read(fd, READ_CHUNK)
            if not chunk:
                return self._ended()
            searched = len(self.buffer)  # a long answer arrives in many chunks: each is searched once
            self.buffer += chunk
            if len(self.buffer) > MAX_ANSWER_BYTES:
                raise _crashed(self.name)
            while (end := self.buffer.find(b"\n", searched)) >= 0:
                line = bytes(self.buffer[:end])
                del self.buffer[: end + 1]
                searched = 0
                message = json.loads(line)
                if message.get("ready"):
                    self.deadline = time.monotonic() + self.limits.seconds
                elif "progress" in message:
                    if self.progress is not None:
                        self.progress(float(message["progress"]), str(message["step"]))
                else:
                    return dict(message)

    def _ended(self) -> dict[str, Any]:
        """The pipe closed without an answer: the child died (a limit, a crash)."""
        code = self.proc.wait()
        if code == -signal.SIGXCPU:  # RLIMIT_CPU
            raise too_slow(self.name, self.limits.seconds)
        if code in (OUT_OF_MEMORY_EXIT, -signal.SIGKILL):  # SIGKILL: the kernel's out-of-memory killer
            raise _out_of_memory(self.name, self.limits.memory_mb)
        raise _crashed(self.name)


def _raise_for(answer: dict[str, Any], name: str, limits: ChildLimits) -> dict[str, Any]:
    if "error" not in answer:
        return answer
    kind = answer.get("kind")
    if kind == "memory":
        raise _out_of_memory(name, limits.memory_mb)
    if kind == "password":
        raise PasswordNeeded(str(answer["error"]), bool(answer.get("wrong")))
    if kind == "scanned":
        raise NoTextLayer(str(answer["error"]), int(answer["pages"]))
    raise DocumentError(str(answer["error"]))


def _out_of_memory(name: str, memory_mb: int) -> DocumentError:
    return DocumentError(
        f"“{name}” needed more than {memory_mb:,} MB of memory to read; it was given up (it may be damaged or "
        "made to do harm)."
    )


def _crashed(name: str) -> DocumentError:
    return DocumentError(
        f"The document reader stopped unexpectedly while reading “{name}” (it may be damaged or made to do harm)."
    )


def _resident_mb(pid: int) -> float:
    from sandbox.watch import resident_mb

    return resident_mb(pid)


def _kill(proc: subprocess.Popen[bytes]) -> None:
    """The child and anything it started; then reap it, so no zombie is left."""
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            proc.kill()
    proc.wait()
    if proc.stdout is not None:
        proc.stdout.close()
