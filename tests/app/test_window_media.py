"""Attachments in the window: button/drop/paste, chips, errors, sending, history, restart."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QLocale, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QImage
from PySide6.QtWidgets import QApplication

from tests.app.conftest import script, send
from tests.helpers import documents
from tests.helpers import media_factory as mf


def ready(qtbot, window, count: int) -> None:
    qtbot.waitUntil(
        lambda: len(window.composer.strip.chips) == count and not window.composer.strip.preparing, timeout=30_000
    )


def test_attach_an_image_and_send_it(qtbot, window, tmp_path: Path) -> None:
    photo = mf.image(tmp_path / "holiday.jpg")
    window.composer.add_files([photo])
    ready(qtbot, window, 1)
    chip = window.composer.strip.chips[0]
    assert chip.prepared is not None and "holiday.jpg" in chip.text.text() and "320×240" in chip.text.text()
    script(window, "A yellow circle.")
    send(qtbot, window, "What is in this photo?")
    user, reply = window.store.messages(window.chat.conversation_id)
    (a,) = user.attachments
    assert (a.kind, a.name) == ("image", "holiday.jpg")
    assert a.path.read_bytes() == photo.read_bytes() and a.thumb.exists()
    assert a.path.parent.parent == window.store.path.parent / "attachments"  # next to the database
    assert reply.stats["prompt_tokens"] > 200  # the image's tokens reached the model
    assert "holiday.jpg" in window.view.toPlainText()
    assert not window.composer.strip.chips  # the strip is cleared after sending


def test_attachments_only_message_is_allowed(qtbot, window, tmp_path: Path) -> None:
    window.composer.add_files([mf.speech(tmp_path / "question.wav", "What time is it?")])
    ready(qtbot, window, 1)
    send(qtbot, window, "")
    user = window.store.messages(window.chat.conversation_id)[0]
    assert user.content == "" and user.attachments[0].kind == "audio"
    assert window.store.conversation(window.chat.conversation_id).title == "question.wav"


def test_drop_and_paste_add_attachments(qtbot, window, tmp_path: Path) -> None:
    clip = mf.video(tmp_path / "clip.mp4")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(clip))])
    drop = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(drop)
    pasted = QMimeData()
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.green)
    pasted.setImageData(image)
    window.composer.editor.insertFromMimeData(pasted)
    ready(qtbot, window, 2)
    names = [c.prepared.name for c in window.composer.strip.chips]
    assert names[0] == "clip.mp4" and names[1].startswith("pasted-") and names[1].endswith(".png")
    assert "0:02" in window.composer.strip.chips[0].text.text()
    assert window.composer.editor.toPlainText() == ""  # files were not pasted as text


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d.joinpath("cut.jpg").write_bytes(mf.image(d / "p.jpg").read_bytes()[:2000]) and d / "cut.jpg",
         "not a readable image"),
        (lambda d: d.joinpath("notes.wav").write_text("just text " * 50) and d / "notes.wav", "not readable audio"),
        (lambda d: d.joinpath("empty.wav").write_bytes(b"") or d / "empty.wav", "is empty"),
        (lambda d: mf.write_wav(d / "blank.wav", np.zeros(0, np.float32)), "holds no audio"),
    ],
)  # fmt: skip
def test_a_bad_file_is_marked_and_the_message_still_sends(qtbot, window, tmp_path: Path, make, message) -> None:
    good = mf.image(tmp_path / "good.png")
    window.composer.add_files([make(tmp_path), good])
    ready(qtbot, window, 2)
    bad_chip, good_chip = window.composer.strip.chips
    assert bad_chip.error and message in bad_chip.error
    script(window, "ok")
    send(qtbot, window, "look")
    user = window.store.messages(window.chat.conversation_id)[0]
    assert [a.name for a in user.attachments] == ["good.png"]


def test_too_many_attachments(qtbot, window, tmp_path: Path) -> None:
    paths = [mf.image(tmp_path / f"p{i}.png", seed=i, size=(32, 32)) for i in range(11)]
    window.composer.add_files(paths)
    ready(qtbot, window, 11)
    errors = [c.error for c in window.composer.strip.chips if c.error]
    assert len(errors) == 1 and "at most 10 files" in errors[0]


def test_long_audio_says_it_is_read_in_clips(qtbot, window, tmp_path: Path) -> None:
    window.composer.add_files([mf.write_wav(tmp_path / "lecture.wav", mf.tone(70))])
    ready(qtbot, window, 1)
    assert "1:10 · read as 3 clips of up to 30 s" in window.composer.strip.chips[0].text.text()


def test_a_text_only_model_refuses_media_with_an_explanation(
    qtbot, make_window, tiny_gemma3: Path, tmp_path: Path
) -> None:
    window = make_window("tiny-text", source=tiny_gemma3)
    assert window.composer.attach_button.isEnabled()  # documents, which every model reads
    assert "reads text only" in window.composer.attach_button.toolTip()
    window.composer.add_files([mf.image(tmp_path / "x.png")])
    chip = window.composer.strip.chips[0]
    assert chip.error and "cannot read images" in chip.error and "Load Gemma 4" in chip.error
    # The chip is small: a short reason that fits, the whole sentence on hover.
    assert chip.toolTip() == chip.error and len(chip.text.text()) < 100
    chip.text.adjustSize()
    assert chip.text.sizeHint().height() <= window.composer.strip.height()
    # Sending anyway says which file stayed behind, instead of dropping it silently.
    script(window, "Fine.")
    send(qtbot, window, "What is in the picture?")
    assert window.banner.isVisible() and window.banner.label.text().startswith("Sent without x.png"), (
        window.banner.label.text()
    )


def test_a_document_shows_its_pages_and_size_and_goes_into_the_prompt(
    qtbot, make_window, tiny_gemma3: Path, tmp_path: Path
) -> None:
    window = make_window("tiny-text", source=tiny_gemma3)  # a text-only model reads documents too
    pdf = documents.text_pdf(tmp_path / "report.pdf", ["Revenue grew", "Costs fell"])
    window.composer.add_files([pdf])
    ready(qtbot, window, 1)
    chip = window.composer.strip.chips[0]
    assert chip.prepared is not None and chip.prepared.kind == "document"
    assert f"2 pages · {QLocale().formattedDataSize(pdf.stat().st_size, 0)}" in chip.text.text()
    script(window, "Costs fell.")
    send(qtbot, window, "What fell?")
    user, _reply = window.store.messages(window.chat.conversation_id)
    assert user.attachments[0].kind == "document"
    history = window.chat.history_for(window.chat.conversation_id)
    assert '<document name="report.pdf" pages="2">' in history[-2].content


def test_a_hostile_document_fails_on_its_chip_only(qtbot, window, tmp_path: Path) -> None:
    source = documents.docx_file(tmp_path / "ok.docx", ["hello"])
    window.composer.add_files([documents.zip_bomb_docx(tmp_path / "bomb.docx", source, 32), source])
    ready(qtbot, window, 2)
    bomb, ok = window.composer.strip.chips
    assert bomb.error and "zip bomb" in bomb.toolTip() and ok.prepared is not None


def test_a_long_document_is_cited_and_a_citation_opens_its_passage(qtbot, make_window, tmp_path: Path) -> None:
    from app.ui.sources_view import SourceDialog
    from tests.app.test_documents_chat import long_manual

    first = make_window()
    first.settings.context_length, first.settings.max_tokens = 2048, 128
    first.composer.add_files([long_manual(tmp_path / "manual.md")])
    ready(qtbot, first, 1)
    chip = first.composer.strip.chips[0]
    assert chip.prepared is not None and chip.error is None  # no longer refused: read piece by piece
    assert first.store.db.execute("SELECT COUNT(*) FROM indexed_documents").fetchone()[0] == 1  # indexed on attach
    script(first, "Every 400 hours [1].")
    send(qtbot, first, "How often are the coolant pumps serviced?")
    reply = first.store.messages(first.chat.conversation_id)[1]
    assert reply.sources and reply.sources[0].place == "Coolant"
    first.engine.close()
    first.store.close()
    second = make_window()  # reopened: the citation is still a link, and still opens its passage
    shown = second.view.toHtml()
    assert f'href="cite:{reply.id}:1"' in shown and "Sources" in second.view.toPlainText()
    second.view.anchorClicked.emit(QUrl(f"cite:{reply.id}:1"))
    dialog = second.view.source_dialog
    assert isinstance(dialog, SourceDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "Source 1"
    assert "manual.md, section “Coolant”" in dialog.heading.text()
    assert "serviced every 400 operating hours" in dialog.passage.toPlainText()
    assert dialog.passage.accessibleName() == "Passage 1 of manual.md, section “Coolant”"
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog.passage, Qt.Key.Key_Escape)  # where the keyboard is when it opens
    assert not dialog.isVisible()


def test_removing_a_chip_cancels_its_reading(qtbot, window, tmp_path: Path) -> None:
    window.composer.add_files([documents.csv_rows(tmp_path / "big.csv", 100_000)])
    chip = window.composer.strip.chips[0]
    chip.removed.emit(chip)
    assert chip.cancel.is_set() and not window.composer.strip.chips


def test_attachments_survive_a_restart_and_edit(qtbot, make_window, tmp_path: Path) -> None:
    first = make_window()
    first.composer.add_files([mf.image(tmp_path / "kept.png")])
    ready(qtbot, first, 1)
    script(first, "Seen.")
    send(qtbot, first, "Remember this picture")
    first.engine.close()
    first.store.close()
    second = make_window()
    user = second.store.messages(second.chat.conversation_id)[0]
    assert user.attachments[0].name == "kept.png" and user.attachments[0].path.exists()
    assert "kept.png" in second.view.toPlainText()
    history = second.chat.history_for(second.chat.conversation_id)
    assert history[0].media[0].path == user.attachments[0].path
    second.view.anchorClicked.emit(QUrl(f"msg:edit:{user.id}"))
    assert [c.prepared.name for c in second.composer.strip.chips] == ["kept.png"]
