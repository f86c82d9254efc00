"""OpenAI-style errors: ``{"error": {"message", "type", "param", "code"}}`` with a 4xx/5xx status.

Every failure a client can cause ends here with a sentence it can show: malformed JSON,
a wrong type, a missing key, an oversize body, a full queue. Clients built on the openai
package turn these into BadRequestError, AuthenticationError, RateLimitError...
"""

from __future__ import annotations

import logging
import math
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from pydantic import ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from runtime import EngineClosed, EngineError, GenerationFailed, InvalidSchema, MediaError, NoModelLoaded
from runtime.context import ContextOverflow
from runtime.errors import RemoteBusy, RemoteTimeout, RemoteUnreachable

log = logging.getLogger(__name__)

ERROR_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    405: "invalid_request_error",
    413: "invalid_request_error",
    415: "invalid_request_error",
    429: "rate_limit_error",
    502: "server_error",
    503: "service_unavailable",
    504: "server_error",
}


class APIError(Exception):
    def __init__(
        self,
        status: int,
        message: str,
        *,
        param: str | None = None,
        code: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status, self.message, self.param, self.code = status, message, param, code
        self.headers = headers or {}

    def body(self) -> dict[str, Any]:
        kind = ERROR_TYPES.get(self.status, "server_error")
        return {"error": {"message": self.message, "type": kind, "param": self.param, "code": self.code}}

    def response(self) -> JSONResponse:
        return JSONResponse(self.body(), status_code=self.status, headers=self.headers)


def bad_request(message: str, param: str | None = None, code: str | None = None) -> APIError:
    return APIError(400, message, param=param, code=code)


def from_validation(exc: ValidationError) -> APIError:
    """The most specific problem pydantic found, named by its place in the body (messages.0.role).

    Of a union's alternatives (a string or a list of parts...) the deepest error is the one
    about what the client meant: content=[{"type": "video_url"}] is about the unknown part
    type, not about content not being a string."""
    errors = exc.errors(include_url=False)
    first = max(errors, key=lambda e: len(e.get("loc", ())))  # max keeps the first of equals
    if first.get("type") == "json_invalid":
        return bad_request("The request body is not valid JSON.", code="invalid_json")
    loc = _param(first.get("loc", ()))
    where = f"{loc}: " if loc else ""
    return bad_request(f"{where}{first['msg']}", param=loc or None, code="invalid_value")


UNION_BRANCHES = {"str", "int", "float", "bool", "none"}
TAGS = {"system", "developer", "user", "assistant", "tool", "text", "image_url", "input_audio"}


def _param(loc: tuple) -> str:
    """pydantic's location without its union bookkeeping: messages.0.user.content.str -> messages.0.content."""
    out: list[str] = []
    after_index = False
    for part in loc:
        text = str(part)
        branch = "[" in text or text in UNION_BRANCHES or text[:1].isupper() or (after_index and text in TAGS)
        after_index = isinstance(part, int)
        if not branch:
            out.append(text)
    return ".".join(out)


def from_engine(exc: EngineError) -> APIError:
    """A failure the runtime reported before the reply began."""
    if isinstance(exc, MediaError):
        return bad_request(str(exc), code="invalid_media")
    if isinstance(exc, NoModelLoaded | EngineClosed):
        return APIError(503, str(exc), code="model_unavailable")
    if isinstance(exc, GenerationFailed) and "TemplateError" in str(exc):
        # The model's chat template refused the message order (e.g. Gemma 3: roles must alternate).
        return bad_request(f"The model's chat format does not accept these messages: {exc}", code="invalid_messages")
    if isinstance(exc, ContextOverflow):
        return bad_request(str(exc), code="context_length_exceeded")
    if isinstance(exc, InvalidSchema):  # convert.py checks first; the model's tokenizer can still refuse
        return bad_request(str(exc), param="response_format", code="invalid_json_schema")
    # The loaded model may be another server's (a remote model): its troubles are a gateway's.
    if isinstance(exc, RemoteBusy):
        wait = exc.retry_after
        headers = {"Retry-After": str(max(1, math.ceil(wait)))} if wait is not None else None
        return APIError(429, str(exc), code="upstream_busy", headers=headers)
    if isinstance(exc, RemoteUnreachable):
        return APIError(502, str(exc), code="upstream_unreachable")
    if isinstance(exc, RemoteTimeout):
        return APIError(504, str(exc), code="upstream_timeout")
    return APIError(500, str(exc), code="generation_failed")


def install_handlers(app: FastAPI) -> None:
    async def on_api_error(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, APIError)
        return exc.response()

    async def on_http_error(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, StarletteHTTPException)
        message = {404: "There is nothing at this path.", 405: "This method is not allowed here."}
        text = message.get(exc.status_code, str(exc.detail))
        return APIError(exc.status_code, text, code=f"http_{exc.status_code}").response()

    async def on_unexpected(_request: Request, exc: Exception) -> JSONResponse:
        # A bug, not the client's doing: still an answer its client library can read.
        log.error("request failed", exc_info=exc)
        return APIError(500, f"The server failed: {type(exc).__name__}.", code="internal_error").response()

    app.add_exception_handler(APIError, on_api_error)
    app.add_exception_handler(StarletteHTTPException, on_http_error)
    app.add_exception_handler(Exception, on_unexpected)
