"""A document's extracted text next to its blob, and the block the model reads it in."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

from app.mcp.results import defuse

CHARS_PER_TOKEN = 4  # English prose; a lower bound on tokens for most text
# Chinese, Japanese (kana, ideographs, their punctuation) and Korean (Hangul) take about a token a
# character, Arabic and Thai about one in two or three (Gemma's tokenizer: 1.5, 2.7 and 2.5 characters
# a token), not four: measured as English, a Chinese document that "fits" overflows the context.
_DENSE = re.compile(
    "[\u1100-\u11ff\u3000-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]"
)
_HALF_DENSE = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\u0e00-\u0e7f\ufb50-\ufdff\ufe70-\ufeff]")
SIDECAR = ".extracted.txt"  # named after the document's SHA-256: the blob store's sweep keeps it with it


def text_path(blob: Path, sha256: str) -> Path:
    """Where the text of the stored document ``blob`` is kept."""
    return blob.with_name(f"{sha256}{SIDECAR}")


def write_text(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def document_block(name: str, meta: dict[str, Any], text: str | None) -> str:
    """<document name="report.pdf" pages="12"> … </document>, as it goes into the user's message."""
    unit, count = str(meta.get("unit") or "lines"), int(meta.get("count") or 0)
    body = enclosed(text, "document") if text is not None else "[The text of this document is no longer available.]"
    return f'<document name={quoteattr(name)} {unit}="{count}">\n{body}\n</document>'


def enclosed(text: str, tag: str) -> str:
    """A document's text as it goes inside its <tag> block: the document is untrusted, so it can neither
    close the block (and write what looks like the user's own words or another block after it) nor
    forge a turn with Gemma's markers. A space after the bracket keeps both readable as text."""
    return re.sub(rf"<(/?)\s*({tag})\b", r"<\1 \2", defuse(text), flags=re.I)


def read_block(name: str, blob: Path, sha256: str, meta: dict[str, Any]) -> str:
    try:
        text: str | None = text_path(blob, sha256).read_text(encoding="utf-8")
    except OSError:
        text = None
    return document_block(name, meta, text)


def tokens_about(text: str) -> int:
    """Tokens ``text`` takes, at the most: a Chinese, Japanese or Korean character each, two Arabic or
    Thai characters, four others."""
    dense, half = len(_DENSE.findall(text)), len(_HALF_DENSE.findall(text))
    return dense + half // 2 + (len(text) - dense - half) // CHARS_PER_TOKEN


def tokens_at_least(meta: dict[str, Any]) -> int:
    """A document's size in tokens, as prepare() measured it (older attachments: by their length)."""
    return int(meta.get("tokens") or int(meta.get("chars") or 0) // CHARS_PER_TOKEN)
