"""Where Hearth keeps its data. HEARTH_HOME overrides everything (tests, portable installs)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Hearth"


def data_dir() -> Path:
    home = os.environ.get("HEARTH_HOME")
    path = Path(home).expanduser() if home else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def models_dir() -> Path:
    return data_dir() / "models"


def cache_dir() -> Path:
    home = os.environ.get("HEARTH_HOME")
    path = Path(home).expanduser() / "cache" if home else Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path
