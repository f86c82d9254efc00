"""HTTP to an OpenAI-compatible server: list its models, stream one chat reply.

Built on httpx2, pydantic's maintained continuation of httpx, which Hearth already installs
(huggingface_hub depends on it): sync streaming with separate connect/read timeouts and a
bounded server-sent-events parser (1 MiB per event), and nothing else to pin. The official
``openai`` client would add a dependency and retries of its own that hide what went wrong,
and it cannot close a stream from another thread.

A reply streams on a reader thread into a queue. The engine thread waits on that queue, so it
enforces the timeouts itself (a slow first token, a stall mid-reply), notices a cancel within
``POLL_S``, and on either shuts the socket down, which wakes the reader at once. Each reply
gets its own connection (no keep-alive pool), so a server that restarted between two
requests is reached afresh instead of through a dead pooled connection.
"""

from __future__ import annotations

import email.utils
import json
import queue
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx2

from ..errors import (
    RemoteAuthFailed,
    RemoteBusy,
    RemoteError,
    RemoteNotFound,
    RemoteServerError,
    RemoteStreamBroken,
    RemoteTimeout,
    RemoteUnreachable,
)
from ..types import RemoteEndpoint

POLL_S = 0.05  # how often a waiting reply looks at its cancel flag
ERROR_BODY_BYTES = 4096  # of a failed response's body, read for its message
MODEL_LIST_BYTES = 4 * 2**20  # a model list is kilobytes; a hostile server's is not read whole
WHOLE_REPLY_BYTES = 16 * 2**20  # a server that ignored "stream" sends the reply in one piece
QUEUED_EVENTS = 64  # read ahead of the engine thread; the reader waits (and TCP pushes back) beyond


@dataclass(frozen=True)
class Timeouts:
    connect_s: float = 5.0  # a LAN server answers a connect in milliseconds
    first_token_s: float = 300.0  # a big prompt's prefill on a busy server can take minutes
    idle_s: float = 60.0  # mid-reply, a server that sends nothing for this long has stalled
    # Listing the models, whole: httpx's read timeout is per read, so a server trickling a byte
    # at a time would otherwise hold a load (on the engine thread) for hours.
    list_s: float = 30.0


def api_root(base_url: str) -> str:
    """``http://host:port``, ``http://host:port/`` and ``http://host:port/v1`` -> ``.../v1``."""
    root = base_url.strip().rstrip("/")
    if "://" not in root:
        root = "http://" + root
    return root if root.endswith("/v1") else root + "/v1"


def _headers(endpoint: RemoteEndpoint) -> dict[str, str]:
    headers = {"Accept": "application/json"}
    if endpoint.api_key:
        headers["Authorization"] = f"Bearer {endpoint.api_key}"
    return headers


def _client(timeouts: Timeouts, read_s: float) -> httpx2.Client:
    timeout = httpx2.Timeout(connect=timeouts.connect_s, read=read_s, write=timeouts.idle_s, pool=timeouts.connect_s)
    # trust_env=False: a proxy set for the internet must not capture a server on the LAN.
    return httpx2.Client(
        timeout=timeout, limits=httpx2.Limits(max_keepalive_connections=0), trust_env=False, follow_redirects=True
    )


def list_models(endpoint: RemoteEndpoint, timeouts: Timeouts = Timeouts()) -> list[dict[str, Any]]:
    """The server's ``GET /v1/models`` entries (each has at least an ``id``), within ``timeouts.list_s``."""
    url = api_root(endpoint.base_url) + "/models"
    watchdog = _Watchdog(timeouts.list_s)
    try:
        with (
            watchdog,
            _client(timeouts, timeouts.idle_s) as client,
            client.stream("GET", url, headers=_headers(endpoint), extensions={"trace": watchdog.trace}) as r,
        ):
            if r.status_code != 200:
                raise http_error(r, endpoint, _read_some(r))
            body = _read_some(r, MODEL_LIST_BYTES)
            if len(body) >= MODEL_LIST_BYTES:
                raise RemoteServerError(f"{url} sent a model list over {MODEL_LIST_BYTES // 2**20} MiB; not read.")
            data = json.loads(body)
    except Exception as exc:
        if watchdog.fired:
            raise RemoteTimeout(
                f"The server at {api_root(endpoint.base_url)} took over {timeouts.list_s:.0f} s to list its models."
            ) from None
        if isinstance(exc, RemoteError):
            raise
        if isinstance(exc, ValueError):
            raise RemoteNotFound(
                f"{url} did not answer with a model list: is this an OpenAI-compatible server?"
            ) from None
        if isinstance(exc, httpx2.HTTPError):
            raise transport_error(exc, endpoint) from None
        raise
    models = data.get("data") if isinstance(data, dict) else None
    if not isinstance(models, list):
        raise RemoteNotFound(f"{url} did not answer with a model list: is this an OpenAI-compatible server?")
    return [m for m in models if isinstance(m, dict) and isinstance(m.get("id"), str)]


