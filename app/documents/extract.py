"""Which files are documents, and turning one into the text a model reads."""

from __future__ import annotations

import csv
import html.parser
import threading
from dataclasses import dataclass
from pathlib import Path

from runtime import check_regular

from .limits import MAX_CHARS, MAX_FILE_BYTES, Budget, DocumentError, Progress
from .office import read_docx, read_pptx, read_xlsx, table_text
from .pdf import read_pdf

CODE = (".py", ".js", ".ts", ".tsx", ".jsx", ".java", ".c", ".h", ".cc", ".cpp", ".hpp", ".cs", ".go", ".rs",
        ".rb", ".php", ".swift", ".kt", ".m", ".scala", ".sh", ".bash", ".zsh", ".sql", ".r", ".lua", ".pl",
        ".css", ".scss", ".yaml", ".yml", ".toml", ".ini", ".cfg", ".xml", ".ipynb", ".tex", ".rst", ".log")  # fmt: skip
DOCUMENT_EXTENSIONS: dict[str, str] = {
    ".pdf": "pdf", ".docx": "docx", ".pptx": "pptx", ".xlsx": "xlsx", ".xlsm": "xlsx",
    ".csv": "csv", ".tsv": "tsv", ".md": "text", ".markdown": "text", ".txt": "text",
    ".html": "html", ".htm": "html", ".json": "json", **dict.fromkeys(CODE, "code"),
}  # fmt: skip
# Files run_python may read (read-only, under data/<name>) when they are attached to the chat.
DATA_EXTENSIONS = frozenset({".csv", ".tsv", ".xlsx", ".xlsm", ".json"})
MAX_TEXT_BYTES = 4 * MAX_CHARS  # a text file larger than this holds more than MAX_CHARS characters


@dataclass(frozen=True)
class Extracted:
    text: str  # what the model reads, with structure markers
    unit: str  # "pages" | "slides" | "paragraphs" | "rows" | "lines"
    count: int  # how many of them


def is_document(path: Path) -> bool:
    return path.suffix.lower() in DOCUMENT_EXTENSIONS


def document_format(path: Path) -> str:
    """ "pdf", "docx", "csv"..., or DocumentError for a file that is not a document."""
    fmt = DOCUMENT_EXTENSIONS.get(path.suffix.lower())
    if fmt is None:
        raise DocumentError(f"“{path.name}”: this kind of document is not supported.")
    return fmt


def extract(
    path: Path,
    cancel: threading.Event | None = None,
    progress: Progress | None = None,
    password: str | None = None,
) -> Extracted:
    """The document's text, or DocumentError saying why it cannot be read (in this process:
    isolated.py runs it in a child for the formats a hostile file can make a library choke on)."""
    fmt = document_format(path)
    size = check_regular(path).st_size
    if size == 0:
        raise DocumentError(f"“{path.name}” is empty.")
    if size > MAX_FILE_BYTES:
        raise DocumentError(
            f"“{path.name}” is too large ({size / 2**20:.0f} MB; documents up to {MAX_FILE_BYTES // 2**20} MB "
            "can be read)."
        )
    budget = Budget(path.name, cancel, progress)
    if fmt == "pdf":
        text, unit, count = read_pdf(path, budget, password)
    elif fmt == "docx":
        text, unit, count = read_docx(path, budget)
    elif fmt == "pptx":
        text, unit, count = read_pptx(path, budget)
    elif fmt == "xlsx":
        text, unit, count = read_xlsx(path, budget)
    elif fmt in ("csv", "tsv"):
        text, unit, count = _read_table(path, "\t" if fmt == "tsv" else ",", budget)
    else:
        text, unit, count = _read_text(path, fmt, size, budget)
    if not text.strip():
        raise DocumentError(f"“{path.name}” has no text.")
    return Extracted(text, unit, count)


def _decode(path: Path, size: int, budget: Budget) -> str:
    if size > MAX_TEXT_BYTES:
        budget.check(MAX_CHARS + 1)  # raises the "too much text" message
    data = path.read_bytes()
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DocumentError(f"“{path.name}” is not a text file (it holds binary data).")
    for encoding in ("utf-8-sig", "utf-16") if data.startswith((b"\xff\xfe", b"\xfe\xff")) else ("utf-8-sig",):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            pass
    return data.decode("cp1252", errors="replace")  # older Windows text: readable, never refused


def _read_text(path: Path, fmt: str, size: int, budget: Budget) -> tuple[str, str, int]:
    text = _decode(path, size, budget)
    if fmt == "html":
        text = _html_text(text)
    elif fmt == "json":
        import json

        try:
            json.loads(text)
        except ValueError as exc:
            raise DocumentError(f"“{path.name}” is not valid JSON ({exc}).") from exc
    budget.check(len(text))
    return text, "lines", text.count("\n") + 1


def _read_table(path: Path, delimiter: str, budget: Budget) -> tuple[str, str, int]:
    """Streamed row by row: a 100 MB CSV is counted without holding it in memory."""
    with path.open("rb") as f:
        head = f.read(8192)
    if b"\x00" in head:
        raise DocumentError(f"“{path.name}” is not a text file (it holds binary data).")
    encoding = "utf-8-sig"
    try:
        head.decode(encoding)
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # not just a character cut at the edge of the sample
            encoding = "cp1252"  # older Windows exports: readable, never refused
    try:
        with path.open(encoding=encoding, errors="replace", newline="") as f:
            shown, count = table_text(csv.reader(f, delimiter=delimiter), delimiter, path.name, budget)
    except csv.Error as exc:
        raise DocumentError(f"“{path.name}” is not readable as a table ({exc}).") from exc
    return shown, "rows", count


class _TextOnly(html.parser.HTMLParser):
    SKIP = frozenset({"script", "style", "noscript", "template"})
    BREAKS = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self.SKIP:
            self._skipping += 1
        elif tag in self.BREAKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and self._skipping:
            self._skipping -= 1

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def _html_text(source: str) -> str:
    parser = _TextOnly()
    parser.feed(source)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)
