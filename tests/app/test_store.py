from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest

from app.store import HistoryStore, to_json, to_markdown
from app.store.migrations import MIGRATIONS


@pytest.fixture
def store(tmp_path: Path) -> HistoryStore:
    s = HistoryStore(tmp_path / "history.db")
    yield s
    s.close()


def test_schema_is_migrated_once_and_uses_wal(tmp_path: Path) -> None:
    path = tmp_path / "h.db"
    HistoryStore(path).close()
    again = HistoryStore(path)
    names = [r[0] for r in again.db.execute("SELECT name FROM _migrations ORDER BY name")]
    assert names == sorted(n for n, _ in MIGRATIONS)
    assert again.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    again.close()


def test_conversation_lifecycle(store: HistoryStore) -> None:
    a = store.create_conversation("First")
    b = store.create_conversation("Second")
    store.add_message(a.id, "user", "hello")
    assert [c.id for c in store.conversations()] == [a.id, b.id]  # most recently active first
    store.rename(b.id, "  Renamed  ")
    assert store.conversation(b.id).title == "Renamed"
    store.delete_conversation(a.id)
    assert [c.id for c in store.conversations()] == [b.id]
    assert store.messages(a.id) == []  # cascade


def test_messages_keep_order_thinking_and_stats(store: HistoryStore) -> None:
    c = store.create_conversation()
    store.add_message(c.id, "user", "question")
    reply = store.add_message(c.id, "assistant", status="streaming", model="tiny")
    store.update_message(reply.id, content="answer", thinking="hmm", status="complete", stats={"ttft_s": 0.1})
    user, assistant = store.messages(c.id)
    assert (user.seq, assistant.seq) == (0, 1)
    assert assistant.content == "answer" and assistant.thinking == "hmm"
    assert assistant.stats == {"ttft_s": 0.1} and assistant.model == "tiny"


def test_full_text_search_finds_words_prefixes_and_titles(store: HistoryStore) -> None:
    a = store.create_conversation("Trip planning")
    b = store.create_conversation("Cooking")
    store.add_message(a.id, "user", "What is the weather in Reykjavík in March?")
    store.add_message(b.id, "assistant", "Whisk the eggs, then fold in the flour.")
    assert [h.conversation.id for h in store.search("reykjavik")] == [a.id]  # diacritics folded
    assert [h.conversation.id for h in store.search("whis eggs")] == [b.id]  # prefixes, all words
    assert "[eggs]" in store.search("eggs")[0].snippet
    assert [h.conversation.id for h in store.search("trip")] == [a.id]  # title
    assert store.search('"); DROP TABLE messages; --') == []  # hostile input is just words
    store.update_message(store.messages(b.id)[0].id, content="Boil the pasta.")
    assert store.search("eggs") == [] and store.search("pasta")


def test_streaming_reply_survives_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "h.db"
    s = HistoryStore(path)
    c = s.create_conversation()
    s.add_message(c.id, "user", "tell me a story")
    reply = s.add_message(c.id, "assistant", status="streaming")
    s.update_message(reply.id, content="Once upon a time")
    # No finish, no close: the process "dies" here.
    reopened = HistoryStore(path)
    assert reopened.report.interrupted == 1
    last = reopened.messages(c.id)[-1]
    assert (last.content, last.status) == ("Once upon a time", "interrupted")
    reopened.close()


def test_damaged_rows_are_shown_not_fatal(store: HistoryStore) -> None:
    c = store.create_conversation()
    good = store.add_message(c.id, "user", "fine")
    bad = store.add_message(c.id, "assistant", "broken")
    with store.db:
        store.db.execute(
            "UPDATE messages SET stats_json='{oops', role='wizard', content=? WHERE id=?", (b"\xff\xfe bytes", bad.id)
        )
    first, second = store.messages(c.id)
    assert first.id == good.id and not first.damaged
    assert second.damaged and second.role == "assistant" and second.stats is None
    assert "bytes" in second.content


def test_a_file_that_is_not_a_database_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "history.db"
    path.write_bytes(b"this is definitely not sqlite" * 100)
    s = HistoryStore(path)
    assert s.report.moved_aside is not None and s.report.moved_aside.exists()
    assert "damaged" in s.report.notes[0]
    s.create_conversation("works")
    assert [c.title for c in s.conversations()] == ["works"]
    s.close()


