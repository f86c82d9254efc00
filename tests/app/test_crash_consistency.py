"""SIGKILL at random points while the store sends, streams, edits, regenerates, switches
versions and deletes: after every restart the history is intact, every chat one consistent
tree, and nothing acknowledged is lost (`hearth bench-crash` runs
the same harness with hundreds of kills)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from app.store import HistoryStore
from app.store.crash_harness import Expectation, run_harness, tree_problems


def test_thirty_kills_leave_an_intact_history_with_every_acknowledged_change(tmp_path: Path) -> None:
    result = run_harness(tmp_path / "history.db", kills=30, seed=19)
    assert result["failures"] == []
    assert result["integrity_failures"] == 0 and result["lost_acknowledged"] == 0
    assert result["tree_failures"] == 0
    assert result["steps_acknowledged"] > 100 and result["messages_at_end"] > 0


def test_the_checker_notices_lost_changed_and_resurrected_messages() -> None:
    expect = Expectation()
    expect.apply("OK", {"op": "add", "id": 1, "hash": "a"})
    expect.apply("OK", {"op": "add", "id": 2, "hash": "b"})
    expect.apply("OK", {"op": "delete", "ids": [3]})
    assert expect.problems({1: "a", 2: "b"}) == []
    assert expect.problems({1: "a"}) == ["acknowledged message 2 is lost"]
    assert expect.problems({1: "a", 2: "old"}) == ["message 2 lost its acknowledged text"]
    assert expect.problems({1: "a", 2: "b", 3: "c"}) == ["deleted message 3 came back"]


def test_the_step_in_flight_may_or_may_not_have_landed() -> None:
    expect = Expectation()
    expect.apply("OK", {"op": "add", "id": 1, "hash": "a"})
    expect.apply("DO", {"op": "update", "id": 1, "hash": "a2"})
    assert expect.problems({1: "a"}) == [] and expect.problems({1: "a2"}) == []
    assert expect.problems({1: "zz"}) == ["message 1 lost its acknowledged text"]
    expect.apply("OK", {"op": "update", "id": 1, "hash": "a2"})
    expect.apply("DO", {"op": "delete", "ids": [1]})
    assert expect.problems({}) == [] and expect.problems({1: "a2"}) == []


def test_the_tree_checker_notices_a_broken_tree_and_a_lost_path(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "history.db")
    cid = store.create_conversation("Chat").id
    q = store.add_message(cid, "user", "Q").id
    a1 = store.add_message(cid, "assistant", "A1").id
    a2 = store.add_message(cid, "assistant", "A2", parent_id=q).id
    assert tree_problems(store) == []
    expect = Expectation()
    expect.apply("OK", {"op": "switch", "conv": cid, "id": a1})
    assert expect.path_problems(store) == [f"message {a1} is not on the path shown in chat {cid}"]
    store.switch_branch(a1)
    assert expect.path_problems(store) == []
    with store.db:
        store.db.execute("UPDATE messages SET active=1 WHERE id=?", (a2,))
        store.db.execute("UPDATE messages SET parent_id=999 WHERE id=?", (q,))
    assert tree_problems(store) == [
        f"message {q} follows 999, which is not in chat {cid}",
        f"2 chosen versions after message {q} in chat {cid}",
    ]
    store.close()


def test_kill_9_during_a_branch_reply_keeps_both_versions_and_shows_the_new_one(tmp_path: Path) -> None:
    path = tmp_path / "history.db"
    store = HistoryStore(path)
    cid = store.create_conversation("Chat").id
    question = store.add_message(cid, "user", "Question").id
    old = store.add_message(cid, "assistant", "Old answer").id
    store.close()
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    proc = subprocess.Popen(
        [sys.executable, "-m", "app.store.crash_harness", "branch-reply", str(path), str(question)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    saves = [proc.stdout.readline().split() for _ in range(5)]  # the reply has been saved 5 times
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    reply = int(saves[-1][1])
    store = HistoryStore(path)
    try:
        assert store.report.notes == [] and store.report.interrupted == 1
        shown = store.messages(cid)
        assert [m.id for m in shown] == [question, reply] and shown[1].siblings == (old, reply)
        assert shown[1].status == "interrupted" and len(shown[1].content) >= int(saves[-1][2])
        assert tree_problems(store) == []
        store.switch_branch(old)
        assert [m.content for m in store.messages(cid)] == ["Question", "Old answer"]
    finally:
        store.close()
