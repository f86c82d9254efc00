"""Branches in the history store (Qt-free): every version of a message kept as siblings, the
active path as the chat, switching, forking, migration of linear chats, search and export."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from app.store import HistoryStore, to_json, to_markdown
from app.store.migrations import MIGRATIONS


def texts(store: HistoryStore, cid: int) -> list[str]:
    return [m.content for m in store.messages(cid)]


def chat(store: HistoryStore, *lines: str) -> tuple[int, list[int]]:
    cid = store.create_conversation("Chat").id
    ids = [store.add_message(cid, "user" if i % 2 == 0 else "assistant", t).id for i, t in enumerate(lines)]
    return cid, ids


def test_a_new_version_is_a_sibling_and_the_old_one_stays(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "history.db")
    cid, (q, a) = chat(store, "Q", "A1")
    a2 = store.add_message(cid, "assistant", "A2", parent_id=q)
    assert texts(store, cid) == ["Q", "A2"]
    shown = store.messages(cid)
    assert shown[0].siblings == () and shown[1].siblings == (a, a2.id)
    assert [m.content for m in store.all_messages(cid)] == ["Q", "A1", "A2"]


def test_switching_a_version_brings_back_the_path_it_had_below_it(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "history.db")
    cid, (q1, _a1, q2, _a2) = chat(store, "Q1", "A1", "Q2", "A2")
    edited = store.add_message(cid, "user", "Q2 edited", parent_id=_a1)
    store.add_message(cid, "assistant", "A2 for the edit")
    store.add_message(cid, "user", "Q3")
    assert texts(store, cid) == ["Q1", "A1", "Q2 edited", "A2 for the edit", "Q3"]
    assert store.switch_branch(q2) == cid
    assert texts(store, cid) == ["Q1", "A1", "Q2", "A2"]
    store.switch_branch(edited.id)  # back: its own path below it, down to Q3
    assert texts(store, cid) == ["Q1", "A1", "Q2 edited", "A2 for the edit", "Q3"]
    assert store.messages(cid)[2].siblings == (q2, edited.id)
    assert store.switch_branch(10_000) is None and q1 > 0


def test_switching_to_a_message_deep_in_another_branch_chooses_every_message_above_it(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "history.db")
    cid, (q, _a) = chat(store, "Q", "A")
    store.add_message(cid, "user", "Q other", parent_id=None)
    deep = store.add_message(cid, "assistant", "A other")
    store.add_message(cid, "user", "Q again", parent_id=None)
    assert texts(store, cid) == ["Q again"]
    store.switch_branch(deep.id)  # e.g. a search hit in a branch not shown
    assert texts(store, cid) == ["Q other", "A other"]
    assert len(store.messages(cid)[0].siblings) == 3 and q in store.messages(cid)[0].siblings


def test_the_tree_is_kept_when_the_store_is_opened_again(tmp_path: Path) -> None:
    path = tmp_path / "history.db"
    store = HistoryStore(path)
    cid, (q, a) = chat(store, "Q", "A1")
    store.add_message(cid, "assistant", "A2", parent_id=q)
    store.add_message(cid, "user", "Follow-up")
    store.switch_branch(a)
    store.close()
    again = HistoryStore(path)
    assert texts(again, cid) == ["Q", "A1"]
    again.switch_branch(again.messages(cid)[1].siblings[1])
    assert texts(again, cid) == ["Q", "A2", "Follow-up"]
    again.close()


def test_a_history_from_before_branches_becomes_one_path(tmp_path: Path) -> None:
    path = tmp_path / "history.db"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at REAL NOT NULL)")
    for name, sql in MIGRATIONS:
        if name.startswith("m007"):
            break
        db.executescript(f"BEGIN; {sql}; INSERT INTO _migrations VALUES ('{name}', 0); COMMIT;")
    db.execute("INSERT INTO conversations(id, title, created_at, updated_at) VALUES (1, 'Old', 0, 0)")
    for seq, (role, text) in enumerate([("user", "Q1"), ("assistant", "A1"), ("user", "Q2"), ("assistant", "A2")]):
        db.execute(
            "INSERT INTO messages(conversation_id, seq, role, content, created_at) VALUES (1, ?, ?, ?, 0)",
            (seq, role, text),
        )
    db.commit()
    db.close()
    store = HistoryStore(path)
    assert texts(store, 1) == ["Q1", "A1", "Q2", "A2"]
    assert all(m.siblings == () for m in store.messages(1))
    shown = store.messages(1)
    assert [m.parent_id for m in shown] == [None, shown[0].id, shown[1].id, shown[2].id]
    store.add_message(1, "assistant", "A2 again", parent_id=shown[2].id)
    assert texts(store, 1) == ["Q1", "A1", "Q2", "A2 again"]
    store.close()


def test_fork_copies_the_path_up_to_a_message_into_a_new_chat(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "history.db")
    cid, (q1, a1, _q2, _a2) = chat(store, "Q1", "A1", "Q2", "A2")
    store.add_message(cid, "assistant", "A1 again", parent_id=q1)
    store.switch_branch(a1)
    store.set_preset(cid, "Writer")
    store.attach(q1, [{"kind": "image", "name": "cat.png", "sha256": "ab" * 32, "ext": "png", "size_bytes": 3}])
    fork = store.fork(a1)
    assert fork is not None and fork.id != cid and fork.title == "Chat"
    copied = store.messages(fork.id)
    assert [m.content for m in copied] == ["Q1", "A1"] and all(m.siblings == () for m in copied)
    assert copied[0].attachments[0].name == "cat.png" and store.preset(fork.id) == "Writer"
    store.add_message(fork.id, "user", "Only here")
    assert texts(store, cid) == ["Q1", "A1", "Q2", "A2"]  # the original is untouched
    assert store.fork(10_000) is None


def test_search_finds_text_in_a_branch_not_shown(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "history.db")
    cid, (q, _a) = chat(store, "Question", "An answer about walruses")
    store.add_message(cid, "assistant", "An answer about penguins", parent_id=q)
    hit = store.search("walruses")[0]
    assert hit.conversation.id == cid and hit.message_id is not None
    assert hit.message_id not in [m.id for m in store.messages(cid)]
    store.switch_branch(hit.message_id)
    assert "walruses" in texts(store, cid)[-1]


def test_export_writes_the_path_shown_and_json_keeps_every_branch(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "history.db")
    cid, (q, a1) = chat(store, "Question", "First answer")
    a2 = store.add_message(cid, "assistant", "Second answer", parent_id=q)
    conv = store.conversation(cid)
    assert conv is not None
    markdown = to_markdown(conv, store.messages(cid))
    assert "Second answer" in markdown and "First answer" not in markdown
    data = json.loads(to_json(conv, store.messages(cid), store.all_messages(cid)))
    assert [m["content"] for m in data["messages"]] == ["Question", "Second answer"]
    branches = {m["id"]: m for m in data["all_messages"]}
    assert branches[a1]["parent_id"] == q == branches[a2.id]["parent_id"]
    assert branches[a2.id]["active"] is True and branches[a1]["active"] is False
    assert "all_messages" not in json.loads(to_json(conv, store.messages(cid)))


def test_a_new_version_knows_its_siblings_as_the_path_will_show_them(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "history.db")
    cid, (q, _a) = chat(store, "Q", "A1")
    assert store.add_message(cid, "user", "Q2").siblings == ()
    again = store.add_message(cid, "assistant", "A2", parent_id=q)
    assert again.siblings == store.messages(cid)[-1].siblings and len(again.siblings) == 2
