"""Pick and construct the backend for a model folder."""

from __future__ import annotations

from .backend import Backend
from .model_folder import inspect_model_folder
from .types import ModelSpec


def load_backend(spec: ModelSpec) -> Backend:
    """Validate the folder, then load it with mlx-lm or mlx-vlm. Runs on the engine thread."""
    folder = inspect_model_folder(spec.path)
    if folder.backend == "mlx-vlm":
        from .vlm_backend import VisionBackend

        return VisionBackend(folder)
    from .text_backend import TextBackend

    return TextBackend(folder)
