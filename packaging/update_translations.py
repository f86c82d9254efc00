"""Refresh the translation sources (assets/i18n/*.ts) from the code and compile them (*.qm).

    python packaging/update_translations.py          # after changing any text the interface shows
    python packaging/update_translations.py --check  # list code texts with no translation (exit 1)
    python packaging/update_translations.py de fr    # only these languages (en: the English plurals)

Translators then fill the .ts files (Qt Linguist: `pyside6-linguist assets/i18n/hearth_de.ts`,
or in bulk with packaging/translations_json.py) and run this again.

Why not plain pyside6-lupdate over app/: its Python reader marks a message as plural
(`numerus`) only when the count in `translate(ctx, text, None, count)` is a number literal,
and drops the message entirely when the count is an expression, and a later run turns a
plural message back into a singular one, losing its forms. So lupdate reads a copy of the
sources in which every such count is written as the literal 2: the texts, contexts and line
numbers are the code's own.

English is the source language, but a count still needs its plural: hearth_en.ts holds only the
plural messages (lupdate -pluralonly), with the English forms ("%n file" / "%n files"), and is
installed when the interface is English.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ("de", "fr", "es", "ja", "zh_CN", "ar")
SOURCE = "en"  # its file holds only the plural forms of the English texts
QT_BIN = Path(sys.executable).parent


def plural_counts_as_literals(source: str) -> str:
    """The source with the count argument of each 4-argument translate() call written as 2."""
    tree = ast.parse(source)
    spans = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _is_translate(node.func) and len(node.args) == 4:
            count = node.args[3]
            assert count.end_lineno is not None and count.end_col_offset is not None
            spans.append((count.lineno, count.col_offset, count.end_lineno, count.end_col_offset))
    lines = [line.encode() for line in source.splitlines(keepends=True)]
    for start_line, start_col, end_line, end_col in sorted(spans, reverse=True):  # later edits first
        head = lines[start_line - 1][:start_col]
        tail = lines[end_line - 1][end_col:]
        # Keep the line count: the .ts locations must point at the real lines.
        lines[start_line - 1 : end_line] = [head + b"2" + tail] + [b"\n"] * (end_line - start_line)
    return b"".join(lines).decode()


def _is_translate(func: ast.expr) -> bool:
    return (isinstance(func, ast.Name) and func.id == "translate") or (
        isinstance(func, ast.Attribute) and func.attr == "translate"
    )


def lupdate(ts_files: list[Path], plural_only: bool = False) -> None:
    """Update ``ts_files`` (beside a copy of app/ laid out as in the repository)."""
    with tempfile.TemporaryDirectory(prefix="hearth-i18n-") as tmp:
        copy = Path(tmp)
        sources = []
        for path in sorted((ROOT / "app").rglob("*.py")):
            if "__pycache__" in path.parts:
                continue
            target = copy / path.relative_to(ROOT)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(plural_counts_as_literals(path.read_text(encoding="utf-8")), encoding="utf-8")
            sources.append(str(target.relative_to(copy)))
        (copy / "assets" / "i18n").mkdir(parents=True)
        staged = []
        for ts in ts_files:
            staged_ts = copy / "assets" / "i18n" / ts.name
            if ts.exists():
                shutil.copy(ts, staged_ts)
            staged.append(staged_ts)
        subprocess.run(
            [str(QT_BIN / "pyside6-lupdate"), "-no-obsolete", "-locations", "absolute",
             *(["-pluralonly"] if plural_only else []), *sources, "-ts",
             *(str(s.relative_to(copy)) for s in staged)],
            cwd=copy, check=True, capture_output=True, timeout=600,
        )  # fmt: skip
        for ts, staged_ts in zip(ts_files, staged, strict=True):
            shutil.copy(staged_ts, ts)


def refresh(ts_files: list[Path]) -> None:
    """lupdate each file: every text for a translation, only the plural ones for English."""
    english = [ts for ts in ts_files if ts.name == f"hearth_{SOURCE}.ts"]
    if others := [ts for ts in ts_files if ts not in english]:
        lupdate(others)
    if english:
        lupdate(english, plural_only=True)


def check(ts_files: list[Path]) -> list[str]:
    """The texts in the code that these .ts files do not translate yet (the files are left as they are)."""
    with tempfile.TemporaryDirectory() as tmp:
        copies = [Path(tmp) / ts.name for ts in ts_files]
        for ts, copy in zip(ts_files, copies, strict=True):
            shutil.copy(ts, copy)
        refresh(copies)
        return [f"{ts.stem}: {line}" for ts in copies for line in untranslated(ts)]


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([str(QT_BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, timeout=120)


def untranslated(ts: Path) -> list[str]:
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if (
                translation is None
                or translation.get("type") in ("unfinished", "vanished", "obsolete")
                or (message.get("numerus") == "yes" and not _every_form(translation))
            ):
                missing.append(f"{context.findtext('name')}: {message.findtext('source')!r}")
    return missing


def _every_form(translation: ET.Element) -> bool:
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return bool(forms) and all(form.strip() for form in forms)


def _lower_messages():
    """packaging/lower_messages.py (packaging/ is not a package, and this file is also loaded by path)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("lower_messages", ROOT / "packaging" / "lower_messages.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv: list[str]) -> int:
    lower_messages = _lower_messages()
    i18n = ROOT / "assets" / "i18n"
    chosen = [a for a in argv if not a.startswith("-")]
    if unknown := set(chosen) - {*SHIPPED, SOURCE}:
        print(f"not a shipped language: {', '.join(sorted(unknown))} (shipped: {', '.join(SHIPPED)})", file=sys.stderr)
        return 2
    languages = chosen or [*SHIPPED, SOURCE]
    if "--check" in argv and lower_messages.main(["--check"]):
        return 1
    if "--check" in argv:
        problems = check([i18n / f"hearth_{lang}.ts" for lang in languages])
        print("\n".join(problems) or "every text is translated")
        return 1 if problems else 0
    ts_files = [i18n / f"hearth_{lang}.ts" for lang in languages]
    lower_messages.main([])  # the Qt-free layers' messages, as templates lupdate can read
    refresh(ts_files)
    for ts in ts_files:
        lrelease(ts, ts.with_suffix(".qm"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
