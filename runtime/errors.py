"""Errors the runtime reports. Messages are written for the person using the app."""

from __future__ import annotations


class EngineError(Exception):
    """Base class: anything the runtime reports to the user."""


class ModelNotFound(EngineError):
    """The model name or path does not point at anything on disk."""


class InvalidModelFolder(EngineError):
    """A folder exists but is not a loadable model (missing or broken files)."""


class UnsupportedModel(EngineError):
    """The model's architecture is not one this build can run."""


class ModelLoadFailed(EngineError):
    """Loading started but failed (out of memory, corrupt weights, ...)."""


class ImportFailed(EngineError):
    """Importing a GGUF file or model folder into the library failed."""


class GenerationFailed(EngineError):
    """A generation request failed part-way."""


class NoModelLoaded(EngineError):
    """generate() was called before a model was loaded."""


class EngineClosed(EngineError):
    """The engine was closed; no more requests are accepted."""
