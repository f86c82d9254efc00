"""Hearth as a client of Hearth: a remote model served by `hearth serve`'s API (the tiny
multimodal model) streams text and tool calls, and takes an image."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from runtime import DoneChunk, Engine, Message, ModelSpec, StatsChunk, TextChunk, ToolCallChunk
from runtime.media import MediaRef
from runtime.types import RemoteEndpoint
from tests.helpers import media_factory
from tests.helpers.api_server import RunningServer, serving

TIMEOUT_S = 120


@pytest.fixture(scope="module")
def served(tiny_gemma4: Path) -> Iterator[RunningServer]:
    with serving(tiny_gemma4) as server:
        yield server


@pytest.fixture
def client_engine(served: RunningServer) -> Iterator[Engine]:
    engine = Engine()
    model = served.engine.info.name  # type: ignore[union-attr]
    endpoint = RemoteEndpoint(served.root, model, modalities=frozenset({"text", "image", "audio"}))
    engine.load(ModelSpec(name="other mac", remote=endpoint)).result(timeout=TIMEOUT_S)
    yield engine
    engine.close()


def _reply(engine: Engine, messages: list[Message]) -> tuple[str, list, DoneChunk, list]:
    text, calls, stats = "", [], []
    done = None
    for chunk in engine.generate(messages):  # the remote backend's own timeouts bound it
        if isinstance(chunk, TextChunk):
            text += chunk.text
        elif isinstance(chunk, ToolCallChunk):
            calls.append(chunk.call)
        elif isinstance(chunk, StatsChunk):
            stats.append(chunk.stats)
        elif isinstance(chunk, DoneChunk):
            done = chunk
    assert done is not None
    return text, calls, done, stats


def test_a_reply_streams_from_hearth_serve(served: RunningServer, client_engine: Engine) -> None:
    served.script("Paris is the capital of France.")
    text, calls, done, stats = _reply(client_engine, [Message("user", "Capital of France?")])
    assert text == "Paris is the capital of France." and not calls
    assert done.finish_reason == "stop" and stats and stats[-1].generated_tokens > 0


def test_a_tool_call_made_on_the_server_reaches_the_client_as_a_call(
    served: RunningServer, client_engine: Engine
) -> None:
    served.script('Let me compute.<|tool_call>call:run_python{code:<|"|>print(6 * 7)<|"|>}<tool_call|>')
    text, calls, done, _ = _reply(client_engine, [Message("user", "What is 6*7? Use Python.")])
    assert done.finish_reason == "tool_calls"
    assert [(c.name, c.arguments) for c in calls] == [("run_python", {"code": "print(6 * 7)"})]


def test_an_image_travels_to_the_server_model(served: RunningServer, client_engine: Engine, tmp_path: Path) -> None:
    picture = media_factory.image(tmp_path / "photo.png", size=(64, 48))
    served.script("A small picture.")
    question = Message("user", "What is this?", media=(MediaRef("image", picture),))
    text, _, done, stats = _reply(client_engine, [question])
    assert text == "A small picture." and done.finish_reason == "stop"
    assert stats[-1].prompt_tokens > 64  # the image's soft tokens were in the server's prompt
