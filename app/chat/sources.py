"""Reading a document too long for the context: the passages that match the question, as numbered sources. Qt-free.

A document whose text takes more than FIT_SHARE of the context (or that, with the chat's other
documents, would: see ``long_documents``) goes into the prompt as the passages of the chat's long documents that BM25 ranks best for the latest question
(app/documents/passages.py), each in a ``<source id="n" …>`` block the reply cites as [n].

How many: up to MAX_SOURCES passages (8 × 150–300 words), and no more than SOURCE_SHARE of
the context (less the documents read whole beside them), so the question, the earlier turns
and the reply keep the other half. Eight is
enough to cover an answer spread over a few places in the document; more passages mostly
add weaker matches that small models then quote instead of the right one. A question with
no word found in the documents ("summarise this") gets their opening passages.

A chat that uses a project (app/documents/projects.py) also gets the project's passages that
match the question, numbered and cited the same way; a question that matches none of them
gets none (a project's opening passages would be noise).
"""

from __future__ import annotations

import logging
import sqlite3
from collections import Counter
from dataclasses import dataclass, replace
from xml.sax.saxutils import quoteattr

from app.documents import passages
from app.documents.stored import enclosed, text_path, tokens_about, tokens_at_least
from app.store import StoredAttachment, StoredMessage, StoredSource

log = logging.getLogger(__name__)
FIT_SHARE = 0.75  # a document up to this share of the context is read whole
SOURCE_SHARE = 0.5  # the share of the context the sources may take
MAX_SOURCES = 8
# bm25() gives a word found in half the passages or more a weight of 1e-6: when the best passage
# matches only such words ("this", "document", "you" in "summarise this document for me"), no
# passage matches better than another, and the openings are read as for a question with no word.
NO_WEIGHT = 1e-3

INSTRUCTION = (
    "The documents above are too long to read whole; the sources below are the passages that best match "
    "the question. Answer from them and cite each source you use by its number in square brackets, like [1]. "
    "If they do not hold the answer, say so."
)

PROJECT_INSTRUCTION = (
    "The sources below are passages from the user's project documents that best match the question. "
    "Use them when they hold the answer and cite each source you use by its number in square brackets, like [1]."
)


@dataclass(frozen=True)
class Knowledge:
    """A project's indexed documents, searched for every reply of a chat that uses it."""

    db: sqlite3.Connection  # where their passages are indexed (`hearth chat` keeps its chat elsewhere)
    documents: dict[str, str]  # {sha256: the name sources show}


def long_documents(path: list[StoredMessage], context_length: int) -> dict[str, StoredAttachment]:
    """The chat's documents (on its active path) too long to read whole, by SHA-256.

    Measured together, largest first: documents read whole take at most FIT_SHARE of the context,
    and once one is read through sources, those still read whole share the sources' part (two
    documents that each fit alone overflowed the context together, and so did one beside sources)."""
    sizes = _read_whole(path)
    docs = {a.sha256: a for m in path if m.role == "user" for a in m.attachments if a.kind == "document"}
    whole = sum(sizes.values())
    limit = context_length * FIT_SHARE
    long: dict[str, StoredAttachment] = {}
    for sha in sorted(sizes, key=lambda sha: tokens_at_least(docs[sha].meta), reverse=True):
        if whole <= limit:
            break
        long[sha] = docs[sha]
        whole -= sizes[sha]
        limit = context_length * SOURCE_SHARE / 2
    return long


def _read_whole(path: list[StoredMessage]) -> Counter[str]:
    """Tokens each document takes read whole: once in each message it is attached to."""
    sizes: Counter[str] = Counter()
    for m in path:
        if m.role == "user":
            for a in {a.sha256: a for a in m.attachments if a.kind == "document"}.values():
                sizes[a.sha256] += tokens_at_least(a.meta)
    return sizes


