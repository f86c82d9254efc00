"""The interface in the user's language: Qt's translators (.ts sources, compiled .qm files).

Every visible string goes through `translate(context, text)`, which `pyside6-lupdate` finds in
the sources (packaging/update_translations.py). The language follows the system unless the user
chose one in Settings; a choice takes effect at the next start, because Qt widgets keep the
text they were built with.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from app.languages import LANGUAGES, RIGHT_TO_LEFT, SOURCE_LANGUAGE
from app.ui.resources import asset

TRADITIONAL_CHINESE = ("Hant", "TW", "HK", "MO")
SIMPLIFIED_CHINESE = ("Hans", "CN", "SG")


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The text in the interface language (`%n` in `text` is replaced by `n`, with its plural)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def system_language(locale: QLocale | None = None) -> str:
    """The shipped language closest to the system's, English when none is close."""
    locale = locale or QLocale.system()
    traditional = False
    # The user's order of preference, each expanded by Qt: ["zh-Hant-TW", "zh-TW", "zh-Hant", "zh", ...]
    for name in locale.uiLanguages():
        code = name.replace("-", "_")
        if code in LANGUAGES:
            return code
        parts = code.split("_")
        if parts[0] == "zh":  # only Simplified is shipped: Traditional readers get English, not the wrong script
            if any(tag in parts for tag in TRADITIONAL_CHINESE):
                traditional = True  # and the bare "zh" that follows is Traditional too
            elif any(tag in parts for tag in SIMPLIFIED_CHINESE) or not traditional:
                return "zh_CN"
            continue
        if parts[0] in LANGUAGES:
            return parts[0]
    return SOURCE_LANGUAGE


def chosen_language(setting: str, locale: QLocale | None = None) -> str:
    """The language the interface uses: the Settings override if it is a shipped one, else the system's."""
    return setting if setting in LANGUAGES else system_language(locale)


def translation_file(language: str) -> str:
    return str(asset(f"i18n/hearth_{language}.qm"))


_installed: list[QTranslator] = []


@dataclass
class InstalledLanguage:
    language: str
    translators: list[QTranslator]
    problem: str | None = None  # a sentence for the user when the translation could not be loaded


def install_language(app: QGuiApplication, language: str) -> InstalledLanguage:
    """Load Hearth's and Qt's own translations (standard buttons, file dialogs) into the app,
    and lay the interface out right to left for Arabic. A second call replaces the first.
    English, the source language, loads only its plural forms (assets/i18n/hearth_en.ts)."""
    app.setProperty("hearth_language", language)
    rtl = language in RIGHT_TO_LEFT
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if language == SOURCE_LANGUAGE:
        QLocale.setDefault(formats_for(language))
        plurals = QTranslator(app)  # only the plural forms ("%n file" / "%n files"); the texts are the code's
        if plurals.load(translation_file(language)):  # without it the source text still reads
            _installed.append(plurals)
            app.installTranslator(plurals)
        return InstalledLanguage(language, list(_installed))
    own = QTranslator(app)
    if not own.load(translation_file(language)):
        english = install_language(app, SOURCE_LANGUAGE)
        problem = f"The {LANGUAGES[language]} translation could not be loaded; Hearth is shown in English."
        return InstalledLanguage(language, english.translators, problem)
    _installed.append(own)
    qt_own = QTranslator(app)
    if qt_own.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt_own)
    for translator in _installed:
        app.installTranslator(translator)
    QLocale.setDefault(formats_for(language))
    return InstalledLanguage(language, list(_installed))


def formats_for(language: str, system: QLocale | None = None) -> QLocale:
    """Dates and numbers in the interface language, in the user's regional style when the system
    speaks that language (en_GB keeps 24-hour times, de_CH its own separators)."""
    system = system or QLocale.system()
    chosen = QLocale(language)
    return system if system.language() == chosen.language() else chosen


def interface_language() -> str:
    """The language installed in the running app (English before install_language runs)."""
    app = QCoreApplication.instance()
    value = app.property("hearth_language") if app is not None else None
    return value if isinstance(value, str) and value in LANGUAGES else SOURCE_LANGUAGE
