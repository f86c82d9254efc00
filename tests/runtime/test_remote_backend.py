"""Remote models against a real mlx_lm.server on loopback (the tiny text model): loading,
streaming, stats, cancelling; and the request/reply translation on its own."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from runtime import (
    DoneChunk,
    Engine,
    GenerationParams,
    Message,
    ModelSpec,
    StatsChunk,
    TextChunk,
    ThinkingChunk,
    ToolCall,
    ToolCallChunk,
    ToolResult,
)
from runtime.errors import RemoteNotFound, RemoteStreamBroken
from runtime.remote import api_root
from runtime.remote.wire import ReplyDecoder, chat_request
from runtime.types import RemoteEndpoint
from tests.helpers.fault_proxy import FaultProxy

CONTROL_TOKENS = (0, 1, 2, 3, 4, 5)  # the tiny vocabulary's pad, eos, bos, unk, turn markers


@pytest.fixture
def proxy(mlx_lm_server: tuple[int, str]) -> Iterator[FaultProxy]:
    """mlx_lm.server behind a pass-through proxy that keeps the tiny model from ending early."""
    p = FaultProxy(mlx_lm_server[0], ban_tokens=CONTROL_TOKENS).start()
    yield p
    p.stop()


@pytest.fixture
def remote_engine() -> Iterator[Engine]:
    e = Engine()
    yield e
    e.close()


def spec_for(url: str, model: str, **kw) -> ModelSpec:
    return ModelSpec(name="studio", remote=RemoteEndpoint(url, model, **kw))


def test_loading_checks_the_server_and_finds_the_model(remote_engine: Engine, mlx_lm_server: tuple[int, str]) -> None:
    port, model = mlx_lm_server
    info = remote_engine.load(spec_for(f"http://127.0.0.1:{port}", model)).result(timeout=60)
    assert info.backend == "remote" and info.name == "studio"
    assert info.remote_url == f"http://127.0.0.1:{port}/v1"


def test_a_model_the_server_does_not_list_is_refused_by_name(
    remote_engine: Engine, mlx_lm_server: tuple[int, str]
) -> None:
    port, _ = mlx_lm_server
    future = remote_engine.load(spec_for(f"http://127.0.0.1:{port}/v1/", "no-such-model"))
    with pytest.raises(RemoteNotFound, match="does not list a model 'no-such-model'"):
        future.result(timeout=60)


def test_a_reply_streams_straight_from_mlx_lm_server(remote_engine: Engine, mlx_lm_server: tuple[int, str]) -> None:
    port, model = mlx_lm_server
    remote_engine.load(spec_for(f"127.0.0.1:{port}", model)).result(timeout=60)
    chunks = list(remote_engine.generate([Message("user", "hello")], GenerationParams(max_tokens=8, seed=1)))
    done = chunks[-1]
    assert isinstance(done, DoneChunk) and done.error is None, done
    assert done.finish_reason in ("stop", "length")
    stats = next(c.stats for c in chunks if isinstance(c, StatsChunk))
    assert stats.prompt_tokens > 0  # usage, sent because the request asked for it
    assert stats.ttft_s > 0


def test_text_and_speed_figures_come_through(remote_engine: Engine, proxy: FaultProxy, mlx_lm_server) -> None:
    remote_engine.load(spec_for(proxy.url, mlx_lm_server[1])).result(timeout=60)
    chunks = list(remote_engine.generate([Message("user", "hello")], GenerationParams(max_tokens=24, seed=3)))
    text = "".join(c.text for c in chunks if isinstance(c, TextChunk))
    assert text.strip()
    assert chunks[-1] == DoneChunk("length")
    stats = next(c.stats for c in chunks if isinstance(c, StatsChunk))
    assert stats.generated_tokens == 24 and stats.decode_tps > 0 and stats.first_token_at > 0
    sent = proxy.seen[-1].body
    assert sent is not None and sent["max_tokens"] == 24 and sent["seed"] == 3 and sent["stream"] is True


def test_cancel_mid_stream_ends_the_reply_and_the_next_one_runs(
    remote_engine: Engine, proxy: FaultProxy, mlx_lm_server
) -> None:
    remote_engine.load(spec_for(proxy.url, mlx_lm_server[1])).result(timeout=60)
    gen = remote_engine.generate([Message("user", "hello")], GenerationParams(max_tokens=100_000))
    seen = []
    for chunk in gen:
        seen.append(chunk)
        if isinstance(chunk, TextChunk):
            gen.cancel()
    assert seen[-1] == DoneChunk("cancelled")
    stats = next(c.stats for c in seen if isinstance(c, StatsChunk))
    assert stats.generated_tokens < 100_000
    # The server noticed the client go: the next request is answered, not queued behind it.
    again = list(remote_engine.generate([Message("user", "hi")], GenerationParams(max_tokens=4)))
    assert again[-1] == DoneChunk("length")


# ---- the translation, without a server ------------------------------------------------------


def test_history_with_tool_calls_becomes_openai_messages() -> None:
    endpoint = RemoteEndpoint("http://x", "m", tools=True)
    run = ToolCall("run_python", {"code": "print(2+2)"})
    messages = [
        Message("system", "be brief"),
        Message("user", "add"),
        Message("assistant", "", tool_calls=(run,), tool_results=(ToolResult("run_python", {"stdout": "4"}),)),
        Message("assistant", "It is 4."),
    ]
    tool = {"type": "function", "function": {"name": "run_python", "parameters": {}}}
    params = GenerationParams(max_tokens=9, temperature=0.0, stop=("a", "b", "c", "d", "e"), tools=(tool,))
    body = chat_request(endpoint, messages, params)
    call, result = body["messages"][2], body["messages"][3]
    assert call["role"] == "assistant" and call["content"] is None
    assert json.loads(call["tool_calls"][0]["function"]["arguments"]) == {"code": "print(2+2)"}
    assert result == {
        "role": "tool",
        "tool_call_id": call["tool_calls"][0]["id"],
        "name": "run_python",
        "content": '{"stdout": "4"}',
    }
    assert body["messages"][4] == {"role": "assistant", "content": "It is 4."}
    assert body["tools"] == [tool] and body["stop"] == ["a", "b", "c", "d"] and body["temperature"] == 0.0
    assert "tools" not in chat_request(RemoteEndpoint("http://x", "m", tools=False), messages, params)


def test_streamed_tool_call_fragments_and_reasoning_are_assembled() -> None:
    decoder = ReplyDecoder()
    lines = [
        {"choices": [{"index": 0, "delta": {"reasoning_content": "think "}}]},
        {"choices": [{"index": 0, "delta": {"reasoning": "more"}}]},
        {"choices": [{"index": 0, "delta": {"content": "ok"}}]},
        {"choices": [{"index": 0, "delta": {"tool_calls": [{"index": 0, "function": {"name": "run_python"}}]}}]},
        {"choices": [{"index": 0, "delta": {"tool_calls": [{"index": 0, "function": {"arguments": '{"co'}}]}}]},
        {"choices": [{"index": 0, "delta": {"tool_calls": [{"index": 0, "function": {"arguments": 'de": 1}'}}]}}]},
        {"choices": [{"index": 0, "delta": {}, "finish_reason": "tool_calls"}]},
        {"choices": [], "usage": {"prompt_tokens": 7, "completion_tokens": 5}},
    ]
    chunks = [c for line in lines for c in decoder.feed(json.dumps(line))] + decoder.finish()
    assert chunks == [
        ThinkingChunk("think "),
        ThinkingChunk("more"),
        TextChunk("ok"),
        ToolCallChunk(ToolCall("run_python", {"code": 1})),
    ]
    assert decoder.finish_reason == "tool_calls" and decoder.prompt_tokens == 7 and decoder.completion_tokens == 5


def test_endless_tool_calls_and_huge_arguments_are_a_clear_error() -> None:
    from runtime.remote.wire import MAX_TOOL_ARGUMENT_CHARS, MAX_TOOL_CALLS

    def call(index: int, arguments: str) -> str:
        fragment = {"index": index, "function": {"name": "f", "arguments": arguments}}
        return json.dumps({"choices": [{"index": 0, "delta": {"tool_calls": [fragment]}}]})

    decoder = ReplyDecoder()
    with pytest.raises(RemoteStreamBroken, match=f"more than {MAX_TOOL_CALLS} tool calls"):
        for index in range(10 * MAX_TOOL_CALLS):
            decoder.feed(call(index, "{}"))
    decoder = ReplyDecoder()
    piece = "x" * 65536
    with pytest.raises(RemoteStreamBroken, match="call to 'f' with arguments over 1 MiB"):
        for _ in range(2 * MAX_TOOL_ARGUMENT_CHARS // len(piece)):
            decoder.feed(call(0, piece))


def test_unreadable_reply_lines_are_a_clear_error() -> None:
    with pytest.raises(RemoteStreamBroken, match="not JSON"):
        ReplyDecoder().feed('{"choices": [{"delta": {"content": "hel')
    with pytest.raises(RemoteStreamBroken, match="error mid-reply: out of memory"):
        ReplyDecoder().feed('{"error": {"message": "out of memory"}}')


def test_api_root_accepts_the_usual_spellings() -> None:
    for url in ("http://h:1", "http://h:1/", "http://h:1/v1", "http://h:1/v1/", "h:1"):
        assert api_root(url) == "http://h:1/v1"


def test_attachments_travel_as_data_urls_and_wav_where_the_model_reads_them(tmp_path) -> None:
    import base64
    import io
    import wave

    from PIL import Image

    from runtime import MediaRef
    from tests.helpers import media_factory

    photo = media_factory.image(tmp_path / "photo.png")
    clip = media_factory.write_wav(tmp_path / "clip.wav", media_factory.tone(0.5))
    message = Message("user", "what is this?", media=(MediaRef("image", photo), MediaRef("audio", clip)))

    both = chat_request(
        RemoteEndpoint("http://x", "m", modalities=frozenset({"image", "audio"})), [message], GenerationParams()
    )
    image_part, audio_part, text_part = both["messages"][0]["content"]
    url = image_part["image_url"]["url"]
    assert url.startswith("data:image/jpeg;base64,")
    assert Image.open(io.BytesIO(base64.b64decode(url.split(",", 1)[1]))).size == (320, 240)
    with wave.open(io.BytesIO(base64.b64decode(audio_part["input_audio"]["data"]))) as wav:
        assert wav.getframerate() == 16000 and wav.getnframes() == 8000
    assert text_part == {"type": "text", "text": "what is this?"}

    text_only = chat_request(RemoteEndpoint("http://x", "m"), [message], GenerationParams())
    only = text_only["messages"][0]["content"]
    assert "image “photo.png”; audio “clip.wav”" in only and "cannot read" in only
