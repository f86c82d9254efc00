"""The turn without a window: ChatSession on the real engine (tiny model, scripted replies
through the real tokenizer and Gemma 4 parser), the real history store and the real sandbox.

No Qt is imported here; the window's tests cover the same turns through ChatController.
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from app.attachments import prepare
from app.chat import (
    BusyChanged,
    ChatEvent,
    ChatSession,
    ConversationListChanged,
    MessagesChanged,
    Problem,
    ReplyDelta,
    ReplyFinished,
    ReplyStarted,
    ToolApprovalRequested,
    ToolUpdated,
    TurnFinished,
)
from app.chat.session import VOICE_HINT
from app.commands.cli_chat import Terminal
from app.commands.lag_bench import tool_call_reply
from app.settings import Settings
from app.store import HistoryStore
from app.tools import MAX_TOOL_ROUNDS, ToolBox, ToolRecord
from app.voice_clip import voice_clip
from runtime import Engine, ModelSpec
from tests.helpers import media_factory

HANG_GUARD_S = 120  # only to fail instead of hanging; nothing here depends on speed


@pytest.fixture(scope="module")
def engine(tiny_gemma4: Path) -> Iterator[Engine]:
    e = Engine()
    e.load(ModelSpec(tiny_gemma4)).result(timeout=HANG_GUARD_S)
    yield e
    e.close()


@pytest.fixture
def session(engine: Engine, tmp_path: Path) -> Iterator[ChatSession]:
    store = HistoryStore(tmp_path / "history.db")
    toolbox = ToolBox(tmp_path / "sandbox")
    s = ChatSession(store, engine, Settings(max_tokens=4000, ask_before_running_code=True), toolbox)
    s.on_model_ready("tiny")
    # A reply stopped before the engine started it leaves its script queued: start clean.
    engine.call(lambda b: getattr(b, "_scripts", []).clear()).result(timeout=HANG_GUARD_S)
    yield s
    s.stop()
    run_until(s, lambda _e: not s.busy)
    toolbox.close()
    store.close()


def script(session: ChatSession, *replies: str) -> None:
    for text in replies:
        session.engine.call(lambda b, t=text: b.script_next_reply(t)).result(timeout=HANG_GUARD_S)


def run_until(session: ChatSession, done: Callable[[list[ChatEvent]], bool]) -> list[ChatEvent]:
    """Poll the session (as a front end does) until ``done(events so far)``."""
    events: list[ChatEvent] = []
    deadline = time.monotonic() + HANG_GUARD_S
    while not done(events):
        assert time.monotonic() < deadline, f"no end after {HANG_GUARD_S} s: {events[-5:]}"
        events += session.poll()
        time.sleep(0.01)
    return events


def idle(session: ChatSession) -> list[ChatEvent]:
    return run_until(session, lambda _e: not session.busy) + session.poll()


def rows(session: ChatSession):
    assert session.conversation_id is not None
    return session.store.messages(session.conversation_id)


def test_a_reply_streams_is_stored_and_reports_its_events_in_order(session: ChatSession) -> None:
    script(session, "Hello from the **session**.")
    session.send("Hi")
    events = idle(session)
    kinds = [type(e) for e in events if not isinstance(e, ConversationListChanged)]  # new chat, its title
    assert kinds[:3] == [MessagesChanged, ReplyStarted, BusyChanged]
    assert [type(e) for e in events[-4:]] == [ReplyFinished, BusyChanged, ConversationListChanged, TurnFinished]
    assert [e.busy for e in events if isinstance(e, BusyChanged)] == [True, False]
    streamed = "".join(e.answer_delta for e in events if isinstance(e, ReplyDelta))
    assert streamed.rstrip() == "Hello from the **session**."
    user, reply = rows(session)
    assert (user.role, user.content) == ("user", "Hi")
    assert (reply.role, reply.status, reply.content) == ("assistant", "complete", "Hello from the **session**.")
    assert events[-1].message == reply and reply.stats and reply.stats["finish_reason"] == "stop"  # as stored
    assert session.store.conversation(session.conversation_id).title == "Hi"


def test_sending_while_busy_is_refused_with_a_reason(session: ChatSession) -> None:
    script(session, "word " * 1500)
    session.send("First")
    session.send("Second")
    assert any(isinstance(e, Problem) and "Wait for the current reply" in e.text for e in session.poll())
    session.stop()
    idle(session)
    assert [m.content for m in rows(session) if m.role == "user"] == ["First"]


def test_stop_keeps_what_was_written(session: ChatSession) -> None:
    script(session, "word " * 1500)
    session.send("Write a lot")
    run_until(session, lambda ev: any(isinstance(e, ReplyDelta) for e in ev))
    session.stop()
    events = idle(session)
    reply = rows(session)[-1]
    assert reply.status == "cancelled" and reply.content.startswith("word")
    assert len(reply.content) < len("word " * 1500) - 5
    assert any(isinstance(e, TurnFinished) for e in events)


def test_a_streaming_reply_is_saved_before_it_finishes(session: ChatSession) -> None:
    """A crash mid-reply keeps what was written: the row is updated while it streams."""
    script(session, "word " * 3000)
    session.send("Write a lot")
    run_until(session, lambda _e: bool(rows(session)[-1].content))
    assert rows(session)[-1].status == "streaming" and session.busy
    session.shutdown()  # quitting: the partial reply is kept
    assert rows(session)[-1].content.startswith("word")


def test_regenerate_replaces_the_reply(session: ChatSession) -> None:
    script(session, "First answer.", "Second answer.")
    session.send("Question")
    idle(session)
    first = rows(session)[-1]
    session.regenerate(first.id)
    idle(session)
    assert [(m.role, m.content) for m in rows(session)] == [("user", "Question"), ("assistant", "Second answer.")]


def test_editing_a_message_drops_what_followed_it(session: ChatSession) -> None:
    script(session, "One.", "Two.", "Edited answer.")
    session.send("First question")
    idle(session)
    session.send("Second question")
    idle(session)
    first_user = rows(session)[0]
    session.send("First question, better", editing_id=first_user.id)
    idle(session)
    assert [(m.role, m.content) for m in rows(session)] == [
        ("user", "First question, better"),
        ("assistant", "Edited answer."),
    ]


def test_a_tool_call_waits_for_approval_then_runs_and_the_model_continues(session: ChatSession) -> None:
    script(session, tool_call_reply("print(6 * 7)"), "It is 42.")
    session.send("Compute 6*7")
    events = run_until(session, lambda ev: any(isinstance(e, ToolApprovalRequested) for e in ev))
    ask = next(e for e in events if isinstance(e, ToolApprovalRequested))
    assert ask.record.status == "pending" and ask.record.arguments == {"code": "print(6 * 7)"}
    assert session.busy  # waiting for the user is part of the turn
    session.decide_tool(ask.message_id, run=True)
    events = idle(session)
    statuses = [e.record.status for e in events if isinstance(e, ToolUpdated)]
    assert statuses[0] == "running" and statuses[-1] == "done"
    user, first, tool, final = rows(session)
    assert ToolRecord.parse(tool.content).result["stdout"] == "42\n" and final.content == "It is 42."
    assert isinstance(events[-1], TurnFinished) and events[-1].message.id == final.id
    history = session.history_for(session.conversation_id)
    assert history[-2].tool_results[0].response["stdout"] == "42\n"


def test_skipping_a_tool_call_tells_the_model(session: ChatSession) -> None:
    script(session, tool_call_reply("print('hi')"), "Fine, I will not run it.")
    session.send("Say hi in Python")
    events = run_until(session, lambda ev: any(isinstance(e, ToolApprovalRequested) for e in ev))
    session.decide_tool(next(e for e in events if isinstance(e, ToolApprovalRequested)).message_id, run=False)
    idle(session)
    tool = next(m for m in rows(session) if m.role == "tool")
    assert ToolRecord.parse(tool.content).status == "declined"
    assert rows(session)[-1].content == "Fine, I will not run it."


def test_tool_rounds_stop_at_the_step_limit(session: ChatSession) -> None:
    session.settings.ask_before_running_code = False
    script(session, *[tool_call_reply(f"print({i})") for i in range(MAX_TOOL_ROUNDS + 1)])
    session.send("Loop")
    events = idle(session)
    assert any(isinstance(e, Problem) and f"after {MAX_TOOL_ROUNDS} rounds" in e.text for e in events)
    assert sum(m.role == "tool" for m in rows(session)) == MAX_TOOL_ROUNDS
    assert sum(isinstance(e, ReplyFinished) for e in events) == MAX_TOOL_ROUNDS + 1


def test_a_user_run_code_block_is_not_a_model_turn(session: ChatSession) -> None:
    script(session, "Try it.")
    session.send("Show me code")
    idle(session)
    session.run_code("print('by hand')")
    assert session.busy
    idle(session)
    tool = rows(session)[-1]
    record = ToolRecord.parse(tool.content)
    assert record.by_user and record.result["stdout"] == "by hand\n"
    assert all(not m.tool_results for m in session.history_for(session.conversation_id))  # the model never asked


def test_a_voice_turn_sends_the_audio_and_asks_for_speakable_answers(session: ChatSession, tmp_path: Path) -> None:
    wav = media_factory.write_wav(tmp_path / "said.wav", media_factory.tone(1.0))
    prepared = prepare(wav, session.store.blobs)
    script(session, "Sure.")
    session.send("", None, [prepared], voice=True)
    assert session.voice_turn
    history = session.history_for(session.conversation_id)
    assert VOICE_HINT in history[0].content and history[1].media[0].kind == "audio"
    idle(session)
    user, reply = rows(session)
    assert user.attachments[0].kind == "audio" and reply.content == "Sure."
    assert session.store.conversation(session.conversation_id).title.startswith("Voice chat")


def recorded_requests(session: ChatSession, monkeypatch: pytest.MonkeyPatch) -> list[list]:
    """The message lists the session sends to the engine, in order (the engine still answers)."""
    sent: list[list] = []
    generate = session.engine.generate
    monkeypatch.setattr(
        session.engine, "generate", lambda messages, params: sent.append(messages) or generate(messages, params)
    )
    return sent


def test_a_voice_turn_hands_the_model_the_samples_and_the_history_keeps_the_wav(
    session: ChatSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The utterance in memory is the request's audio: its WAV is not needed before the reply."""
    sent = recorded_requests(session, monkeypatch)
    clip = voice_clip(media_factory.tone(1.0), session.store.blobs)
    script(session, "Sure.")
    session.send("", None, [clip.prepared], voice=True)
    idle(session)  # the whole reply, with no WAV on disk
    ref = sent[0][-1].media[0]
    assert ref.samples is clip.prepared.samples and ref.digest == clip.prepared.sha256
    assert rows(session)[1].content == "Sure." and not clip.prepared.path.exists()
    clip.save()
    stored = rows(session)[0].attachments[0]
    assert (stored.sha256, stored.path, stored.meta["voice"]) == (clip.prepared.sha256, clip.prepared.path, True)
    assert stored.path.is_file() and stored.thumb.is_file()


