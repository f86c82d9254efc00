"""Messages from the Qt-free layers, shown in the interface language.

runtime/, sandbox/, voice/ and app's Qt-free modules say things in English (they cannot use Qt's
translator, and the CLI and the API print them as they are). Each of their messages is listed
as a template in app/ui/lower_messages.py (generated from their code, so none is forgotten);
here a message is matched against those templates, and shown as the translated template with
the same values. A value that is itself a known message (a reason inside a reason) is
translated too. Anything else (an OS error, a traceback) is shown as it is.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from functools import cache, lru_cache

from app.ui.i18n import interface_language
from app.ui.lower_messages import templates

MAX_NESTING = 3  # a reason inside a reason inside a reason
MAX_MESSAGE_CHARS = 2_000  # longer text (a traceback, a code's output) is not a message: not matched
# Fields that hold a reason (another message) rather than a name, a path or a number: only these
# are translated in turn, so a file called "Done" keeps its name.
REASON_FIELDS = frozenset(
    {"exc", "value", "value2", "problem", "found", "why", "what", "error", "suffix", "advice", "hint", "link",
     "part", "part2", "part3", "reason", "detail", "message"}
)  # fmt: skip
# A step that reports its seconds so far ("Building the tokenizer: … (7 s)"): the step is the message.
ELAPSED = re.compile(r"(.*) \((\d+) s\)", re.DOTALL)


@dataclass(frozen=True)
class _Template:
    english: str
    pattern: re.Pattern[str]
    specificity: int  # characters of fixed text: the most specific match wins


def _compile(english: str) -> _Template | None:
    parts: list[str] = []
    fixed = 0
    seen: set[str] = set()
    for literal, field, _spec, _conversion in string.Formatter().parse(english):
        parts.append(re.escape(literal))
        fixed += len(literal)
        if field is None:
            continue
        if field in seen:  # the same value twice: the second must repeat the first
            parts.append(f"(?P={field})")
        else:
            seen.add(field)
            # A name in “…” stops at its closing quote, and no value runs across lines: a
            # message nested in another cannot swallow the outer one's words. (A name in '…'
            # may hold an apostrophe itself: "Tom's photo".)
            quoted = literal.endswith("“")
            parts.append(f"(?P<{field}>[^”\n]*?)" if quoted else f"(?P<{field}>[^\n]*?)")
    if not fixed:
        return None  # fields only: it would match anything
    return _Template(english, re.compile("".join(parts)), fixed)


@cache
def _known() -> tuple[_Template, ...]:
    compiled = (_compile(english) for english in templates())
    return tuple(sorted((t for t in compiled if t is not None), key=lambda t: -t.specificity))


def match_template(message: str) -> tuple[str, dict[str, str]] | None:
    """The English template ``message`` was made from, and its values; None if it is not one.

    A message with another inside it ("'a' is damaged: 'b' is truncated …") matches both
    the outer template and, read loosely, the inner one: the reading whose names, paths and
    numbers are shortest wins (the rest is a reason, which is translated in turn), then the
    template with the most fixed text."""
    if len(message) > MAX_MESSAGE_CHARS:
        return None
    best: tuple[int, int, str, dict[str, str]] | None = None
    for template in _known():
        match = template.pattern.fullmatch(message)
        if match is None:
            continue
        values = match.groupdict()
        named = sum(len(v) for k, v in values.items() if k not in REASON_FIELDS)
        score = (named, -template.specificity)
        if best is None or score < best[:2]:
            best = (*score, template.english, values)
    return (best[2], best[3]) if best is not None else None


def in_interface_language(message: str) -> str:
    """``message`` in the interface language if it is one of the lower layers' messages."""
    return _translated(interface_language(), message)


@lru_cache(maxsize=1024)  # the chat re-renders its errors often; keyed on the language too
def _translated(_language: str, message: str) -> str:
    return _translate(message, 0)


def _translate(message: str, depth: int) -> str:
    if not message or len(message) > MAX_MESSAGE_CHARS or depth >= MAX_NESTING:
        return message
    found = match_template(message)
    if found is None:
        elapsed = ELAPSED.fullmatch(message)
        if elapsed and match_template(elapsed.group(1)):
            return f"{_translate(elapsed.group(1), depth)} ({elapsed.group(2)} s)"
        return message
    english, values = found
    translated = templates()[english]
    try:
        return translated.format(
            **{name: _reason(v, depth + 1) if name in REASON_FIELDS else v for name, v in values.items()}
        )
    except (KeyError, IndexError, ValueError):  # a translation that broke its fields: English beats nothing
        return message


def _reason(value: str, depth: int) -> str:
    """A reason in the interface language; a list of reasons ("a; b; c") item by item."""
    translated = _translate(value, depth)
    if translated != value or "; " not in value:
        return translated
    items = value.split("; ")
    if all(match_template(item) for item in items):
        return "; ".join(_translate(item, depth) for item in items)
    return value


def error_text(error: BaseException) -> str:
    """What an exception from a lower layer says, in the interface language."""
    return in_interface_language(str(error))
