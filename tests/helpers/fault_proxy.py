"""A loopback HTTP proxy in front of an OpenAI-compatible server that injects network faults.

It forwards requests to a real server (mlx_lm.server in the tests) and relays the reply,
re-sent to the client with chunked encoding, one SSE event per chunk, so that a connection
dropped part-way is a broken HTTP body, as it would be from a real server. One fault applies
to the next chat request: a status code (401, 404, 429 with Retry-After, 500), a stall after
N events, a connection dropped after N events, an event cut in half, or a reply that never
ends (a server ignoring max_tokens). ``trickle_models_s`` makes every ``GET /v1/models`` answer
one byte at that interval, forever: each read succeeds, the whole never arrives.

``ban_tokens`` adds a logit_bias to forwarded chat requests (mlx_lm.server reads it): a tiny
random model otherwise ends its reply whenever it happens to draw end-of-turn, and the tests
need replies long enough to cut.
"""

from __future__ import annotations

import asyncio
import json
import threading
from dataclasses import dataclass, field


@dataclass
class Fault:
    status: int | None = None  # answer with this HTTP status instead of forwarding
    headers: dict[str, str] = field(default_factory=dict)
    body: str = '{"error": {"message": "injected"}}'
    stall_after: int | None = None  # events sent, then silence (the connection stays open)
    drop_after: int | None = None  # events sent, then the connection is cut
    truncate_at: int | None = None  # this event goes out cut in half
    no_stream: bool = False  # ask the server for the whole reply at once (as servers that ignore "stream" do)
    endless_after: int | None = None  # events sent, then this delta's content repeated until the client hangs up
    endless_content: str = "la "


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: dict | None


