"""Word, PowerPoint and Excel files: zip parts checked before any library opens them.

An Office file is a zip of XML parts. Before python-docx, python-pptx or openpyxl see it, its
zip directory must declare a bounded total size, no part may inflate past MAX_ZIP_RATIO, and
no XML part may carry a DTD: Office never writes one, and a DTD is where entity expansion
(billion laughs) lives. The libraries' own parsers also leave entities unresolved (lxml with
resolve_entities=False; expat's amplification limit for openpyxl's sheets): a second wall.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from .limits import (
    MAX_PAGES,
    MAX_ROWS,
    MAX_SHEETS,
    MAX_UNZIPPED_BYTES,
    MAX_ZIP_MEMBERS,
    MAX_ZIP_RATIO,
    PROMPT_ROWS,
    Budget,
    DocumentError,
)

RATIO_FLOOR = 2**20  # small parts compress well (repeated XML tags); only large ones can be bombs
SCAN_CHUNK = 1 << 16
DTD_MARKERS = tuple(m.encode(enc) for m in ("<!DOCTYPE", "<!ENTITY") for enc in ("utf-8", "utf-16-le", "utf-16-be"))


def check_zip(path: Path) -> None:
    """Refuse a zip bomb, a damaged zip or a part with a DTD, before anything is parsed."""
    name = path.name
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            if len(infos) > MAX_ZIP_MEMBERS:
                raise DocumentError(f"“{name}” holds too many parts ({len(infos):,}) to be a normal document.")
            total = sum(i.file_size for i in infos)
            if total > MAX_UNZIPPED_BYTES:
                raise DocumentError(
                    f"“{name}” would unpack to {total / 2**20:,.0f} MB; documents up to "
                    f"{MAX_UNZIPPED_BYTES // 2**20} MB unpacked can be read (it may be a zip bomb)."
                )
            for info in infos:
                if info.file_size > RATIO_FLOOR and info.file_size > MAX_ZIP_RATIO * max(info.compress_size, 1):
                    raise DocumentError(
                        f"“{name}” contains a part that unpacks {info.file_size // max(info.compress_size, 1):,} "
                        "times larger than it is stored (a zip bomb); it was not opened."
                    )
            for info in infos:
                if info.filename.endswith((".xml", ".rels")) and _has_dtd(zf, info):
                    raise DocumentError(
                        f"“{name}” contains XML with a document type declaration, which Office files never "
                        "have (it may be an entity-expansion attack); it was not opened."
                    )
    except DocumentError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
        raise DocumentError(f"“{name}” is damaged or not an Office document ({exc}).") from exc


def _has_dtd(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """Scan the whole part (its size is already bounded), chunks overlapping by a marker's length."""
    tail = b""
    with zf.open(info) as f:
        while chunk := f.read(SCAN_CHUNK):
            window = (tail + chunk).upper()
            if any(m in window for m in DTD_MARKERS):
                return True
            tail = chunk[-24:]
    return False


def unreadable(name: str, exc: Exception) -> DocumentError:
    return DocumentError(f"“{name}” could not be read (damaged or unsupported: {exc}).")


# ---- Word -----------------------------------------------------------------------------------


def read_docx(path: Path, budget: Budget) -> tuple[str, str, int]:
    import docx
    from docx.table import Table

    check_zip(path)
    try:
        document = docx.Document(str(path))
        parts: list[str] = []
        paragraphs = 0
        for block in document.iter_inner_content():
            text = _table_text(block) if isinstance(block, Table) else block.text
            paragraphs += 1
            if text.strip():
                parts.append(text)
                budget.check(len(text))
    except DocumentError:
        raise
    except Exception as exc:  # python-docx raises many kinds on damaged parts (KeyError, ValueError...)
        raise unreadable(path.name, exc) from exc
    # Word's saved page count (docProps/app.xml) is stale in files other programs wrote: paragraphs are exact.
    return "\n\n".join(parts), "paragraphs", paragraphs


def _table_text(table: Any) -> str:
    return "\n".join(" | ".join(cell.text.strip() for cell in row.cells) for row in table.rows)


# ---- PowerPoint -----------------------------------------------------------------------------


def read_pptx(path: Path, budget: Budget) -> tuple[str, str, int]:
    import pptx

    check_zip(path)
    try:
        deck = pptx.Presentation(str(path))
        slides = list(deck.slides)
        if len(slides) > MAX_PAGES:
            raise DocumentError(f"“{path.name}” has {len(slides):,} slides; up to {MAX_PAGES:,} can be read.")
        parts: list[str] = []
        for n, slide in enumerate(slides, 1):
            lines = [f"--- slide {n} ---"]
            for shape in slide.shapes:
                if getattr(shape, "has_text_frame", False) and shape.text_frame.text.strip():
                    lines.append(shape.text_frame.text)
                elif getattr(shape, "has_table", False):
                    lines.append(_table_text(shape.table))
            if slide.has_notes_slide and slide.notes_slide.notes_text_frame is not None:
                notes = slide.notes_slide.notes_text_frame.text.strip()
                if notes:
                    lines.append(f"Notes: {notes}")
            parts.append("\n".join(lines))
            budget.check(len(parts[-1]))
            budget.report(n, len(slides))
    except DocumentError:
        raise
    except Exception as exc:
        raise unreadable(path.name, exc) from exc
    return "\n\n".join(parts), "slides", len(slides)


# ---- Excel ----------------------------------------------------------------------------------


def read_xlsx(path: Path, budget: Budget) -> tuple[str, str, int]:
    import openpyxl

    check_zip(path)
    try:
        book = openpyxl.load_workbook(str(path), read_only=True, data_only=True)
    except Exception as exc:
        raise unreadable(path.name, exc) from exc
    try:
        sheets = book.worksheets
        if len(sheets) > MAX_SHEETS:
            raise DocumentError(f"“{path.name}” has {len(sheets)} sheets; up to {MAX_SHEETS} can be read.")
        parts: list[str] = []
        total = 0
        for sheet in sheets:
            rows = (["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True))
            text, count = table_text(rows, ",", path.name, budget, total)
            total += count
            parts.append(f"--- sheet {sheet.title} ({count:,} rows) ---\n{text}")
    except DocumentError:
        raise
    except Exception as exc:
        raise unreadable(path.name, exc) from exc
    finally:
        book.close()
    return "\n\n".join(parts), "rows", total


def table_text(rows: Any, delimiter: str, name: str, budget: Budget, before: int = 0) -> tuple[str, int]:
    """CSV-like text of the first PROMPT_ROWS rows, and how many rows there are in all."""
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    count = 0
    for row in rows:
        count += 1
        if before + count > MAX_ROWS:
            raise DocumentError(f"“{name}” has more than {MAX_ROWS:,} rows; up to {MAX_ROWS:,} can be read.")
        if count <= PROMPT_ROWS:
            writer.writerow(row)
            budget.check(sum(len(c) for c in row))
        elif count % 4096 == 0:
            budget.check()
    text = out.getvalue().rstrip("\n")
    if count > PROMPT_ROWS:
        text += f"\n[... {count - PROMPT_ROWS:,} more rows not shown]"
    return text, count
