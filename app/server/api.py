"""The HTTP app: ``create_app(engine, ...)`` serves an already-running Engine.

This is the seam both front ends use: ``hearth serve`` builds an Engine, loads a model and
passes it here; the desktop app can pass its own running engine (same model, no second
copy in memory), e.g. behind a Settings switch. Nothing here imports Qt.

Routes: ``POST /v1/chat/completions`` (streaming or not), ``GET /v1/models`` (and
``/v1/models/{id}``), ``GET /health``, ``GET /api/version``. One model is served: the one
the engine has loaded, whatever a request's ``model`` says (clients must send one; many
send a fixed name), and every reply names it. The key, when one is set, is a bearer token
(``Authorization: Bearer KEY``) on the /v1 routes; /health and /api/version say nothing
about the model or the conversation and need none. Without a key, only requests addressed
to a loopback name are answered (guards.py), and chat bodies must be sent as JSON.
"""

from __future__ import annotations

import asyncio
import secrets
import shutil
import tempfile
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import Depends, FastAPI, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from runtime import (
    Chunk,
    DoneChunk,
    Engine,
    ModelInfo,
    Stats,
    StatsChunk,
    TextChunk,
    ThinkingChunk,
    ToolCallChunk,
)

from ..version import VERSION
from .admission import DEFAULT_MAX_WAITING, Admission
from .bridge import Served, cancel_on_disconnect
from .convert import to_runtime
from .errors import APIError, from_engine, from_validation, install_handlers
from .formatting import DONE, Completion, new_id, sse, tool_call_json
from .guards import LoopbackHostOnly
from .media_input import MediaBudget
from .schema import ChatCompletionRequest

MAX_BODY_BYTES = 64 * 2**20  # room for a few pictures or a minute of WAV as base64
# A text-only model's requests are text: 8 MB is millions of tokens, more than any context.
TEXT_ONLY_BODY_BYTES = 8 * 2**20


@dataclass
class ServerOptions:
    api_key: str | None = None  # None: no key asked (loopback only; the CLI enforces that)
    allowed_dirs: Sequence[Path] = ()  # folders whose images a request may name by path
    max_waiting: int = DEFAULT_MAX_WAITING
    max_body_bytes: int = MAX_BODY_BYTES
    # Other models a client could ask about (names), listed by /v1/models next to the loaded one.
    library: Callable[[], list[str]] | None = None


def create_app(engine: Engine, options: ServerOptions | None = None) -> FastAPI:
    opts = options or ServerOptions()
    admission = Admission(opts.max_waiting)
    allowed = tuple(Path(d).resolve() for d in opts.allowed_dirs)
    scratch: dict[str, Path] = {}

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        scratch["root"] = Path(tempfile.mkdtemp(prefix="hearth-serve-"))
        try:
            yield
        finally:
            shutil.rmtree(scratch.pop("root"), ignore_errors=True)

    app = FastAPI(title="Hearth", version=VERSION, lifespan=lifespan, docs_url=None, redoc_url=None)
    app.state.admission = admission
    app.state.scratch = scratch
    install_handlers(app)
    if opts.api_key is None:
        app.add_middleware(LoopbackHostOnly)

    def require_key(request: Request) -> None:
        if opts.api_key is None:
            return
        given = request.headers.get("authorization", "")
        scheme, _, token = given.partition(" ")
        if scheme.lower() != "bearer" or not secrets.compare_digest(token.strip().encode(), opts.api_key.encode()):
            raise APIError(
                401,
                "Missing or wrong API key: send it as 'Authorization: Bearer KEY'.",
                code="invalid_api_key",
                headers={"WWW-Authenticate": "Bearer"},
            )

    def loaded() -> ModelInfo:
        info = engine.info
        if info is None:
            raise APIError(503, "No model is loaded.", code="model_unavailable")
        return info

    @app.get("/health")
    async def health() -> dict[str, Any]:
        return {"status": "ok" if engine.info is not None else "no_model"}

    @app.get("/api/version")
    async def version() -> dict[str, Any]:
        return {"version": VERSION}

    @app.get("/v1/models", dependencies=[Depends(require_key)])
    async def models() -> dict[str, Any]:
        info = loaded()
        data = [_model_json(info.name, loaded=True)]
        if opts.library is not None:
            others = await run_in_threadpool(opts.library)
            data += [_model_json(name, loaded=False) for name in others if name != info.name]
        return {"object": "list", "data": data}

    @app.get("/v1/models/{model_id:path}", dependencies=[Depends(require_key)])
    async def model(model_id: str) -> dict[str, Any]:
        info = loaded()
        if model_id != info.name:
            raise APIError(
                404, f"The model {model_id!r} is not loaded; this server serves {info.name!r}.", code="model_not_found"
            )
        return _model_json(info.name, loaded=True)

    @app.post("/v1/chat/completions", dependencies=[Depends(require_key)])
    async def chat_completions(request: Request) -> Response:
        _require_json(request)
        info = loaded()
        # A place in the queue before the body is read: past the limit a request costs no
        # memory (64 connections with 64 MB bodies each would), just a 429.
        admission.enter()
        completion = Completion(info.name)
        folder = Path(tempfile.mkdtemp(prefix="req-", dir=scratch.get("root")))
        try:
            limit = (
                opts.max_body_bytes if info.modalities != {"text"} else min(opts.max_body_bytes, TEXT_ONLY_BODY_BYTES)
            )
            body = await _read_body(request, limit)
            try:
                # Off the event loop: parsing megabytes of base64 JSON takes a while.
                req = await run_in_threadpool(ChatCompletionRequest.model_validate_json, body)
            except ValidationError as exc:
                raise from_validation(exc) from None
            del body
            rt = await run_in_threadpool(to_runtime, req, info, MediaBudget(folder, allowed))
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            admission.leave(completion.id, "refused")
            raise

        def on_end(done: DoneChunk) -> None:
            shutil.rmtree(folder, ignore_errors=True)
            admission.leave(completion.id, done.finish_reason)

        served = Served(engine.generate(rt.messages, rt.params), on_end)
        first = await _first_chunk(request, served)
        if isinstance(first, DoneChunk) and first.error is not None:
            raise from_engine(first.error)
        if rt.stream:
            return StreamingResponse(
                _stream(completion, served, first, rt.include_usage),
                media_type="text/event-stream",
                headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
            )
        return await _complete(request, completion, served, first)

    return app


