"""`hearth bench-docs` runs end to end on a small scale (its figures are not judged here)."""

from __future__ import annotations

from pathlib import Path

from app.commands.docs_bench import page_text, run_docs_bench, write_pdf
from app.documents import extract


def test_the_hand_written_pdf_reads_back_page_by_page(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "t.pdf", ["first (page) one", "second \\ page"])
    doc = extract(pdf)
    assert (doc.unit, doc.count) == ("pages", 2)
    assert doc.text == "--- page 1 ---\nfirst (page) one\n\n--- page 2 ---\nsecond \\ page"


def test_the_bench_reads_indexes_and_searches() -> None:
    lines: list[str] = []
    result = run_docs_bench(pages=30, passages_total=400, queries=20, say=lines.append)
    assert result["ingest"]["pages"] == 30 and result["ingest"]["passages"] == 30
    assert result["retrieval"]["passages"] == 400 and result["retrieval"]["queries"] == 20
    assert lines[-2].strip().startswith("100 %")  # progress was printed as it went


def test_page_text_names_its_page() -> None:
    import random

    assert page_text(random.Random(0), 7).startswith("Section 7 reference code K00007.")
