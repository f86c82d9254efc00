"""Chat templates Hearth ships for models whose files carry none."""

from __future__ import annotations

from importlib.resources import files


def template_text(name: str) -> str:
    return files(__name__).joinpath(name).read_text(encoding="utf-8")