def retrieve(
    db: sqlite3.Connection, path: list[StoredMessage], context_length: int, knowledge: Knowledge | None = None
) -> tuple[StoredSource, ...]:
    """The sources for the reply to the last user message of ``path`` (none when every document
    fits and the chat has no project)."""
    long = long_documents(path, context_length)
    question = next((m.content for m in reversed(path) if m.role == "user"), "")
    if not long and (knowledge is None or not knowledge.documents):
        return ()
    read_whole = sum(tokens for sha, tokens in _read_whole(path).items() if sha not in long)
    hits: list[tuple[passages.Hit, str]] = []
    if long:
        try:
            found = _hits(db, long, question)
        except sqlite3.DatabaseError as exc:  # a damaged index; the text it was made from is kept
            if exc.sqlite_errorcode & 0xFF != sqlite3.SQLITE_CORRUPT:  # not "locked": that passes
                raise
            log.warning("passages index damaged (%s): built again", exc)
            passages.rebuild(db)
            found = _hits(db, long, question)
        hits += [(h, long[h.sha256].name) for h in found]
    if knowledge is not None and knowledge.documents:
        found = passages.search(knowledge.db, knowledge.documents, question, limit=MAX_SOURCES)
        hits += [(h, knowledge.documents[h.sha256]) for h in found]
        hits.sort(key=lambda pair: pair[0].score)  # BM25 of both, best first (openings score 0)
    # Tokens: the share less the documents read whole beside them; the instruction and each
    # source's tags count too.
    instruction = INSTRUCTION if long else PROJECT_INSTRUCTION
    budget = int(context_length * SOURCE_SHARE) - read_whole - tokens_about(instruction)
    out: list[StoredSource] = []
    seen: set[tuple[str, int]] = set()
    for hit, name in hits:
        if (hit.sha256, hit.passage.ordinal) in seen:  # a long attachment that is also in the project
            continue
        seen.add((hit.sha256, hit.passage.ordinal))
        source = StoredSource(len(out) + 1, name, hit.sha256, hit.passage.unit, hit.passage.place, "")
        room = budget - tokens_about(source_block(source))
        if out and tokens_about(hit.passage.text) > room:
            break
        source = replace(source, text=_cut(hit.passage.text, room))  # a passage longer than the whole budget is cut
        if not source.text:
            break
        budget -= tokens_about(source_block(source))
        out.append(source)
        if budget <= 0 or len(out) == MAX_SOURCES:
            break
    return tuple(out)


def _hits(db: sqlite3.Connection, long: dict[str, StoredAttachment], question: str) -> list[passages.Hit]:
    for a in long.values():
        _ensure_indexed(db, a)
    hits = passages.search(db, long, question, limit=MAX_SOURCES)
    return hits if hits and hits[0].score < -NO_WEIGHT else _openings(db, list(long))


def _cut(text: str, tokens: int) -> str:
    """The beginning of ``text`` that takes about ``tokens`` tokens at the most."""
    while text and tokens_about(text) > tokens:
        text = text[: min(len(text) - 1, len(text) * max(tokens, 0) // tokens_about(text))]
    return text


def _ensure_indexed(db: sqlite3.Connection, a: StoredAttachment) -> None:
    """Index a document here if attaching did not (a history that is a copy in memory, an older chat)."""
    if passages.is_indexed(db, a.sha256):
        return
    try:
        text = text_path(a.path, a.sha256).read_text(encoding="utf-8")
    except OSError:
        return  # its text is gone: nothing to retrieve from
    passages.index(db, a.sha256, text, str(a.meta.get("unit") or ""))


def _openings(db: sqlite3.Connection, shas: list[str]) -> list[passages.Hit]:
    per = max(1, MAX_SOURCES // len(shas))
    return [h for sha in shas for h in passages.first(db, sha, per)]


def source_block(s: StoredSource) -> str:
    """<source id="1" document="report.pdf" page="12"> … </source>"""
    where = f" {s.unit}={quoteattr(s.place)}" if s.unit else ""
    return f'<source id="{s.n}" document={quoteattr(s.document)}{where}>\n{enclosed(s.text, "source")}\n</source>'


def sources_prompt(sources: tuple[StoredSource, ...], documents_above: bool = True) -> str:
    """The sources with what to do with them; ``documents_above``: a long attachment is named above them."""
    return (
        (INSTRUCTION if documents_above else PROJECT_INSTRUCTION)
        + "\n\n"
        + "\n\n".join(source_block(s) for s in sources)
    )
