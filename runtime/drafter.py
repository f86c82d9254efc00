"""MTP drafters for speculative decoding: found next to a model, checked, loaded by mlx-vlm.

A Gemma 4 "assistant" drafter predicts a few tokens ahead from the target's last hidden
state and shared K/V; the target verifies them in one pass. Where Hearth looks, in order:
``MODEL/drafter/``, ``MODEL/assistant/``, then a sibling folder ``MODEL-assistant`` or
``MODEL-drafter`` (downloads put it in ``MODEL/drafter/``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SUBFOLDERS = ("drafter", "assistant")
SUFFIXES = ("-assistant", "-drafter")


@dataclass
class Drafter:
    path: Path
    model: Any  # mlx-vlm's drafter module (accept_lens / draft_lens hold the last run's rounds)
    kind: str = "mtp"

    def last_run(self) -> tuple[int, int]:
        """(drafted, accepted) tokens in the most recent generation."""
        return int(sum(self.model.draft_lens)), int(sum(self.model.accept_lens))


def is_drafter_folder(path: Path) -> bool:
    try:
        config = json.loads((path / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return str(config.get("model_type", "")).endswith("_assistant") and any(path.glob("*.safetensors"))


def find_drafter(model_path: Path) -> Path | None:
    candidates = [model_path / name for name in SUBFOLDERS]
    candidates += [model_path.parent / f"{model_path.name}{suffix}" for suffix in SUFFIXES]
    return next((c for c in candidates if c.is_dir() and is_drafter_folder(c)), None)


def load_drafter(path: Path, target: Any) -> Drafter:
    """Load and check against the target; raises ValueError with a readable reason."""
    from mlx_vlm.speculative.drafters import load_drafter as vlm_load_drafter
    from mlx_vlm.speculative.drafters import validate_drafter_compatibility

    try:
        model, kind = vlm_load_drafter(str(path), kind="mtp")
    except Exception as exc:
        raise ValueError(f"the drafter in '{path.name}' could not be loaded ({exc})") from exc
    if kind != "mtp":
        raise ValueError(f"'{path.name}' is a {kind} drafter; Hearth uses MTP drafters")
    try:
        validate_drafter_compatibility(target, model, kind)
    except Exception as exc:
        raise ValueError(f"the drafter in '{path.name}' does not fit this model ({exc})") from exc
    return Drafter(path, model, kind)
