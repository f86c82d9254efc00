"""Serve an Engine from a background thread (the benchmark, the tests; the desktop app's
Settings switch can use the same handle to serve its running engine)."""

from __future__ import annotations

import socket
import threading
import time
from typing import Any

from runtime import Engine

from .api import ServerOptions, create_app

MAX_CONNECTIONS = 64  # open connections past this get a 503 from uvicorn, before any parsing
GRACEFUL_STOP_S = 2


class BackgroundServer:
    def __init__(self, engine: Engine, options: ServerOptions | None = None, host: str = "127.0.0.1", port: int = 0):
        import uvicorn

        self.app: Any = create_app(engine, options)
        self._sock = bind(host, port)
        self.host, self.port = self._sock.getsockname()[:2]
        config = uvicorn.Config(
            self.app,
            log_level="warning",
            limit_concurrency=MAX_CONNECTIONS,
            # A stream still open at stop is cut after this: the window stops its server on the GUI thread.
            timeout_graceful_shutdown=GRACEFUL_STOP_S,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._sock]}, name="hearth-serve", daemon=True
        )

    @property
    def root(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def base_url(self) -> str:
        return f"{self.root}/v1"

    def start(self, timeout: float = 60.0) -> BackgroundServer:
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("The API server did not start.")
            time.sleep(0.02)
        return self

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def stop(self, timeout: float = 10.0) -> None:
        """Stop serving: open replies are cut after GRACEFUL_STOP_S, then the requests' files go."""
        self._server.should_exit = True
        if self._thread.is_alive():
            self._thread.join(timeout)
        self._sock.close()


def bind(host: str, port: int) -> socket.socket:
    """A listening socket (bound here so a port in use is a clear error before anything loads)."""
    family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
        sock.listen(128)
    except OSError:
        sock.close()
        raise
    return sock
