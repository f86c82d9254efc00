"""The interface language: the system's (nearest shipped one), the Settings override, and
right-to-left layout for Arabic."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt

from app.ui.i18n import chosen_language, install_language, interface_language, system_language


@pytest.mark.parametrize(
    ("system", "expected"),
    [
        ("de_CH", "de"),  # the base language when the region is not shipped
        ("zh_TW", "en"),  # Traditional Chinese is not shipped: English rather than the wrong script
        ("zh_HK", "en"),
        ("zh_CN", "zh_CN"),
        ("zh_SG", "zh_CN"),
        ("ar_EG", "ar"),
        ("pt_BR", "en"),  # not shipped at all
        ("ja_JP", "ja"),
    ],
)
def test_the_system_language_is_the_nearest_shipped_one(system: str, expected: str) -> None:
    assert system_language(QLocale(system)) == expected


def test_a_shipped_choice_overrides_the_system_and_an_unknown_one_does_not() -> None:
    assert chosen_language("fr", QLocale("de_DE")) == "fr"
    assert chosen_language("xx", QLocale("de_DE")) == "de"
    assert chosen_language("", QLocale("ja_JP")) == "ja"


def test_arabic_lays_the_interface_out_right_to_left(qapp) -> None:
    before_direction, before_locale = qapp.layoutDirection(), QLocale()
    before_language = qapp.property("hearth_language")
    try:
        install_language(qapp, "ar")
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert interface_language() == "ar"
        assert QLocale().language() == QLocale.Language.Arabic  # numbers and dates follow the words
        install_language(qapp, "en")
        assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert interface_language() == "en"
    finally:
        qapp.setLayoutDirection(before_direction)
        QLocale.setDefault(before_locale)
        qapp.setProperty("hearth_language", before_language)


def test_number_and_date_formats_keep_the_users_region_when_it_speaks_the_language() -> None:
    from app.ui.i18n import formats_for

    assert formats_for("en", QLocale("en_GB")).name() == "en_GB"  # 24-hour times stay
    assert formats_for("de", QLocale("de_CH")).name() == "de_CH"
    assert formats_for("de", QLocale("en_GB")).name() == "de_DE"  # another language: its own formats
