"""PDF and Office files are read in a bounded child process: a hostile file costs that process only.

The bounds are limits enforced on the child (RLIMIT_AS, the parent's deadline counted from the
child's start-up), checked on inputs that need far more than the limit (days of work, 850 MB in
one library call), so the outcome never depends on the machine's speed.
"""

from __future__ import annotations

import threading
import tracemalloc
from pathlib import Path

import psutil
import pytest

from app.commands.sample_pdf import text_line, write_pdf
from app.documents import DocumentError
from app.documents.isolated import ChildLimits, read_document, read_page_images
from app.documents.limits import Cancelled, NoTextLayer, PasswordNeeded
from tests.helpers import documents as make

PARENT_PEAK_MB = 8  # what the app itself allocates while a child reads a hostile file


def _peak_mb(fn) -> tuple[object, float]:
    tracemalloc.start()
    try:
        try:
            out: object = fn()
        except DocumentError as exc:
            out = exc
        return out, tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def _no_children_left() -> bool:
    return not [p for p in psutil.Process().children(recursive=True) if p.status() != psutil.STATUS_ZOMBIE]


def test_a_pdf_is_read_in_the_child_with_progress(tmp_path: Path) -> None:
    pdf = make.text_pdf(tmp_path / "report.pdf", ["Revenue grew", "Costs fell"])
    seen: list[tuple[float, str]] = []
    doc = read_document(pdf, progress=lambda f, m: seen.append((f, m)))
    assert (doc.unit, doc.count) == ("pages", 2)
    assert "--- page 2 ---\nCosts fell" in doc.text
    assert seen == [(0.5, "1/2"), (1.0, "2/2")]
    assert _no_children_left()


def test_a_page_that_loops_for_days_is_stopped_at_the_deadline(tmp_path: Path) -> None:
    """1.5 KB, 10**12 text operators inside one extract_text call: the Budget never gets a say."""
    loop = make.looping_pdf(tmp_path / "loop.pdf")
    out, peak = _peak_mb(lambda: read_document(loop, limits=ChildLimits(seconds=2)))
    assert isinstance(out, DocumentError) and "took longer than 2 seconds" in str(out)
    assert peak < PARENT_PEAK_MB
    assert _no_children_left()


def test_a_page_that_takes_gigabytes_hits_the_childs_memory_limit(tmp_path: Path) -> None:
    """One extract_text call on a 70 KB file takes about 850 MB: over a 512 MB limit it is an error."""
    huge = make.huge_stream_pdf(tmp_path / "huge.pdf")
    assert huge.stat().st_size < 100_000
    out, peak = _peak_mb(lambda: read_document(huge, limits=ChildLimits(memory_mb=512)))
    assert isinstance(out, DocumentError) and "needed more than 512 MB of memory" in str(out)
    assert peak < PARENT_PEAK_MB
    assert _no_children_left()


def test_office_bombs_are_refused_in_the_child_with_the_parent_untouched(tmp_path: Path) -> None:
    docx = make.docx_file(tmp_path / "ok.docx", ["hello"])
    xlsx = make.xlsx_file(tmp_path / "ok.xlsx", {"Sheet": [["a", 1]]})
    laughs_sheet = make.BILLION_LAUGHS.replace("w:document", "worksheet").encode()
    cases = {
        make.zip_bomb_docx(tmp_path / "bomb.docx", docx, inflated_mb=64): "zip bomb",
        make.replace_part(docx, tmp_path / "laughs.docx", "word/document.xml", make.BILLION_LAUGHS.encode()): (
            "document type declaration"
        ),
        make.replace_part(xlsx, tmp_path / "laughs.xlsx", "xl/worksheets/sheet1.xml", laughs_sheet): (
            "document type declaration"
        ),
    }
    for path, reason in cases.items():
        out, peak = _peak_mb(lambda p=path: read_document(p))
        assert isinstance(out, DocumentError) and reason in str(out), (path.name, out)
        assert peak < PARENT_PEAK_MB


def test_removing_the_attachment_kills_the_reader(tmp_path: Path) -> None:
    """Page 1 reads, then page 2 loops for days: the cancel (sent at page 1's progress) ends it."""
    pdf = write_pdf(
        tmp_path / "trap.pdf",
        [text_line("page one"), b"q /X4 Do Q"],
        (text_line("lol") * 1000, b"q /X1 Do Q " * 1000, b"q /X2 Do Q " * 1000, b"q /X3 Do Q " * 1000),
    )
    cancel = threading.Event()
    with pytest.raises(Cancelled, match="cancelled"):
        read_document(pdf, cancel, progress=lambda _f, _m: cancel.set())
    assert _no_children_left()


def test_an_encrypted_pdf_asks_for_its_password_and_says_when_it_is_wrong(tmp_path: Path) -> None:
    plain = make.text_pdf(tmp_path / "plain.pdf", ["Secret plans"])
    locked = make.encrypted_pdf(tmp_path / "locked.pdf", plain, password="hunter2")
    with pytest.raises(PasswordNeeded) as asked:
        read_document(locked)
    assert not asked.value.wrong
    with pytest.raises(PasswordNeeded, match="does not open") as wrong:
        read_document(locked, password="hunter3")
    assert wrong.value.wrong
    assert "Secret plans" in read_document(locked, password="hunter2").text


def test_a_scanned_pdf_gives_its_pages_as_pictures(tmp_path: Path) -> None:
    from PIL import Image
    from pypdf import PdfReader, PdfWriter

    one = make.scanned_pdf(tmp_path / "one.pdf")
    writer = PdfWriter()
    for _ in range(12):
        writer.add_page(PdfReader(one).pages[0])
    scan = tmp_path / "scan.pdf"
    writer.write(scan)
    with pytest.raises(NoTextLayer) as no_text:
        read_document(scan)
    assert no_text.value.pages == 12
    out = tmp_path / "pages"
    out.mkdir()
    shots = read_page_images(scan, out, max_pages=10)
    assert (len(shots.files), shots.pages, shots.left_out) == (10, 12, 2)
    assert [f.name for f in shots.files[:2]] == ["scan - page 1.png", "scan - page 2.png"]
    with Image.open(shots.files[0]) as im:
        assert im.size == (400, 300)  # the picture embedded in the page (the 4 x 3 inch figure at 100 dpi)


def test_text_files_are_still_read_in_process(tmp_path: Path) -> None:
    csv = make.csv_rows(tmp_path / "sales.csv", 10)
    assert read_document(csv).count == 11


def test_a_reader_that_crashes_is_a_clear_error(tmp_path: Path, monkeypatch) -> None:
    """What a segfault in a C extension looks like from here: the child dies of a signal."""
    import sys

    from app.documents import isolated

    crash = "import os, signal, sys; sys.stdin.readline(); os.kill(os.getpid(), signal.SIGSEGV)"
    monkeypatch.setattr(isolated, "child_command", lambda: [sys.executable, "-c", crash])
    pdf = make.text_pdf(tmp_path / "report.pdf", ["Revenue grew"])
    with pytest.raises(DocumentError, match="stopped unexpectedly while reading “report.pdf”"):
        read_document(pdf)
    assert _no_children_left()