class _Watchdog:
    """Shuts a request's socket down once ``seconds`` have passed, whatever it is waiting on."""

    def __init__(self, seconds: float) -> None:
        self.fired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._fire)
        self._timer.daemon = True

    def __enter__(self) -> _Watchdog:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()

    def trace(self, name: str, info: dict[str, Any]) -> None:
        if name == "connection.connect_tcp.complete" and info.get("return_value") is not None:
            sock = info["return_value"].get_extra_info("socket")
            if sock is not None:
                with self._lock:
                    self._sockets.append(sock)
                    if self.fired:
                        ReplyStream.close_socket(sock)

    def _fire(self) -> None:
        with self._lock:
            self.fired = True
            for sock in self._sockets:
                ReplyStream.close_socket(sock)


def http_error(response: httpx2.Response, endpoint: RemoteEndpoint, reading: bytes = b"") -> RemoteError:
    """A non-200 answer as the one-line error a person can act on."""
    code, where = response.status_code, api_root(endpoint.base_url)
    detail = _server_message(reading)
    suffix = f" ({detail})" if detail else ""
    if code in (401, 403):
        if endpoint.api_key:
            return RemoteAuthFailed(f"The server at {where} refused the API key (HTTP {code}){suffix}.")
        return RemoteAuthFailed(f"The server at {where} wants an API key (HTTP {code}); add one to the model.")
    if code == 404:
        return RemoteNotFound(
            f"The server at {where} has no such endpoint or model '{endpoint.model}' (HTTP 404){suffix}: "
            "check the URL and the model name."
        )
    if code == 429:
        retry = retry_after_seconds(response.headers.get("Retry-After"))
        advice = f"; it asks to retry in {retry:.0f} s" if retry is not None else "; try again shortly"
        return RemoteBusy(f"The server at {where} is busy (HTTP 429){advice}.", retry)
    if code >= 500:
        return RemoteServerError(f"The server at {where} failed (HTTP {code}){suffix}.")
    return RemoteServerError(f"The server at {where} refused the request (HTTP {code}){suffix}.")


def retry_after_seconds(value: str | None) -> float | None:
    """``Retry-After`` is seconds or an HTTP date."""
    if not value:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(when.timestamp() - time.time(), 0.0)


def _server_message(body: bytes) -> str:
    text = body.decode("utf-8", "replace").strip()
    try:
        data = json.loads(text)
    except ValueError:
        return " ".join(text.split())[:200]
    error = data.get("error", data) if isinstance(data, dict) else data
    if isinstance(error, dict):
        error = error.get("message") or error.get("detail") or error
    return " ".join(str(error).split())[:200]


def transport_error(exc: Exception, endpoint: RemoteEndpoint, started: bool = False) -> RemoteError:
    """A failure below HTTP as one line: could not connect, stalled, or cut off."""
    where = api_root(endpoint.base_url)
    if isinstance(exc, httpx2.ConnectTimeout | httpx2.PoolTimeout):
        return RemoteUnreachable(f"Cannot reach the server at {where}: no answer to the connection (timed out).")
    if isinstance(exc, httpx2.ConnectError):
        return RemoteUnreachable(f"Cannot reach the server at {where}: {_reason(exc)}.")
    if isinstance(exc, httpx2.TimeoutException):
        return RemoteTimeout(f"The server at {where} stopped sending (timed out).")
    if isinstance(exc, httpx2.UnsupportedProtocol | httpx2.InvalidURL):
        return RemoteUnreachable(f"'{endpoint.base_url}' is not a server address (use http://host:port).")
    if started:
        return RemoteStreamBroken(f"The connection to {where} broke mid-reply: {_reason(exc)}.")
    return RemoteUnreachable(f"Lost the connection to the server at {where}: {_reason(exc)}.")


def _reason(exc: Exception) -> str:
    text = str(exc) or type(exc).__name__
    if "Connection refused" in text or "Errno 111" in text or "Errno 61" in text:
        return "connection refused (is the server running, and on this port?)"
    if "Name or service not known" in text or "nodename nor servname" in text:
        return "unknown host name"
    return text[:200]


