"""PDFs written byte by byte, for `hearth bench-ui --attach-pdf` and the tests' hostile files.

A PDF is numbered objects, a cross-reference table of their offsets and a trailer. Pages here
use the standard Helvetica font (no font file needed) and Flate-compressed content streams;
a page may draw shared form XObjects (/X1, /X2...), which may draw each other.
"""

from __future__ import annotations

import zlib
from pathlib import Path

FONT = 1  # object number of the shared font


def _stream(head: bytes, data: bytes) -> bytes:
    packed = zlib.compress(data, 9)
    return head + b" /Filter /FlateDecode /Length %d >>\nstream\n" % len(packed) + packed + b"\nendstream"


def _resources(forms: list[int]) -> bytes:
    names = b" ".join(b"/X%d %d 0 R" % (i, n) for i, n in enumerate(forms, 1))
    return b"<< /Font << /F1 %d 0 R >> /XObject << %s >> >>" % (FONT, names)


def write_pdf(path: Path, pages: list[bytes], forms: tuple[bytes, ...] = ()) -> Path:
    """``pages``: one content stream each. ``forms``: form XObjects /X1, /X2...; form k may draw
    the forms before it, and every page may draw them all."""
    objects = [b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    form_ids: list[int] = []
    for body in forms:
        head = b"<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources " + _resources(form_ids)
        objects.append(_stream(head, body))
        form_ids.append(len(objects))
    tree = len(objects) + 2 * len(pages) + 1  # the page tree comes after every page and its content
    kids = []
    for body in pages:
        objects.append(_stream(b"<<", body))
        objects.append(
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Resources %s /Contents %d 0 R >>"
            % (tree, _resources(form_ids), len(objects))
        )
        kids.append(b"%d 0 R" % len(objects))
    objects.append(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(kids)))
    objects.append(b"<< /Type /Catalog /Pages %d 0 R >>" % tree)
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, len(objects), xref)
    path.write_bytes(bytes(out))
    return path


def text_line(text: str, y: int = 720) -> bytes:
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return b"BT /F1 11 Tf 72 %d Td (%s) Tj ET\n" % (y, escaped.encode("cp1252", errors="replace"))


def report_pdf(path: Path, pages: int, lines_per_page: int = 40) -> Path:
    """A plain text report of ``pages`` pages (what a long PDF a user attaches looks like to pypdf)."""
    line = "Page {p}, line {n}: the quarterly figures for region {r} rose by {x} percent."
    contents = [
        b"".join(text_line(line.format(p=p, n=n, r=n % 7, x=p * n % 13), 740 - 17 * n) for n in range(lines_per_page))
        for p in range(1, pages + 1)
    ]
    return write_pdf(path, contents)
