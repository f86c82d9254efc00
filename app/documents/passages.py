"""Passages of attached documents, indexed for retrieval in the history database (FTS5, BM25). Qt-free.

A document too long for the context is read through the passages that best match the
question (app/chat/sources.py). Ranking is BM25 alone, through SQLite's FTS5 ``bm25()``:
it needs no model, is exact for names and numbers, and answers in milliseconds over
thousands of passages. Embeddings would help with paraphrase; the candidate would be
EmbeddingGemma-300M (multilingual, small, runs on MLX), but no embedding model ships with
Hearth and nothing is downloaded behind the user's back, so none is used.

Tokens: unicode61 with diacritics removed (so "café" finds "cafe") and the Porter stemmer
(so "invoices" finds "invoice"). Porter only rewrites English suffixes; in other languages
written with spaces it merges a few more word forms, which costs little, and the query goes
through the same stemmer. Chinese and Japanese, written without spaces, are also indexed a
character a token and searched as pairs of adjacent characters (``cjk_text``). On the test corpus (tests/app/test_retrieval.py) with seven more
questions worded apart from their passage ("pump service" for "pumps are serviced"), in
English, French and German, Porter puts all 27 first; without it three are not found.

Rows are keyed by the document's SHA-256: a file attached twice, or to two chats, is indexed
once; ``forget`` drops what the blob sweep no longer keeps.
"""

from __future__ import annotations

import re
import sqlite3
import threading
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from app.store.migrations import DOCUMENT_PASSAGES

from .chunks import Passage, chunk
from .limits import Cancelled

MAX_QUERY_TERMS = 64  # the distinct words of a question that are searched for
MAX_QUERY_CHARS = 20_000  # a pasted essay as the question: its beginning is enough to rank by
BATCH = 200  # passages per progress report and cancel check
# Kana and CJK ideographs (not Hangul: Korean is written with spaces between words).
_CJK_CHARS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
_CJK = re.compile(f"[{_CJK_CHARS}]")
_CJK_RUN = re.compile(f"([{_CJK_CHARS}]+)")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Hit:
    sha256: str
    passage: Passage
    score: float  # bm25(): lower is better


def match_query(text: str) -> str:
    """User text → an FTS5 query that cannot be read as syntax: each distinct word quoted,
    joined by OR (BM25 weighs rare words up and common ones down); Chinese and Japanese as
    pairs of adjacent characters (see ``cjk_text``). "" if there is no word."""
    terms: list[str] = []
    seen: set[str] = set()
    normal = unicodedata.normalize("NFKC", text[:MAX_QUERY_CHARS])  # as cjk_text indexes it
    for word in "".join(c if c.isalnum() else " " for c in normal).split():
        for term in _terms(word.casefold()):
            if term not in seen:
                seen.add(term)
                terms.append(f'"{term}"')
                if len(terms) == MAX_QUERY_TERMS:
                    return " OR ".join(terms)
    return " OR ".join(terms)


def _terms(word: str) -> list[str]:
    """A word as it is searched: itself, or for a run of CJK characters its character pairs
    (a phrase of two tokens in the ``cjk`` column), with the letters around them as words."""
    if not _CJK.search(word):
        return [word]
    out: list[str] = []
    for part in _CJK_RUN.split(word):
        if not part:
            continue
        if _CJK.match(part):
            out += [part] if len(part) == 1 else [f"{a} {b}" for a, b in zip(part, part[1:], strict=False)]
        else:
            out.append(part)
    return out


def cjk_text(text: str) -> str:
    """The Chinese and Japanese characters of ``text``, one token each. unicode61 reads a run of
    them, written without spaces, as one word that no question would repeat exactly; one token a
    character, searched as adjacent pairs, finds the words a question shares with a passage.

    Also the words unicode61 would not find as a question writes them: a Latin word or a number
    written against Japanese ("PDFファイル" is one token to unicode61), and the compatibility forms
    a question is normalised out of (NFKC: full-width "ＰＤＦ", half-width "ｶﾀｶﾅ")."""
    normal = unicodedata.normalize("NFKC", text)
    plain = set(_WORD.findall(text)) if normal != text else set()
    out: list[str] = []
    for word in _WORD.findall(normal):
        if _CJK.search(word):
            out += [" ".join(part) if _CJK.match(part) else part for part in _CJK_RUN.split(word) if part]
        elif plain and word not in plain:
            out.append(word)
    return " ".join(out)


def is_indexed(db: sqlite3.Connection, sha256: str) -> bool:
    return db.execute("SELECT 1 FROM indexed_documents WHERE sha256=?", (sha256,)).fetchone() is not None


def index(
    db: sqlite3.Connection,
    sha256: str,
    text: str,
    unit: str = "",
    cancel: threading.Event | None = None,
    progress: Callable[[float], None] | None = None,
) -> int:
    """Cut ``text`` into passages and index them under ``sha256`` (once; later calls return at once).
    Returns how many passages the document has. Cancelled leaves nothing behind.

    Written in short transactions of BATCH passages, so the window's own writes (a reply being
    saved) never wait long for the lock; the document counts as indexed only once its row in
    indexed_documents is written, after the last batch."""
    with _turn(sha256, cancel):
        return _index(db, sha256, text, unit, cancel, progress)


