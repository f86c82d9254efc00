"""The tool loop end to end: the tiny model calls run_python (scripted, through the real
Gemma 4 parser), the sandbox runs it, the card shows code, output and charts, and the model
continues from the result."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QUrl

from app.tools import MAX_TOOL_ROUNDS, ToolRecord
from tests.app.conftest import script

CHART_CODE = (
    "import matplotlib.pyplot as plt\nxs = list(range(5))\nplt.plot(xs, [x * x for x in xs])\n"
    "print('sum of squares', sum(x * x for x in xs))"
)


def call(code: str) -> str:
    return f'Let me compute that.<|tool_call>call:run_python{{code:<|"|>{code}<|"|>}}<tool_call|>'


def rows(window):
    return window.store.messages(window.chat.conversation_id)


def start(qtbot, window, text: str) -> None:
    window.composer.editor.setPlainText(text)
    window.composer._on_send()


def test_tool_call_waits_for_approval_then_runs_and_the_model_continues(qtbot, window, tmp_path: Path) -> None:
    window.settings.ask_before_running_code = True
    script(window, call(CHART_CODE))
    script(window, "The sum of squares is **30**, and the chart shows the parabola.")
    start(qtbot, window, "Plot squares and sum them")
    qtbot.waitUntil(lambda: any(m.role == "tool" for m in rows(window)), timeout=30_000)
    tool = next(m for m in rows(window) if m.role == "tool")
    assert ToolRecord.parse(tool.content).status == "pending"
    assert window.chat.busy and "Wants to run this code" in window.view.toPlainText()
    assert "plt.plot(xs" in window.view.toPlainText()  # the code is shown before it runs
    window.view.anchorClicked.emit(QUrl(f"msg:run:{tool.id}"))
    qtbot.waitUntil(lambda: not window.chat.busy, timeout=60_000)
    user, first, tool, final = rows(window)
    record = ToolRecord.parse(tool.content)
    assert record.status == "done" and record.result["stdout"] == "sum of squares 30\n"
    assert record.result["figures"] == 1 and tool.attachments[0].name == "figure-1.png"
    assert first.content == "Let me compute that." and final.content.startswith("The sum of squares is **30**")
    text = window.view.toPlainText()
    assert "sum of squares 30" in text and "Ran in" in text
    # The model read the result in Gemma 4's own format on its second turn.
    history = window.chat.history_for(window.chat.conversation_id)
    params = window.settings.params(window.engine.info)
    prompt = window.engine.call(lambda b: b.render(history, params)).result()
    assert '<|tool_response>response:run_python{figures:1,stdout:<|"|>sum of squares 30' in prompt


def test_chart_opens_full_size_and_saves(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    from app.ui import main_window
    from app.ui.figure_dialog import FigureDialog

    shown = []
    # The window opens the dialog modally; record it instead of blocking the test in exec().
    monkeypatch.setattr(main_window.FigureDialog, "exec", lambda self: shown.append(self.name) or 0)

    window.settings.ask_before_running_code = False
    script(window, call(CHART_CODE))
    script(window, "Done.")
    start(qtbot, window, "chart")
    qtbot.waitUntil(lambda: not window.chat.busy, timeout=60_000)
    figure = next(m for m in rows(window) if m.role == "tool").attachments[0]
    opened = []
    window.view.figure_requested.connect(opened.append)
    window.view.anchorClicked.emit(QUrl(f"figure:{figure.id}"))
    assert opened == [figure] and shown == ["figure-1.png"]
    dialog = FigureDialog(figure.path, figure.name, window)
    qtbot.addWidget(dialog)
    saved = dialog.save(str(tmp_path / "chart.png"))
    assert saved.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_big_chart_is_shown_from_its_preview_not_its_full_png(qtbot, window) -> None:
    """The card paints a 1040 px preview drawn off the GUI thread; the full PNG stays for the dialog."""
    from PIL import Image

    window.settings.ask_before_running_code = False
    big = "import matplotlib.pyplot as plt\nplt.figure(figsize=(30, 30), dpi=100)\nplt.plot([1, 2, 3])\nprint('ok')"
    script(window, call(big))
    script(window, "Done.")
    start(qtbot, window, "big chart")
    qtbot.waitUntil(lambda: not window.chat.busy, timeout=60_000)
    figure = next(m for m in rows(window) if m.role == "tool").attachments[0]
    with Image.open(figure.path) as full, Image.open(figure.thumb) as preview:
        assert full.width > 1500 and preview.width == 1040
    html = window.view.toHtml()
    assert QUrl.fromLocalFile(str(figure.thumb)).toString() in html
    assert QUrl.fromLocalFile(str(figure.path)).toString() not in html


def test_skipping_tells_the_model(qtbot, window) -> None:
    window.settings.ask_before_running_code = True
    script(window, call("print('never')"))
    script(window, "Alright, I will not run it.")
    start(qtbot, window, "run something")
    qtbot.waitUntil(lambda: any(m.role == "tool" for m in rows(window)), timeout=30_000)
    tool = next(m for m in rows(window) if m.role == "tool")
    window.chat.decide_tool(tool.id, False)
    qtbot.waitUntil(lambda: not window.chat.busy, timeout=60_000)
    record = ToolRecord.parse(next(m for m in rows(window) if m.role == "tool").content)
    assert record.status == "declined" and "chose not to run" in record.result["error"]
    assert rows(window)[-1].content == "Alright, I will not run it."


def test_output_is_plain_text_never_html(qtbot, window) -> None:
    window.settings.ask_before_running_code = False
    script(window, call("print('<b>bold</b> <img src=x>')"))
    script(window, "ok")
    start(qtbot, window, "html")
    qtbot.waitUntil(lambda: not window.chat.busy, timeout=60_000)
    assert "<b>bold</b> <img src=x>" in window.view.toPlainText()  # shown literally
    assert "<b>bold</b>" not in window.view.toHtml()  # escaped, not interpreted


def test_hostile_code_from_the_model_is_contained_and_the_app_responds(qtbot, window) -> None:
    window.settings.ask_before_running_code = False
    from sandbox import Limits

    script(window, call("while True:\n    pass"))  # an infinite loop written by the model
    script(window, "That took too long.")
    window.toolbox.sandbox().limits = Limits(timeout_s=2, cpu_s=1)
    start(qtbot, window, "loop forever")
    qtbot.waitUntil(lambda: not window.chat.busy, timeout=60_000)
    record = ToolRecord.parse(next(m for m in rows(window) if m.role == "tool").content)
    assert record.status == "failed" and "Stopped" in record.result["error"]
    assert rows(window)[-1].content == "That took too long."
    script(window, "Still here.")
    window.composer.editor.setPlainText("are you there?")
    window.composer._on_send()
    qtbot.waitUntil(lambda: not window.chat.busy, timeout=30_000)
    assert rows(window)[-1].content == "Still here."


def test_stop_while_waiting_for_approval(qtbot, window) -> None:
    window.settings.ask_before_running_code = True
    script(window, call("print(1)"))
    start(qtbot, window, "run")
    qtbot.waitUntil(lambda: any(m.role == "tool" for m in rows(window)), timeout=30_000)
    window.escape()
    qtbot.waitUntil(lambda: not window.chat.busy, timeout=10_000)
    assert ToolRecord.parse(next(m for m in rows(window) if m.role == "tool").content).status == "declined"


def test_tool_rounds_are_limited(qtbot, window) -> None:
    window.settings.ask_before_running_code = False
    for i in range(MAX_TOOL_ROUNDS + 1):
        script(window, call(f"print({i})"))
    start(qtbot, window, "loop")
    qtbot.waitUntil(lambda: not window.chat.busy, timeout=120_000)
    tools = [m for m in rows(window) if m.role == "tool"]
    assert len(tools) == MAX_TOOL_ROUNDS
    assert f"Stopped after {MAX_TOOL_ROUNDS} rounds" in window.banner.label.text()


def test_history_with_tools_survives_restart(qtbot, make_window) -> None:
    first = make_window()
    first.settings.ask_before_running_code = False
    script(first, call("print(6 * 7)"))
    script(first, "It is 42.")
    start(qtbot, first, "six times seven?")
    qtbot.waitUntil(lambda: not first.chat.busy, timeout=60_000)
    first.engine.close()
    first.store.close()
    second = make_window()
    history = second.chat.history_for(second.chat.conversation_id)
    assistant = [m for m in history if m.role == "assistant"]
    assert assistant[0].tool_calls[0].arguments == {"code": "print(6 * 7)"}
    assert assistant[0].tool_results[0].response["stdout"] == "42\n"
    assert "42" in second.view.toPlainText()
    json.loads(next(m for m in second.store.messages(second.chat.conversation_id) if m.role == "tool").content)


def test_a_turn_with_a_tool_call_redraws_only_what_changed(qtbot, window, monkeypatch) -> None:
    """The user's message, the tool card's three states and the replies are drawn in place:
    the conversation before them is never redrawn (a 200-message chat took 1.5 s to redraw)."""
    script(window, "A first answer.")
    start(qtbot, window, "First")
    qtbot.waitUntil(lambda: not window.chat.busy, timeout=60_000)
    redraws = []
    original = window.view._render_all
    monkeypatch.setattr(window.view, "_render_all", lambda keep_scroll: redraws.append(1) or original(keep_scroll))
    window.settings.ask_before_running_code = True
    script(window, call("print('in place')"))
    script(window, "Done in place.")
    start(qtbot, window, "Run it")
    qtbot.waitUntil(lambda: "Wants to run this code" in window.view.toPlainText(), timeout=30_000)
    tool = next(m for m in rows(window) if m.role == "tool")
    window.view.anchorClicked.emit(QUrl(f"msg:run:{tool.id}"))
    qtbot.waitUntil(lambda: not window.chat.busy, timeout=60_000)
    assert redraws == []
    shown = window.view.toPlainText()
    assert shown.count("A first answer.") == 1 and shown.count("in place\n") >= 1 and "Done in place." in shown
    assert "Wants to run this code" not in shown and shown.count("Regenerate") == 1
    before = shown
    window.chat.open_conversation(window.chat.conversation_id)  # a full redraw shows the same text
    assert window.view.toPlainText().split() == before.split()