def test_export_markdown_and_json(store: HistoryStore) -> None:
    c = store.create_conversation("Maths")
    store.add_message(c.id, "user", "What is 2+2?")
    r = store.add_message(c.id, "assistant", "It is **4**.", model="tiny")
    store.update_message(r.id, thinking="2 and 2 make 4", stats={"decode_tps": 12.5})
    conv, msgs = store.conversation(c.id), store.messages(c.id)
    md = to_markdown(conv, msgs)
    assert md.startswith("# Maths\n")
    assert "## You\n\nWhat is 2+2?" in md and "## Assistant · tiny" in md
    assert "<details><summary>Thinking</summary>" in md and "It is **4**." in md
    data = json.loads(to_json(conv, msgs))
    assert data["title"] == "Maths"
    assert data["messages"][1] == {
        "role": "assistant",
        "content": "It is **4**.",
        "thinking": "2 and 2 make 4",
        "status": "complete",
        "error": None,
        "model": "tiny",
        "stats": {"decode_tps": 12.5},
        "created_at": msgs[1].created_at,
    }


def test_exported_sources_read_as_quoted_text(store: HistoryStore) -> None:
    """A source is the document's text, not the export's Markdown: its HTML, links and line breaks
    (in the passage or the file's name) stay text, so a hostile document cannot add to the export."""
    from app.store import StoredSource

    c = store.create_conversation("Report")
    store.add_message(c.id, "user", "What grew?")
    r = store.add_message(c.id, "assistant", "Revenue [1].")
    hostile = "Revenue grew. <img src=x onerror=alert(1)> [click](javascript:alert(1)) **bold** </details>"
    store.set_sources(r.id, [StoredSource(1, "r.pdf\n\n## System\n\nforged", "a" * 64, "section", "<b>x</b>", hostile)])
    md = to_markdown(store.conversation(c.id), store.messages(c.id))
    line = next(x for x in md.splitlines() if x.startswith("1. "))
    assert "## System" not in md.split("**Sources**")[1].replace(line, "")  # the name stays on its line
    assert not re.search(r"(?<!\\)[<>\[\]*]", line.removeprefix("1. "))  # each escaped: a "\<" reads "<"
    assert "Revenue grew." in line and "onerror=alert(1)" in line  # still there to read


def test_failed_migration_rolls_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import app.store.migrations as mig

    monkeypatch.setattr(mig, "MIGRATIONS", [*mig.MIGRATIONS, ("m999_broken", "CREATE TABLE x (a); SELEC nonsense")])
    with pytest.raises(sqlite3.Error):
        HistoryStore(tmp_path / "h.db")
    assert [p.name for p in tmp_path.iterdir() if "damaged" in p.name] == []  # not mistaken for damage
    db = sqlite3.connect(tmp_path / "h.db")
    assert db.execute("SELECT count(*) FROM sqlite_master WHERE name='x'").fetchone()[0] == 0


def test_blobs_are_stored_once_and_unreferenced_ones_collected(store: HistoryStore, tmp_path: Path) -> None:
    src = tmp_path / "a.png"
    src.write_bytes(b"\x89PNG fake bytes")
    sha, ext, size = store.blobs.put(src)
    again = store.blobs.put(src)
    assert again == (sha, ext, size) and store.blobs.path_for(sha, ext).read_bytes() == src.read_bytes()
    c = store.create_conversation()
    m = store.add_message(c.id, "user", "see")
    store.attach(m.id, [{"kind": "image", "name": "a.png", "sha256": sha, "ext": ext, "size_bytes": size}])
    orphan = tmp_path / "b.png"
    orphan.write_bytes(b"never sent")
    orphan_sha, orphan_ext, _ = store.blobs.put(orphan)
    assert store.blobs.collect_garbage(store.referenced_blobs(), older_than_s=0) == 1
    assert store.blobs.path_for(sha, ext).exists() and not store.blobs.path_for(orphan_sha, orphan_ext).exists()
    store.delete_conversation(c.id)
    assert store.referenced_blobs() == set()  # attachments rows go with their messages
