"""The interface in each shipped language: translated, nothing clipped, Arabic mirrored.

For every language the main window, Settings and the welcome dialog are built as a user in
that language gets them (the choice saved in Settings, read at start) and checked for text
that does not fit its widget. Screenshots go to $HEARTH_SCREENSHOTS when it is set (to look
at them), else to the test's temporary folder.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QTabWidget, QWidget

from app.languages import LANGUAGES
from app.paths import data_dir
from app.settings import Settings, save_settings
from app.ui.i18n import install_language, interface_language
from tests.helpers.clipping import clipped_texts

LAPTOP_WIDTH = 1280  # a 13-inch MacBook's width in points: the window must fit it in every language


@pytest.fixture
def english_after(qapp) -> Iterator[None]:
    yield
    install_language(qapp, "en")  # the next test sees the interface the others expect


def _shots() -> Path | None:
    folder = os.environ.get("HEARTH_SCREENSHOTS")
    return Path(folder) if folder else None


def _look(widget: QWidget, name: str, tmp_path: Path) -> None:
    folder = _shots() or tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(folder / f"{name}.png"))


def _every_page(dialog: QDialog) -> list[str]:
    clipped = clipped_texts(dialog)
    for tabs in dialog.findChildren(QTabWidget):
        for page in range(tabs.count()):
            tabs.setCurrentIndex(page)
            clipped += clipped_texts(dialog)
    return sorted(set(clipped))


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_each_language_fits_the_main_window_settings_and_welcome(
    language: str, make_window, qtbot, tmp_path: Path, english_after
) -> None:
    from app.ui.presets_dialog import PresetsDialog
    from app.ui.settings_dialog import SettingsDialog
    from app.ui.welcome import WelcomeDialog

    save_settings(Settings(ui_language=language, welcome_done=True), data_dir() / "settings.json")
    window = make_window()
    assert interface_language() == language
    file_menu = window.menuBar().actions()[0].text()
    assert (file_menu == "&File") == (language == "en"), file_menu  # translated, not left in English
    window.resize(LAPTOP_WIDTH, 800)
    qtbot.waitExposed(window)
    assert window.minimumSizeHint().width() <= LAPTOP_WIDTH
    problems = clipped_texts(window)
    _look(window, f"window-{language}", tmp_path)
    for name, make in (
        (
            "settings",
            lambda: SettingsDialog(
                window.settings, window.engine.info, window.models.current_key, window, window.store.memories
            ),
        ),
        ("welcome", lambda: WelcomeDialog(window)),
        ("presets", lambda: PresetsDialog(window.presets, [("tiny", "tiny")], window)),
    ):
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        try:
            problems += [f"{name}: {p}" for p in _every_page(dialog)]
            _look(dialog, f"{name}-{language}", tmp_path)
        finally:
            dialog.reject()
    assert problems == []


def test_arabic_mirrors_the_layout(make_window, qtbot, english_after) -> None:
    save_settings(Settings(ui_language="ar", welcome_done=True), data_dir() / "settings.json")
    window = make_window()
    window.resize(1200, 800)
    qtbot.waitExposed(window)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    sidebar_x = window.sidebar.mapTo(window, QPoint(0, 0)).x()
    chat_x = window.view.mapTo(window, QPoint(0, 0)).x()
    assert sidebar_x > chat_x  # the conversation list is on the right, where an Arabic reader starts
    assert window.composer.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_the_clipping_check_sees_a_cut_label_button_and_wrapped_text(qtbot) -> None:
    from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    cut = QLabel("Geschwindigkeitsangaben unter Antworten anzeigen")
    cut.setFixedWidth(60)
    fits = QLabel("OK")
    button = QPushButton("Spekulatives Dekodieren")
    button.setFixedWidth(40)
    wrapped = QLabel("Ein langer Satz, der umbrochen wird. " * 8)
    wrapped.setWordWrap(True)
    wrapped.setFixedSize(120, 20)
    for widget in (cut, fits, button, wrapped):
        layout.addWidget(widget)
    root.show()
    qtbot.waitExposed(root)
    found = clipped_texts(root)
    assert len(found) == 3 and not any("'OK'" in line for line in found)
    beyond = QLabel("Halb draußen", root)  # placed by hand, half past the window's left edge
    beyond.move(-30, 0)
    beyond.show()
    assert [line for line in clipped_texts(root) if "outside the window" in line] == [
        "QLabel 'Halb draußen': reaches outside the window"
    ]
