"""Export a conversation as Markdown or JSON.

Both write the chat as shown (its active path); JSON can add every version of every message
(``all_messages``, with ids and parent ids), so branches can be rebuilt from it."""

from __future__ import annotations

import json
import re
import time
from typing import Any

from .models import Conversation, StoredMessage, StoredSource

SPEAKERS = {"user": "You", "assistant": "Assistant", "system": "System", "tool": "Tool"}


def to_markdown(conv: Conversation, messages: list[StoredMessage]) -> str:
    lines = [f"# {conv.title}", "", f"_Exported from Hearth on {_stamp(time.time())}_", ""]
    for m in messages:
        header = f"## {SPEAKERS.get(m.role, m.role)}"
        if m.role == "assistant" and m.model:
            header += f" · {m.model}"
        lines += [header, ""]
        if m.thinking:
            lines += ["<details><summary>Thinking</summary>", "", m.thinking.strip(), "", "</details>", ""]
        lines += [m.content.strip() or "_(empty)_", ""]
        if m.sources:
            lines += ["**Sources**", ""]
            lines += [f"{s.n}. {_source_title(s)}: {_quote(s.text)}" for s in m.sources]
            lines.append("")
        if m.status not in ("complete", "streaming"):
            lines += [f"_({m.status}{': ' + m.error if m.error else ''})_", ""]
    return "\n".join(lines).rstrip() + "\n"


def to_json(conv: Conversation, messages: list[StoredMessage], branches: list[StoredMessage] | None = None) -> str:
    data: dict[str, Any] = {
        "title": conv.title,
        "created_at": conv.created_at,
        "updated_at": conv.updated_at,
        "model": conv.model,
        "messages": [
            {
                "role": m.role,
                "content": m.content,
                "thinking": m.thinking or None,
                "status": m.status,
                "error": m.error,
                "model": m.model,
                "stats": m.stats,
                "created_at": m.created_at,
                **({"sources": [_source_json(s) for s in m.sources]} if m.sources else {}),
            }
            for m in messages
        ],
    }
    if branches is not None:
        shown = {m.id for m in messages}
        data["all_messages"] = [
            {
                "id": m.id,
                "parent_id": m.parent_id,
                "active": m.id in shown,
                "role": m.role,
                "content": m.content,
                "thinking": m.thinking or None,
                "status": m.status,
                "model": m.model,
                "created_at": m.created_at,
                **({"sources": [_source_json(s) for s in m.sources]} if m.sources else {}),
            }
            for m in branches
        ]
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _source_title(s: StoredSource) -> str:
    """report.pdf, page 12"""
    return _literal(f"{s.document}, {s.unit} {s.place}" if s.unit else s.document)


def _quote(text: str, limit: int = 300) -> str:
    """The passage on one line, shortened: the export names where to read the rest."""
    flat = " ".join(text.split())
    return "“" + _literal(flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…") + "”"


def _literal(text: str) -> str:
    """A document's words as Markdown reads them literally: on one line, its HTML, links and
    emphasis escaped (a source is untrusted text; it must not add markup to the export)."""
    return re.sub(r"([\\`*_\[\]<>&])", r"\\\1", " ".join(text.split()))


def _source_json(s: StoredSource) -> dict[str, Any]:
    return {
        "n": s.n,
        "document": s.document,
        "sha256": s.sha256,
        "unit": s.unit or None,
        "place": s.place or None,
        "text": s.text,
    }


def _stamp(t: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(t))
