"""Turn what a user typed ("bundled", a library name, a folder) into a model folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from runtime.models import BUNDLED_NAME, ModelLibrary, ensure_bundled

from .paths import models_dir

BUNDLED_REF = "bundled"


def library() -> ModelLibrary:
    return ModelLibrary(models_dir())


def resolve_model(ref: str, progress: Callable[[float, str], None] | None = None) -> Path:
    """Return the model folder for ``ref``; prepares the bundled model on first use."""
    lib = library()
    if ref in (BUNDLED_REF, BUNDLED_NAME):
        return ensure_bundled(lib, progress)
    return lib.resolve(ref)
