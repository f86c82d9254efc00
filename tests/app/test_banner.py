"""Notes fade after a while, but not a model's own note, and not behind a dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from app.ui.banner import Banner


def test_a_model_note_stays_and_plain_notes_fade(qtbot) -> None:
    banner = Banner()
    qtbot.addWidget(banner)
    banner.show_message("Exported.", "info")
    assert banner.isVisible() and banner.fading
    banner.show_message("A tiny base model.", "info", stays=True)
    assert banner.isVisible() and not banner.fading
    banner.show_message("Could not load.", "error")
    assert not banner.fading


def test_a_note_does_not_fade_while_a_dialog_covers_the_window(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    banner = Banner(window)
    window.show()
    banner.show_message("Exported.", "info")
    dialog = QDialog(window)
    dialog.setModal(True)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.isVisible())
    banner._fade()  # the 10 s timer ran out while the dialog was open
    assert banner.isVisible() and banner.fading
    dialog.close()
    banner._fade()
    assert not banner.isVisible()
