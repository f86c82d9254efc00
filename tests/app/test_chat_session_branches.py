"""Branches through ChatSession on the real engine (tiny model, scripted replies), the real
history store: Regenerate and Edit keep the old versions, the model reads the active path,
switching versions and forking, and the prompt cache reuses the prefix branches share."""

from __future__ import annotations

import pytest

from app.chat import ChatSession, Problem
from app.skills import NAMES as SKILL_NAMES
from tests.app.test_chat_session import engine, idle, recorded_requests, rows, script, session

__all__ = ["engine", "session"]  # fixtures, used by name


def contents(s: ChatSession) -> list[tuple[str, str]]:
    return [(m.role, m.content) for m in rows(s)]


def test_regenerate_keeps_the_old_reply_as_a_sibling(session: ChatSession) -> None:
    script(session, "First answer.", "Second answer.")
    session.send("Question")
    idle(session)
    first = rows(session)[-1]
    session.regenerate(first.id)
    idle(session)
    assert contents(session) == [("user", "Question"), ("assistant", "Second answer.")]
    second = rows(session)[-1]
    assert second.siblings == (first.id, second.id) and second.parent_id == first.parent_id
    session.switch_branch(first.id)
    session.poll()
    assert contents(session) == [("user", "Question"), ("assistant", "First answer.")]


def test_edit_keeps_the_old_message_and_what_followed_it_as_a_branch(session: ChatSession) -> None:
    script(session, "One.", "Two.", "Edited answer.")
    session.send("First question")
    idle(session)
    session.send("Second question")
    idle(session)
    first_user = rows(session)[0]
    session.send("First question, better", editing_id=first_user.id)
    idle(session)
    assert contents(session) == [("user", "First question, better"), ("assistant", "Edited answer.")]
    assert rows(session)[0].siblings == (first_user.id, rows(session)[0].id)
    session.switch_branch(first_user.id)
    assert [c for _, c in contents(session)] == ["First question", "One.", "Second question", "Two."]


def test_the_model_reads_the_active_path_only(session: ChatSession, monkeypatch: pytest.MonkeyPatch) -> None:
    sent = recorded_requests(session, monkeypatch)
    script(session, "Cats purr.", "Dogs bark.", "Both are pets.")
    session.send("Tell me about cats")
    idle(session)
    session.send("Tell me about dogs", editing_id=rows(session)[0].id)
    idle(session)
    session.send("Compare them")
    idle(session)
    texts = [m.content for m in sent[-1]]
    assert "Tell me about dogs" in texts and "Dogs bark." in texts
    assert "Tell me about cats" not in texts and "Cats purr." not in texts
    assert texts[-1] == "Compare them"


def test_regenerate_reads_the_path_up_to_the_reply_not_the_reply_itself(
    session: ChatSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    sent = recorded_requests(session, monkeypatch)
    script(session, "Old reply.", "New reply.")
    session.send("Question")
    idle(session)
    session.regenerate(rows(session)[-1].id)
    idle(session)
    assert [m.content for m in sent[1]][-1] == "Question" and "Old reply." not in [m.content for m in sent[1]]


def test_switching_versions_is_refused_while_a_reply_streams(session: ChatSession) -> None:
    script(session, "Short.", "word " * 1500)
    session.send("Question")
    idle(session)
    first = rows(session)[-1]
    session.regenerate(first.id)
    session.switch_branch(first.id)
    assert any(isinstance(e, Problem) for e in session.poll())
    session.stop()
    idle(session)
    assert rows(session)[-1].id != first.id


def test_fork_opens_a_new_chat_with_the_path_up_to_the_message(session: ChatSession) -> None:
    script(session, "One.", "Two.", "Only in the fork.")
    session.send("First")
    idle(session)
    session.send("Second")
    idle(session)
    original = session.conversation_id
    first_reply = rows(session)[1]
    forked = session.fork(first_reply.id)
    assert forked is not None and forked != original and session.conversation_id == forked
    assert contents(session) == [("user", "First"), ("assistant", "One.")]
    session.send("Go on here")
    idle(session)
    assert [c for _, c in contents(session)] == ["First", "One.", "Go on here", "Only in the fork."]
    assert original is not None and len(session.store.messages(original)) == 4


def test_regenerating_after_a_branch_switch_reuses_the_shared_prefix_from_the_cache(session: ChatSession) -> None:
    # No tool declarations: the prompt stays inside the tiny model's 512-token sliding window.
    session.settings.allow_code = False
    session.settings.skills_off = list(SKILL_NAMES)
    script(session, "Alpha reply.", "Beta reply.", "Beta edited reply.", "Beta again.")
    session.send("Alpha question with some words in it")
    idle(session)
    session.send("Beta question")
    idle(session)
    beta = rows(session)[2]
    session.send("Beta question, edited", editing_id=beta.id)
    idle(session)
    session.switch_branch(beta.id)  # ‹ 1/2 ›: back to the first version
    session.regenerate(rows(session)[-1].id)
    idle(session)
    reply = rows(session)[-1]
    assert reply.content == "Beta again." and reply.siblings[-1] == reply.id
    assert reply.stats is not None and reply.stats["cached_tokens"] > 0  # the shared prefix came from the cache
