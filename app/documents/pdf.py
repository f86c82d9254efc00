"""PDF text, page by page, with pypdf (its own decompression limits guard the streams)."""

from __future__ import annotations

from pathlib import Path

from .limits import MAX_PAGES, Budget, DocumentError


def read_pdf(path: Path, budget: Budget) -> tuple[str, str, int]:
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PdfReadError, PdfStreamError

    name = path.name
    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted and not _opens_without_password(reader):
            raise DocumentError(
                f"“{name}” is protected by a password and cannot be read. Save a copy without the password "
                "and attach that."
            )
        pages = len(reader.pages)
        if pages > MAX_PAGES:
            raise DocumentError(f"“{name}” has {pages:,} pages; up to {MAX_PAGES:,} pages can be read.")
        if pages == 0:
            raise DocumentError(f"“{name}” has no pages.")
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
        raise DocumentError(f"“{name}” is protected by a password and cannot be read.") from exc
    except (PdfReadError, PdfStreamError, OSError, ValueError, KeyError, TypeError, RecursionError) as exc:
        raise DocumentError(f"“{name}” is not a readable PDF (damaged or unsupported: {exc}).") from exc
    if not with_text:
        raise DocumentError(
            f"“{name}” has no text layer (it looks like scanned pages); Hearth cannot read text in pictures "
            "of pages yet. Attach the pages as images instead, or a copy with recognised text (OCR)."
        )
    return "\n\n".join(parts), "pages", pages


def _opens_without_password(reader) -> bool:
    """Many PDFs are 'encrypted' only against editing: the empty user password opens them."""
    try:
        return bool(reader.decrypt(""))
    except Exception:  # an unsupported cipher reads as "cannot be opened"
        return False
