"""Hearth's model runtime: loads MLX models and streams replies. No Qt, no app imports."""

import sys

# Hearth is torch-free. transformers (under mlx-vlm) imports torch whenever it is installed,
# as in the test environment, where the conformance suite's reference model needs it; it
# then takes other code paths, and beside PyPI's CUDA-only torchvision it cannot even load a
# processor. Hearth's processes run without it, as on users' machines.
sys.modules.setdefault("torch", None)  # type: ignore[arg-type]  # None: how Python blocks an import

from .engine import Engine, Generation, collect_text, release_thread_streams
from .errors import (
    EngineClosed,
    EngineError,
    GenerationFailed,
    ImportFailed,
    InvalidModelFolder,
    ModelLoadFailed,
    ModelNotFound,
    NoModelLoaded,
    UnsupportedModel,
)
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

__all__ = [
    "Chunk",
    "DoneChunk",
    "Engine",
    "EngineClosed",
    "EngineError",
    "Generation",
    "GenerationFailed",
    "GenerationParams",
    "ImportFailed",
    "InvalidModelFolder",
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
    "collect_text",
    "params_for",
    "release_thread_streams",
]
