"""PDF text, page by page, with pypdf (its own decompression limits guard the streams).

An encrypted PDF is read with the password the user typed (kept in memory for this one read);
a PDF with no text at all (scanned pages) can instead give its pages' pictures, which a model
with vision reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .limits import MAX_PAGES, Budget, DocumentError, NoTextLayer, PasswordNeeded

MAX_PAGE_IMAGES = 10  # scanned pages as pictures: one message carries at most 10 files (app/attachments.py)
PAGE_IMAGE_SIDE = 2048  # longer sides are scaled down: the vision encoder reads far less than this


@dataclass(frozen=True)
class PageImages:
    files: list[Path]  # one PNG per page, in page order
    pages: int  # pages in the document
    left_out: int  # pages past the first ``max_pages``, or with no picture on them


def read_pdf(path: Path, budget: Budget, password: str | None = None) -> tuple[str, str, int]:
    from pypdf.errors import FileNotDecryptedError, PdfReadError, PdfStreamError

    name = path.name
    try:
        reader = _open(path, password)
        pages = len(reader.pages)
        parts: list[str] = []
        with_text = 0
        for n, page in enumerate(reader.pages, 1):
            text = (page.extract_text() or "").strip()
            with_text += bool(text)
            parts.append(f"--- page {n} ---\n{text or '[no text on this page]'}")
            budget.check(len(parts[-1]))
            budget.report(n, pages)
    except DocumentError:
        raise
    except FileNotDecryptedError as exc:
        raise PasswordNeeded(f"“{name}” is protected by a password and cannot be read.") from exc
    except (PdfReadError, PdfStreamError, OSError, ValueError, KeyError, TypeError, RecursionError) as exc:
        raise DocumentError(f"“{name}” is not a readable PDF (damaged or unsupported: {exc}).") from exc
    if not with_text:
        raise NoTextLayer(
            f"“{name}” has no text layer (it looks like scanned pages); Hearth cannot read text in pictures "
            "of pages yet. Attach the pages as images instead, or a copy with recognised text (OCR).",
            pages,
        )
    return "\n\n".join(parts), "pages", pages


def page_images(
    path: Path, out_dir: Path, budget: Budget, password: str | None = None, max_pages: int = MAX_PAGE_IMAGES
) -> PageImages:
    """The largest picture on each of the first ``max_pages`` pages, as PNG files in ``out_dir``."""
    from pypdf.errors import PdfReadError, PdfStreamError

    try:
        reader = _open(path, password)
        pages = len(reader.pages)
        files: list[Path] = []
        for n, page in enumerate(reader.pages[:max_pages], 1):
            picture = _largest_picture(page)
            if picture is not None:
                picture.thumbnail((PAGE_IMAGE_SIDE, PAGE_IMAGE_SIDE))
                files.append(out_dir / f"{path.stem} - page {n}.png")
                picture.convert("RGB").save(files[-1])
            budget.check()
            budget.report(n, min(pages, max_pages))
    except DocumentError:
        raise
    except (PdfReadError, PdfStreamError, OSError, ValueError, KeyError, TypeError, RecursionError) as exc:
        raise DocumentError(f"“{path.name}” has pages whose pictures cannot be read ({exc}).") from exc
    if not files:
        raise DocumentError(f"“{path.name}” has no pictures on its pages either; there is nothing to read.")
    return PageImages(files, pages, pages - len(files))


def _open(path: Path, password: str | None) -> Any:
    from pypdf import PdfReader

    name = path.name
    reader = PdfReader(str(path))
    if reader.is_encrypted:
        if password is None and not _opens_with(reader, ""):
            raise PasswordNeeded(
                f"“{name}” is protected by a password and cannot be read. Save a copy without the password "
                "and attach that."
            )
        if password is not None and not _opens_with(reader, password):
            raise PasswordNeeded(f"The password does not open “{name}”.", wrong=True)
    pages = len(reader.pages)
    if pages > MAX_PAGES:
        raise DocumentError(f"“{name}” has {pages:,} pages; up to {MAX_PAGES:,} pages can be read.")
    if pages == 0:
        raise DocumentError(f"“{name}” has no pages.")
    return reader


def _largest_picture(page: Any) -> Any:
    """A scanner writes one picture per page; where there are several, the largest is the page."""
    best, area = None, 0
    for image in page.images:
        picture = image.image
        if picture is not None and picture.width * picture.height > area:
            best, area = picture, picture.width * picture.height
    return best


def _opens_with(reader: Any, password: str) -> bool:
    """Many PDFs are 'encrypted' only against editing: the empty user password opens them."""
    try:
        return bool(reader.decrypt(password))
    except Exception:  # an unsupported cipher reads as "cannot be opened"
        return False
