"""Files from the top-level assets package."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def asset(name: str) -> Path:
    return Path(str(files("assets").joinpath(name)))


def icon_path() -> Path:
    return asset("hearth.png")
