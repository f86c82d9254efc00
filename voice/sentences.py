"""Turn a streaming reply into speakable pieces, the first one as early as possible.

    feed("Sure, the capital") -> []
    feed(" of France is Paris. It") -> ["Sure, the capital of France is Paris."]
    flush() -> ["It"]

The first piece is also cut at a clause boundary (, ; :) once it has a few words, so speech
starts while the model is still writing. Markdown is removed and code is not read aloud.
"""

from __future__ import annotations

import re

FIRST_CLAUSE_WORDS = 4
_SENTENCE_END = re.compile(r"[.!?…](?:[\"')\]]*)\s")
_CLAUSE_END = re.compile(r"[,;:]\s")


class SentenceSplitter:
    def __init__(self) -> None:
        self._buf = ""
        self._first = True
        self._in_code = False

    def feed(self, text: str) -> list[str]:
        self._buf += text
        out: list[str] = []
        while True:
            piece = self._next_piece()
            if piece is None:
                return out
            spoken = speakable(piece)
            if spoken:
                out.append(spoken)
                self._first = False

    def flush(self) -> list[str]:
        rest, self._buf = self._buf, ""
        spoken = speakable(rest) if not self._in_code else ""
        return [spoken] if spoken else []

    def _next_piece(self) -> str | None:
        fence = self._buf.find("```")
        if self._in_code:
            if fence < 0:
                return None
            self._buf, self._in_code = self._buf[fence + 3 :], False
            return "" if self._buf else None
        match = _SENTENCE_END.search(self._buf)
        cut = match.end() if match else -1
        if self._first and cut < 0:
            for clause in _CLAUSE_END.finditer(self._buf):
                if len(self._buf[: clause.end()].split()) >= FIRST_CLAUSE_WORDS:
                    cut = clause.end()
                    break
        if 0 <= fence and (cut < 0 or fence < cut):
            piece, self._buf, self._in_code = self._buf[:fence], self._buf[fence + 3 :], True
            return piece
        if cut < 0:
            return None
        piece, self._buf = self._buf[:cut], self._buf[cut:]
        return piece


def speakable(text: str) -> str:
    """Markdown to plain words: no emphasis marks, headings, bullets, link targets or citations."""
    # A reply's citations of its sources, " [1]" or " [2, 3]" after a word or at the start of a
    # sentence (not x[2], nor in inline code).
    text = "".join(
        part
        if part.startswith("`")
        else re.sub(r"(?:^|[ \t]+)\[\d{1,3}(?:\s*,\s*\d{1,3})*\](?:\[\d{1,3}\])*", "", part)
        for part in re.split(r"(`[^`]*`)", text)
    )
    text = re.sub(r"`([^`]*)`", r"\1", text)
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"[*_#>|~]+", " ", text)
    text = re.sub(r"^\s*[-+]\s+", "", text, flags=re.M)
    text = re.sub(r"\$+", "", text)
    return " ".join(text.split())
