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


# ---- remote models (runtime/remote/) -----------------------------------------------------


class RemoteError(EngineError):
    """A model served by another machine could not answer (the network or that server)."""


class RemoteUnreachable(RemoteError):
    """Nothing answered at the server's address (down, wrong port, no network)."""


class RemoteTimeout(RemoteError):
    """The server stopped sending for too long (before or during the reply)."""


class RemoteAuthFailed(RemoteError):
    """The server refused the API key (HTTP 401 or 403)."""


class RemoteNotFound(RemoteError):
    """Wrong URL or model name (HTTP 404, or a model the server does not list)."""


class RemoteBusy(RemoteError):
    """The server is busy (HTTP 429); ``retry_after`` is its advice in seconds, if it gave one."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class RemoteServerError(RemoteError):
    """The server failed (HTTP 5xx) or refused the request (another 4xx)."""


class RemoteStreamBroken(RemoteError):
    """The reply stream was cut or unreadable part-way; what had arrived is kept."""


class InvalidSchema(EngineError):
    """A JSON schema for a structured reply is malformed, unsupported or too large."""
