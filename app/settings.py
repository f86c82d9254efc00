"""User settings, stored as JSON in the data folder. Qt-free.

Sampling values left as None fall back to the model's recommended defaults. Per-model
settings (keyed by library name) override the global ones for that model.
"""

from __future__ import annotations

import json
import logging
import math
import os
import shutil
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from types import UnionType
from typing import Any, get_args, get_origin, get_type_hints

from app.languages import LANGUAGES
from runtime import GenerationParams, ModelInfo, params_for

log = logging.getLogger(__name__)
SAMPLING_KEYS = ("temperature", "top_p", "top_k", "min_p", "repetition_penalty", "max_tokens", "seed")


@dataclass
class Settings:
    model: str = "bundled"
    system_prompt: str = ""
    temperature: float | None = None
    top_p: float | None = None
    top_k: int | None = None
    min_p: float | None = None
    repetition_penalty: float | None = None
    max_tokens: int | None = None
    seed: int | None = None
    context_length: int = 8192
    thinking: bool = False
    thinking_budget: int | None = None
    show_stats: bool = True
    allow_code: bool = True  # offer the run_python tool to models that can call tools
    ask_before_running_code: bool = True
    voice_stop_ms: int = 500  # silence that ends a spoken turn
    voice_output: str = "auto"  # auto | system | espeak | off
    speculative: bool = True  # MTP speculative decoding when the model has a drafter
    welcome_done: bool = False  # the first-run welcome was seen
    text_size: int = 0  # points added to the system's text size (Ctrl+= / Ctrl+-)
    serve_api: bool = False  # serve the loaded model to other apps on this computer (app/server)
    serve_port: int = 8642
    memory: bool = True  # remember facts the user asks to, and use them in chats (app/chat/memories.py)
    ui_language: str = ""  # "" follows the system; else a code from app.languages (applies at next start)
    per_model: dict[str, dict[str, Any]] = field(default_factory=dict)
    mcp_servers: list[dict[str, Any]] = field(default_factory=list)  # app/mcp/config.py ServerConfig.to_dict()
    mcp_always_allow: list[str] = field(default_factory=list)  # "server__tool" and skill names run without asking
    skills_off: list[str] = field(default_factory=list)  # built-in skills (app/skills) switched off
    web_fetch: bool = False  # the web fetch skill: the app stays offline unless the user turns it on

    def sampling(self, model_key: str | None = None) -> dict[str, Any]:
        """The user's sampling choices for a model: global ones, then that model's own."""
        chosen = {k: getattr(self, k) for k in SAMPLING_KEYS if getattr(self, k) is not None}
        chosen.update({k: v for k, v in self.per_model.get(model_key or "", {}).items() if k in SAMPLING_KEYS})
        return chosen

    def params(self, info: ModelInfo | None, model_key: str | None = None, **extra: Any) -> GenerationParams:
        thinking = self.thinking and bool(info and info.supports_thinking)
        return params_for(
            info,
            **self.sampling(model_key),
            enable_thinking=thinking,
            thinking_budget=self.thinking_budget if thinking else None,
            speculative=self.speculative,
            context_length=self.context_length,
            **extra,
        )


CHOICES = {"voice_output": ("auto", "system", "espeak", "off"), "ui_language": ("", *LANGUAGES)}
POSITIVE = ("context_length", "voice_stop_ms", "max_tokens", "thinking_budget")


def load_settings(path: Path) -> Settings:
    """Read settings; unknown keys are ignored and damaged values fall back to defaults."""
    return load_settings_reporting(path)[0]


