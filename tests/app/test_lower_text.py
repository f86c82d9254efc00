"""Messages from the Qt-free layers reach the user in the interface language."""

from __future__ import annotations

import runpy
import string
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest

from app.ui.i18n import install_language
from app.ui.lower_messages import templates
from app.ui.lower_text import error_text, in_interface_language, match_template

ROOT = Path(__file__).resolve().parents[2]


# packaging/ is not a package: its module is run by path (sys.path untouched) and read as a namespace.
lower_messages = SimpleNamespace(**runpy.run_path(str(ROOT / "packaging" / "lower_messages.py")))


@pytest.fixture
def german(qapp) -> Iterator[None]:
    install_language(qapp, "de")
    try:
        yield
    finally:
        install_language(qapp, "en")


def _fields(text: str) -> list[str]:
    return list(dict.fromkeys(f for _, f, _, _ in string.Formatter().parse(text) if f))


def test_the_template_list_is_generated_from_the_current_code() -> None:
    run = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "lower_messages.py"), "--check"], capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr


def test_the_scan_finds_each_way_a_lower_layer_speaks(tmp_path: Path) -> None:
    """Exceptions (raised or returned), chat problems, notes, progress, message functions and variables."""
    layer = tmp_path / "runtime"
    layer.mkdir()
    (layer / "m.py").write_text(
        "class Oops(ValueError): ...\n"
        "class Worse(Oops): ...\n"
        "BUSY = 'Wait for it.'\n"
        "def f(path, notes, report, n):\n"
        "    if n: raise Worse(f'“{path.name}” broke ({n} times).')\n"
        "    notes.append('Noted once.')\n"
        "    report(0.5, f'Reading {path.name}')\n"
        "    Problem(BUSY)\n"
        "    note = 'Kept aside.' if n else 'Nothing kept.'\n"
        "    raise TypeError('a programmer error, never shown')\n"
        "def _explain(x):\n"
        "    return f'Stopped after {x:.0f} s.'\n"
    )
    assert lower_messages.scan(tmp_path) == sorted(
        [
            "“{path_name}” broke ({n} times).",
            "Noted once.",
            "Reading {path_name}",
            "Wait for it.",
            "Kept aside.",
            "Nothing kept.",
            "Stopped after {x} s.",
        ]
    )


def test_every_template_is_recognised_as_itself() -> None:
    """No other template captures a message first (the most specific one wins)."""
    for english in templates():
        sample = english.format(**{f: f"<{f}-{i}>" for i, f in enumerate(_fields(english))})
        found = match_template(sample)
        assert found is not None and found[0] == english, (english, found)


def test_real_messages_are_shown_in_the_interface_language(german, tmp_path: Path) -> None:
    from runtime.errors import EngineError
    from runtime.media import MediaError, check_regular

    missing = tmp_path / "Urlaub.png"
    with pytest.raises(MediaError) as caught:
        check_regular(missing)
    english = str(caught.value)
    shown = error_text(caught.value)
    assert "Urlaub.png" in shown and shown != english
    # A reason inside a reason: both parts are translated, the names kept.
    outer = EngineError(f"Could not load 'tiny': {english}")
    nested = error_text(outer)
    assert "tiny" in nested and "Urlaub.png" in nested
    assert "Could not load" not in nested and "was not found" not in nested


def test_what_is_not_a_known_message_is_shown_as_it_is(german) -> None:
    for text in ("", "Traceback (most recent call last):\n  ZeroDivisionError", "[Errno 13] Permission denied"):
        assert in_interface_language(text) == text


def test_english_is_untouched(qapp) -> None:
    install_language(qapp, "en")
    message = "“a.png” is empty."
    assert in_interface_language(message) == message


def test_the_sandbox_and_the_chat_speak_the_interface_language(german) -> None:
    from app.chat.session import BUSY

    for english in (BUSY, "Stopped: the code ran longer than 10 seconds.", "No model is loaded."):
        assert in_interface_language(english) != english


def test_a_banner_of_several_notes_translates_each(qtbot, german) -> None:
    from app.ui.banner import Banner

    banner = Banner()
    qtbot.addWidget(banner)
    banner.show_message("No model is loaded.\n\nSomething the OS said.", "warning")
    first, second = banner.label.text().split("\n\n")
    assert first != "No model is loaded." and second == "Something the OS said."


