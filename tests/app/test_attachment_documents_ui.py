"""The attachment chip asks for an encrypted PDF's password, offers a scanned PDF's pages as
images, and kills the document reader when it is removed."""

from __future__ import annotations

from pathlib import Path

import psutil
from pypdf import PdfReader, PdfWriter

from app.store.blobs import BlobStore
from app.ui.attachment_strip import AttachmentStrip
from tests.helpers import documents as make

WAIT_MS = 60_000  # a deadline for a busy machine, never a measurement


def _strip(qtbot, tmp_path: Path, supported: frozenset[str] = frozenset({"image"})) -> AttachmentStrip:
    strip = AttachmentStrip()
    qtbot.addWidget(strip)
    strip.blobs = BlobStore(tmp_path / "blobs")
    strip.supported = supported
    strip.model_name = "Tiny"
    strip.show()
    return strip


def _readers() -> list[psutil.Process]:
    return [p for p in psutil.Process().children(recursive=True) if p.status() != psutil.STATUS_ZOMBIE]


def _type_password(qtbot, strip: AttachmentStrip, password: str) -> None:
    chip = strip.chips[0]
    qtbot.waitUntil(lambda: chip.dialog is not None and chip.dialog.isVisible(), timeout=WAIT_MS)
    assert chip.dialog is not None
    assert chip.dialog.field.accessibleName() == "Password for locked.pdf"
    qtbot.keyClicks(chip.dialog.field, password)
    chip.dialog.open_button.click()


def _files_under(folder: Path) -> list[bytes]:
    return [p.read_bytes() for p in folder.rglob("*") if p.is_file()]


def test_an_encrypted_pdf_asks_for_the_password_until_it_is_right(qtbot, tmp_path: Path) -> None:
    plain = make.text_pdf(tmp_path / "plain.pdf", ["Secret plans"])
    locked = make.encrypted_pdf(tmp_path / "locked.pdf", plain, password="hunter2")
    strip = _strip(qtbot, tmp_path)
    strip.add_files([locked])
    _type_password(qtbot, strip, "wrong-one")
    chip = strip.chips[0]
    qtbot.waitUntil(lambda: chip.dialog is not None and chip.dialog.problem.isVisible(), timeout=WAIT_MS)
    assert strip.preparing  # nothing can be sent while the password is asked for
    _type_password(qtbot, strip, "hunter2")
    qtbot.waitUntil(lambda: chip.prepared is not None, timeout=WAIT_MS)
    assert chip.prepared is not None and chip.prepared.meta["count"] == 1
    assert not any(b"hunter2" in data or b"wrong-one" in data for data in _files_under(tmp_path / "blobs"))
    strip.clear_all()
    assert chip.password is None


def test_cancelling_the_password_leaves_a_clear_error(qtbot, tmp_path: Path) -> None:
    plain = make.text_pdf(tmp_path / "plain.pdf", ["Secret plans"])
    locked = make.encrypted_pdf(tmp_path / "locked.pdf", plain)
    strip = _strip(qtbot, tmp_path)
    strip.add_files([locked])
    chip = strip.chips[0]
    qtbot.waitUntil(lambda: chip.dialog is not None and chip.dialog.isVisible(), timeout=WAIT_MS)
    assert chip.dialog is not None
    chip.dialog.reject()
    assert chip.error == "locked.pdf: it is protected by a password, and none was given."
    assert strip.refused() == [chip.error]


def _scanned(tmp_path: Path, pages: int) -> Path:
    one = make.scanned_pdf(tmp_path / "one.pdf")
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_page(PdfReader(one).pages[0])
    writer.write(tmp_path / "scan.pdf")
    return tmp_path / "scan.pdf"


def test_a_scanned_pdf_offers_its_pages_as_images(qtbot, tmp_path: Path) -> None:
    strip = _strip(qtbot, tmp_path)
    strip.add_files([_scanned(tmp_path, 12)])
    chip = strip.chips[0]
    qtbot.waitUntil(lambda: chip.offer.isVisible(), timeout=WAIT_MS)
    assert chip.error == "scan.pdf: no text layer; its 12 pages look scanned."
    assert chip.offer.accessibleName() == "Attach the pages of scan.pdf as images"
    chip.offer.click()
    qtbot.waitUntil(lambda: not strip.preparing, timeout=WAIT_MS)
    pages = strip.ready()
    assert [p.kind for p in pages] == ["image"] * 10  # one message carries at most 10 files
    assert pages[0].name == "scan - page 1.png"
    assert strip.refused() == ["scan.pdf: its first pages were attached as images; 2 pages were left out."]


def test_a_scanned_pdf_with_room_for_all_its_pages_is_replaced_by_them(qtbot, tmp_path: Path) -> None:
    strip = _strip(qtbot, tmp_path)
    strip.add_files([_scanned(tmp_path, 2)])
    qtbot.waitUntil(lambda: strip.chips[0].offer.isVisible(), timeout=WAIT_MS)
    strip.chips[0].offer.click()
    qtbot.waitUntil(lambda: not strip.preparing, timeout=WAIT_MS)
    assert [c.name for c in strip.chips] == ["scan - page 1.png", "scan - page 2.png"]
    assert strip.refused() == []


def test_a_model_without_vision_is_not_offered_the_pages(qtbot, tmp_path: Path) -> None:
    strip = _strip(qtbot, tmp_path, supported=frozenset())
    strip.add_files([_scanned(tmp_path, 1)])
    chip = strip.chips[0]
    qtbot.waitUntil(lambda: chip.error is not None, timeout=WAIT_MS)
    assert chip.error == (
        "scan.pdf: no text layer; its page looks scanned. Tiny cannot read images. It reads text only. "
        "Load Gemma 4 to attach images."
    )
    assert not chip.offer.isVisible()


def test_removing_the_chip_kills_the_reader(qtbot, tmp_path: Path) -> None:
    strip = _strip(qtbot, tmp_path)
    strip.add_files([make.looping_pdf(tmp_path / "loop.pdf")])  # reads for days
    qtbot.waitUntil(lambda: bool(_readers()), timeout=WAIT_MS)
    strip.chips[0].removed.emit(strip.chips[0])
    assert strip.chips == []
    qtbot.waitUntil(lambda: not _readers(), timeout=WAIT_MS)


def test_the_attach_lag_benchmark_command_runs() -> None:
    """`hearth bench-ui --attach-pdf N` attaches a generated PDF in the real window (its timing
    is the benchmark's to report, never a unit test's)."""
    import json
    import os
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, "-m", "app", "bench-ui", "--json", "--attach-pdf", "5"],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=300,
    )
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert (result["pages"], result["chip"]) == (5, "ready")
    assert result["samples"] > 0 and set(result["lag_ms"]) == {"p50", "p90", "p99", "max", "mean"}