def test_the_next_turn_reads_the_wav_as_the_same_clip_and_reuses_its_cache(
    session: ChatSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    """History replay from the file: same samples, same prompt, same cache key as the first turn."""
    sent = recorded_requests(session, monkeypatch)
    session.settings.allow_code = False  # no tool declarations: the prompt stays inside the sliding window
    session.settings.skills_off = ["current_time", "calculate", "read_file", "write_file"]
    clip = voice_clip(media_factory.tone(1.0), session.store.blobs)
    script(session, "Sure.")
    session.send("", None, [clip.prepared], voice=True)
    clip.save()
    idle(session)
    # A follow-up without new media, in the same spoken style: only then may the cache be reused.
    script(session, "Again.")
    session.send("And then?", voice=True)
    idle(session)
    turn_one, turn_two = sent[0], sent[1][: len(sent[0])]
    assert turn_one[-1].media[0].samples is not None and turn_two[-1].media[0].samples is None  # from the file

    def seen(messages):  # type: ignore[no-untyped-def]
        from runtime.vlm_backend import _media_keys

        def read(b):  # type: ignore[no-untyped-def]
            dicts, _, audio, _ = b._prepare(messages)
            return b._prompt(dicts, session.settings.params(b.info, "tiny")), audio, _media_keys(messages)

        return session.engine.call(read).result(timeout=HANG_GUARD_S)

    (prompt_1, audio_1, keys_1), (prompt_2, audio_2, keys_2) = seen(turn_one), seen(turn_two)
    assert prompt_1 == prompt_2 and keys_1 == keys_2
    assert len(audio_1) == len(audio_2) == 1 and np.array_equal(audio_1[0], audio_2[0])
    stats = rows(session)[-1].stats
    assert stats is not None and stats["cached_tokens"] > 25  # the clip's tokens came from the warm cache


def test_a_turn_sent_before_the_model_is_ready_starts_when_it_is(engine: Engine, tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "history.db")
    s = ChatSession(store, engine, Settings())
    try:
        script(s, "Ready now.")
        s.send("Early")
        assert s.busy and not any(isinstance(e, ReplyDelta) for e in s.poll())
        s.on_model_ready("tiny")
        idle(s)
        assert rows(s)[-1].content == "Ready now."
    finally:
        store.close()


def test_the_terminal_front_end_runs_the_code_and_prints_the_turn(session: ChatSession) -> None:
    """`hearth chat --yes`: the same session, printed."""
    session.settings.ask_before_running_code = False
    script(session, tool_call_reply("print(6 * 7)"), "It is 42.")
    session.send("Compute 6*7")
    out = io.StringIO()
    assert Terminal(out, stats=False).follow(session)
    assert out.getvalue().splitlines() == ["Running it.", "42", "It is 42."]


def test_the_terminal_without_a_tty_declines_code_and_says_why(session: ChatSession, capsys) -> None:
    script(session, tool_call_reply("print(1)"), "Not run, then.")
    session.send("Run something")
    Terminal(io.StringIO(), stats=False).follow(session)  # pytest's stdin is not a terminal
    assert "pass --yes" in capsys.readouterr().err
    tool = next(m for m in rows(session) if m.role == "tool")
    assert ToolRecord.parse(tool.content).status == "declined" and rows(session)[-1].content == "Not run, then."


@pytest.mark.parametrize(("language", "told"), [("de", True), ("en", False), (None, False)])
def test_the_model_is_told_the_interface_language(
    session: ChatSession, monkeypatch: pytest.MonkeyPatch, language: str | None, told: bool
) -> None:
    session.settings = replace(session.settings, system_prompt="You are terse.")
    session.interface_language = language
    sent = recorded_requests(session, monkeypatch)
    script(session, "Gut.")
    session.new_conversation()
    session.send("Hallo", None, [])
    idle(session)
    system = sent[0][0]
    assert system.role == "system" and system.content.startswith("You are terse.")
    assert ("answer in German unless the user writes in another language" in system.content) is told
    assert ("interface language" in system.content) is told
