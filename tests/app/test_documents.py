"""Documents become text with structure markers; hostile ones are refused with memory bounded."""

from __future__ import annotations

import threading
import tracemalloc
from pathlib import Path

import pytest

from app.documents import DocumentError, extract
from app.documents.limits import MAX_PAGES, PROMPT_ROWS
from tests.helpers import documents as make


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


def test_pdf_text_by_page(tmp_path: Path) -> None:
    pdf = make.text_pdf(tmp_path / "report.pdf", ["Revenue grew", "Costs fell", "Outlook stable"])
    doc = extract(pdf)
    assert (doc.unit, doc.count) == ("pages", 3)
    assert "--- page 2 ---\nCosts fell" in doc.text
    assert doc.text.index("Revenue grew") < doc.text.index("Outlook stable")


def test_scanned_pdf_says_it_has_no_text_layer(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="no text layer"):
        extract(make.scanned_pdf(tmp_path / "scan.pdf"))


def test_encrypted_pdf_says_it_needs_a_password(tmp_path: Path) -> None:
    plain = make.text_pdf(tmp_path / "plain.pdf", ["Secret plans"])
    with pytest.raises(DocumentError, match="protected by a password"):
        extract(make.encrypted_pdf(tmp_path / "locked.pdf", plain))


def test_pdf_locked_only_against_editing_is_read(tmp_path: Path) -> None:
    plain = make.text_pdf(tmp_path / "plain.pdf", ["Open to read"])
    assert "Open to read" in extract(make.encrypted_pdf(tmp_path / "owner.pdf", plain, password="")).text


def test_huge_pdf_is_refused_before_reading_pages(tmp_path: Path) -> None:
    pdf = make.blank_pdf(tmp_path / "huge.pdf", 2 * MAX_PAGES)
    with pytest.raises(DocumentError, match=f"has {2 * MAX_PAGES:,} pages"):
        extract(pdf)


def test_corrupt_pdf_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    with pytest.raises(DocumentError, match="“bad.pdf”"):
        extract(bad)


def test_docx_paragraphs_and_tables(tmp_path: Path) -> None:
    docx = make.docx_file(tmp_path / "memo.docx", ["Dear team,", "We ship Friday."], [["item", "cost"], ["tea", "3"]])
    doc = extract(docx)
    assert "We ship Friday." in doc.text and "tea | 3" in doc.text
    assert doc.unit == "paragraphs" and doc.count == 3


def test_pptx_slides(tmp_path: Path) -> None:
    doc = extract(make.pptx_file(tmp_path / "deck.pptx", ["Intro", "Plan"]))
    assert (doc.unit, doc.count) == ("slides", 2)
    assert "--- slide 2 ---\nPlan" in doc.text


def test_xlsx_sheets_as_rows(tmp_path: Path) -> None:
    xlsx = make.xlsx_file(tmp_path / "book.xlsx", {"Sales": [["month", "amount"], ["Jan", 10], ["Feb", 12]]})
    doc = extract(xlsx)
    assert (doc.unit, doc.count) == ("rows", 3)
    assert "--- sheet Sales (3 rows) ---\nmonth,amount\nJan,10\nFeb,12" in doc.text


def test_csv_with_100k_rows_is_counted_and_shown_in_part(tmp_path: Path) -> None:
    csv = make.csv_rows(tmp_path / "sales.csv", 100_000)
    doc = extract(csv)
    assert (doc.unit, doc.count) == ("rows", 100_001)
    assert doc.text.startswith("month,region,amount\n2026-01,north,0.5")
    assert doc.text.endswith(f"[... {100_001 - PROMPT_ROWS:,} more rows not shown]")
    assert len(doc.text.splitlines()) == PROMPT_ROWS + 1


