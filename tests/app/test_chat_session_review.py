"""Review repros: ChatSession edge cases (no Qt)."""

from __future__ import annotations

import time

from app.chat import BusyChanged, ChatSession, ToolUpdated
from app.commands.lag_bench import tool_call_reply
from tests.app.test_chat_session import engine, idle, rows, run_until, script, session  # noqa: F401


def _poll_safely(s: ChatSession, seconds: float) -> tuple[list, list[BaseException]]:
    events, errors = [], []
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            events += s.poll()
        except Exception as exc:  # what the window's timer slot would print and drop
            errors.append(exc)
        time.sleep(0.01)
    return events, errors


def test_deleting_the_chat_while_its_tool_runs(session: ChatSession) -> None:
    session.settings.ask_before_running_code = False
    script(session, tool_call_reply("import time; time.sleep(1.5); print(1)"), "After the tool.")
    session.send("Run something slow")
    run_until(session, lambda ev: any(isinstance(e, ToolUpdated) and e.record.status == "running" for e in ev))
    cid = session.conversation_id
    session.store.delete_conversation(cid)  # the sidebar's Delete (the window does not stop the turn)
    session.conversation_id = None
    events, errors = _poll_safely(session, 6)
    assert errors == [], errors
    assert not session.busy
    assert any(isinstance(e, BusyChanged) and not e.busy for e in events)


def test_deleting_the_chat_while_a_reply_that_calls_a_tool_streams(session: ChatSession) -> None:
    script(session, tool_call_reply("print(1)"), "After the tool.")
    session.send("Run something")
    cid = session.conversation_id
    session.store.delete_conversation(cid)
    session.conversation_id = None
    events, errors = _poll_safely(session, 6)
    assert errors == [], errors
    assert not session.busy
    assert any(isinstance(e, BusyChanged) and not e.busy for e in events)


def test_with_code_turned_off_a_tool_call_the_model_makes_anyway_does_not_run(session: ChatSession) -> None:
    """`hearth chat --no-tools --yes` / Settings: code off + don't ask. The splitter parses a
    call whether or not tools were offered; the session must not run it."""
    session.settings.allow_code = False
    session.settings.ask_before_running_code = False
    script(session, tool_call_reply("print('ran anyway')"), "Continued.")
    session.send("Hi")
    idle(session)
    ran = [m for m in rows(session) if m.role == "tool"]
    assert ran == [], [m.content for m in ran]


def test_stop_pressed_as_the_reply_ends_in_a_tool_call_stops_the_turn(session: ChatSession) -> None:
    """The model finished (its Done chunk waits for the next poll) when the user pressed Stop:
    the cancel is a no-op, and the tool round then runs (without asking) and the model goes on."""
    session.settings.ask_before_running_code = False
    script(session, tool_call_reply("print('after stop')"), "Went on after Stop.")
    session.send("Run something")
    time.sleep(3)  # the tiny model is done; nothing polled yet
    session.stop()
    idle(session)
    assert [m.role for m in rows(session)] == ["user", "assistant"], [(m.role, m.content[:40]) for m in rows(session)]
