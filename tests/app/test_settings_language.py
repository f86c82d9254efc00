"""Choosing the interface language in Settings: saved, explained, applied at the next start."""

from __future__ import annotations

import json

from app.paths import data_dir
from app.ui.settings_dialog import SettingsDialog


def _dialog(window, qtbot) -> SettingsDialog:
    dialog = SettingsDialog(window.settings, window.engine.info, window.models.current_key, window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_chosen_language_is_saved_and_says_when_it_applies(window, qtbot) -> None:
    dialog = _dialog(window, qtbot)
    combo = dialog.language
    assert combo.itemText(0) == "System (English)" and combo.currentData() == ""
    assert [combo.itemText(i) for i in range(1, combo.count())] == [
        "English", "Deutsch", "Français", "Español", "日本語", "简体中文", "العربية",
    ]  # fmt: skip
    assert combo.accessibleName() == "Interface language"
    assert not dialog.language_note.isVisible()  # the running language: nothing to explain
    combo.setCurrentIndex(combo.findData("de"))
    assert dialog.language_note.isVisible()
    assert dialog.language_note.text() == "Hearth will use Deutsch the next time it starts."
    dialog.accept()
    assert window.settings.ui_language == "de"
    window.save_settings()
    assert json.loads((data_dir() / "settings.json").read_text())["ui_language"] == "de"


def test_system_saves_no_language_and_english_needs_no_restart(window, qtbot) -> None:
    window.settings.ui_language = "fr"
    dialog = _dialog(window, qtbot)
    assert dialog.language.currentData() == "fr" and dialog.language_note.isVisible()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert not dialog.language_note.isVisible()  # English is what runs now
    dialog.language.setCurrentIndex(0)
    assert not dialog.language_note.isVisible()  # the system's language here is English too
    dialog.accept()
    assert window.settings.ui_language == ""