def test_text_html_json_and_code(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("# Title\n\nBody")
    (tmp_path / "b.html").write_text("<html><script>evil()</script><p>Hello <b>there</b></p><p>Bye</p></html>")
    (tmp_path / "c.json").write_text('{"a": [1, 2]}')
    (tmp_path / "d.py").write_text("print('hi')\n")
    (tmp_path / "e.json").write_text("{broken")
    assert extract(tmp_path / "a.md").text == "# Title\n\nBody"
    assert extract(tmp_path / "b.html").text == "Hello there\nBye"
    assert extract(tmp_path / "c.json").text == '{"a": [1, 2]}'
    assert extract(tmp_path / "d.py").count == 2
    with pytest.raises(DocumentError, match="not valid JSON"):
        extract(tmp_path / "e.json")


def test_binary_posing_as_text_is_refused(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_bytes(b"\x00\x01\x02" * 100)
    with pytest.raises(DocumentError, match="not a text file"):
        extract(tmp_path / "x.txt")


def test_zip_bomb_docx_is_refused_with_memory_bounded(tmp_path: Path) -> None:
    source = make.docx_file(tmp_path / "ok.docx", ["hello"])
    bomb = make.zip_bomb_docx(tmp_path / "bomb.docx", source, inflated_mb=64)
    assert bomb.stat().st_size < 2 * 2**20
    out, peak = _peak_mb(lambda: extract(bomb))
    assert isinstance(out, DocumentError) and "zip bomb" in str(out)
    assert peak < 8


def test_billion_laughs_docx_is_refused_with_memory_bounded(tmp_path: Path) -> None:
    source = make.docx_file(tmp_path / "ok.docx", ["hello"])
    laughs = make.replace_part(source, tmp_path / "laughs.docx", "word/document.xml", make.BILLION_LAUGHS.encode())
    out, peak = _peak_mb(lambda: extract(laughs))
    assert isinstance(out, DocumentError) and "document type declaration" in str(out)
    assert peak < 8


def test_the_libraries_parsers_do_not_expand_entities_either() -> None:
    """The second wall, should a DTD ever get past the scan: python-docx's lxml parser and the
    expat parser openpyxl reads sheets with leave billion laughs unexpanded (or refuse it)."""
    import io
    from xml.etree.ElementTree import ParseError, iterparse

    from docx.oxml.parser import parse_xml
    from lxml.etree import XMLSyntaxError

    def lxml_text() -> int:
        try:
            root = parse_xml(make.BILLION_LAUGHS.encode())
        except XMLSyntaxError:  # libxml2 stops at its amplification limit
            return 0
        return len("".join(root.itertext()))

    def expat_text() -> int:
        try:
            return sum(len(e.text or "") for _, e in iterparse(io.BytesIO(make.BILLION_LAUGHS.encode())))
        except ParseError:  # expat >= 2.4 stops at its amplification limit
            return 0

    # expat expands a few tens of MB before its amplification limit stops it: bounded, not zero.
    for parse, bound_mb in ((lxml_text, 8), (expat_text, 128)):
        chars, peak = _peak_mb(parse)
        assert isinstance(chars, int) and chars < 1000  # expanded it would be 3 * 10**9 characters
        assert peak < bound_mb


def test_damaged_office_file_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(DocumentError, match="damaged or not an Office document"):
        extract(bad)


def test_cancel_stops_reading(tmp_path: Path) -> None:
    csv = make.csv_rows(tmp_path / "sales.csv", 10)
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(DocumentError, match="cancelled"):
        extract(csv, cancel=cancel)


def test_progress_is_reported_per_page(tmp_path: Path) -> None:
    pdf = make.text_pdf(tmp_path / "r.pdf", ["one", "two"])
    seen: list[float] = []
    extract(pdf, progress=lambda f, _m: seen.append(f))
    assert seen == [0.5, 1.0]


def test_a_large_csv_is_read_in_bounded_memory(tmp_path: Path) -> None:
    csv = make.csv_rows(tmp_path / "big.csv", 400_000)  # about 10 MB
    doc, peak = _peak_mb(lambda: extract(csv))
    assert getattr(doc, "count", None) == 400_001
    assert peak < csv.stat().st_size / 2**20 / 2  # streamed: well under the file's size


def test_latin1_csv_is_read(tmp_path: Path) -> None:
    (tmp_path / "old.csv").write_bytes("name,city\nJosé,Zürich\n".encode("cp1252"))
    assert extract(tmp_path / "old.csv").text == "name,city\nJosé,Zürich"
