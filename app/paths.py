"""Where Hearth keeps its data. HEARTH_HOME overrides everything (tests, portable installs)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
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


@contextmanager
def temporary_home(prefix: str) -> Iterator[Path]:
    """A throw-away HEARTH_HOME for benchmarks, so their chats never mix with the user's."""
    previous = os.environ.get("HEARTH_HOME")
    with tempfile.TemporaryDirectory(prefix=prefix) as home:
        os.environ["HEARTH_HOME"] = home
        try:
            yield Path(home)
        finally:
            if previous is None:
                os.environ.pop("HEARTH_HOME", None)
            else:
                os.environ["HEARTH_HOME"] = previous
