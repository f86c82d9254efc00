"""Sandboxed code that floods the app through the window: what is stored, shown and read by
the model stays small, the window keeps working, nothing is lost. (How responsive the window
stays while it happens is `hearth bench-ui --harm`: timing is never a unit test.)"""

from __future__ import annotations

import pytest

from app.commands.lag_bench import HARM_CASES, tool_call_reply
from app.tools import ToolRecord
from sandbox import Limits
from tests.app.conftest import script, send

LIMITS = Limits()
ROW_CAP = 3 * (LIMITS.max_shown_chars + LIMITS.max_error_chars)  # shown text, plus its copy for the model


@pytest.mark.parametrize("name", ["huge_output", "huge_error", "more_charts_than_the_cap"])
def test_flooding_code_leaves_a_bounded_row_and_a_working_window(qtbot, window, name: str) -> None:
    window.settings.ask_before_running_code = False
    script(window, tool_call_reply(HARM_CASES[name]))
    script(window, "Noted.")
    send(qtbot, window, f"Case {name}", timeout=120_000)
    user, first, tool, final = window.store.messages(window.chat.conversation_id)
    record = ToolRecord.parse(tool.content)
    assert record.status in ("done", "failed") and final.content == "Noted."
    assert len(tool.content) < ROW_CAP
    read = sum(
        len(str(r.response)) for m in window.chat.history_for(window.chat.conversation_id) for r in m.tool_results
    )
    assert read < LIMITS.max_shown_chars + LIMITS.max_error_chars + 500
    assert len(tool.attachments) <= LIMITS.max_figures
    shown = window.view.toPlainText()
    assert len(shown) < ROW_CAP and "Noted." in shown
    if name == "more_charts_than_the_cap":
        assert len(tool.attachments) == LIMITS.max_figures and "2 more figures not shown" in shown
    else:
        assert "more characters" in shown
    send(qtbot, window, "still there?")  # the window still takes a turn afterwards
    assert window.store.messages(window.chat.conversation_id)[-2].content == "still there?"
