"""User settings, stored as JSON in the data folder. Qt-free.

Sampling values left as None fall back to the model's recommended defaults. Per-model
settings (keyed by library name) override the global ones for that model.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

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
    per_model: dict[str, dict[str, Any]] = field(default_factory=dict)

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


def load_settings(path: Path) -> Settings:
    """Read settings; unknown keys are ignored and a damaged file falls back to defaults."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        log.warning("settings file %s unreadable (%s); using defaults", path, exc)
        return Settings()
    if not isinstance(data, dict):
        return Settings()
    known = {f.name for f in fields(Settings)}
    settings = Settings()
    for key, value in data.items():
        if key in known:
            setattr(settings, key, value)
    try:
        settings.params(None)  # validate the sampling values together
    except (TypeError, ValueError) as exc:
        log.warning("settings file %s has invalid sampling values (%s); resetting them", path, exc)
        for key in SAMPLING_KEYS:
            setattr(settings, key, None)
    return settings


def save_settings(settings: Settings, path: Path) -> None:
    """Write atomically so a crash mid-write cannot leave a half file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(settings), indent=2), encoding="utf-8")
    os.replace(tmp, path)