def _index(
    db: sqlite3.Connection,
    sha256: str,
    text: str,
    unit: str,
    cancel: threading.Event | None,
    progress: Callable[[float], None] | None,
) -> int:
    row = db.execute("SELECT passages FROM indexed_documents WHERE sha256=?", (sha256,)).fetchone()
    if row is not None:
        return int(row[0])
    passages = chunk(text, unit)
    with db:
        db.execute("DELETE FROM document_passages WHERE sha256=?", (sha256,))  # an earlier attempt's part
    try:
        for start in range(0, len(passages), BATCH):
            if cancel is not None and cancel.is_set():
                raise Cancelled("Indexing was cancelled.")
            with db:
                db.executemany(
                    "INSERT INTO document_passages(text, heading, cjk, sha256, unit, place, ordinal) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [
                        (p.text, _heading(p), cjk_text(f"{_heading(p)} {p.text}"), sha256, p.unit, p.place, p.ordinal)
                        for p in passages[start : start + BATCH]
                    ],
                )
            if progress is not None:
                progress(min(1.0, (start + BATCH) / len(passages)))
        with db:
            db.execute(
                "INSERT OR REPLACE INTO indexed_documents(sha256, passages, indexed_at) VALUES (?, ?, ?)",
                (sha256, len(passages), time.time()),
            )
    except BaseException:
        with db:  # its own part, unless another process finished the document meanwhile
            db.execute(
                "DELETE FROM document_passages WHERE sha256=? AND sha256 NOT IN (SELECT sha256 FROM indexed_documents)",
                (sha256,),
            )
        raise
    return len(passages)


_turns: dict[str, threading.Lock] = {}
_turns_lock = threading.Lock()


@contextmanager
def _turn(sha256: str, cancel: threading.Event | None) -> Iterator[None]:
    """One indexing of a document at a time: the same file attached twice at once (two chips, two
    chats) would otherwise delete the other's passages before writing its own, or write them twice.
    The second waits, then finds the document indexed; a cancel still stops it while it waits."""
    with _turns_lock:
        lock = _turns.setdefault(sha256, threading.Lock())
    while not lock.acquire(timeout=0.1):
        if cancel is not None and cancel.is_set():
            raise Cancelled("Indexing was cancelled.")
    try:
        yield
    finally:
        lock.release()


def search(db: sqlite3.Connection, documents: Iterable[str], question: str, limit: int = 8) -> list[Hit]:
    """The ``limit`` passages of ``documents`` (SHA-256s) that best match ``question``, best first."""
    shas = sorted(set(documents))
    query = match_query(question)
    if not shas or not query:
        return []
    marks = ", ".join("?" * len(shas))
    rows = db.execute(
        "SELECT sha256, text, unit, place, ordinal, bm25(document_passages) AS score FROM document_passages "
        f"WHERE document_passages MATCH ? AND sha256 IN ({marks}) ORDER BY score, ordinal LIMIT ?",
        (query, *shas, limit),
    )
    return [Hit(str(r[0]), Passage(str(r[1]), str(r[2]), str(r[3]), int(r[4])), float(r[5])) for r in rows]


def first(db: sqlite3.Connection, sha256: str, count: int) -> list[Hit]:
    """A document's opening passages, in order."""
    rows = db.execute(
        "SELECT text, unit, place, ordinal FROM document_passages WHERE sha256=? ORDER BY CAST(ordinal AS INTEGER) "
        "LIMIT ?",
        (sha256, count),
    )
    return [Hit(sha256, Passage(str(r[0]), str(r[1]), str(r[2]), int(r[3])), 0.0) for r in rows]


def forget(db: sqlite3.Connection, keep: set[str], older_than_s: float = 86_400) -> int:
    """Drop the passages of documents no message refers to, as the blob sweep drops their files
    (the same grace: a document attached but not yet sent keeps its index). Run at start, before
    any document is being indexed."""
    cutoff = time.time() - older_than_s
    rows = db.execute("SELECT sha256 FROM indexed_documents WHERE indexed_at < ?", (cutoff,))
    gone = [s for (s,) in rows if s not in keep]
    with db:
        for sha in gone:
            db.execute("DELETE FROM document_passages WHERE sha256=?", (sha,))
            db.execute("DELETE FROM indexed_documents WHERE sha256=?", (sha,))
        # Passages of an indexing that never finished (Hearth was killed meanwhile).
        db.execute("DELETE FROM document_passages WHERE sha256 NOT IN (SELECT sha256 FROM indexed_documents)")
    return len(gone)


def rebuild(db: sqlite3.Connection) -> None:
    """Start the index again, empty: it was found damaged (quick_check does not read inside it).
    Every document is indexed again from its text when a reply next needs it."""
    with db:
        db.execute("DROP TABLE IF EXISTS document_passages")
        db.execute(DOCUMENT_PASSAGES)
        db.execute("DELETE FROM indexed_documents")


def _heading(p: Passage) -> str:
    """What of the passage's place is searched: a sheet's name, a section's heading; not a number."""
    return p.place if p.unit in ("sheet", "section") else ""


def open_for_indexing(path: Path) -> sqlite3.Connection:
    """A connection of its own for a worker thread (the window's is the GUI thread's);
    WAL lets it write while the window reads, and waits out the window's short writes."""
    db = sqlite3.connect(path, timeout=30)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    return db
