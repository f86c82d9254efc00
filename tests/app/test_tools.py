from __future__ import annotations

from pathlib import Path

from app.store import HistoryStore
from app.tools import ToolBox, ToolRecord, fold_history
from runtime import ToolCall


def test_fold_history_puts_calls_and_results_on_the_assistant_message(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "h.db")
    c = store.create_conversation()
    store.add_message(c.id, "user", "sum 1..3")
    store.add_message(c.id, "assistant", "")
    done = ToolRecord("run_python", {"code": "print(6)"}, "done", {"stdout": "6\n", "figures": 0})
    store.add_message(c.id, "tool", done.to_json())
    pending = ToolRecord("run_python", {"code": "print(7)"}, "pending")
    store.add_message(c.id, "tool", pending.to_json())  # not answered yet: not shown to the model
    store.add_message(c.id, "assistant", "It is 6.")
    history = fold_history(store.messages(c.id), "Be brief.")
    assert [m.role for m in history] == ["system", "user", "assistant", "assistant"]
    call_msg = history[2]
    assert call_msg.tool_calls == (ToolCall("run_python", {"code": "print(6)"}),)
    assert call_msg.tool_results[0].response == {"stdout": "6\n", "figures": 0}
    assert history[3].content == "It is 6."
    store.close()


def test_damaged_tool_rows_do_not_break_the_history() -> None:
    record = ToolRecord.parse("{not json")
    assert record.status == "failed" and "could not be read" in record.result["error"]


def test_toolbox_refuses_bad_calls_without_running_anything(tmp_path: Path) -> None:
    box = ToolBox(tmp_path)
    try:
        assert "no tool named" in box.execute(ToolCall("rm_rf", {}))[0]["error"]
        assert "non-empty 'code'" in box.execute(ToolCall("run_python", {"code": 3}))[0]["error"]
        assert box._sandbox is None  # nothing was started for refused calls
        response, result = box.execute(ToolCall("run_python", {"code": "print('x' * 5000)"}))
        assert result is not None and len(result.stdout) == 5001
        assert len(response["stdout"]) < 4100 and "more characters" in response["stdout"]
    finally:
        box.close()
