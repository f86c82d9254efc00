"""The shipped translations (assets/i18n) are complete, consistent and compiled.

Every text the code marks for translation (pyside6-lupdate finds them) has a finished
translation in every shipped language; placeholders, plural markers, mnemonics and markup
survive translation; the compiled .qm files are the ones the .ts sources make."""

from __future__ import annotations

import re
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.languages import LANGUAGES, SOURCE_LANGUAGE

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "assets" / "i18n"
SHIPPED = [code for code in LANGUAGES if code != SOURCE_LANGUAGE]
QT_BIN = Path(sys.executable).parent
TAG = re.compile(r"</?([a-z]+)[^>]*>")
MNEMONIC = re.compile(r"&(?!&)\w")


def _messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).getroot().iter("message"))


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def _fields(text: str) -> set[str] | str:
    """The ``{names}`` str.format fills in (or the error a stray brace would raise there)."""
    try:
        return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name is not None}
    except ValueError as exc:
        return f"unparsable: {exc}"


def _unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")  # (an Element with no children is falsy: no `or`)
    return translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete")


def _where(message: ET.Element) -> str:
    location = message.find("location")
    source = message.findtext("source") or ""
    return f"{source[:50]!r} ({location.get('filename') if location is not None else '?'})"


@pytest.mark.parametrize("language", SHIPPED)
def test_every_text_is_translated_and_keeps_its_placeholders(language: str) -> None:
    messages = _messages(I18N / f"hearth_{language}.ts")
    assert len(messages) > 200  # the whole interface, not a sample
    problems = []
    for message in messages:
        source = message.findtext("source") or ""
        if _unfinished(message):
            problems.append(f"not translated: {_where(message)}")
            continue
        for form in _forms(message):
            if not form.strip():
                problems.append(f"empty: {_where(message)}")
            elif _fields(form) != _fields(source):
                problems.append(f"placeholders differ: {_where(message)} -> {form!r}")
            elif message.get("numerus") == "yes" and "%n" not in form:
                problems.append(f"no %n: {_where(message)} -> {form!r}")
            elif sorted(TAG.findall(form)) != sorted(TAG.findall(source)):
                problems.append(f"markup differs: {_where(message)} -> {form!r}")
            elif bool(MNEMONIC.search(source)) != bool(MNEMONIC.search(form)):
                problems.append(f"keyboard mnemonic (&) lost or added: {_where(message)} -> {form!r}")
    assert problems == []


def test_every_text_in_the_code_has_a_translation() -> None:
    """New or changed texts in the code must be translated before they ship
    (packaging/update_translations.py refreshes the sources, then translators finish them)."""
    check = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "update_translations.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert check.returncode == 0, check.stdout[-4000:] + check.stderr[-2000:]


@pytest.mark.parametrize("language", [*SHIPPED, SOURCE_LANGUAGE])  # English: its plural forms
def test_the_compiled_translations_are_the_sources(language: str, tmp_path: Path) -> None:
    fresh = tmp_path / f"hearth_{language}.qm"
    subprocess.run(
        [str(QT_BIN / "pyside6-lrelease"), "-silent", str(I18N / f"hearth_{language}.ts"), "-qm", str(fresh)],
        check=True,
        timeout=120,
    )
    assert fresh.read_bytes() == (I18N / f"hearth_{language}.qm").read_bytes(), "run packaging/update_translations.py"


def test_right_to_left_and_plural_rules_come_from_the_language() -> None:
    ar = ET.parse(I18N / "hearth_ar.ts").getroot()
    assert ar.get("language", "").startswith("ar")
    plural = next(m for m in _messages(I18N / "hearth_ar.ts") if m.get("numerus") == "yes")
    assert len(_forms(plural)) == 6  # Arabic has six plural forms; Qt asks for all of them
    ja_plural = next(m for m in _messages(I18N / "hearth_ja.ts") if m.get("numerus") == "yes")
    assert len(_forms(ja_plural)) == 1


def test_every_catalogue_description_reaches_translators(qapp) -> None:
    """The Qt-free catalogue keeps English; the interface looks each description up to translate it."""
    from app.ui.catalog_text import model_description
    from app.ui.i18n import install_language
    from runtime.models.catalog import CATALOG

    try:
        install_language(qapp, "de")
        untranslated = [e.key for e in CATALOG if model_description(e.description) == e.description]
    finally:
        install_language(qapp, "en")
    assert untranslated == []


def test_attachment_words_follow_the_interface_language(qapp, tmp_path: Path) -> None:
    from app.ui.attachment_text import describe, refusal
    from app.ui.i18n import install_language

    (tmp_path / "a.png").write_bytes(b"x")
    english = describe({"duration": 70, "clips": 3}, "audio"), refusal(tmp_path / "a.png", frozenset({"audio"}), "tiny")
    assert english == (
        "1:10 · read as 3 clips of up to 30 s",
        "tiny cannot read images. It reads audio. Load Gemma 4 to attach images.",
    )
    try:
        install_language(qapp, "de")
        german = (
            describe({"duration": 70, "clips": 3}, "audio"),
            refusal(tmp_path / "a.png", frozenset({"audio"}), "tiny"),
        )
    finally:
        install_language(qapp, "en")
    assert german[0].startswith("1:10 · ") and "3" in german[0] and german[0] != english[0]
    assert german[1].startswith("tiny ") and german[1] != english[1]


