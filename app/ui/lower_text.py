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
from functools import cache

from app.ui.lower_messages import templates

MAX_NESTING = 3


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
            parts.append(f"(?P<{field}>.*?)")
    if not fixed:
        return None  # fields only: it would match anything
    return _Template(english, re.compile("".join(parts), re.DOTALL), fixed)


@cache
def _known() -> tuple[_Template, ...]:
    compiled = (_compile(english) for english in templates())
    return tuple(sorted((t for t in compiled if t is not None), key=lambda t: -t.specificity))


def match_template(message: str) -> tuple[str, dict[str, str]] | None:
    """The English template ``message`` was made from, and its values; None if it is not one."""
    for template in _known():
        match = template.pattern.fullmatch(message)
        if match is not None:
            return template.english, match.groupdict()
    return None


def in_interface_language(message: str, _depth: int = 0) -> str:
    """``message`` in the interface language if it is one of the lower layers' messages."""
    found = match_template(message) if message and _depth <= MAX_NESTING else None
    if found is None:
        return message
    english, values = found
    translated = templates()[english]
    try:
        return translated.format(**{name: in_interface_language(v, _depth + 1) for name, v in values.items()})
    except (KeyError, IndexError, ValueError):  # a translation that broke its fields: English beats nothing
        return message


def error_text(error: BaseException) -> str:
    """What an exception from a lower layer says, in the interface language."""
    return in_interface_language(str(error))
