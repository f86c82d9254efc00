"""Turn what a user typed ("bundled", a library name, a remote model's name, a folder) into
something the engine loads."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from runtime import ModelSpec
from runtime.models import BUNDLED_NAME, ModelLibrary, ensure_bundled

from .paths import models_dir
from .remote_models import find_remote

BUNDLED_REF = "bundled"


def library() -> ModelLibrary:
    return ModelLibrary(models_dir())


def resolve_model(ref: str, progress: Callable[[float, str], None] | None = None) -> Path:
    """Return the model folder for ``ref``; prepares the bundled model on first use."""
    lib = library()
    if ref in (BUNDLED_REF, BUNDLED_NAME):
        return ensure_bundled(lib, progress)
    return lib.resolve(ref)


def model_spec(ref: str, progress: Callable[[float, str], None] | None = None) -> ModelSpec:
    """What to load for ``ref``: a remote model added under that name, else a model folder."""
    remote = find_remote(ref)
    if remote is not None:
        return remote.spec()
    return ModelSpec(resolve_model(ref, progress))
