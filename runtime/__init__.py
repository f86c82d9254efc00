"""Hearth's model runtime: loads MLX models and streams replies. No Qt, no app imports."""

import sys
from typing import TYPE_CHECKING

# Hearth is torch-free. transformers (under mlx-vlm) imports torch whenever it is installed,
# as in the test environment, where the conformance suite's reference model needs it; it
# then takes other code paths, and beside PyPI's CUDA-only torchvision it cannot even load a
# processor. Hearth's processes run without it, as on users' machines.
sys.modules.setdefault("torch", None)  # type: ignore[arg-type]  # None: how Python blocks an import

# transformers re-reads its ~1,700 model sources at every load; remember that index instead.
from .transformers_index import install as _install_transformers_index
from .transformers_index import remember_in as remember_transformers_index

_install_transformers_index()

from .engine import Engine, Generation, collect_text, release_thread_streams
from .errors import (
    EngineClosed,
    EngineError,
    GenerationFailed,
    ImportFailed,
    InvalidModelFolder,
    InvalidSchema,
    ModelLoadFailed,
    ModelNotFound,
    NoModelLoaded,
    UnsupportedModel,
)
from .media import (
    EXTENSIONS,
    MediaError,
    MediaRef,
    check_regular,
    decode_audio,
    decode_video,
    kind_of,
    open_image,
    probe,
)
from .model_folder import inspect_model_folder
from .structured import ANY_OBJECT, compile_schema
from .types import (
    Chunk,
    DoneChunk,
    GenerationParams,
    Message,
    ModelInfo,
    ModelSpec,
    Stats,
    StatsChunk,
    TextChunk,
    ThinkingChunk,
    ToolCall,
    ToolCallChunk,
    ToolResult,
    params_for,
)

# Imported on first use, so `import runtime` (on the window's start-up path) costs no more
# than the engine: memory estimates import subprocess, the tiny model pulls in runtime.models
# and the benchmarks their own helpers.
_ON_FIRST_USE = {
    "GB": "memory",
    "MemoryEstimate": "memory",
    "estimate": "memory",
    "mlx_memory_mb": "memory",
    "build_tiny_gemma4": "tiny_model",
    "probe_main": "blas_probe",
    "run_bench": "bench",
    "run_media_bench": "media_bench",
}


if TYPE_CHECKING:  # the checker sees the real names and types; the process imports them lazily
    from .bench import run_bench
    from .blas_probe import probe_main
    from .media_bench import run_media_bench
    from .memory import GB, MemoryEstimate, estimate, mlx_memory_mb
    from .tiny_model import build_tiny_gemma4


def __getattr__(name: str) -> object:
    if name in _ON_FIRST_USE:
        import importlib

        return getattr(importlib.import_module(f".{_ON_FIRST_USE[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "Chunk",
    "DoneChunk",
    "EXTENSIONS",
    "Engine",
    "EngineClosed",
    "EngineError",
    "GB",
    "Generation",
    "GenerationFailed",
    "GenerationParams",
    "ImportFailed",
    "InvalidModelFolder",
    "InvalidSchema",
    "ANY_OBJECT",
    "compile_schema",
    "MediaError",
    "MediaRef",
    "MemoryEstimate",
    "Message",
    "ModelInfo",
    "ModelLoadFailed",
    "ModelNotFound",
    "ModelSpec",
    "NoModelLoaded",
    "Stats",
    "StatsChunk",
    "TextChunk",
    "ThinkingChunk",
    "ToolCall",
    "ToolCallChunk",
    "ToolResult",
    "UnsupportedModel",
    "build_tiny_gemma4",
    "check_regular",
    "collect_text",
    "decode_audio",
    "decode_video",
    "estimate",
    "inspect_model_folder",
    "kind_of",
    "mlx_memory_mb",
    "open_image",
    "params_for",
    "probe",
    "probe_main",
    "remember_transformers_index",
    "release_thread_streams",
    "run_bench",
    "run_media_bench",
]
