"""A document's extracted text cut into passages that each know where they come from. Qt-free.

Passages are what retrieval ranks and what a reply cites, so a passage never crosses a page,
slide or sheet marker (a citation names one place) and ends at a paragraph where it can.
About 150–300 words: long enough that BM25 sees the words a question shares with it, short
enough that several fit the context beside the question. Text without spaces between words
(Chinese, Japanese) is measured in characters, six to a "word".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

MIN_WORDS = 150
MAX_WORDS = 300
SMALL = 50  # what is left before a long paragraph (a heading, a caption) goes with it, not alone
CHARS_PER_WORD = 6  # for measuring scripts written without spaces

_MARKER = re.compile(r"^--- (page|slide) (\d+) ---$|^--- sheet (.+?)(?: \([\d,.\s]+ rows?\))? ---$", re.M)
_HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*$")
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+")


@dataclass(frozen=True)
class Passage:
    text: str
    unit: str  # "page" | "slide" | "sheet" | "section" | "" (no place known)
    place: str  # "12", "Sales", a heading; "" with unit ""
    ordinal: int  # its order in the document, from 0

    @property
    def where(self) -> str:
        """ "page 12", "sheet Sales", "section Results" (English; the interface words its own)."""
        return f"{self.unit} {self.place}" if self.unit else ""


def size(text: str) -> int:
    """Length in words, counting a script without spaces by its characters."""
    return max(len(text.split()), len(text) // CHARS_PER_WORD)


def chunk(text: str, unit: str = "") -> list[Passage]:
    """``text`` as extract() wrote it; ``unit`` is its meta unit ("rows": a table with a header row)."""
    out: list[Passage] = []
    for kind, place, body in _segments(text):
        table = kind == "sheet" or unit == "rows"
        for piece_unit, piece_place, pieces in _sections(kind, place, body, table):
            for piece in _pack(pieces, table):
                out.append(Passage(piece, piece_unit, piece_place, len(out)))
    return out


def _segments(text: str) -> Iterator[tuple[str, str, str]]:
    """(unit, place, text) between the structure markers; text before the first has no place."""
    at, kind, place = 0, "", ""
    for m in _MARKER.finditer(text):
        yield kind, place, text[at : m.start()]
        kind, place = ("sheet", m.group(3)) if m.group(3) is not None else (m.group(1), m.group(2))
        at = m.end()
    yield kind, place, text[at:]


def _sections(kind: str, place: str, body: str, table: bool) -> Iterator[tuple[str, str, list[str]]]:
    """Paragraphs grouped under their Markdown heading, where the segment has no page or slide of its own."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", body) if p.strip()]
    if table:
        rows = [line for p in paragraphs for line in p.splitlines() if line.strip()]
        yield kind, place, rows
        return
    current: list[str] = []
    heading = ""
    for p in paragraphs:
        first = p.splitlines()[0]
        found = _HEADING.match(first) if not kind else None
        if found:
            if current:
                yield ("section" if heading else ""), heading, current
            heading, current = found.group(1)[:120], [p]
        else:
            current.append(p)
    if current:
        yield (kind or ("section" if heading else "")), (place or heading), current


def _pack(pieces: list[str], table: bool) -> Iterator[str]:
    """Paragraphs (or table rows) joined into passages of MIN..MAX words; a table's passages
    each begin with its header row, so a row is read with its column names."""
    header = pieces[0] if table and len(pieces) > 1 else ""
    rows = pieces[1:] if header else pieces
    joiner = "\n" if table else "\n\n"
    parts: list[str] = []
    words = size(header)
    for piece in (p for whole in rows for p in _split_long(whole)):
        n = size(piece)
        if parts and words + n > MAX_WORDS and words - size(header) >= SMALL:
            yield joiner.join([header, *parts] if header else parts)
            parts, words = [], size(header)
        parts.append(piece)
        words += n
        if words >= MIN_WORDS and not table:
            yield joiner.join(parts)
            parts, words = [], 0
    if parts:
        yield joiner.join([header, *parts] if header else parts)


def _split_long(paragraph: str) -> Iterator[str]:
    """A paragraph longer than MAX_WORDS, cut at sentence ends (or, failing that, anywhere)."""
    if size(paragraph) <= MAX_WORDS:
        yield paragraph
        return
    part: list[str] = []
    for sentence in _SENTENCE_END.split(paragraph):
        for piece in _hard_cut(sentence):
            if part and size(" ".join([*part, piece])) > MAX_WORDS:
                yield " ".join(part)
                part = []
            part.append(piece)
    if part:
        yield " ".join(part)


def _hard_cut(sentence: str) -> Iterator[str]:
    if size(sentence) <= MAX_WORDS:
        yield sentence
        return
    words = sentence.split()
    if len(words) > 1 and len(words) >= size(sentence) // 2:
        for i in range(0, len(words), MAX_WORDS):
            yield " ".join(words[i : i + MAX_WORDS])
    else:  # no spaces to cut at
        step = MAX_WORDS * CHARS_PER_WORD
        for i in range(0, len(sentence), step):
            yield sentence[i : i + step]