def _model_json(name: str, *, loaded: bool) -> dict[str, Any]:
    return {"id": name, "object": "model", "created": 0, "owned_by": "hearth", "loaded": loaded}


def _require_json(request: Request) -> None:
    """Only JSON bodies: a web page can POST text/plain anywhere without asking (no CORS
    preflight), but not application/json."""
    media_type = request.headers.get("content-type", "").partition(";")[0].strip().lower()
    if media_type != "application/json":
        raise APIError(
            415,
            f"The request body must be JSON, sent as 'Content-Type: application/json' (it was {media_type!r}).",
            code="unsupported_media_type",
        )


async def _read_body(request: Request, limit: int) -> bytes:
    """The body, or a 413 once it is known to be larger than ``limit``.

    Past the limit the rest is read and dropped (up to as much again), so the client gets
    to read the 413 instead of a connection reset in the middle of its upload."""
    too_large = APIError(413, f"The request body is larger than {limit // 2**20} MB.", code="request_too_large")
    declared = request.headers.get("content-length")
    declared_size = int(declared) if declared is not None and declared.isdigit() else 0
    if declared_size > 2 * limit:  # not worth reading even to drop it
        raise too_large
    over = declared_size > limit
    parts: list[bytes] = []
    size = 0
    async for part in request.stream():
        size += len(part)
        over = over or size > limit
        if over and size > 2 * limit:
            break
        if not over:
            parts.append(part)
    if over:
        raise too_large
    return b"".join(parts)


async def _first_chunk(request: Request, served: Served) -> Chunk:
    """Wait (queued, then prefilling) for the first chunk; a client that hangs up is let go."""
    watcher = asyncio.create_task(cancel_on_disconnect(request.is_disconnected, served))
    try:
        return await served.next()
    except BaseException:
        served.cancel()
        raise
    finally:
        watcher.cancel()


async def _complete(request: Request, completion: Completion, served: Served, chunk: Chunk) -> Response:
    watcher = asyncio.create_task(cancel_on_disconnect(request.is_disconnected, served))
    stats: Stats | None = None
    try:
        while not isinstance(chunk, DoneChunk):
            if isinstance(chunk, TextChunk):
                completion.text.append(chunk.text)
            elif isinstance(chunk, ThinkingChunk):
                completion.thinking.append(chunk.text)
            elif isinstance(chunk, ToolCallChunk):
                completion.calls.append(tool_call_json(chunk.call, new_id("call_")))
            elif isinstance(chunk, StatsChunk):
                stats = chunk.stats
            chunk = await served.next()
    except BaseException:
        served.cancel()
        raise
    finally:
        watcher.cancel()
    if chunk.error is not None:
        raise from_engine(chunk.error)
    return JSONResponse(completion.response(chunk.finish_reason, stats))


async def _stream(completion: Completion, served: Served, chunk: Chunk, include_usage: bool) -> AsyncIterator[bytes]:
    """SSE: role first, then one chunk per delta, the finish reason, usage if asked, [DONE].

    A client that hangs up ends this generator (Starlette cancels it): the reply is cancelled.
    """
    stats: Stats | None = None
    calls = 0
    try:
        yield completion.chunk({"role": "assistant", "content": ""})
        while not isinstance(chunk, DoneChunk):
            if isinstance(chunk, TextChunk):
                yield completion.chunk({"content": chunk.text})
            elif isinstance(chunk, ThinkingChunk):
                yield completion.chunk({"reasoning_content": chunk.text})
            elif isinstance(chunk, ToolCallChunk):
                call = {"index": calls, **tool_call_json(chunk.call, new_id("call_"))}
                calls += 1
                yield completion.chunk({"tool_calls": [call]})
            elif isinstance(chunk, StatsChunk):
                stats = chunk.stats
            chunk = await served.next()
        if chunk.error is not None:  # part of the reply was sent: the error goes in the stream
            yield sse(from_engine(chunk.error).body())
        else:
            yield completion.finish_chunk(chunk.finish_reason, stats)
            if include_usage:
                yield completion.usage_chunk(stats)
        yield DONE
    finally:
        served.cancel()  # a no-op once the reply has ended
