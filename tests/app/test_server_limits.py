"""The API's guards: keys, malformed requests, body size, disconnects, concurrency, the queue."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx2 as httpx
import openai
import pytest

from app.server import ServerOptions
from tests.conftest import WAIT_SCALE
from tests.helpers.api_server import RunningServer, serving

pytestmark = pytest.mark.timeout(600)
KEY = "test-key-0123456789abcdef"
LONG_REPLY = " ".join(f"word{i}" for i in range(3000))


@pytest.fixture(scope="module")
def server(tiny_gemma4: Path) -> Iterator[RunningServer]:
    with serving(tiny_gemma4, ServerOptions(api_key=KEY, max_waiting=1, max_body_bytes=2**20)) as running:
        yield running


def post(server: RunningServer, body: bytes | str, key: str = KEY, **headers: str) -> httpx.Response:
    headers = {"Authorization": f"Bearer {key}", "Content-Type": "application/json", **headers}
    return httpx.post(f"{server.base_url}/chat/completions", content=body, headers=headers, timeout=120)


def wait_until(condition, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds * WAIT_SCALE
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.02)


def error_of(response: httpx.Response) -> dict:
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"message", "type", "param", "code"}
    return body["error"]


def test_a_wrong_or_missing_key_is_401(server: RunningServer) -> None:
    with pytest.raises(openai.AuthenticationError, match="API key"):
        server.client("wrong-key").chat.completions.create(model="x", messages=[{"role": "user", "content": "hi"}])
    with pytest.raises(openai.AuthenticationError):
        server.client("wrong-key").models.list()
    response = httpx.get(f"{server.base_url}/models")
    assert response.status_code == 401 and error_of(response)["type"] == "authentication_error"
    assert server.client(KEY).models.list().data  # the right key works
    assert httpx.get(f"{server.root}/health").status_code == 200  # says nothing private: no key


@pytest.mark.parametrize(
    ("body", "param", "words"),
    [
        ('{"model": "x", "messages": [', None, "not valid JSON"),
        ('["not", "an", "object"]', None, "an object"),
        ('{"model": "x"}', "messages", "Field required"),
        ('{"model": "x", "messages": "hi"}', "messages", "valid array"),
        ('{"model": "x", "messages": [{"role": "wizard", "content": "hi"}]}', "messages.0", "wizard"),
        ('{"model": "x", "messages": [{"role": "user", "content": 5}]}', "messages.0.content", "string"),
        (
            '{"model": "x", "messages": [{"role": "user", "content": "hi"}], "temperature": "hot"}',
            "temperature",
            "number",
        ),
        ('{"model": "x", "messages": [{"role": "user", "content": "hi"}], "max_tokens": 0}', "max_tokens", "greater"),
        ('{"model": "x", "messages": [{"role": "user", "content": "hi"}], "n": 3}', "n", "n=1"),
        (
            '{"model": "x", "messages": [{"role": "user", "content": [{"type": "video_url", "video_url": {}}]}]}',
            "messages.0.content.0",
            "video_url",
        ),
    ],
)
def test_malformed_requests_are_400_with_an_openai_error(server: RunningServer, body: str, param, words: str) -> None:
    response = post(server, body)
    assert response.status_code == 400, response.text
    error = error_of(response)
    assert error["type"] == "invalid_request_error"
    assert words in error["message"]
    if param is not None:
        assert (error["param"] or "").startswith(param)


def test_the_official_client_sees_bad_requests_as_bad_request_errors(server: RunningServer) -> None:
    with pytest.raises(openai.BadRequestError, match="wizard"):
        server.client(KEY).chat.completions.create(model="x", messages=[{"role": "wizard", "content": "hi"}])


def test_an_oversize_body_is_413_declared_or_not(server: RunningServer) -> None:
    big = '{"model": "x", "messages": [{"role": "user", "content": "' + "a" * (2**20 + 10) + '"}]}'
    response = post(server, big)
    assert response.status_code == 413 and "larger than" in error_of(response)["message"]

    def chunks():  # no Content-Length: the limit holds while reading (1.5 MB, all read and dropped)
        for _ in range(24):
            yield b"a" * 65536

    response = httpx.post(
        f"{server.base_url}/chat/completions",
        content=chunks(),
        headers={"Authorization": f"Bearer {KEY}", "Content-Type": "application/json"},
        timeout=120,
    )
    assert response.status_code == 413

    import socket

    host, port = server.root.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=60) as raw:  # claims 10 GB, sends none of it
        raw.sendall(
            f"POST /v1/chat/completions HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {KEY}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {10 * 2**30}\r\n\r\n".encode()
        )
        assert raw.recv(200).startswith(b"HTTP/1.1 413")


def test_unknown_paths_are_404_in_openai_form(server: RunningServer) -> None:
    response = httpx.get(f"{server.base_url}/nothing-here", headers={"Authorization": f"Bearer {KEY}"})
    assert response.status_code == 404 and error_of(response)["type"] == "not_found_error"


def test_a_client_that_hangs_up_mid_stream_cancels_its_reply(server: RunningServer) -> None:
    client = server.client(KEY)
    server.script(LONG_REPLY)
    stream = client.chat.completions.create(
        model="x", messages=[{"role": "user", "content": "Go on forever"}], max_tokens=4000, stream=True
    )
    got = 0
    for chunk in stream:
        got += bool(chunk.choices and chunk.choices[0].delta.content)
        if got >= 3:
            break
    first_id = chunk.id
    stream.close()
    wait_until(lambda: any(f.completion_id == first_id for f in server.finished()))
    assert next(f for f in server.finished() if f.completion_id == first_id).finish_reason == "cancelled"
    reply = client.chat.completions.create(model="x", messages=[{"role": "user", "content": "hi"}], max_tokens=4)
    assert reply.choices[0].finish_reason in ("stop", "length")


@pytest.mark.parametrize("stream", [False, True])
def test_a_client_that_hangs_up_while_queued_is_never_served(server: RunningServer, stream: bool) -> None:
    import json
    import socket

    client = server.client(KEY)
    server.script(LONG_REPLY)  # the running reply
    server.script(LONG_REPLY)  # the queued one, should it ever start
    before = len(server.finished())
    running = client.chat.completions.create(
        model="x", messages=[{"role": "user", "content": "Long one"}], max_tokens=4000, stream=True
    )
    next(iter(running))
    body = json.dumps(
        {"model": "x", "messages": [{"role": "user", "content": "queued"}], "max_tokens": 4000, "stream": stream}
    )
    host, port = server.root.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port))) as raw:
        raw.sendall(
            f"POST /v1/chat/completions HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {KEY}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n{body}".encode()
        )
        wait_until(lambda: server.app.state.admission.active == 2)
    wait_until(lambda: len(server.finished()) == before + 1)  # let go while the long reply runs
    running.close()
    wait_until(lambda: len(server.finished()) == before + 2)
    assert [f.finish_reason for f in server.finished()[before:]] == ["cancelled", "cancelled"]
    reply = client.chat.completions.create(model="x", messages=[{"role": "user", "content": "hi"}], max_tokens=3)
    assert reply.choices[0].finish_reason == "length"
    # The queued request never ran: the reply scripted for it is still there, and this one gets it.
    assert reply.choices[0].message.content and LONG_REPLY.startswith(reply.choices[0].message.content)


def test_clients_that_hang_up_while_queued_free_their_places_at_once(server: RunningServer) -> None:
    import json
    import socket

    client = server.client(KEY)
    server.script(LONG_REPLY)
    running = client.chat.completions.create(
        model="x", messages=[{"role": "user", "content": "Long one"}], max_tokens=4000, stream=True
    )
    next(iter(running))
    body = json.dumps({"model": "x", "messages": [{"role": "user", "content": "queued"}], "max_tokens": 4})
    host, port = server.root.removeprefix("http://").split(":")
    for _ in range(3):  # one waiting place: each hang-up must free it while the long reply goes on
        with socket.create_connection((host, int(port))) as raw:
            raw.sendall(
                f"POST /v1/chat/completions HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {KEY}\r\n"
                f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n{body}".encode()
            )
            wait_until(lambda: server.app.state.admission.active == 2)
        wait_until(lambda: server.app.state.admission.active == 1)
    waiting: list = []
    waiter = threading.Thread(
        target=lambda: waiting.append(
            client.chat.completions.create(model="x", messages=[{"role": "user", "content": "next"}], max_tokens=3)
        )
    )
    waiter.start()  # admitted, not a 429: the place is free although the long reply still runs
    wait_until(lambda: server.app.state.admission.active == 2)
    running.close()
    waiter.join(120 * WAIT_SCALE)
    assert waiting and waiting[0].choices[0].finish_reason in ("stop", "length")
    wait_until(lambda: server.app.state.admission.active == 0)


def test_eight_concurrent_streaming_clients_all_complete(tiny_gemma4: Path) -> None:
    with serving(tiny_gemma4) as server:

        def one(i: int) -> tuple[str, str | None]:
            stream = server.client().chat.completions.create(
                model="x", messages=[{"role": "user", "content": f"Client {i}"}], max_tokens=12, stream=True
            )
            chunks = list(stream)
            text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
            return text, chunks[-1].choices[0].finish_reason

        with ThreadPoolExecutor(8) as pool:
            results = list(pool.map(one, range(8)))
    assert all(finish in ("stop", "length") for _, finish in results)
    assert len(server.finished()) == 8
    assert all(f.finish_reason in ("stop", "length") for f in server.finished())


def test_past_the_waiting_room_a_request_gets_429_with_retry_after(server: RunningServer) -> None:
    client = server.client(KEY)
    server.script(LONG_REPLY)
    running = client.chat.completions.create(
        model="x", messages=[{"role": "user", "content": "Long one"}], max_tokens=4000, stream=True
    )
    next(iter(running))  # the engine is busy with it
    waiting: list = []
    waiter = threading.Thread(
        target=lambda: waiting.append(
            client.chat.completions.create(model="x", messages=[{"role": "user", "content": "next"}], max_tokens=3)
        )
    )
    waiter.start()
    wait_until(lambda: server.app.state.admission.active == 2)
    with pytest.raises(openai.RateLimitError, match="busy") as caught:
        client.chat.completions.create(model="x", messages=[{"role": "user", "content": "one too many"}])
    assert caught.value.response.headers["retry-after"].isdigit()
    import socket

    host, port = server.root.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=60 * WAIT_SCALE) as raw:
        # A body announced and never sent: refused before any of it is read (or waited for).
        raw.sendall(
            f"POST /v1/chat/completions HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {KEY}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {2**20}\r\n\r\n".encode()
        )
        assert raw.recv(200).startswith(b"HTTP/1.1 429")
    running.close()  # hang up: the running reply stops and the waiting one is served
    waiter.join(120 * WAIT_SCALE)
    assert waiting and waiting[0].choices[0].finish_reason in ("stop", "length")
    wait_until(lambda: server.app.state.admission.active == 0)


def test_stopping_cuts_an_open_stream_and_removes_the_requests_files(tiny_gemma4: Path) -> None:
    from app.server.background import BackgroundServer
    from runtime import Engine, ModelSpec

    engine = Engine()
    try:
        engine.load(ModelSpec(tiny_gemma4)).result()
        server = BackgroundServer(engine).start()
        root = server.app.state.scratch["root"]
        engine.call(lambda backend: backend.script_next_reply(LONG_REPLY + LONG_REPLY)).result(timeout=60)
        client = openai.OpenAI(base_url=server.base_url, api_key="none", max_retries=0, timeout=120)
        stream = client.chat.completions.create(
            model="x", messages=[{"role": "user", "content": "Long one"}], max_tokens=8000, stream=True
        )
        next(iter(stream))  # a reply under way, its client no longer reading
        assert any(root.iterdir())  # the request's own folder
        server.stop()  # the window does this on its GUI thread: it must not wait for the reply
        assert not server.running and not root.exists()
        stream.close()
    finally:
        engine.close()


def test_binding_the_network_without_a_keychain_or_key_is_refused(monkeypatch, capsys) -> None:
    import keyring
    from keyring.backends import fail

    from app.commands.cli import main

    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    monkeypatch.delenv("HEARTH_TEST_KEY", raising=False)
    assert main(["serve", "--host", "0.0.0.0", "--model", "/nonexistent"]) == 2
    err = capsys.readouterr().err
    assert "no keychain" in err and "--api-key-env" in err
    monkeypatch.setenv("HEARTH_TEST_KEY", "short")
    assert main(["serve", "--host", "0.0.0.0", "--api-key-env", "HEARTH_TEST_KEY", "--model", "/nonexistent"]) == 2
    assert "at least 16 characters" in capsys.readouterr().err


def test_which_key_a_server_asks_for(monkeypatch) -> None:
    from app.server import choose_key, is_loopback

    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5") and not is_loopback("example.com")
    assert choose_key("127.0.0.1", None).key is None
    monkeypatch.setenv("HEARTH_TEST_KEY", KEY)
    assert choose_key("0.0.0.0", "HEARTH_TEST_KEY").key == KEY
    assert choose_key("127.0.0.1", "HEARTH_TEST_KEY").key == KEY  # loopback with a key given: asked for


def test_on_the_network_a_key_is_made_once_and_kept_in_the_keychain(monkeypatch) -> None:
    import keyring

    from app.server import choose_key
    from app.server.keys import KEYRING_SERVICE, KEYRING_USER
    from tests.helpers.keychain import MemoryKeychain

    chain = MemoryKeychain()
    monkeypatch.setattr(keyring, "get_keyring", lambda: chain)
    monkeypatch.setattr(keyring, "get_password", chain.get_password)
    monkeypatch.setattr(keyring, "set_password", chain.set_password)
    said: list[str] = []
    first = choose_key("0.0.0.0", None, say=said.append)
    assert first.source == "keychain-new" and len(first.key or "") >= 32
    assert chain.items[(KEYRING_SERVICE, KEYRING_USER)] == first.key
    assert first.key in said[-1] and "shown once" in said[-1]
    again = choose_key("0.0.0.0", None, say=said.append)
    assert again == first.__class__(first.key, "keychain") and first.key not in said[-1]  # not shown again
    fresh = choose_key("0.0.0.0", None, new_key=True, say=said.append)
    assert fresh.key != first.key and chain.items[(KEYRING_SERVICE, KEYRING_USER)] == fresh.key
