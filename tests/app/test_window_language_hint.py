"""The window tells the model the interface language it resolved (app/chat/language_hint.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTranslator

from app.paths import data_dir
from app.settings import Settings, save_settings
from app.ui.i18n import install_language


@pytest.fixture
def german_settings(qapp) -> Iterator[None]:
    data_dir().mkdir(parents=True, exist_ok=True)
    save_settings(Settings(ui_language="de", welcome_done=True), data_dir() / "settings.json")
    yield
    install_language(qapp, "en")  # the next tests run in English again
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)


def test_a_german_interface_asks_the_model_for_german_replies(german_settings, make_window) -> None:
    window = make_window()
    session = window.chat.session
    assert session.interface_language == "de"
    cid = session.new_conversation()
    system = session.history_for(cid)[0]
    assert system.role == "system" and "answer in German unless the user writes in another language" in system.content
