"""Pick and construct the backend for a model folder."""

from __future__ import annotations

from .backend import Backend
from .errors import ModelLoadFailed
from .model_folder import inspect_model_folder
from .sanity import check_model_outputs
from .types import ModelSpec


def load_backend(spec: ModelSpec) -> Backend:
    """Validate the folder, load it with mlx-lm or mlx-vlm, check it computes finite numbers.
    Runs on the engine thread."""
    folder = inspect_model_folder(spec.path)
    backend: Backend
    if folder.backend == "mlx-vlm":
        from .vlm_backend import VisionBackend

        backend = VisionBackend(folder)
    else:
        from .text_backend import TextBackend

        backend = TextBackend(folder)
    try:
        check_model_outputs(backend.model, backend.tokenizer, folder.name)
    except ModelLoadFailed:
        backend.close()
        raise
    return backend