# English counts: the source texts are English, but "%n document(s)" needs its two forms;
# hearth_en.ts holds only the plural messages (packaging/update_translations.py, lupdate -pluralonly).
ENGLISH_PLURALS = [
    ("ProjectsDialog", "%n document(s) indexed.", "1 document indexed.", "5 documents indexed."),
    ("ProjectsDialog", "%n file(s) could not be read:", "1 file could not be read:", "5 files could not be read:"),
    ("PresetsDialog", "Imported %n preset(s).", "Imported 1 preset.", "Imported 5 presets."),
    ("AddRemoteDialog", "The server lists %n model(s).", "The server lists 1 model.", "The server lists 5 models."),
    ("McpDialog", "Running · %n tools", "Running · 1 tool", "Running · 5 tools"),
]


@pytest.mark.parametrize(("context", "source", "one", "five"), ENGLISH_PLURALS)
def test_english_counts_take_the_singular_and_the_plural(qapp, context, source, one, five) -> None:
    from app.ui.i18n import install_language, translate

    install_language(qapp, "en")
    assert (translate(context, source, None, 1), translate(context, source, None, 5)) == (one, five)
    assert translate(context, source, None, 0) == five.replace("5", "0")  # "0 documents", as English says it


def test_an_attachment_chip_counts_its_pages_in_english(qapp) -> None:
    from app.ui.attachment_text import describe
    from app.ui.i18n import install_language

    install_language(qapp, "en")
    assert describe({"unit": "pages", "count": 1}, "document") == "1 page"
    assert describe({"unit": "pages", "count": 12}, "document") == "12 pages"
    assert describe({"unit": "rows", "count": 1}, "document") == "1 row"


def test_switching_language_and_back_keeps_the_english_plurals(qapp) -> None:
    from app.ui.i18n import install_language, translate

    try:
        install_language(qapp, "de")
        german = translate("ProjectsDialog", "%n document(s) indexed.", None, 1)
    finally:
        english = install_language(qapp, "en")
    assert german != "1 document indexed." and "1" in german
    assert len(english.translators) == 1  # the plural catalogue alone: the German one is gone
    assert translate("ProjectsDialog", "%n document(s) indexed.", None, 1) == "1 document indexed."
    assert translate("ProjectsDialog", "Nothing found.") == "Nothing found."  # other texts stay the code's


def test_english_has_every_plural_form_and_only_plurals() -> None:
    messages = _messages(I18N / f"hearth_{SOURCE_LANGUAGE}.ts")
    numerus = {m.findtext("source") for m in _messages(I18N / "hearth_de.ts") if m.get("numerus") == "yes"}
    assert {m.findtext("source") for m in messages} == numerus and all(m.get("numerus") == "yes" for m in messages)
    problems = []
    for message in messages:
        forms = _forms(message)
        if _unfinished(message) or len(forms) != 2 or not all(f.strip() for f in forms):
            problems.append(f"forms missing: {_where(message)}")
        elif any(_fields(form) != _fields(message.findtext("source") or "") for form in forms):
            problems.append(f"placeholders differ: {_where(message)} -> {forms!r}")
        elif "%n" not in forms[1]:
            problems.append(f"no %n in the plural: {_where(message)} -> {forms!r}")
    assert problems == []


def _update_translations():
    import importlib.util

    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "packaging" / "update_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_check_catches_an_english_plural_without_its_forms(tmp_path: Path) -> None:
    update_translations = _update_translations()
    english = tmp_path / "hearth_en.ts"
    assert update_translations.check([I18N / english.name]) == []
    tree = ET.parse(I18N / english.name)
    message = next(m for m in tree.getroot().iter("message") if m.findtext("source") == "Imported %n preset(s).")
    forms = message.findall("translation/numerusform")
    forms[0].text = ""  # the singular forgotten
    tree.write(english, encoding="utf-8")
    written = english.read_bytes()
    assert update_translations.check([english]) == ["hearth_en: PresetsDialog: 'Imported %n preset(s).'"]
    assert english.read_bytes() == written  # the check reports; it changes nothing


def test_a_broken_english_plural_file_leaves_the_source_text(qapp, monkeypatch, tmp_path: Path) -> None:
    from app.ui import i18n

    broken = tmp_path / "hearth_en.qm"
    broken.write_bytes(b"not a catalogue")
    monkeypatch.setattr(i18n, "translation_file", lambda language: str(broken))
    try:
        installed = i18n.install_language(qapp, "en")
        assert installed.problem is None and installed.translators == []  # nothing to tell the user
        assert i18n.translate("ProjectsDialog", "%n document(s) indexed.", None, 1) == "1 document(s) indexed."
    finally:
        monkeypatch.undo()
        i18n.install_language(qapp, "en")