class ReplyStream:
    """One streamed ``POST /v1/chat/completions``: iterate its SSE data payloads.

    ``close()`` (from the iterating thread) shuts the socket: the reader thread ends at once
    and the server sees the client go (mlx-lm and vLLM then stop generating).
    """

    def __init__(self, endpoint: RemoteEndpoint, body: dict[str, Any], timeouts: Timeouts) -> None:
        self.endpoint, self.timeouts = endpoint, timeouts
        self._events: queue.Queue[tuple[str, Any]] = queue.Queue(maxsize=QUEUED_EVENTS)
        self._closed = threading.Event()
        self._sockets: list[socket.socket] = []
        self.started = False  # the server accepted the request and began streaming
        self.done_seen = False  # the stream ended with its "[DONE]" marker
        self.started_reply = False  # at least one event of the reply arrived
        client = _client(timeouts, max(timeouts.first_token_s, timeouts.idle_s))
        self._thread = threading.Thread(target=self._read, args=(client, body), name="hearth-remote-reply", daemon=True)
        self._thread.start()

    def events(self, should_stop: Callable[[], bool]) -> Iterator[str]:
        """Data payloads until ``[DONE]`` or the end; raises a RemoteError on failure.

        Returns early (nothing raised) when ``should_stop()`` turns true."""
        limit = self.timeouts.first_token_s
        deadline = time.monotonic() + limit
        while True:
            if should_stop():
                return
            try:
                kind, value = self._events.get(timeout=POLL_S)
            except queue.Empty:
                if time.monotonic() >= deadline:
                    what = "more of the reply" if self.started_reply else "the first token"
                    where = api_root(self.endpoint.base_url)
                    raise RemoteTimeout(
                        f"The server at {where} sent nothing for {limit:.0f} s while waiting for {what}."
                    ) from None
                continue
            if kind == "data":
                if value.strip() == "[DONE]":
                    self.done_seen = True
                    return
                self.started_reply = True
                limit = self.timeouts.idle_s
                deadline = time.monotonic() + limit
                yield value
            elif kind == "end":
                return
            else:  # "error"
                raise value

    def close(self) -> None:
        if self._closed.is_set():
            return
        self._closed.set()
        for sock in list(self._sockets):
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass  # already closed by the reader

    def _trace(self, name: str, info: dict[str, Any]) -> None:
        if name == "connection.connect_tcp.complete" and info.get("return_value") is not None:
            sock = info["return_value"].get_extra_info("socket")
            if sock is not None:
                self._sockets.append(sock)
                if self._closed.is_set():  # closed while connecting
                    self.close_socket(sock)

    @staticmethod
    def close_socket(sock: socket.socket) -> None:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def _put(self, item: tuple[str, Any]) -> None:
        """Queue ``item``, waiting while the queue is full, until the reply is closed."""
        while not self._closed.is_set():
            try:
                self._events.put(item, timeout=POLL_S)
                return
            except queue.Full:
                continue

    def _read(self, client: httpx2.Client, body: dict[str, Any]) -> None:
        url = api_root(self.endpoint.base_url) + "/chat/completions"
        headers = {**_headers(self.endpoint), "Accept": "text/event-stream"}
        put = self._put
        try:
            with (
                client,
                client.stream("POST", url, json=body, headers=headers, extensions={"trace": self._trace}) as response,
            ):
                if response.status_code != 200:
                    try:
                        detail = _read_some(response)
                    except httpx2.HTTPError:
                        detail = b""
                    put(("error", http_error(response, self.endpoint, detail)))
                    return
                self.started = True
                if response.headers.get("content-type", "").startswith("application/json"):
                    put(("data", _as_one_delta(_read_some(response, WHOLE_REPLY_BYTES))))
                    put(("data", "[DONE]"))
                    return
                for event in httpx2.EventSource(response):
                    if self._closed.is_set():
                        return
                    if event.data:
                        put(("data", event.data))
            put(("end", None))
        except Exception as exc:
            if self._closed.is_set():
                return  # we hung up: nobody is listening
            if isinstance(exc, httpx2.SSEError):
                put(("error", RemoteStreamBroken(f"The server's reply stream is not readable: {exc}")))
            elif isinstance(exc, httpx2.HTTPError):
                put(("error", transport_error(exc, self.endpoint, self.started)))
            else:
                put(("error", RemoteStreamBroken(f"The reply stream failed: {type(exc).__name__}: {exc}")))


def _as_one_delta(body: bytes) -> str:
    """A whole (non-streamed) completion as one streamed chunk: some servers ignore "stream"."""
    try:
        data = json.loads(body)
        choice = data["choices"][0]
        delta = dict(choice.get("message") or {})
    except (ValueError, KeyError, IndexError, TypeError, AttributeError):
        raise RemoteStreamBroken("The server answered with something that is not a chat reply.") from None
    chunk = {"choices": [{"index": 0, "delta": delta, "finish_reason": choice.get("finish_reason")}]}
    if isinstance(data.get("usage"), dict):
        chunk["usage"] = data["usage"]
    return json.dumps(chunk)


def _read_some(response: httpx2.Response, limit: int = ERROR_BODY_BYTES) -> bytes:
    """At most ``limit`` bytes of a response's body (a hostile server may send gigabytes)."""
    out = bytearray()
    for piece in response.iter_bytes():
        out += piece
        if len(out) >= limit:
            break
    return bytes(out[:limit])
