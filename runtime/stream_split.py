"""Split a model's streamed text into answer text, thinking and tool calls.

The detokenizer hands over text in arbitrary pieces, so a marker such as ``<|channel>``
or a stop string can arrive split across pieces. The splitter holds back any tail that
could still grow into a marker and releases it once it cannot.

    feed("Hi <|chan") -> [TextChunk("Hi ")]
    feed("nel>thought\\nhmm<channel|>Yes") -> [ThinkingChunk("hmm"), TextChunk("Yes")]
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .types import TextChunk, ThinkingChunk, ToolCall, ToolCallChunk

ToolParser = Callable[[str], Any]


@dataclass(frozen=True)
class Markup:
    """The control strings of one model family (read from its tokenizer)."""

    think_start: str | None = None
    think_end: str | None = None
    tool_start: str | None = None
    tool_end: str | None = None
    tool_parser: ToolParser | None = None
    # Special tokens that must never reach the user (e.g. a stray "<pad>").
    hidden: tuple[str, ...] = ()


@dataclass
class StreamSplitter:
    markup: Markup
    stop: Sequence[str] = ()
    stopped: bool = False  # a stop string was seen; the caller should end generation
    tool_calls: int = 0
    _buf: str = ""
    _mode: str = "text"  # "text" | "think" | "tool"
    _tool_text: str = ""
    _lstrip_pending: bool = False  # drop newlines that follow a thinking marker
    _out: list[Any] = field(default_factory=list)

    def feed(self, text: str) -> list[Any]:
        if self.stopped:
            return []
        self._buf += text
        self._drain(final=False)
        return self._take()

    def finish(self) -> list[Any]:
        """Flush what is held back; an unterminated tool call is shown as plain text."""
        if not self.stopped:
            self._drain(final=True)
            if self._mode == "tool":
                self._emit_text(self.markup.tool_start + self._tool_text)  # type: ignore[operator]
                self._mode, self._tool_text = "text", ""
        return self._take()

    # ---- internals -----------------------------------------------------------------

    def _matcher(self) -> _Matcher:
        return _matcher_for(self.markup, tuple(self.stop), self._mode)

    def _drain(self, final: bool) -> None:
        while self._buf and not self.stopped:
            matcher = self._matcher()
            hit = matcher.search(self._buf)
            if hit is None or (not final and matcher.could_grow(self._buf[hit[0] :])):
                # Nothing complete yet (or a longer marker may still be arriving).
                cut = hit[0] if hit else len(self._buf) - (0 if final else matcher.tail(self._buf))
                self._emit(self._buf[:cut])
                self._buf = self._buf[cut:]
                return
            pos, marker = hit
            self._emit(self._buf[:pos])
            self._buf = self._buf[pos + len(marker) :]
            self._on_marker(matcher.kinds[marker])

    def _on_marker(self, kind: str) -> None:
        if kind in ("think_start", "think_end"):
            self._mode = "think" if kind == "think_start" else "text"
            self._lstrip_pending = True
        elif kind == "tool_start":
            self._mode, self._tool_text = "tool", ""
        elif kind == "tool_end":
            self._out.append(self._parse_tool(self._tool_text))
            self._mode, self._tool_text = "text", ""
        elif kind == "stop":
            self.stopped = True
            self._buf = ""

    def _emit(self, text: str) -> None:
        if self._lstrip_pending and self._mode != "tool":
            text = text.lstrip("\n")
            self._lstrip_pending = not text
        if not text:
            return
        if self._mode == "tool":
            self._tool_text += text
        elif self._mode == "think":
            _append(self._out, ThinkingChunk, text)
        else:
            self._emit_text(text)

    def _emit_text(self, text: str) -> None:
        _append(self._out, TextChunk, text)

    def _parse_tool(self, body: str) -> Any:
        parser = self.markup.tool_parser
        try:
            parsed = parser(body) if parser else json.loads(body)
        except Exception:
            # Unparseable call: show it rather than lose it.
            return TextChunk(f"{self.markup.tool_start}{body}{self.markup.tool_end}")
        calls = parsed if isinstance(parsed, list) else [parsed]
        self.tool_calls += len(calls)
        chunks = [ToolCallChunk(_to_call(c)) for c in calls]
        return chunks[0] if len(chunks) == 1 else chunks

    def _take(self) -> list[Any]:
        out: list[Any] = []
        for item in self._out:
            out.extend(item if isinstance(item, list) else [item])
        self._out = []
        return out


def _to_call(raw: Any) -> ToolCall:
    args = raw.get("arguments", {})
    if isinstance(args, str):
        args = json.loads(args or "{}")
    return ToolCall(name=str(raw["name"]), arguments=dict(args))


def _append(out: list[Any], kind: type[TextChunk | ThinkingChunk], text: str) -> None:
    # Merge with the previous chunk of the same kind so one feed yields few chunks.
    if out and type(out[-1]) is kind:
        out[-1] = kind(out[-1].text + text)
    else:
        out.append(kind(text))


@functools.lru_cache(maxsize=64)
def _matcher_for(m: Markup, stop: tuple[str, ...], mode: str) -> _Matcher:
    found: dict[str, str] = {}
    if mode == "tool":
        if m.tool_end:
            found[m.tool_end] = "tool_end"
        return _Matcher(found)
    if mode == "text" and m.think_start:
        found[m.think_start] = "think_start"
    if mode == "think" and m.think_end:
        found[m.think_end] = "think_end"
    if mode == "text" and m.tool_start:
        found[m.tool_start] = "tool_start"
    if mode == "text" and m.think_end:
        found[m.think_end] = "hidden"  # a stray close marker is not answer text
    for s in stop:
        if s:
            found.setdefault(s, "stop")
    for h in m.hidden:
        found.setdefault(h, "hidden")
    return _Matcher(found)


class _Matcher:
    """Finds markers in a buffer; built once per mode (a tokenizer may hide thousands)."""

    def __init__(self, kinds: dict[str, str]) -> None:
        self.kinds = kinds
        ordered = sorted(kinds, key=len, reverse=True)  # longest wins at one position
        self._re = re.compile("|".join(map(re.escape, ordered))) if ordered else None
        self._prefixes = {m[:n] for m in kinds for n in range(1, len(m))}
        self._longest = max((len(m) for m in kinds), default=0)

    def search(self, buf: str) -> tuple[int, str] | None:
        found = self._re.search(buf) if self._re else None
        return (found.start(), found.group()) if found else None

    def tail(self, buf: str) -> int:
        """Length of the longest suffix of ``buf`` that could still become a marker."""
        for n in range(min(self._longest - 1, len(buf)), 0, -1):
            if buf[-n:] in self._prefixes:
                return n
        return 0

    def could_grow(self, rest: str) -> bool:
        """True when ``rest`` (starting at a match) is itself the start of a longer marker."""
        return rest in self._prefixes
