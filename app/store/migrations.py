"""Schema migrations: an append-only list of SQL scripts, applied in order, recorded by name.

Never edit a migration that has shipped; add a new one.
"""

from __future__ import annotations

import sqlite3
import time

from .branches import LINK_BY_SEQ

MIGRATIONS: list[tuple[str, str]] = []


def migration(name: str, sql: str) -> None:
    MIGRATIONS.append((name, sql))


migration(
    "m001_conversations_and_messages",
    """
        CREATE TABLE conversations (
            id INTEGER PRIMARY KEY AUTOINCREMENT,  -- ids are never reused after deletes
            title TEXT NOT NULL DEFAULT 'New chat',
            created_at REAL NOT NULL,
            updated_at REAL NOT NULL,
            model TEXT
        );
        CREATE TABLE messages (
            id INTEGER PRIMARY KEY AUTOINCREMENT,  -- ids are never reused after deletes
            conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            role TEXT NOT NULL,
            content TEXT NOT NULL DEFAULT '',
            thinking TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'complete',
            error TEXT,
            stats_json TEXT,
            model TEXT,
            created_at REAL NOT NULL
        );
        CREATE INDEX messages_by_conversation ON messages(conversation_id, seq);
    """,
)

# An external-content FTS5 index over message text, kept in step by triggers.
migration(
    "m002_full_text_search",
    """
        CREATE VIRTUAL TABLE messages_fts USING fts5(
            content, content='messages', content_rowid='id',
            tokenize='unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
            INSERT INTO messages_fts(rowid, content) VALUES (new.id, new.content);
        END;
        CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
            INSERT INTO messages_fts(messages_fts, rowid, content) VALUES ('delete', old.id, old.content);
        END;
        CREATE TRIGGER messages_fts_update AFTER UPDATE OF content ON messages BEGIN
            INSERT INTO messages_fts(messages_fts, rowid, content) VALUES ('delete', old.id, old.content);
            INSERT INTO messages_fts(rowid, content) VALUES (new.id, new.content);
        END;
        INSERT INTO messages_fts(messages_fts) VALUES ('rebuild');
    """,
)


# Files attached to messages; the bytes live content-addressed in the blob folder.
migration(
    "m003_attachments",
    """
        CREATE TABLE attachments (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            kind TEXT NOT NULL,
            name TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            ext TEXT NOT NULL,
            size_bytes INTEGER NOT NULL,
            meta_json TEXT
        );
        CREATE INDEX attachments_by_message ON attachments(message_id, seq);
        CREATE INDEX attachments_by_blob ON attachments(sha256);
    """,
)


# Pinned messages stay in the prompt when a long chat no longer fits the context.
migration("m004_pinned", "ALTER TABLE messages ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0")


# Facts the user asked Hearth to remember (app/chat/memories.py), and chats that leave them out.
migration(
    "m005_memories",
    """
        CREATE TABLE memories (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            text TEXT NOT NULL,
            created_at REAL NOT NULL
        );
        ALTER TABLE conversations ADD COLUMN memory_off INTEGER NOT NULL DEFAULT 0;
    """,
)


# The preset (app/presets.py) a chat uses, by name; NULL: none.
migration("m006_preset", "ALTER TABLE conversations ADD COLUMN preset TEXT")


# Branches (app/store/branches.py): the message each one follows, and the chosen version among
# siblings. Existing chats become one path, every message chosen. parent_id has no foreign key
# and no index of its own: a chat's rows are always read, and deleted, by conversation_id, and a
# reader treats a message whose parent is gone as a first message.
migration(
    "m007_branches",
    f"""
        ALTER TABLE messages ADD COLUMN parent_id INTEGER;
        ALTER TABLE messages ADD COLUMN active INTEGER NOT NULL DEFAULT 1;
        {LINK_BY_SEQ.format(where="1")};
    """,
)


# Passages of attached documents for retrieval (app/documents/passages.py), keyed by the
# document's SHA-256; a sheet's name or a section's heading is searched too ("Lyon" finds the
# sheet named so; page numbers are not, or "2" in a question would find page 2); ``cjk`` holds
# its Chinese and Japanese characters one token each (unicode61 does not split those words).
# And the sources a reply was given (app/chat/sources.py), numbered as the reply cites them.
# (Also what passages.rebuild() makes again when the index is found damaged.)
DOCUMENT_PASSAGES = """CREATE VIRTUAL TABLE document_passages USING fts5(
            text, heading, cjk, sha256 UNINDEXED, unit UNINDEXED, place UNINDEXED, ordinal UNINDEXED,
            tokenize='porter unicode61 remove_diacritics 2'
        )"""
migration(
    "m008_document_passages",
    f"""
        {DOCUMENT_PASSAGES};
        CREATE TABLE indexed_documents (
            sha256 TEXT PRIMARY KEY,
            passages INTEGER NOT NULL,
            indexed_at REAL NOT NULL
        );
        CREATE TABLE message_sources (
            message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
            n INTEGER NOT NULL,
            document TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            unit TEXT NOT NULL,
            place TEXT NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (message_id, n)
        );
    """,
)


# Projects (app/documents/projects.py): named sets of folders and files whose documents are
# indexed in document_passages (by SHA-256, shared with attachments) and searched for every
# reply of a chat that uses the project. ``project_files`` remembers each file as it was
# indexed (size, mtime) so only new and changed files are read again; ``error`` says why one
# could not be read. A chat's project is kept by name, like its preset.
migration(
    "m009_projects",
    """
        CREATE TABLE projects (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL UNIQUE,
            created_at REAL NOT NULL
        );
        CREATE TABLE project_paths (
            project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
            path TEXT NOT NULL,
            PRIMARY KEY (project_id, path)
        );
        CREATE TABLE project_files (
            project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
            path TEXT NOT NULL,
            name TEXT NOT NULL,
            size INTEGER NOT NULL,
            mtime_ns INTEGER NOT NULL,
            sha256 TEXT,
            error TEXT,
            PRIMARY KEY (project_id, path)
        );
        CREATE INDEX project_files_by_sha ON project_files(sha256);
        ALTER TABLE conversations ADD COLUMN project TEXT;
    """,
)


def migrate(db: sqlite3.Connection) -> list[str]:
    """Apply pending migrations; return the names applied."""
    db.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at REAL NOT NULL)")
    done = {row[0] for row in db.execute("SELECT name FROM _migrations")}
    applied = []
    for name, sql in MIGRATIONS:
        if name in done:
            continue
        # One transaction per migration: the schema change and its record land together.
        try:
            db.executescript(f"BEGIN; {sql}; INSERT INTO _migrations VALUES ('{name}', {time.time()}); COMMIT;")
        except sqlite3.Error:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
        applied.append(name)
    return applied
