"""Salvage, not discard: a damaged history gives back what can be read, and says so."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

from app.store import HistoryStore


def _filled(path: Path, chats: int = 30, per_chat: int = 30) -> list[str]:
    store = HistoryStore(path)
    texts = []
    for c in range(chats):
        conv = store.create_conversation(f"Chat {c}")
        for m in range(per_chat):
            text = f"chat {c} message {m}: " + "lorem ipsum dolor sit amet " * 8
            store.add_message(conv.id, "user" if m % 2 == 0 else "assistant", text)
            texts.append(text)
    store.close()  # the last connection checkpoints the log into the file
    return texts


def _damage(path: Path, offset: int, size: int = 8192) -> None:
    with open(path, "r+b") as fh:
        fh.seek(offset)
        fh.write(os.urandom(size))


def _all_messages(store: HistoryStore) -> list[str]:
    return [m.content for c in store.conversations() for m in store.messages(c.id)]


def test_8_kb_of_damage_in_the_middle_recovers_most_of_900_messages(tmp_path: Path) -> None:
    path = tmp_path / "history.db"
    texts = _filled(path)
    assert len(texts) == 900 and not Path(str(path) + "-wal").exists()
    # Two pages of message rows in the middle of the file (not just index pages).
    middle = path.read_bytes().find(b"chat 15 message 10:")
    _damage(path, middle - middle % 4096)
    store = HistoryStore(path)
    recovered = _all_messages(store)
    assert store.report.recovered == len(recovered)
    assert 800 <= len(recovered) < 900, len(recovered)  # 8 KB is two pages: a few dozen messages at most
    assert set(recovered) <= set(texts)
    note = store.report.notes[0]
    assert f"messages recovered: {len(recovered)} " in note
    assert str(store.report.moved_aside) in note and store.report.moved_aside.exists()
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert store.search("lorem")  # the full-text index was rebuilt from the salvaged rows
    conv = store.create_conversation("after")  # and the new file is an ordinary working history
    store.add_message(conv.id, "user", "still here")
    store.close()
    again = HistoryStore(path)
    assert not again.report.notes and len(_all_messages(again)) == len(recovered) + 1
    again.close()


def test_damage_anywhere_never_stops_the_store_opening(tmp_path: Path) -> None:
    source = tmp_path / "source.db"
    _filled(source, chats=6, per_chat=20)
    size = source.stat().st_size
    for i, offset in enumerate(range(0, size, size // 12)):
        path = tmp_path / f"h{i}" / "history.db"
        path.parent.mkdir()
        shutil.copyfile(source, path)
        _damage(path, offset, 4096)
        store = HistoryStore(path)  # never raises
        conv = store.create_conversation("new")
        store.add_message(conv.id, "user", "works")
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        store.close()


def test_a_header_that_is_not_sqlite_recovers_nothing_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "history.db"
    _filled(path, chats=2, per_chat=2)
    _damage(path, 0, 100)
    store = HistoryStore(path)
    assert "nothing in it could be recovered" in store.report.notes[0]
    assert store.report.moved_aside.exists() and str(store.report.moved_aside) in store.report.notes[0]
    store.close()


def test_a_garbage_write_ahead_log_is_kept_and_reported(tmp_path: Path) -> None:
    live = tmp_path / "live" / "history.db"
    live.parent.mkdir()
    store = HistoryStore(live)
    conv = store.create_conversation("Recent chat")
    store.add_message(conv.id, "user", "only in the log so far")
    copy = tmp_path / "copy" / "history.db"  # the files as a crash would leave them: the chat is in the log
    copy.parent.mkdir()
    shutil.copyfile(live, copy)
    shutil.copyfile(str(live) + "-wal", str(copy) + "-wal")
    store.close()
    log_bytes = Path(str(copy) + "-wal").read_bytes()
    Path(str(copy) + "-wal").write_bytes(os.urandom(64) + log_bytes[64:])
    reopened = HistoryStore(copy)
    note = " ".join(reopened.report.notes)
    assert "log of recent changes" in note and "damaged" in note
    kept = list(copy.parent.glob("history.db-wal.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes()[64:] == log_bytes[64:] and str(kept[0]) in note
    # The frames after the damaged header still held the chat: it is back, and said so.
    assert [c.title for c in reopened.conversations()] == ["Recent chat"]
    assert [m.content for m in reopened.messages(conv.id)] == ["only in the log so far"]
    assert "Messages recovered from it: 1." in note
    assert reopened.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    reopened.close()


def test_a_log_damaged_past_its_header_keeps_what_was_checkpointed(tmp_path: Path) -> None:
    live = tmp_path / "live" / "history.db"
    live.parent.mkdir()
    store = HistoryStore(live)
    conv = store.create_conversation("Old chat")
    store.add_message(conv.id, "user", "checkpointed")
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.add_message(conv.id, "user", "in the log")
    copy = tmp_path / "copy" / "history.db"
    copy.parent.mkdir()
    shutil.copyfile(live, copy)
    Path(str(copy) + "-wal").write_bytes(os.urandom(len(Path(str(live) + "-wal").read_bytes())))
    store.close()
    reopened = HistoryStore(copy)
    assert "damaged" in " ".join(reopened.report.notes)
    assert "checkpointed" in [m.content for m in reopened.messages(conv.id)]
    reopened.close()


def test_an_intact_write_ahead_log_is_not_reported(tmp_path: Path) -> None:
    live = tmp_path / "history.db"
    store = HistoryStore(live)
    store.add_message(store.create_conversation("x").id, "user", "in the log")
    second = HistoryStore(live)  # a second opening while the log is live
    assert second.report.notes == [] and [c.title for c in second.conversations()] == ["x"]
    second.close()
    store.close()


def test_salvage_keeps_messages_whose_chat_row_was_lost(tmp_path: Path) -> None:
    from app.store.migrations import migrate
    from app.store.salvage import salvage_into

    damaged = tmp_path / "old.db"
    db = sqlite3.connect(damaged)
    migrate(db)
    db.execute("PRAGMA foreign_keys=OFF")
    db.execute(
        "INSERT INTO messages(conversation_id, seq, role, content, created_at) VALUES (7, 0, 'user', 'orphan', 5)"
    )
    db.commit()
    db.close()
    fresh = sqlite3.connect(":memory:")
    migrate(fresh)
    saved = salvage_into(damaged, fresh)
    assert saved.messages == 1 and saved.conversations == 1
    assert fresh.execute("SELECT id, title FROM conversations").fetchall() == [(7, "Recovered chat")]


def test_a_garbage_max_rowid_cannot_make_the_salvage_scan_endless(tmp_path: Path) -> None:
    """Damage can make MAX(rowid) read as 2**63 - 1: the scan was a list of every 256-row range
    up to there (a hang at start-up, 1 launch in 12 in a test). Now it is capped and lazy."""
    from app.store.salvage import MAX_SCAN_ROWID, Salvaged, _max_rowid, _readable_rows

    db = sqlite3.connect(tmp_path / "plain.db")
    db.execute("CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT)")
    db.executemany("INSERT INTO t VALUES (?, ?)", [(1, "a"), (2, "b"), (2**63 - 1, "far")])
    assert _max_rowid(db, "t") == MAX_SCAN_ROWID
    assert list(_readable_rows(db, "t", ["id", "v"], Salvaged())) == [(1, "a"), (2, "b")]
    auto = sqlite3.connect(tmp_path / "auto.db")
    auto.execute("CREATE TABLE t(id INTEGER PRIMARY KEY AUTOINCREMENT, v TEXT)")
    auto.executemany("INSERT INTO t(v) VALUES (?)", [("a",), ("b",), ("c",)])
    assert _max_rowid(auto, "t") == 3  # AUTOINCREMENT's record: no real row is above it


def test_salvage_keeps_the_sources_a_reply_cites(tmp_path: Path) -> None:
    from app.store import StoredSource
    from app.store.migrations import migrate
    from app.store.salvage import salvage_into

    store = HistoryStore(tmp_path / "old.db")
    conv = store.create_conversation()
    store.add_message(conv.id, "user", "How often?")
    reply = store.add_message(conv.id, "assistant", "Every 400 hours [1].")
    cited = (StoredSource(1, "manual.md", "a" * 64, "page", "12", "serviced every 400 hours"),)
    store.set_sources(reply.id, cited)
    store.close()
    for newer in (False, True):  # a damaged file, and a rebuilt log merged over the same rows
        fresh = sqlite3.connect(":memory:")
        migrate(fresh)
        salvage_into(tmp_path / "old.db", fresh)
        saved = salvage_into(tmp_path / "old.db", fresh, newer=newer)
        assert saved.message_sources == 1
        rows = fresh.execute("SELECT message_id, n, document, unit, place, text FROM message_sources").fetchall()
        assert rows == [(reply.id, 1, "manual.md", "page", "12", "serviced every 400 hours")]