class FaultProxy:
    def __init__(self, upstream_port: int, port: int = 0, ban_tokens: tuple[int, ...] = ()) -> None:
        self.upstream_port, self.port, self.ban_tokens = upstream_port, port, ban_tokens
        self.fault: Fault | None = None
        self.trickle_models_s: float | None = None
        self.seen: list[Seen] = []
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.base_events.Server | None = None
        self._thread: threading.Thread | None = None
        self._release: asyncio.Event | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FaultProxy:
        ready = threading.Event()

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            self._release = asyncio.Event()
            self._server = loop.run_until_complete(asyncio.start_server(self._handle, "127.0.0.1", self.port))
            self.port = self._server.sockets[0].getsockname()[1]
            ready.set()
            loop.run_forever()
            loop.close()

        self._thread = threading.Thread(target=run, name="fault-proxy", daemon=True)
        self._thread.start()
        ready.wait(10)
        return self

    def stop(self) -> None:
        loop, server = self._loop, self._server
        if loop is None or server is None:
            return

        async def shut() -> None:
            assert self._release is not None
            self._release.set()
            server.close()
            # Connections still open (a stalled reply, a relay in progress) end here, not when
            # the loop is destroyed under them.
            others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in others:
                task.cancel()
            await asyncio.gather(*others, return_exceptions=True)
            await server.wait_closed()
            loop.stop()

        asyncio.run_coroutine_threadsafe(shut(), loop)
        assert self._thread is not None
        self._thread.join(10)
        self._loop = self._server = None

    # ---- per connection --------------------------------------------------------------------

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            await self._serve(reader, writer)
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.CancelledError):
            pass
        finally:
            writer.close()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        request_line, *header_lines = head.decode("latin-1").split("\r\n")
        method, path, _ = request_line.split(" ", 2)
        headers = {k.strip().lower(): v.strip() for k, _, v in (h.partition(":") for h in header_lines if h)}
        raw = await reader.readexactly(int(headers.get("content-length", "0")))
        body = json.loads(raw) if raw else None
        self.seen.append(Seen(method, path, headers, body))
        chat = path.endswith("/chat/completions")
        if path.endswith("/models") and self.trickle_models_s is not None:
            await self._trickle(writer, self.trickle_models_s)
            return
        fault = self.fault if chat else None
        if chat:
            self.fault = None
        if fault is not None and fault.status is not None:
            payload = fault.body.encode()
            extra = "".join(f"{k}: {v}\r\n" for k, v in fault.headers.items())
            writer.write(
                f"HTTP/1.1 {fault.status} Injected\r\nContent-Type: application/json\r\n{extra}"
                f"Content-Length: {len(payload)}\r\nConnection: close\r\n\r\n".encode()
                + payload
            )
            await writer.drain()
            return
        if chat and body is not None and self.ban_tokens:
            body["logit_bias"] = {str(t): -100.0 for t in self.ban_tokens}
        if fault is not None and fault.no_stream and body is not None:
            body["stream"] = False
        await self._forward(method, path, headers, body, writer, fault or Fault())

    async def _forward(
        self,
        method: str,
        path: str,
        headers: dict[str, str],
        body: dict | None,
        writer: asyncio.StreamWriter,
        fault: Fault,
    ) -> None:
        up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.upstream_port)
        payload = json.dumps(body).encode() if body is not None else b""
        keep = {k: v for k, v in headers.items() if k in ("authorization", "content-type", "accept")}
        lines = "".join(f"{k}: {v}\r\n" for k, v in keep.items())
        # HTTP/1.0 upstream: mlx_lm.server answers with a body that ends when it closes.
        up_writer.write(
            f"{method} {path} HTTP/1.0\r\nHost: 127.0.0.1\r\n{lines}Content-Length: {len(payload)}\r\n\r\n".encode()
            + payload
        )
        await up_writer.drain()
        try:
            status_head = await up_reader.readuntil(b"\r\n\r\n")
            if b"text/event-stream" not in status_head.lower():
                writer.write(status_head + await up_reader.read())
                await writer.drain()
                return
            status_line = status_head.split(b"\r\n", 1)[0].decode().replace("HTTP/1.0", "HTTP/1.1")
            writer.write(
                f"{status_line}\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n"
                "Connection: close\r\n\r\n".encode()
            )
            await self._relay_events(up_reader, writer, fault)
        finally:
            up_writer.close()

    async def _trickle(self, writer: asyncio.StreamWriter, interval_s: float) -> None:
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\n\r\n")
        while True:  # JSON may start with any amount of white space: every byte is "progress"
            writer.write(b" ")
            await writer.drain()
            await asyncio.sleep(interval_s)

    async def _endless(self, writer: asyncio.StreamWriter, last: bytes, content: str) -> None:
        """``last`` event again and again with ``content`` as its delta, no finish, no [DONE]."""
        event = json.loads(last.decode().strip().removeprefix("data:"))
        event["choices"] = [{"index": 0, "delta": {"content": content}, "finish_reason": None}]
        event.pop("usage", None)
        data = f"data: {json.dumps(event)}\n\n".encode()
        while True:  # ends when the client hangs up (drain raises) or the proxy stops
            _chunk(writer, data)
            await writer.drain()
            await asyncio.sleep(0.001)

    async def _relay_events(self, up: asyncio.StreamReader, writer: asyncio.StreamWriter, fault: Fault) -> None:
        sent = 0
        event = b""
        while True:
            line = await up.readline()
            if not line:
                break
            event += line
            if line.strip():
                continue
            if not event.strip():
                event = b""
                continue
            if fault.drop_after is not None and sent >= fault.drop_after:
                writer.transport.abort()  # no closing chunk: the body is incomplete
                return
            if fault.stall_after is not None and sent >= fault.stall_after:
                assert self._release is not None
                await self._release.wait()  # until the proxy stops (the client gives up first)
                return
            if fault.endless_after is not None and sent >= fault.endless_after:
                await self._endless(writer, event, fault.endless_content)
                return
            if fault.truncate_at is not None and sent == fault.truncate_at:
                event = event[: len(event) // 2].rstrip() + b"\n\n"
            _chunk(writer, event)
            await writer.drain()
            sent += 1
            event = b""
        writer.write(b"0\r\n\r\n")
        await writer.drain()


def _chunk(writer: asyncio.StreamWriter, data: bytes) -> None:
    writer.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
