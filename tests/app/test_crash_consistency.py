"""SIGKILL at random points while the store sends, streams, edits, regenerates, switches
versions and deletes: after every restart the history is intact, every chat one consistent
tree, and nothing acknowledged is lost (`hearth bench-crash` runs
the same harness with hundreds of kills)."""

from __future__ import annotations

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
