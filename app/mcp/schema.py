"""MCP tools declared to the model in the shape Gemma 4's template renders natively. Qt-free.

Servers' schemas can be large and their descriptions are untrusted: each declaration is
compacted (titles, examples and the like dropped, descriptions shortened, markers defused)
and the declarations together stay within a character budget; what does not fit is left out
and counted, so the caller can say so.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from .results import defuse

SEPARATOR = "__"  # server prefix + SEPARATOR + tool name: time__get_current_time
DESCRIPTION_CHARS = 600
PARAMETER_CHARS = 200
MAX_DEPTH = 6
JSON_TYPES = frozenset(("string", "number", "integer", "boolean", "object", "array", "null"))
_NAME = re.compile(r"[A-Za-z0-9_-]{1,64}")  # what a declared name may be: nothing the template reads as markup
KEPT_KEYS = ("type", "description", "properties", "required", "items", "enum", "anyOf", "default")


@dataclass(frozen=True)
class ToolSpec:
    server: str  # the server's prefix
    name: str  # the tool's own name on its server
    description: str
    input_schema: dict[str, Any]

    @property
    def qualified(self) -> str:
        return f"{self.server}{SEPARATOR}{self.name}"

    @cached_property
    def declared(self) -> tuple[dict[str, Any], int]:
        """Its declaration and that's size, made once (``fit`` runs on every turn and refresh)."""
        decl = declaration(self)
        return decl, len(json.dumps(decl, ensure_ascii=False))


def valid_name(name: object) -> bool:
    return isinstance(name, str) and _NAME.fullmatch(name) is not None


def declaration(spec: ToolSpec) -> dict[str, Any]:
    params = _compact(spec.input_schema, 0) if isinstance(spec.input_schema, dict) else {}
    params.setdefault("type", "object")
    params.setdefault("properties", {})
    return {
        "type": "function",
        "function": {
            "name": spec.qualified,
            "description": _text(spec.description, DESCRIPTION_CHARS),
            "parameters": params,
        },
    }


def fit(specs: list[ToolSpec], max_chars: int) -> tuple[list[dict[str, Any]], int]:
    """Declarations in order until the budget is spent; how many were left out."""
    out: list[dict[str, Any]] = []
    used = 0
    for spec in specs:
        decl, size = spec.declared
        if used + size > max_chars:
            continue  # a smaller one further on may still fit
        out.append(decl)
        used += size
    return out, len(specs) - len(out)


def _compact(schema: dict[str, Any], depth: int) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in KEPT_KEYS:
        if key not in schema:
            continue
        value = schema[key]
        if key == "description" and isinstance(value, str):
            out[key] = _text(value, PARAMETER_CHARS)
        elif key == "properties" and isinstance(value, dict):
            if depth < MAX_DEPTH:
                out[key] = {defuse(str(k)): _compact(v, depth + 1) for k, v in value.items() if isinstance(v, dict)}
        elif key == "items" and isinstance(value, dict):
            if depth < MAX_DEPTH:
                out[key] = _compact(value, depth + 1)
        elif key == "anyOf" and isinstance(value, list):
            if depth < MAX_DEPTH:
                out[key] = [_compact(v, depth + 1) for v in value if isinstance(v, dict)]
        elif key in ("enum", "required") and isinstance(value, list):
            # Only plain scalars: the template writes nested lists and objects unescaped.
            scalars = [v for v in value[:50] if v is None or isinstance(v, str | int | float | bool)]
            out[key] = [defuse(v) if isinstance(v, str) else v for v in scalars]
        elif key == "type" and isinstance(value, str) and value in JSON_TYPES:
            out[key] = value
        elif key == "type" and isinstance(value, list):
            types = [v for v in value if isinstance(v, str) and v in JSON_TYPES]
            if types:
                out[key] = types
        elif key == "default" and isinstance(value, str | int | float | bool):
            out[key] = defuse(value) if isinstance(value, str) else value
    return out


def _text(text: str, limit: int) -> str:
    text = defuse(" ".join(str(text or "").split()))
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