def test_a_stored_error_and_a_stopped_code_run_read_in_the_interface_language(tmp_path: Path, german) -> None:
    """Errors kept in the history in English are shown in the language of today's interface."""
    from app.render import MarkdownRenderer
    from app.store import HistoryStore
    from app.tools import ToolRecord
    from app.ui.message_html import footer_html
    from app.ui.theme import palette
    from app.ui.tool_card import tool_card_html

    store = HistoryStore(tmp_path / "history.db")
    try:
        conv = store.create_conversation(model=None)
        reply = store.add_message(conv.id, "assistant", "")
        store.update_message(reply.id, status="error", error="No model is loaded.")
        stopped = "Stopped: the code ran longer than 10 seconds."
        record = ToolRecord("run_python", {"code": "while True: pass"}, status="failed", result={"error": stopped})
        store.add_message(conv.id, "tool", record.to_json())
        error_row, tool_row = store.messages(conv.id)
        footer = footer_html(error_row, palette(), show_stats=False)
        card = tool_card_html(tool_row, MarkdownRenderer(), {})
    finally:
        store.close()
    assert "No model is loaded." not in footer and in_interface_language("No model is loaded.") in footer
    assert stopped not in card and "10" in card


def test_a_damaged_log_note_is_translated_whole(tmp_path: Path, german) -> None:
    """The real note from the history (a damaged write-ahead log), not a sample: every part of it."""
    import os
    import shutil

    from app.store import HistoryStore

    live = tmp_path / "live" / "history.db"
    live.parent.mkdir()
    store = HistoryStore(live)
    store.add_message(store.create_conversation("Recent").id, "user", "only in the log")
    copy = tmp_path / "copy" / "history.db"
    copy.parent.mkdir()
    shutil.copyfile(live, copy)
    shutil.copyfile(str(live) + "-wal", str(copy) + "-wal")
    store.close()
    wal = Path(str(copy) + "-wal")
    wal.write_bytes(os.urandom(64) + wal.read_bytes()[64:])
    reopened = HistoryStore(copy)
    try:
        (note,) = reopened.report.notes
    finally:
        reopened.close()
    shown = in_interface_language(note)
    assert shown != note and "history.db-wal.damaged-" in shown and "1" in shown
    for english in ("Messages recovered", "was damaged", "its header", "The log is kept"):
        assert english not in shown, shown


def test_names_keep_their_words_and_reasons_are_translated(german) -> None:
    assert "„Done“" in in_interface_language("“Done” was not found.")  # a file named Done
    nested = in_interface_language(
        "'a.gguf' is damaged or incomplete: 'b.gguf' is truncated: the download or copy did not finish."
    )
    assert nested.count("a.gguf") == 1 and nested.count("b.gguf") == 1
    assert "damaged" not in nested and "truncated" not in nested
    missing = in_interface_language(
        "Python code is switched off: this computer cannot build the sandbox it runs in. "
        "Missing: user namespaces; seccomp filters."
    )
    assert "user namespaces" not in missing and "seccomp filters" not in missing and "Missing" not in missing
    folder = in_interface_language("“Fotos” is a folder, not a file.")
    assert "Fotos" in folder and "a folder" not in folder
    step = in_interface_language("Building the tokenizer: saving (7 s)")
    assert step.endswith(" (7 s)") and "saving" not in step


def test_long_text_is_not_matched_and_tracebacks_stay_as_they_are(german) -> None:
    from app.ui.lower_text import MAX_MESSAGE_CHARS

    long = "“" + "x" * MAX_MESSAGE_CHARS + "” was not found."
    assert in_interface_language(long) == long  # not a message: shown as it is, and no regex runs on it
    hostile = "Stopped: " + "a " * 400 + "cannot read " * 50
    assert isinstance(in_interface_language(hostile), str)


def test_the_banner_shows_markup_as_text(qtbot) -> None:
    from PySide6.QtCore import Qt

    from app.ui.banner import Banner

    banner = Banner()
    qtbot.addWidget(banner)
    banner.show_message("Remembered: <b>bold</b> <img src=x>", "info")
    assert banner.label.textFormat() == Qt.TextFormat.PlainText and "<b>bold</b>" in banner.label.text()
