"""How much of a document is read, and the shared checks (size, time, cancel)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from runtime import MediaError

Progress = Callable[[float, str], None]

MAX_FILE_BYTES = 100 * 2**20  # PDFs with pictures; Office and text files are far smaller
MAX_PAGES = 1_000  # PDF pages or slides: a 2,000-page PDF is refused before any page is read
MAX_CHARS = 2_000_000  # extracted text (about 500,000 tokens): past any context setting
MAX_ROWS = 1_000_000  # rows counted in a spreadsheet or CSV (the sandbox reads them all)
PROMPT_ROWS = 2_000  # rows per sheet written into the text the model reads
MAX_SHEETS = 50
MAX_UNZIPPED_BYTES = 300 * 2**20  # an Office file's parts, as their zip directory declares them
MAX_ZIP_RATIO = 100  # a part inflating more than this (when over 1 MB) is a zip bomb
MAX_ZIP_MEMBERS = 10_000
MAX_SECONDS = 60.0  # wall clock for one document


class DocumentError(MediaError):
    """A document cannot be read; the message names the file and says why."""


class Cancelled(DocumentError):
    """The user removed the attachment while it was being read."""


class PasswordNeeded(DocumentError):
    """An encrypted PDF: no password was given (``wrong`` False), or the one given does not open it."""

    def __init__(self, message: str, wrong: bool = False) -> None:
        super().__init__(message)
        self.wrong = wrong


class NoTextLayer(DocumentError):
    """Scanned pages: a PDF with no text at all; its ``pages`` can still be looked at as pictures."""

    def __init__(self, message: str, pages: int) -> None:
        super().__init__(message)
        self.pages = pages


def too_slow(name: str, seconds: float) -> DocumentError:
    return DocumentError(f"“{name}” took longer than {seconds:.0f} seconds to read; it was given up.")


@dataclass
class Budget:
    """Time, cancel and text size for one extraction; checked between pages, rows and paragraphs."""

    name: str
    cancel: threading.Event | None = None
    progress: Progress | None = None
    deadline: float = 0.0
    chars: int = 0

    def __post_init__(self) -> None:
        self.deadline = time.monotonic() + MAX_SECONDS

    def check(self, added: int = 0) -> None:
        self.chars += added
        if self.cancel is not None and self.cancel.is_set():
            raise Cancelled(f"Reading “{self.name}” was cancelled.")
        if self.chars > MAX_CHARS:
            raise DocumentError(
                f"“{self.name}” holds more than {MAX_CHARS:,} characters of text, too much to read in a chat."
            )
        if time.monotonic() > self.deadline:
            raise too_slow(self.name, MAX_SECONDS)

    def report(self, done: int, total: int) -> None:
        if self.progress is not None and total:
            self.progress(done / total, f"{done}/{total}")
