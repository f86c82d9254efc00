"""Move translations between Qt's .ts files and plain JSON, for translating in bulk.

    python packaging/translations_json.py export assets/i18n/hearth_de.ts todo.json [--all]
    python packaging/translations_json.py import assets/i18n/hearth_de.ts done.json

export writes the unfinished messages (every message with --all) as a list of
{"context", "source", "comment", "numerus", "forms", "translation"}; fill "translation" (a
string, or a list of plural forms for numerus messages: as many as "forms" says) and import
it back. Then run packaging/update_translations.py to tidy the files and compile them.
Qt Linguist (pyside6-linguist) does the same one message at a time.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
# Plural forms Qt asks for, by language (Qt's own rules: see `pyside6-lrelease -help` / qtbase).
PLURAL_FORMS = {"en": 2, "de": 2, "fr": 2, "es": 2, "ja": 1, "zh_CN": 1, "ar": 6}


def _key(context: str, message: ET.Element) -> tuple[str, str, str]:
    return context, message.findtext("source") or "", message.findtext("comment") or ""


def export(ts: Path, out: Path, everything: bool) -> int:
    root = ET.parse(ts).getroot()
    language = (root.get("language") or "").replace("-", "_")
    forms = PLURAL_FORMS.get(language, PLURAL_FORMS.get(language.split("_")[0], 2))
    rows = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if not everything and translation is not None and translation.get("type") != "unfinished":
                continue
            numerus = message.get("numerus") == "yes"
            rows.append(
                {
                    "context": name,
                    "source": message.findtext("source") or "",
                    "comment": message.findtext("comment") or "",
                    "numerus": numerus,
                    "forms": forms if numerus else 1,
                    "translation": _current(translation, numerus),
                }
            )
    out.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    return len(rows)


def _current(translation: ET.Element | None, numerus: bool) -> str | list[str]:
    if translation is None:
        return [] if numerus else ""
    if numerus:
        return [form.text or "" for form in translation.findall("numerusform")]
    return translation.text or ""


def import_(ts: Path, source: Path) -> int:
    tree = ET.parse(ts)
    done = {(r["context"], r["source"], r.get("comment", "")): r["translation"] for r in json.loads(source.read_text())}
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            text = done.get(_key(name, message))
            if not text:
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                forms = text if isinstance(text, list) else [text]
                translation.text = None
                for old in list(translation):
                    translation.remove(old)
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = text if isinstance(text, str) else text[0]
            filled += 1
    ts.write_text(HEADER + ET.tostring(tree.getroot(), encoding="unicode") + "\n", encoding="utf-8")
    return filled


def main(argv: list[str]) -> int:
    if len(argv) < 3 or argv[0] not in ("export", "import"):
        print(__doc__, file=sys.stderr)
        return 2
    ts, data = Path(argv[1]), Path(argv[2])
    if argv[0] == "export":
        print(f"{export(ts, data, '--all' in argv)} messages written to {data}")
    else:
        print(f"{import_(ts, data)} translations filled in {ts}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
