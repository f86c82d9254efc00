"""The interface's words reach translators: pyside6-lupdate finds them in the sources, and every
`translate()` call is written the one way lupdate can read (literal context and text, plural
count passed by position)."""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Files whose visible strings go through translate(); add a file here once it is wrapped.
TRANSLATED_FILES = (
    "app/main.py",
    "app/render/markdown.py",
    "app/ui/a11y.py",
    "app/ui/api_service.py",
    "app/ui/attachment_strip.py",
    "app/ui/audio_player.py",
    "app/ui/banner.py",
    "app/ui/bench_dialog.py",
    "app/ui/chat_view.py",
    "app/ui/composer.py",
    "app/ui/controller.py",
    "app/ui/conversations.py",
    "app/ui/downloads.py",
    "app/ui/figure_dialog.py",
    "app/ui/keyboard.py",
    "app/ui/main_window.py",
    "app/ui/memory_text.py",
    "app/ui/message_html.py",
    "app/ui/model_bar.py",
    "app/ui/model_manager.py",
    "app/ui/model_service.py",
    "app/ui/remote_models_tab.py",
    "app/ui/settings_dialog.py",
    "app/ui/sidebar.py",
    "app/ui/tool_card.py",
    "app/ui/voice_bar.py",
    "app/ui/voice_bridge.py",
    "app/ui/welcome.py",
)
# Measured when the files above were wrapped (362): fewer means wrapping was lost.
MIN_MESSAGES = 359


def _lupdate() -> Path:
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    if not tool.exists():
        pytest.skip("pyside6-lupdate is not installed next to this Python")
    return tool


def test_lupdate_finds_the_interface_texts(tmp_path: Path) -> None:
    ts = tmp_path / "check.ts"
    subprocess.run(
        [str(_lupdate()), *TRANSLATED_FILES, "-ts", str(ts)], cwd=ROOT, check=True, capture_output=True, timeout=120
    )
    messages = ET.parse(ts).getroot().findall("./context/message")
    sources = {m.findtext("source") for m in messages}
    assert len(messages) >= MIN_MESSAGES, f"lupdate found {len(messages)} texts, expected at least {MIN_MESSAGES}"
    assert {"New Chat", "Search chats", "Hold to talk", "Wants to run this code"} <= sources
    assert {"(%n words)", "%n tokens"} <= sources  # plurals, whose calls lupdate reads only in one form


def _translate_calls(path: Path) -> list[ast.Call]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "translate"
    ]


def _is_text(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def lupdate_problems(path: Path, name: str) -> list[str]:
    """`translate()` calls in the file that lupdate would miss or misread."""
    wrong = []
    for call in _translate_calls(path):
        where = f"{name}:{call.lineno}"
        if len(call.args) < 2 or not all(_is_text(arg) for arg in call.args[:2]):
            wrong.append(f"{where}: context and text must be string literals")
        if any(keyword.arg in ("n", "context", "text", "disambiguation") for keyword in call.keywords):
            wrong.append(f"{where}: pass n (and the rest) by position; lupdate ignores keywords")
    return wrong


@pytest.mark.parametrize("name", TRANSLATED_FILES)
def test_translate_calls_are_readable_by_lupdate(name: str) -> None:
    wrong = lupdate_problems(ROOT / name, name)
    assert not wrong, "\n".join(wrong)


def test_the_scan_catches_calls_lupdate_would_miss(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    lines = [
        'translate("A", label)',  # 1: variable text
        'translate("A", "%n file(s)", n=2)',  # 2: keyword count
        'translate(ctx, "x")',  # 3: variable context
        'translate("A", "ok", None, 2)',
        'translate("A", "%n ok", None, count)',
        'translate("A", "%n x", None, len(x))',  # a count as an expression: packaging/update_translations.py
    ]
    sample.write_text("\n".join(lines) + "\n")
    problems = lupdate_problems(sample, "sample.py")
    assert [p.split(":")[1] for p in problems] == ["1", "2", "3"]


def test_plural_counts_reach_lupdate_as_plurals(tmp_path: Path) -> None:
    """lupdate marks a message plural only for a literal count (and drops one whose count is an
    expression); packaging/update_translations.py shows it a copy with the counts as literals."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "packaging" / "update_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    source = 'x = translate("A", "%n é", None, len(items))\ny = translate(\n    "A",\n    "%n b",\n    None,\n    n_of(\n        z),\n)\nz = translate("A", "plain")\n'
    rewritten = module.plural_counts_as_literals(source)
    assert rewritten.count("\n") == source.count("\n")  # the .ts line numbers stay the code's
    sample = tmp_path / "sample.py"
    sample.write_text(rewritten)
    ts = tmp_path / "check_de.ts"
    subprocess.run([str(_lupdate()), str(sample), "-ts", str(ts)], check=True, capture_output=True, timeout=120)
    messages = {m.findtext("source"): m for m in ET.parse(ts).getroot().iter("message")}
    assert messages["%n é"].get("numerus") == "yes" and messages["%n b"].get("numerus") == "yes"
    assert messages["plain"].get("numerus") is None
