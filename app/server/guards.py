"""Checks made before a request reaches a route: who may talk to a keyless server.

A server without a key trusts everything that can connect to the loopback address. A web
page in the person's browser can connect too (DNS rebinding: evil.example resolving to
127.0.0.1), so a keyless server answers only requests addressed to a loopback name. The
browser sends the page's host name as ``Host``, which a page cannot forge.
"""

from __future__ import annotations

from typing import Any

from .errors import APIError

LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "[::1]"})


def host_name(header: str) -> str:
    """``Host`` without its port: "127.0.0.1:8000" -> "127.0.0.1", "[::1]:80" -> "[::1]"."""
    header = header.strip().lower()
    if header.startswith("["):
        return header.partition("]")[0] + "]"
    return header.partition(":")[0]


class LoopbackHostOnly:
    """ASGI middleware: a request whose Host is not a loopback name gets a 403 (OpenAI form)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            headers = dict(scope["headers"])
            host = headers.get(b"host", b"").decode("latin-1")
            if host_name(host) not in LOOPBACK_NAMES:
                refused = APIError(
                    403,
                    f"This server answers only requests addressed to localhost (Host was {host[:100]!r}).",
                    code="host_not_allowed",
                )
                await refused.response()(scope, receive, send)
                return
        await self.app(scope, receive, send)
