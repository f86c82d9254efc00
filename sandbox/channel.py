"""The parent's side of the result pipe: everything from the child is untrusted.

The code runs in the same process as the child's reporting, so it can write anything to
the result pipe. Everything here is bounded: bytes read (linear, capped), JSON shape,
text length (a few KB for the window and the model, with a note of what was cut), figure
count, bytes and pixels (from the PNG header, decoded here), and nothing raises.
"""

from __future__ import annotations

import base64
import binascii
import json
import struct
from dataclasses import dataclass, field
from typing import Any

from .figure_text import checked, describe
from .watch import PNG_SIGNATURE, valid_png

LIMIT_KINDS = frozenset({"time", "cpu", "memory", "output", "crash", "cancelled"})
MAX_LAYERS, MAX_LAYER_CHARS = 12, 120


@dataclass
class Parsed:
    ok: bool = False
    error: str | None = None
    notes: list[str] = field(default_factory=list)
    figures: list[bytes] = field(default_factory=list)
    figure_alts: list[str] = field(default_factory=list)  # one per figure, English ("" when the child gave none)
    figure_facts: list[dict[str, Any] | None] = field(default_factory=list)  # what each shows (figure_text.py)
    limit_hit: str | None = None
    isolation: tuple[str, ...] = ()


def clip(text: str, cap: int) -> str:
    """At most `cap` characters, and a note saying how many more there were."""
    if len(text) <= cap:
        return text
    return text[:cap] + f"\n…{len(text) - cap:,} more characters"


def png_size(data: bytes) -> tuple[int, int] | None:
    """Width and height from the PNG's IHDR chunk (the first chunk, at a fixed offset)."""
    if len(data) < 24 or not data.startswith(PNG_SIGNATURE) or data[12:16] != b"IHDR":
        return None
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def parse(payload: bytes, max_figures: int, max_pixels: int, max_figure_bytes: int) -> Parsed | None:
    """The child's JSON result, validated; None when there is none or it is not a result."""
    if not payload:
        return None
    try:
        data = json.loads(payload)
    except (ValueError, RecursionError):  # garbage, or nesting deep enough to recurse the parser
        return None
    if not isinstance(data, dict):
        return None
    out = Parsed(ok=data.get("ok") is True)
    error = data.get("error")
    out.error = error if isinstance(error, str) else None
    if not out.ok and out.error is None:
        out.error = "The code failed without saying why."
    notes = data.get("notes")
    out.notes = [n for n in notes if isinstance(n, str)][: max_figures + 2] if isinstance(notes, list) else []
    limit = data.get("limit_hit")
    out.limit_hit = limit if limit in LIMIT_KINDS else None
    layers = data.get("isolation")
    if isinstance(layers, list):
        out.isolation = tuple(x[:MAX_LAYER_CHARS] for x in layers if isinstance(x, str))[:MAX_LAYERS]
    figures = data.get("figures")
    if not isinstance(figures, list):
        return out
    told = data.get("figure_facts")
    told = told if isinstance(told, list) else []
    for index, item in enumerate(figures[:max_figures], 1):
        png, why = _figure(item, max_pixels, max_figure_bytes)
        if png is not None:
            out.figures.append(png)
            facts = checked(told[index - 1]) if index <= len(told) else None
            out.figure_facts.append(facts)
            out.figure_alts.append(describe(facts) if facts is not None else "")
        else:
            out.notes.append(f"\n[figure {index} was dropped: {why}]\n")
    if len(figures) > max_figures:
        out.notes.append(f"\n[{len(figures) - max_figures} more figures were dropped: the limit is {max_figures}]\n")
    return out


def _figure(item: Any, max_pixels: int, max_bytes: int) -> tuple[bytes | None, str]:
    if not isinstance(item, str) or len(item) > (max_bytes * 4) // 3 + 4:
        return None, "it is larger than the limit"
    try:
        data = base64.b64decode(item, validate=True)
    except (binascii.Error, ValueError):
        return None, "it is not a valid image"
    size = png_size(data)
    if size is None:
        return None, "it is not a PNG image"
    if size[0] * size[1] > max_pixels * 1.02:  # the child rounds each side up: a little slack
        return None, f"{size[0]}×{size[1]} pixels is more than the limit"
    if not valid_png(data):
        return None, "the image is damaged"
    return data, ""
