"""Presets (assistants): a named system prompt with its own sampling, thinking and tools. Qt-free.

A chat may use one preset (stored with the conversation); its system prompt then replaces the
global one, and its choices override the global settings for that chat's replies. A few
built-in presets ship with Hearth; the user's own live in presets.json in the data folder and
can be exported and imported as JSON (files made by other people are checked like any input).
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from app.settings import SAMPLING_KEYS, Settings
from runtime import InvalidSchema, compile_schema, params_for

FORMAT = "hearth-presets"
MAX_FILE_BYTES = 1 << 20
MAX_PRESETS = 200
MAX_NAME_CHARS = 60
MAX_PROMPT_CHARS = 20_000
INTEGER_KEYS = ("top_k", "max_tokens", "seed")
# What `hearth chat` accepts on its command line; the engine checks the rest (e.g. top_p > 0).
LIMITS = {"temperature": (0, 10), "top_p": (0, 1), "top_k": (0, 1_000_000), "min_p": (0, 1),
          "repetition_penalty": (0, 10), "max_tokens": (1, 1 << 20), "seed": (0, 2**32 - 1)}  # fmt: skip


class PresetError(ValueError):
    """A preset or a presets file that cannot be used; the message says why."""


@dataclass(frozen=True)
class Preset:
    name: str
    system_prompt: str = ""
    model: str | None = None  # a library name to load for it; None keeps the loaded model
    sampling: dict[str, float | int] = field(default_factory=dict)  # keys from SAMPLING_KEYS
    thinking: bool | None = None  # None follows Settings
    allow_code: bool | None = None  # the run_python tool; None follows Settings
    json_schema: dict[str, Any] | None = None  # replies are JSON matching it (runtime/structured.py)
    tool_servers: tuple[str, ...] | None = None  # MCP servers offered (of those on in Settings); None: all
    # (ChatSession narrows the offer; a server off in Settings stays off)
    knowledge: str | None = None  # a project's name (app/documents/projects.py): its documents are searched
    builtin: bool = False

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        del data["builtin"]
        if self.tool_servers is not None:
            data["tool_servers"] = list(self.tool_servers)
        return data


BUILTIN = (
    Preset(
        "Writing editor",
        "You are a careful writing editor. Improve the user's text for clarity, flow and correctness while "
        "keeping their voice and meaning. Return the edited text first, then a short list of the most "
        "important changes. Do not add facts.",
        sampling={"temperature": 0.4},
        allow_code=False,
        builtin=True,
    ),
    Preset(
        "Python data analyst",
        "You are a data analyst who answers with working Python. When numbers, tables or charts would help, "
        "write short Python code and run it with the run_python tool (numpy, pandas-style thinking, "
        "matplotlib for charts), then explain the result in plain words. Never invent data.",
        sampling={"temperature": 0.2},
        allow_code=True,
        builtin=True,
    ),
    Preset(
        "Translator",
        "You are a translator. Translate the user's text faithfully and naturally. If the target language "
        "is not given, translate into English, or from English into the language of the user's interface. "
        "Reply with the translation only, keeping formatting, names and numbers.",
        sampling={"temperature": 0.1},
        thinking=False,
        allow_code=False,
        builtin=True,
    ),
    Preset(
        "Voice companion",
        "You are a warm, concise conversation partner. Answer in one to three short spoken-style sentences, "
        "without lists, headings, code or emoji, and ask a brief follow-up question when it helps.",
        sampling={"temperature": 0.8},
        thinking=False,
        allow_code=False,
        builtin=True,
    ),
)


def preset_from_json(data: Any) -> Preset:
    """A preset from decoded JSON (a file from anywhere): every field checked."""
    if not isinstance(data, dict):
        raise PresetError("A preset must be a JSON object.")
    name = data.get("name")
    if not isinstance(name, str) or not name.strip() or len(name) > MAX_NAME_CHARS or not name.isprintable():
        raise PresetError(f"A preset needs a name of 1 to {MAX_NAME_CHARS} printable characters.")
    name = name.strip()
    prompt = data.get("system_prompt", "")
    if not isinstance(prompt, str) or len(prompt) > MAX_PROMPT_CHARS:
        raise PresetError(
            f"The preset “{name}” has a system prompt that is not text or longer than {MAX_PROMPT_CHARS:,} characters."
        )
    model = data.get("model")
    if model is not None and (not isinstance(model, str) or not model.strip() or len(model) > 200):
        raise PresetError(f"The preset “{name}” names a model that is not a model name.")
    sampling = _sampling(name, data.get("sampling", {}))
    schema = data.get("json_schema")
    if schema is not None:
        try:
            compile_schema(schema)  # the checks and limits the API applies to a stranger's schema
        except InvalidSchema as exc:
            raise PresetError(f"The preset “{name}” has a reply format that cannot be used: {exc}") from None
    servers = data.get("tool_servers")
    if servers is not None and (
        not isinstance(servers, list) or len(servers) > 100 or not all(isinstance(s, str) and s for s in servers)
    ):
        raise PresetError(f"The preset “{name}” has “tool_servers” that is not a list of server names or null.")
    knowledge = data.get("knowledge")
    if knowledge is not None and (
        not isinstance(knowledge, str)
        or not knowledge.strip()
        or len(knowledge) > MAX_NAME_CHARS
        or not knowledge.isprintable()
    ):
        raise PresetError(f"The preset “{name}” has “knowledge” that is not a project name or null.")
    flags = {}
    for key in ("thinking", "allow_code"):
        value = data.get(key)
        if value is not None and not isinstance(value, bool):
            raise PresetError(f"The preset “{name}” has “{key}” set to something other than true, false or null.")
        flags[key] = value
    tools = tuple(servers) if servers is not None else None
    return Preset(
        name,
        prompt,
        model,
        sampling,
        flags["thinking"],
        flags["allow_code"],
        schema,
        tools,
        knowledge=knowledge.strip() if knowledge is not None else None,
    )


def _sampling(name: str, value: Any) -> dict[str, float | int]:
    if not isinstance(value, dict) or not set(value) <= set(SAMPLING_KEYS):
        raise PresetError(
            f"The preset “{name}” has sampling values Hearth does not know ({', '.join(SAMPLING_KEYS)} are)."
        )
    for key, number in value.items():
        whole = isinstance(number, int) and not isinstance(number, bool)
        if not (whole or (isinstance(number, float) and math.isfinite(number) and key not in INTEGER_KEYS)):
            raise PresetError(f"The preset “{name}” has a sampling value “{key}” that is not a usable number.")
    outside = [key for key, number in value.items() if not LIMITS[key][0] <= number <= LIMITS[key][1]]
    try:
        if outside:
            raise ValueError(", ".join(outside))
        params_for(None, **value)  # the ranges the engine accepts
    except (TypeError, ValueError) as exc:
        raise PresetError(f"The preset “{name}” has sampling values out of range: {exc}.") from None
    return dict(value)


class PresetLibrary:
    """The built-in presets and the user's own (presets.json)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problem: str | None = None  # why the user's file could not be read, if it could not
        self._own: list[Preset] = []
        try:
            self._own = self._read(path) if path.exists() else []
        except PresetError as exc:
            self.problem = str(exc)

    def all(self) -> list[Preset]:
        return [*BUILTIN, *self._own]

    def get(self, name: str | None) -> Preset | None:
        return next((p for p in self.all() if p.name == name), None) if name else None

    def save(self, preset: Preset, *, replacing: str | None = None) -> Preset:
        """Add or change one of the user's presets (a built-in one is saved as the user's copy)."""
        preset = preset_from_json(preset.to_json())
        taken = {p.name for p in self.all() if p.name != replacing or p.builtin}
        if preset.name in taken:
            raise PresetError(f"There is already a preset named “{preset.name}”.")
        own = [p for p in self._own if p.name != replacing]
        if len(own) >= MAX_PRESETS:
            raise PresetError(f"Hearth keeps at most {MAX_PRESETS} presets.")
        self._own = [*own, preset]
        self._write()
        return preset

    def remove(self, name: str) -> None:
        self._own = [p for p in self._own if p.name != name]
        self._write()

    def export(self, names: list[str], path: Path) -> None:
        chosen = [p.to_json() for p in self.all() if p.name in names]
        _write_json(path, {"format": FORMAT, "version": 1, "presets": chosen})

    def import_file(self, path: Path) -> list[Preset]:
        """Add every preset in ``path``; a name already used gets a number. Nothing is added if
        any preset in the file is unusable."""
        incoming = self._read(path)
        added: list[Preset] = []
        for preset in incoming:
            name, n = preset.name, 2
            while self.get(name) is not None or any(a.name == name for a in added):
                suffix = f" ({n})"
                name, n = preset.name[: MAX_NAME_CHARS - len(suffix)] + suffix, n + 1
            added.append(replace(preset, name=name))
        if len(self._own) + len(added) > MAX_PRESETS:
            raise PresetError(f"Hearth keeps at most {MAX_PRESETS} presets.")
        self._own += added
        self._write()
        return added

    def _read(self, path: Path) -> list[Preset]:
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                raise PresetError(f"“{path.name}” is too large for a presets file.")
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError, RecursionError, MemoryError) as exc:
            if isinstance(exc, PresetError):
                raise
            raise PresetError(f"“{path.name}” could not be read as a presets file ({exc}).") from None
        if isinstance(data, dict) and "presets" in data:
            data = data["presets"]
        elif isinstance(data, dict):
            data = [data]  # one preset on its own
        if not isinstance(data, list) or len(data) > MAX_PRESETS:
            raise PresetError(f"“{path.name}” does not hold a list of presets.")
        return [preset_from_json(item) for item in data]

    def _write(self) -> None:
        _write_json(self.path, {"format": FORMAT, "version": 1, "presets": [p.to_json() for p in self._own]})


def _write_json(path: Path, data: dict[str, Any]) -> None:
    """Atomically: a crash mid-write leaves the old file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)


def with_preset(settings: Settings, preset: Preset) -> Settings:
    """``settings`` as a chat with ``preset`` uses them: its prompt, sampling and thinking replace
    the global choices (and a model's own sampling, for the keys the preset sets); it may turn
    Python off, never on when Settings has it off (an imported preset must not widen it)."""
    per_model = {
        key: {k: v for k, v in own.items() if k not in preset.sampling} for key, own in settings.per_model.items()
    }
    changed: dict[str, Any] = {"system_prompt": preset.system_prompt, "per_model": per_model, **preset.sampling}
    if preset.thinking is not None:
        changed["thinking"] = preset.thinking
    if preset.allow_code is not None:  # a preset can only narrow: code off in Settings stays off
        changed["allow_code"] = settings.allow_code and preset.allow_code
    return replace(settings, **changed)
