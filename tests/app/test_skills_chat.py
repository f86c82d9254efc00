"""Skills in a chat turn: the real engine (tiny Gemma 4, scripted replies through the real
tokenizer, template and tool parser) and the real history store. The user's decision, with the
file or folder picked, is driven directly, as the window's card and the terminal do.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.chat import ChatSession, ToolApprovalRequested, ToolUpdated
from app.commands.cli_chat import Terminal
from app.settings import Settings
from app.store import HistoryStore
from app.tools import ToolBox, ToolRecord
from runtime import Engine
from tests.app.test_chat_session import HANG_GUARD_S, engine, idle, rows, run_until, script  # noqa: F401
from tests.app.test_mcp_chat import approval, call


def save_call(name: str, content: str) -> str:
    return f'<|tool_call>call:write_file{{name:<|"|>{name}<|"|>,content:<|"|>{content}<|"|>}}<tool_call|>'


@pytest.fixture
def session(engine: Engine, tmp_path: Path) -> Iterator[ChatSession]:  # noqa: F811
    store = HistoryStore(tmp_path / "history.db")
    toolbox = ToolBox(tmp_path / "sandbox")
    s = ChatSession(store, engine, Settings(max_tokens=4000, allow_code=False), toolbox)
    s.on_model_ready("tiny")
    engine.call(lambda b: getattr(b, "_scripts", []).clear()).result(timeout=HANG_GUARD_S)
    yield s
    s.stop()
    run_until(s, lambda _e: not s.busy)
    toolbox.close()
    store.close()


def test_the_clock_runs_without_asking_and_the_model_reads_the_time(session: ChatSession) -> None:
    script(session, call("current_time", timezone="Asia/Tokyo"), "It is evening in Tokyo.")
    session.send("What time is it in Tokyo?")
    events = idle(session)
    assert not any(isinstance(e, ToolApprovalRequested) for e in events)
    _user, _first, tool, final = rows(session)
    record = ToolRecord.parse(tool.content)
    assert record.status == "done" and record.result["timezone"] == "Asia/Tokyo"
    assert record.result["utc_offset"] == "+09:00" and final.content == "It is evening in Tokyo."


def test_an_unknown_zone_comes_back_to_the_model_as_an_error(session: ChatSession) -> None:
    script(session, call("current_time", timezone="Nowhere/Atlantis"), "Sorry.")
    session.send("Time in Atlantis?")
    idle(session)
    record = ToolRecord.parse(rows(session)[2].content)
    assert record.status == "failed" and "Unknown time zone" in record.result["error"]
    history = session.history_for(session.conversation_id)
    assert "Unknown time zone" in history[-2].tool_results[0].response["error"]


def test_the_user_picks_the_file_the_model_reads(session: ChatSession, tmp_path: Path) -> None:
    picked = tmp_path / "todo.md"
    picked.write_text("- call the bank\n- water the plants\n", encoding="utf-8")
    script(session, call("read_file", reason="to see your list"), "You have two things to do.")
    session.send("Summarise my to-do list")
    ask = approval(session)
    assert ask.record.name == "read_file" and ask.record.arguments == {"reason": "to see your list"}
    session.decide_tool(ask.message_id, run=True, pick=picked)
    idle(session)
    _user, _first, tool, final = rows(session)
    record = ToolRecord.parse(tool.content)
    assert record.status == "done" and "water the plants" in record.result["content"]
    assert record.display["pick"] == str(picked)  # the card says which file was read
    assert final.content == "You have two things to do."


def test_run_without_a_pick_reads_nothing(session: ChatSession) -> None:
    script(session, call("read_file", reason="x"), "No file then.")
    session.send("Read something")
    ask = approval(session)
    session.decide_tool(ask.message_id, run=True, always=True)  # no pick: and no "always" for files
    idle(session)
    record = ToolRecord.parse(rows(session)[2].content)
    assert record.status == "declined" and record.result == {"error": "The user did not choose a file."}
    assert "read_file" not in session.settings.mcp_always_allow


def test_the_user_picks_the_folder_and_an_existing_file_is_kept(session: ChatSession, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "poem.txt").write_text("the user's own poem")
    script(session, save_call("poem.txt", "Roses are red"), "Saved.")
    session.send("Save a poem")
    ask = approval(session)
    assert ask.record.arguments == {"name": "poem.txt", "content": "Roses are red"}  # what the card shows
    session.decide_tool(ask.message_id, run=True, pick=folder)
    idle(session)
    record = ToolRecord.parse(rows(session)[2].content)
    assert record.status == "done" and record.result["saved_as"] == "poem (2).txt"
    assert (folder / "poem.txt").read_text() == "the user's own poem"
    assert (folder / "poem (2).txt").read_text() == "Roses are red"


def test_skip_writes_nothing(session: ChatSession, tmp_path: Path) -> None:
    script(session, save_call("x.txt", "y"), "Not saved.")
    session.send("Save it")
    ask = approval(session)
    session.decide_tool(ask.message_id, run=False, pick=tmp_path)
    events = idle(session)
    record = ToolRecord.parse(rows(session)[2].content)
    assert record.status == "declined" and not (tmp_path / "x.txt").exists()
    assert any(isinstance(e, ToolUpdated) and e.record.status == "declined" for e in events)


def test_switched_off_skills_are_neither_offered_nor_run(session: ChatSession) -> None:
    session.settings.skills_off = ["current_time"]
    script(session, call("current_time"), "Cannot tell.")
    session.send("What time is it?")
    idle(session)
    record = ToolRecord.parse(rows(session)[2].content)
    assert record.status == "failed" and "no tool named" in record.result["error"]
    assert "current_time" not in session.toolbox.declared


def test_web_fetch_is_offered_only_when_turned_on(session: ChatSession) -> None:
    script(session, "Hi.")
    session.send("Hello")
    idle(session)
    assert "web_fetch" not in session.toolbox.declared and "calculate" in session.toolbox.declared
    session.settings.web_fetch = True
    script(session, "Hi again.")
    session.send("Hello again")
    idle(session)
    assert "web_fetch" in session.toolbox.declared


# ---- `hearth chat`: the same calls, asked on the terminal ---------------------------------


class Keyboard(io.StringIO):
    """What the user types, as a terminal would deliver it."""

    def isatty(self) -> bool:
        return True


def test_the_terminal_asks_for_the_file_to_read(session: ChatSession, tmp_path: Path, capsys) -> None:
    picked = tmp_path / "list.txt"
    picked.write_text("eggs, flour")
    script(session, call("read_file", reason="to check the list"), "Eggs and flour.")
    session.send("What is on my list?")
    out = io.StringIO()
    assert Terminal(out, stats=False, answers=Keyboard(f"{picked}\n")).follow(session)
    err = capsys.readouterr().err
    assert "read a file you choose: to check the list" in err and "File to read" in err
    record = ToolRecord.parse(rows(session)[2].content)
    assert record.status == "done" and record.result["content"] == "eggs, flour"
    assert out.getvalue().strip().endswith("Eggs and flour.")


def test_the_terminal_asks_for_the_folder_and_an_empty_answer_skips(session: ChatSession, tmp_path: Path) -> None:
    script(session, save_call("a.txt", "A"), "Saved.", save_call("b.txt", "B"), "Not saved.")
    session.send("Save a")
    Terminal(io.StringIO(), stats=False, answers=Keyboard(f"{tmp_path}\n")).follow(session)
    assert (tmp_path / "a.txt").read_text() == "A"
    session.send("Save b")
    Terminal(io.StringIO(), stats=False, answers=Keyboard("\n")).follow(session)
    assert not (tmp_path / "b.txt").exists()
    assert ToolRecord.parse(rows(session)[-2].content).status == "declined"


def test_a_for_always_allows_the_tool_for_the_session(session: ChatSession, capsys) -> None:
    script(session, call("calculate", expression="x"), "One.", call("calculate", expression="y"), "Two.")
    session.send("first")
    Terminal(io.StringIO(), stats=False, answers=Keyboard("a\n")).follow(session)
    assert "[y/N/a = always]" in capsys.readouterr().err
    assert session.settings.mcp_always_allow == ["calculate"]
    session.send("second")
    events = idle(session)  # no question this time
    assert not any(isinstance(e, ToolApprovalRequested) for e in events)


def test_n_declines_a_tool_on_the_terminal(session: ChatSession) -> None:
    script(session, call("calculate", expression="1+1"), "Fine.")
    session.send("add")
    Terminal(io.StringIO(), stats=False, answers=Keyboard("n\n")).follow(session)
    assert ToolRecord.parse(rows(session)[2].content).status == "declined"


def test_hearth_chat_offers_the_tools_of_the_apps_settings() -> None:
    import json

    from app.commands.cli import build_parser
    from app.commands.cli_chat import _settings
    from app.paths import data_dir

    server = {"name": "time", "command": "python3", "args": ["-m", "mcp_server_time"]}
    data_dir().mkdir(parents=True, exist_ok=True)
    saved = {"mcp_servers": [server], "skills_off": ["calculate"], "web_fetch": False, "temperature": 1.5}
    (data_dir() / "settings.json").write_text(json.dumps(saved))
    plain = _settings(build_parser().parse_args(["chat"]))
    assert plain.mcp_servers == [server] and plain.skills_off == ["calculate"] and not plain.web_fetch
    assert plain.temperature is None  # only the tools come from the app's settings
    assert _settings(build_parser().parse_args(["chat", "--web"])).web_fetch
    bare = _settings(build_parser().parse_args(["chat", "--no-tools", "--web"]))
    assert bare.mcp_servers == [] and not bare.web_fetch and not bare.allow_code
    assert set(bare.skills_off) >= {"current_time", "calculate", "read_file", "write_file"}
    (data_dir() / "settings.json").write_text("{damaged")
    assert _settings(build_parser().parse_args(["chat"])).mcp_servers == []
    assert (data_dir() / "settings.json").read_text() == "{damaged"  # the app's file is left as it was
