"""Pick and construct the backend for a model folder."""

from __future__ import annotations

from .backend import Backend
from .errors import ModelLoadFailed
from .model_folder import inspect_model_folder
from .sanity import check_model_outputs, vocab_size_of
from .types import ModelSpec


def load_backend(spec: ModelSpec) -> Backend:
    """Validate the folder, load it with mlx-lm or mlx-vlm, check it computes finite numbers.
    A remote model is "loaded" by checking that its server answers and lists it.
    Runs on the engine thread."""
    if spec.remote is not None:
        from .remote import RemoteBackend

        return RemoteBackend(spec.remote, spec.name)
    folder = inspect_model_folder(spec.path)
    if folder.backend != "mlx-vlm":
        from .text_backend import TextBackend

        return TextBackend(folder)  # checks its outputs itself, while its tokenizer is built
    from .vlm_backend import VisionBackend

    backend = VisionBackend(folder)
    try:
        check_model_outputs(backend.model, folder.name, vocab_size_of(folder.config))
    except ModelLoadFailed:
        backend.close()
        raise
    return backend
