"""Network faults between Hearth and a remote model, injected by a real proxy in front of a
real mlx_lm.server: each ends in one clear error, never a hang, and text already streamed
stays."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from runtime import DoneChunk, Engine, GenerationParams, Message, ModelSpec, TextChunk
from runtime.errors import (
    RemoteAuthFailed,
    RemoteBusy,
    RemoteNotFound,
    RemoteServerError,
    RemoteStreamBroken,
    RemoteTimeout,
    RemoteUnreachable,
)
from runtime.remote import RemoteBackend, Timeouts
from runtime.types import RemoteEndpoint
from tests.helpers.fault_proxy import Fault, FaultProxy
from tests.helpers.mlx_server import free_port

CONTROL_TOKENS = (0, 1, 2, 3, 4, 5)
# Generous limits wherever a test is not about them: on a busy machine a tiny model's tokens
# can be seconds apart. Only the stall test waits for a short idle timeout.
PATIENT = Timeouts(connect_s=10.0, first_token_s=120.0, idle_s=60.0, list_s=60.0)
STALL = Timeouts(connect_s=10.0, first_token_s=120.0, idle_s=1.0, list_s=60.0)


@pytest.fixture
def proxy(mlx_lm_server: tuple[int, str]) -> Iterator[FaultProxy]:
    p = FaultProxy(mlx_lm_server[0], ban_tokens=CONTROL_TOKENS).start()
    yield p
    p.stop()


def engine_for(url: str, model: str, key: str | None = None, timeouts: Timeouts = PATIENT) -> Engine:
    engine = Engine(loader=lambda spec: RemoteBackend(spec.remote, spec.name, timeouts))  # type: ignore[arg-type]
    engine.load(ModelSpec(remote=RemoteEndpoint(url, model, api_key=key))).result(timeout=60)
    return engine


@pytest.fixture
def engine(proxy: FaultProxy, mlx_lm_server: tuple[int, str]) -> Iterator[Engine]:
    e = engine_for(proxy.url, mlx_lm_server[1], key="sk-test")
    yield e
    e.close()


def reply(engine: Engine, max_tokens: int = 40) -> tuple[str, DoneChunk]:
    chunks = list(engine.generate([Message("user", "hello")], GenerationParams(max_tokens=max_tokens)))
    done = chunks[-1]
    assert isinstance(done, DoneChunk)
    return "".join(c.text for c in chunks if isinstance(c, TextChunk)), done


@pytest.mark.parametrize(
    ("fault", "error", "words"),
    [
        (Fault(status=401), RemoteAuthFailed, "refused the API key (HTTP 401)"),
        (Fault(status=403), RemoteAuthFailed, "refused the API key (HTTP 403)"),
        (Fault(status=404), RemoteNotFound, "check the URL and the model name"),
        (Fault(status=429, headers={"Retry-After": "7"}), RemoteBusy, "busy (HTTP 429); it asks to retry in 7 s"),
        (Fault(status=500, body='{"error": {"message": "GPU on fire"}}'), RemoteServerError, "HTTP 500) (GPU on fire)"),
        (Fault(status=400, body="context too long"), RemoteServerError, "refused the request (HTTP 400)"),
    ],
)
def test_http_errors_become_one_clear_line(engine: Engine, proxy: FaultProxy, fault: Fault, error, words) -> None:
    proxy.fault = fault
    text, done = reply(engine)
    assert done.finish_reason == "error" and isinstance(done.error, error), done
    assert words in str(done.error) and "\n" not in str(done.error)
    if isinstance(done.error, RemoteBusy):
        assert done.error.retry_after == 7
    assert text == ""
    assert proxy.seen[-1].headers["authorization"] == "Bearer sk-test"
    assert reply(engine)[1] == DoneChunk("length")  # one fault, then the server answers again


def test_a_stall_mid_reply_times_out_and_keeps_the_text(proxy: FaultProxy, mlx_lm_server: tuple[int, str]) -> None:
    engine = engine_for(proxy.url, mlx_lm_server[1], timeouts=STALL)
    try:
        proxy.fault = Fault(stall_after=3)
        text, done = reply(engine, max_tokens=200)
    finally:
        engine.close()
    assert isinstance(done.error, RemoteTimeout) and "sent nothing for 1 s" in str(done.error)
    assert text  # the events before the stall


def test_a_connection_cut_mid_reply_keeps_the_text(engine: Engine, proxy: FaultProxy) -> None:
    proxy.fault = Fault(drop_after=3)
    text, done = reply(engine, max_tokens=200)
    assert isinstance(done.error, RemoteStreamBroken) and "broke mid-reply" in str(done.error), done
    assert text


def test_a_truncated_event_is_an_error_after_the_text_before_it(engine: Engine, proxy: FaultProxy) -> None:
    proxy.fault = Fault(truncate_at=2)
    text, done = reply(engine, max_tokens=200)
    assert isinstance(done.error, RemoteStreamBroken) and "not JSON" in str(done.error)
    assert text


def test_a_server_that_is_down_says_so_at_once_and_works_once_started(mlx_lm_server: tuple[int, str]) -> None:
    port = free_port()
    spec = ModelSpec(remote=RemoteEndpoint(f"http://127.0.0.1:{port}", mlx_lm_server[1]))
    engine = Engine(loader=lambda spec: RemoteBackend(spec.remote, spec.name, PATIENT))  # type: ignore[arg-type]
    proxy = FaultProxy(mlx_lm_server[0], port=port, ban_tokens=CONTROL_TOKENS)
    try:
        with pytest.raises(RemoteUnreachable, match="Cannot reach the server at .*connection refused"):
            engine.load(spec).result(timeout=60)
        proxy.start()
        engine.load(spec).result(timeout=60)
        assert reply(engine, 4)[1] == DoneChunk("length")
        proxy.stop()  # the server goes away between two replies
        _, done = reply(engine, 4)
        assert isinstance(done.error, RemoteUnreachable) and "connection refused" in str(done.error)
        proxy.start()  # ...and comes back
        assert reply(engine, 4)[1] == DoneChunk("length")
    finally:
        engine.close()
        proxy.stop()


def test_cancel_while_the_server_is_silent_ends_at_once_and_hangs_up(engine: Engine, proxy: FaultProxy) -> None:
    import threading
    import time

    proxy.fault = Fault(stall_after=0)  # headers, then nothing: a long prefill, or a hung server
    gen = engine.generate([Message("user", "hello")], GenerationParams(max_tokens=50))
    time.sleep(0.5)  # the request is out (no assertion depends on this)
    gen.cancel()
    assert list(gen)[-1] == DoneChunk("cancelled")  # not the 60 s first-token timeout's error
    # The socket was shut down: the thread reading the reply is gone, not parked on a read.
    deadline = time.monotonic() + 30
    while any(t.name == "hearth-remote-reply" and t.is_alive() for t in threading.enumerate()):
        assert time.monotonic() < deadline, "the reply's reader thread still waits on the server"
        time.sleep(0.05)


def test_a_server_that_ignores_streaming_still_gives_the_whole_reply(engine: Engine, proxy: FaultProxy) -> None:
    proxy.fault = Fault(no_stream=True)  # mlx_lm.server answers this one with one JSON body
    chunks = list(engine.generate([Message("user", "hello")], GenerationParams(max_tokens=12)))
    assert "".join(c.text for c in chunks if isinstance(c, TextChunk)).strip()
    assert chunks[-1] == DoneChunk("length")


def bounded_reply(engine: Engine, max_tokens: int, most_chunks: int = 20000) -> tuple[str, DoneChunk]:
    """A reply read to its end, or cancelled (and failed) past ``most_chunks``: a reply Hearth
    never ends must fail this test, not hang it."""
    gen = engine.generate([Message("user", "hello")], GenerationParams(max_tokens=max_tokens))
    chunks = []
    for chunk in gen:
        chunks.append(chunk)
        if len(chunks) > most_chunks:
            gen.cancel()
            list(gen)
            pytest.fail("Hearth kept reading a reply far past max_tokens")
    done = chunks[-1]
    assert isinstance(done, DoneChunk)
    return "".join(c.text for c in chunks if isinstance(c, TextChunk)), done


@pytest.mark.parametrize("content", ["la ", ""])
def test_a_server_ignoring_max_tokens_is_cut_off_as_length(engine: Engine, proxy: FaultProxy, content: str) -> None:
    # After two real events the reply goes on forever: words, or empty deltas that keep the
    # idle timeout from ever firing.
    proxy.fault = Fault(endless_after=2, endless_content=content)
    text, done = bounded_reply(engine, max_tokens=20)
    assert done == DoneChunk("length"), done
    assert text.count("la ") <= 2 * 20 + 64  # cut off near what was asked for, not at some memory limit
    assert reply(engine, 4)[1] == DoneChunk("length")  # the next reply is normal


def test_a_model_list_trickled_byte_by_byte_times_out_as_a_whole(mlx_lm_server: tuple[int, str]) -> None:
    # Each byte comes well within the idle timeout; only the deadline for the whole list ends it.
    proxy = FaultProxy(mlx_lm_server[0]).start()
    proxy.trickle_models_s = 0.1
    engine = Engine(loader=lambda spec: RemoteBackend(spec.remote, spec.name, Timeouts(idle_s=60.0, list_s=2.0)))  # type: ignore[arg-type]
    try:
        with pytest.raises(RemoteTimeout, match="took over 2 s to list its models"):
            engine.load(ModelSpec(remote=RemoteEndpoint(proxy.url, mlx_lm_server[1]))).result(timeout=120)
    finally:
        engine.close()
        proxy.stop()
