"""The MCP servers Hearth talks to, through the official SDK, from any thread. Qt-free.

One background thread runs an asyncio loop that owns every connection. A connection is one
task that enters the SDK's ``Client`` (which starts a stdio server's process, or opens a
Streamable HTTP session) and holds it until it is told to stop: the SDK's transports must be
left from the task that entered them, and leaving is what stops the process (stdin closed,
then SIGTERM, then SIGKILL, process tree included). Servers start lazily, on the first
``start``/``call`` (or ``prewarm``) that needs them. A call that finds its server dead marks
it crashed; the next use starts it again (up to ``MAX_RESTARTS`` times in a row), and
``status`` says where each server stands. ``close`` stops them all and waits for it.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import tempfile
import threading
import time
from collections.abc import Callable, Coroutine
from contextlib import AsyncExitStack
from dataclasses import dataclass
from typing import IO, Any

from sandbox import Result

from .config import ServerConfig
from .results import failure, to_result
from .schema import ToolSpec, valid_name

log = logging.getLogger(__name__)

START_TIMEOUT_S = 60.0  # a server that has not listed its tools by then is given up on
STOP_TIMEOUT_S = 15.0  # the SDK's own bounds (2 s + 2 s + 2 s per process) fit well inside
MAX_RESTARTS = 3  # crashes in a row before a server is left stopped until the user acts
MAX_TOOLS = 256  # per server: what is offered must fit a prompt anyway
STORED_DESCRIPTION_CHARS = 2_000  # kept of a tool's description (the declaration uses less)
STDERR_TAIL = 600  # what a crash report quotes of the server's own error output


@dataclass(frozen=True)
class ServerStatus:
    state: str  # stopped | starting | ready | crashed | failed
    detail: str = ""  # why it crashed or failed, for the user
    log: str = ""  # the end of what the server wrote to its stderr by then (its own words)
    tools: int = 0


class _Connection:
    """One server: its owner task, its client once ready, and what the user can see of it."""

    def __init__(self, config: ServerConfig) -> None:
        self.config = config
        self.status = ServerStatus("stopped")
        self.tools: tuple[ToolSpec, ...] = ()
        self.client: Any = None  # mcp.Client while ready
        self.crashes = 0
        self.task: asyncio.Task[None] | None = None
        self.ready: asyncio.Event | None = None
        self.stop: asyncio.Event | None = None
        self.stderr: IO[str] | None = None

    def stderr_tail(self) -> str:
        if self.stderr is None:
            return ""
        try:
            self.stderr.flush()
            self.stderr.seek(0)
            return self.stderr.read()[-STDERR_TAIL:].strip()
        except (OSError, ValueError):
            return ""


class McpHub:
    def __init__(
        self, servers: list[ServerConfig] | None = None, on_status: Callable[[str, ServerStatus], None] | None = None
    ) -> None:
        self._conns: dict[str, _Connection] = {}
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._calls: set[concurrent.futures.Future[Any]] = set()
        self.on_status = on_status  # called on the hub's thread: a front end must hop to its own
        self.set_servers(servers or [])

    # ---- configuration and status --------------------------------------------------------

    def set_servers(self, servers: list[ServerConfig]) -> None:
        """The servers to use; ones removed or changed are stopped (changed ones restart lazily)."""
        wanted = {s.prefix: s for s in servers if s.enabled}
        with self._lock:
            gone = [c for p, c in self._conns.items() if wanted.get(p) != c.config]
            self._conns = {p: c for p, c in self._conns.items() if wanted.get(p) == c.config}
            for prefix, config in wanted.items():
                self._conns.setdefault(prefix, _Connection(config))
        for conn in gone:
            self._stop(conn)

    def servers(self) -> list[ServerConfig]:
        with self._lock:
            return [c.config for c in self._conns.values()]

    def status(self, prefix: str) -> ServerStatus:
        conn = self._conns.get(prefix)
        return conn.status if conn is not None else ServerStatus("stopped")

    def tools(self) -> list[ToolSpec]:
        """The tools of every server that has listed them (servers not started add none)."""
        with self._lock:
            return [t for c in self._conns.values() for t in c.tools]

    # ---- starting ------------------------------------------------------------------------

    def prewarm(self) -> None:
        """Start every server in the background (their tools are then ready for the next turn)."""
        for conn in list(self._conns.values()):
            if conn.status.state in ("stopped", "crashed"):
                self._submit(self._ensure(conn))

    def start(self, prefix: str, timeout: float = START_TIMEOUT_S) -> ServerStatus:
        """Start a server if it is not running, and wait until it is ready or has failed."""
        conn = self._conns.get(prefix)
        if conn is None:
            return ServerStatus("failed", f"There is no MCP server named {prefix!r}.")
        try:
            self._submit(self._ensure(conn)).result(timeout)
        except concurrent.futures.TimeoutError:
            pass
        return conn.status

    async def _ensure(self, conn: _Connection) -> None:
        if conn.status.state == "failed" or (conn.status.state == "crashed" and conn.crashes > MAX_RESTARTS):
            return
        if conn.task is not None and conn.stop is not None and conn.stop.is_set():
            await asyncio.wait({conn.task}, timeout=STOP_TIMEOUT_S)  # a crashed one is still being reaped
        if conn.task is None or conn.task.done():
            conn.ready, conn.stop = asyncio.Event(), asyncio.Event()
            conn.task = asyncio.get_running_loop().create_task(self._own(conn, conn.ready, conn.stop))
        assert conn.ready is not None
        try:
            await asyncio.wait_for(conn.ready.wait(), START_TIMEOUT_S)
        except TimeoutError:
            self._set(conn, ServerStatus("failed", f"The server did not start within {START_TIMEOUT_S:.0f} s."))
            if conn.stop is not None:
                conn.stop.set()
            if conn.task is not None:  # stuck in its handshake, it never sees ``stop``: leaving stops the process
                conn.task.cancel()
                await asyncio.wait({conn.task}, timeout=STOP_TIMEOUT_S)

    async def _own(self, conn: _Connection, ready: asyncio.Event, stop: asyncio.Event) -> None:
        from mcp import Client

        self._set(conn, ServerStatus("starting"))
        config = conn.config
        try:
            async with AsyncExitStack() as stack:
                transport = await self._transport(conn, stack)
                import mcp_types as types  # the SDK loads on first use, not with the window

                info = types.Implementation(name="Hearth", version="1")
                client = await stack.enter_async_context(Client(transport, client_info=info))
                specs: list[ToolSpec] = []
                left_out = 0
                cursor: str | None = None
                for _page in range(100):  # a server that pages forever is cut off
                    listing = await asyncio.wait_for(client.list_tools(cursor=cursor), config.timeout_s)
                    for t in listing.tools:
                        # A name is written into the prompt as it is; a list without end fills memory.
                        if not valid_name(t.name) or len(specs) >= MAX_TOOLS:
                            left_out += 1
                            continue
                        description = (t.description or "")[:STORED_DESCRIPTION_CHARS]
                        specs.append(ToolSpec(config.prefix, t.name, description, dict(t.input_schema or {})))
                    cursor = listing.next_cursor
                    if not cursor:
                        break
                conn.client, conn.tools = client, tuple(specs)
                detail = (
                    f"{left_out} tool(s) left out: a name that is not a plain name, or more than {MAX_TOOLS} tools."
                    if left_out
                    else ""
                )
                self._set(conn, ServerStatus("ready", detail, tools=len(specs)))
                ready.set()
                await stop.wait()
        except Exception as exc:
            log.warning("MCP server %s stopped: %r", config.name, exc)
            if conn.status.state == "ready":  # it died between calls
                conn.crashes += 1
                self._set(conn, ServerStatus("crashed", "The server stopped.", log=conn.stderr_tail()))
            elif conn.status.state == "starting":
                reason = _reason(exc)
                conn.crashes += 1
                status = ServerStatus("failed", f"The server could not be started: {reason}", log=conn.stderr_tail())
                self._set(conn, status)
        finally:
            conn.client, conn.tools = None, ()
            if conn.status.state in ("starting", "ready"):
                self._set(conn, ServerStatus("stopped"))
            ready.set()

    async def _transport(self, conn: _Connection, stack: AsyncExitStack) -> Any:
        """The SDK transport for a server; what it needs is closed with ``stack``."""
        config = conn.config
        if config.url:
            import httpx2
            from mcp.client.streamable_http import streamable_http_client

            # Our own client, for the user's headers: the SDK leaves a client it was given open.
            timeout = httpx2.Timeout(30.0, read=max(300.0, config.timeout_s))
            http = await stack.enter_async_context(httpx2.AsyncClient(headers=dict(config.headers), timeout=timeout))
            return streamable_http_client(config.url, http_client=http)
        from mcp import StdioServerParameters
        from mcp.client.stdio import stdio_client

        if conn.stderr is not None:
            conn.stderr.close()
        conn.stderr = tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace")
        params = StdioServerParameters(command=config.command, args=list(config.args), env=dict(config.env) or None)
        return stdio_client(params, errlog=conn.stderr)

    # ---- calling -------------------------------------------------------------------------

    def call(self, prefix: str, tool: str, arguments: dict[str, Any]) -> Result:
        """Call a tool and wait for it (from a worker thread), within the server's timeout."""
        t0 = time.monotonic()
        conn = self._conns.get(prefix)
        if conn is None:
            return failure(f"There is no MCP server named {prefix!r}.", 0.0)
        future = self._submit(self._call(conn, tool, arguments))
        with self._lock:
            self._calls.add(future)
        try:
            return future.result(conn.config.timeout_s + START_TIMEOUT_S)  # the call times itself out
        except concurrent.futures.CancelledError:
            return failure("Stopped.", time.monotonic() - t0)
        except concurrent.futures.TimeoutError:
            future.cancel()
            return failure("The server did not answer in time.", time.monotonic() - t0, "time")
        finally:
            with self._lock:
                self._calls.discard(future)

    async def _call(self, conn: _Connection, tool: str, arguments: dict[str, Any]) -> Result:
        await self._ensure(conn)
        client = conn.client
        if client is None:
            return failure(self._unavailable(conn), 0.0)
        t0 = time.monotonic()
        timeout = conn.config.timeout_s
        try:
            result = await asyncio.wait_for(client.call_tool(tool, arguments), timeout)
        except TimeoutError:
            return failure(f"The tool did not answer within {timeout:g} s.", time.monotonic() - t0, "time")
        except Exception as exc:
            if not _lost(exc, client):
                return failure(f"The server refused the call: {_reason(exc)}", time.monotonic() - t0)
            conn.crashes += 1
            detail = "The server stopped during the call."
            state = "failed" if conn.crashes > MAX_RESTARTS else "crashed"
            self._set(conn, ServerStatus(state, detail, log=conn.stderr_tail()))
            conn.client = None
            if conn.stop is not None:
                conn.stop.set()  # leaving the client reaps what is left of the process
            return failure(detail, time.monotonic() - t0, "crash")
        conn.crashes = 0
        # Decoding images takes a while: off the loop, where every server's messages wait.
        return await asyncio.to_thread(to_result, result, time.monotonic() - t0)

    def _unavailable(self, conn: _Connection) -> str:
        if conn.status.detail:
            return conn.status.detail
        return f"The MCP server “{conn.config.name}” is not running."

    def cancel_calls(self) -> None:
        """Stop every call in flight (the SDK tells the server the request was cancelled)."""
        with self._lock:
            calls = list(self._calls)
        for future in calls:
            future.cancel()

    # ---- stopping ------------------------------------------------------------------------

    def restart(self, prefix: str) -> None:
        """The user asks for another try after a failure: stop it; the next use starts it."""
        conn = self._conns.get(prefix)
        if conn is not None:
            self._stop(conn)
            conn.crashes = 0
            self._set(conn, ServerStatus("stopped"))

    def close(self) -> None:
        """Stop every server and the hub's thread; waits until the processes are gone."""
        with self._lock:  # the same servers stay configured: a later use starts them afresh
            conns = list(self._conns.values())
            self._conns = {p: _Connection(c.config) for p, c in self._conns.items()}
        for conn in conns:
            self._stop(conn)
        loop, thread = self._loop, self._thread
        if loop is not None and thread is not None:
            loop.call_soon_threadsafe(loop.stop)
            thread.join(STOP_TIMEOUT_S)
            if not thread.is_alive():
                loop.close()
            self._loop = self._thread = None

    def _stop(self, conn: _Connection) -> None:
        if self._loop is None or conn.task is None:
            return

        async def stop() -> None:
            if conn.stop is not None:
                conn.stop.set()
            if conn.task is not None:
                done, _ = await asyncio.wait({conn.task}, timeout=1.0 if conn.client is None else STOP_TIMEOUT_S)
                if not done and conn.client is None:  # stuck in initialize or list_tools: never sees ``stop``
                    conn.task.cancel()
                    await asyncio.wait({conn.task}, timeout=STOP_TIMEOUT_S)

        try:
            self._submit(stop()).result(STOP_TIMEOUT_S + 5)
        except (concurrent.futures.TimeoutError, RuntimeError):
            log.warning("MCP server %s did not stop in time", conn.config.name)
        if conn.stderr is not None:
            conn.stderr.close()
            conn.stderr = None

    # ---- the loop ------------------------------------------------------------------------

    def _submit(self, coro: Coroutine[Any, Any, Any]) -> concurrent.futures.Future[Any]:
        with self._lock:
            if self._loop is None:
                loop = asyncio.new_event_loop()
                self._thread = threading.Thread(target=loop.run_forever, name="hearth-mcp", daemon=True)
                self._thread.start()
                self._loop = loop
            loop = self._loop
        return asyncio.run_coroutine_threadsafe(coro, loop)

    def _set(self, conn: _Connection, status: ServerStatus) -> None:
        conn.status = status
        if self.on_status is not None:
            try:
                self.on_status(conn.config.prefix, status)
            except Exception:  # a front end's bug must not stop the server's bookkeeping
                log.exception("MCP status callback failed")


def _lost(exc: BaseException, client: Any) -> bool:
    """The connection is gone (process exited, HTTP server down), not a refusal by a live server.

    Told by the transport's state, not the error's code: the SDK's "connection closed" code
    (-32000) is also the first of the codes any server may use for its own errors."""
    from mcp.shared.exceptions import MCPError

    if not isinstance(exc, MCPError):
        return True
    dispatcher = getattr(getattr(client, "session", None), "_dispatcher", None)
    closed = getattr(dispatcher, "_closed", None)
    if isinstance(closed, bool):
        return closed
    import mcp_types as types  # an SDK without that state: the code is all there is to go on

    return exc.code == types.CONNECTION_CLOSED


def _reason(exc: BaseException) -> str:
    if isinstance(exc, BaseExceptionGroup):
        return "; ".join(_reason(e) for e in exc.exceptions)
    return str(exc) or type(exc).__name__