def peek_settings(path: Path) -> Settings:
    """Read settings without repairing anything (the command line must not move the app's
    file aside): a damaged file or value gives the defaults."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    return _from_dict(data)[0] if isinstance(data, dict) else Settings()


def load_settings_reporting(path: Path) -> tuple[Settings, list[str]]:
    """Settings plus sentences for the user about anything that was reset.

    A file that is not JSON, or has values of the wrong kind, is kept beside the original
    (settings.json.bad-<time>) and only the bad keys go back to their defaults."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Settings(), []
    except (OSError, ValueError) as exc:
        log.warning("settings file %s unreadable (%s); using defaults", path, exc)
        return Settings(), [f"Your settings could not be read ({_reason(exc)}); the defaults are used for now."]
    try:
        data = json.loads(text)
    except ValueError as exc:
        kept = _keep_aside(path, move=True)
        return Settings(), [
            f"Your settings file was damaged (not valid JSON: {exc}); the defaults are used. "
            f"The old file is kept as {kept}."
        ]
    if not isinstance(data, dict):
        kept = _keep_aside(path, move=True)
        return Settings(), [
            f"Your settings file held no settings; the defaults are used. The old file is kept as {kept}."
        ]
    settings, bad = _from_dict(data)
    if not bad:
        return settings, []
    log.warning("settings file %s: reset %s", path, ", ".join(bad))
    kept = _keep_aside(path, move=False)
    try:
        save_settings(settings, path)
    except OSError as exc:
        log.warning("could not rewrite %s (%s)", path, exc)
    names = ", ".join(f"“{k}”" for k in bad)
    return settings, [
        f"Some settings had values Hearth cannot use ({names}); they were reset to their defaults. "
        f"The old file is kept as {kept}."
    ]


def _from_dict(data: dict[str, Any]) -> tuple[Settings, list[str]]:
    """Settings from a decoded file; the names of the keys whose values were unusable."""
    hints = get_type_hints(Settings)
    settings, bad = Settings(), []
    for key, value in data.items():
        if key not in hints:
            continue  # a key from a newer or older version: ignored, kept in the file until the next save
        if _valid(key, value, hints[key]):
            setattr(settings, key, value)
        else:
            bad.append(key)
    try:
        settings.params(None)  # the sampling values together (ranges the engine accepts)
    except (TypeError, ValueError):
        bad += [k for k in SAMPLING_KEYS if getattr(settings, k) is not None and k not in bad]
        for key in SAMPLING_KEYS:
            setattr(settings, key, None)
    for model in list(settings.per_model):
        try:
            settings.params(None, model)
        except (TypeError, ValueError):
            del settings.per_model[model]
            bad.append(f"per_model.{model}")
    return settings, bad


def _valid(key: str, value: Any, hint: Any) -> bool:
    if value is None:
        return type(None) in get_args(hint)
    kinds = tuple(get_origin(t) or t for t in (get_args(hint) if get_origin(hint) is UnionType else (hint,)))
    if isinstance(value, bool) and bool not in kinds:
        return False  # JSON true is not a number of milliseconds
    if float in kinds and isinstance(value, int):
        value = float(value)
    if not isinstance(value, kinds):
        return False
    if isinstance(value, float) and not math.isfinite(value):
        return False
    if key in POSITIVE and value <= 0:
        return False
    if key in CHOICES and value not in CHOICES[key]:
        return False
    if key in ("mcp_servers", "mcp_always_allow", "skills_off"):
        return all(isinstance(v, dict if key == "mcp_servers" else str) for v in value)
    if key == "per_model":
        return all(isinstance(k, str) and isinstance(v, dict) for k, v in value.items())
    return True


def _keep_aside(path: Path, *, move: bool) -> str:
    """Keep the user's file beside the original; the name it was kept under (or why not)."""
    aside = path.with_name(f"{path.name}.bad-{time.strftime('%Y%m%d-%H%M%S')}")
    try:
        if move:
            os.replace(path, aside)
        else:
            shutil.copyfile(path, aside)
    except OSError as exc:
        return f"{path.name} (it could not be copied: {_reason(exc)})"
    return aside.name


def _reason(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc)


def save_settings(settings: Settings, path: Path) -> None:
    """Write atomically so a crash mid-write cannot leave a half file; readable by this user only
    (tool servers' settings may hold their tokens)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(json.dumps(asdict(settings), indent=2))
    os.chmod(tmp, 0o600)  # a .tmp left by an older version kept its mode through O_CREAT
    os.replace(tmp, path)
