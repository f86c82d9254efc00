"""The API with the multimodal tiny Gemma 4: images, audio, tools and thinking, on loopback."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from pathlib import Path

import openai
import pytest

from app.server import ServerOptions
from app.server.convert import to_runtime
from app.server.media_input import MediaBudget
from app.server.schema import ChatCompletionRequest
from tests.helpers import media_factory as mf
from tests.helpers.api_server import RunningServer, serving

pytestmark = pytest.mark.timeout(600)
WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Current weather in a city",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}


@pytest.fixture(scope="module")
def allowed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("allowed")


@pytest.fixture(scope="module")
def server(tiny_gemma4: Path, allowed: Path) -> Iterator[RunningServer]:
    with serving(tiny_gemma4, ServerOptions(allowed_dirs=(allowed,))) as running:
        yield running


def data_url(path: Path, mime: str) -> str:
    return f"data:{mime};base64,{base64.b64encode(path.read_bytes()).decode()}"


def ask_parts(server: RunningServer, *parts: dict, **kwargs):
    content = [{"type": "text", "text": "What is this?"}, *parts]
    return server.client().chat.completions.create(
        model="x", messages=[{"role": "user", "content": content}], max_tokens=6, temperature=0, **kwargs
    )


def test_an_image_data_url_reaches_the_model(server: RunningServer, tmp_path: Path) -> None:
    png = mf.image(tmp_path / "a.png", seed=1)
    plain = ask_parts(server)
    seen = ask_parts(server, {"type": "image_url", "image_url": {"url": data_url(png, "image/png")}})
    assert seen.usage.prompt_tokens > plain.usage.prompt_tokens + 100  # the picture's soft tokens
    other = ask_parts(
        server, {"type": "image_url", "image_url": {"url": data_url(mf.image(tmp_path / "b.png", seed=2), "image/png")}}
    )
    assert other.choices[0].message.content != seen.choices[0].message.content


def test_input_audio_reaches_the_model(server: RunningServer, tmp_path: Path) -> None:
    wav = mf.write_wav(tmp_path / "tone.wav", mf.tone(1.5))
    plain = ask_parts(server)
    part = {
        "type": "input_audio",
        "input_audio": {"data": base64.b64encode(wav.read_bytes()).decode(), "format": "wav"},
    }
    heard = ask_parts(server, part)
    assert heard.usage.prompt_tokens > plain.usage.prompt_tokens + 10  # the clip's audio tokens
    mp3 = mf.encode_audio(tmp_path / "tone.mp3", mf.tone(1.5), "mp3")
    part = {
        "type": "input_audio",
        "input_audio": {"data": base64.b64encode(mp3.read_bytes()).decode(), "format": "mp3"},
    }
    assert ask_parts(server, part).usage.prompt_tokens > plain.usage.prompt_tokens + 10


def test_damaged_media_is_a_400_that_says_so(server: RunningServer) -> None:
    junk = base64.b64encode(b"this is not a picture at all" * 10).decode()
    with pytest.raises(openai.BadRequestError, match="not a readable image"):
        ask_parts(server, {"type": "image_url", "image_url": {"url": f"data:image/png;base64,{junk}"}})
    with pytest.raises(openai.BadRequestError, match="not valid base64"):
        ask_parts(server, {"type": "input_audio", "input_audio": {"data": "@@@", "format": "wav"}})
    with pytest.raises(openai.BadRequestError, match="not fetched"):
        ask_parts(server, {"type": "image_url", "image_url": {"url": "https://example.com/cat.png"}})


def test_local_images_only_from_allowed_folders(server: RunningServer, allowed: Path, tmp_path: Path) -> None:
    inside = mf.image(allowed / "inside.png")
    reply = ask_parts(server, {"type": "image_url", "image_url": {"url": f"file://{inside}"}})
    assert reply.usage.prompt_tokens > 100
    outside = mf.image(tmp_path / "outside.png")
    with pytest.raises(openai.PermissionDeniedError, match="outside the allowed folders"):
        ask_parts(server, {"type": "image_url", "image_url": {"url": str(outside)}})
    sneaky = allowed / "link.png"  # a link inside the folder to a file outside it
    sneaky.symlink_to(outside)
    with pytest.raises(openai.PermissionDeniedError):
        ask_parts(server, {"type": "image_url", "image_url": {"url": str(sneaky)}})


def test_a_local_image_is_copied_when_checked(allowed: Path, tmp_path: Path) -> None:
    """The engine reads later: it must read what was checked, not whatever the path names by then."""
    inside = mf.image(allowed / "checked.png", seed=3)
    checked = inside.read_bytes()
    folder = tmp_path / "request"
    folder.mkdir()
    ref = MediaBudget(folder, (allowed.resolve(),)).image(f"file://{inside}", "messages.0.content.1")
    assert ref.path.parent == folder and ref.name == "checked.png"
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"not for the client")
    inside.unlink()
    inside.symlink_to(secret)  # swapped for a link outside while the request waits
    assert ref.path.read_bytes() == checked


def test_a_nul_in_an_image_path_is_a_400(server: RunningServer, allowed: Path) -> None:
    with pytest.raises(openai.BadRequestError, match="NUL"):
        ask_parts(server, {"type": "image_url", "image_url": {"url": f"{allowed}/a\x00.png"}})


def test_a_tool_call_comes_back_as_tool_calls(server: RunningServer) -> None:
    server.script('Checking.<|tool_call>call:get_weather{city:<|"|>Paris<|"|>}<tool_call|>')
    reply = server.client().chat.completions.create(
        model="x", messages=[{"role": "user", "content": "Weather in Paris?"}], tools=[WEATHER], max_tokens=60
    )
    choice = reply.choices[0]
    assert choice.finish_reason == "tool_calls"
    (call,) = choice.message.tool_calls
    assert call.id.startswith("call_") and call.type == "function"
    assert call.function.name == "get_weather" and json.loads(call.function.arguments) == {"city": "Paris"}


def test_a_streamed_tool_call_is_one_delta_with_an_index(server: RunningServer) -> None:
    server.script('<|tool_call>call:get_weather{city:<|"|>Oslo<|"|>}<tool_call|>')
    chunks = list(
        server.client().chat.completions.create(
            model="x", messages=[{"role": "user", "content": "Oslo?"}], tools=[WEATHER], max_tokens=60, stream=True
        )
    )
    calls = [tc for c in chunks if c.choices for tc in c.choices[0].delta.tool_calls or ()]
    assert [(tc.index, tc.function.name, json.loads(tc.function.arguments)) for tc in calls] == [
        (0, "get_weather", {"city": "Oslo"})
    ]
    assert chunks[-1].choices[0].finish_reason == "tool_calls"


ROUND_TRIP = [
    {"role": "user", "content": "Weather in Paris?"},
    {
        "role": "assistant",
        "content": None,
        "tool_calls": [
            {
                "id": "call_abc",
                "type": "function",
                "function": {"name": "get_weather", "arguments": '{"city": "Paris"}'},
            }
        ],
    },
    {"role": "tool", "tool_call_id": "call_abc", "content": '{"temp_c": 21, "sky": "clear"}'},
]


def test_tool_results_are_paired_with_their_calls_whatever_their_order(server: RunningServer, tmp_path: Path) -> None:
    two = [
        {"role": "user", "content": "Paris and Oslo?"},
        {
            "role": "assistant",
            "tool_calls": [
                {
                    "id": "call_1",
                    "type": "function",
                    "function": {"name": "get_weather", "arguments": '{"city": "Paris"}'},
                },
                {"id": "call_2", "type": "function", "function": {"name": "get_time", "arguments": '{"city": "Oslo"}'}},
            ],
        },
        {"role": "tool", "tool_call_id": "call_2", "content": "12:00"},
        {"role": "tool", "tool_call_id": "call_1", "content": '{"temp_c": 21}'},
    ]
    request = ChatCompletionRequest.model_validate({"model": "x", "messages": two})
    (_, assistant) = to_runtime(request, server.engine.info, MediaBudget(tmp_path)).messages
    assert [c.name for c in assistant.tool_calls] == ["get_weather", "get_time"]
    assert [(r.name, r.response) for r in assistant.tool_results] == [
        ("get_weather", {"temp_c": 21}),
        ("get_time", {"result": "12:00"}),
    ]


def test_tool_results_go_back_to_the_model_in_its_own_format(server: RunningServer, tmp_path: Path) -> None:
    request = ChatCompletionRequest.model_validate({"model": "x", "messages": ROUND_TRIP, "tools": [WEATHER]})
    rt = to_runtime(request, server.engine.info, MediaBudget(tmp_path))
    (user, assistant) = rt.messages
    assert assistant.tool_calls[0].arguments == {"city": "Paris"}
    assert assistant.tool_results[0].name == "get_weather"
    assert assistant.tool_results[0].response == {"temp_c": 21, "sky": "clear"}
    prompt = server.engine.call(lambda b: b.render(rt.messages, rt.params)).result()
    assert '<|tool_call>call:get_weather{city:<|"|>Paris<|"|>}<tool_call|>' in prompt
    assert '<|tool_response>response:get_weather{sky:<|"|>clear<|"|>,temp_c:21}<tool_response|>' in prompt
    assert "<|tool>declaration:get_weather" in prompt
    assert "run_python" not in prompt  # the sandbox is never offered to API callers
    server.script("It is 21 degrees and clear.")
    reply = server.client().chat.completions.create(model="x", messages=ROUND_TRIP, tools=[WEATHER], max_tokens=40)
    assert reply.choices[0].message.content == "It is 21 degrees and clear."


def test_a_tool_message_without_its_call_is_a_400(server: RunningServer) -> None:
    broken = [*ROUND_TRIP[:2], {"role": "tool", "tool_call_id": "call_other", "content": "x"}]
    with pytest.raises(openai.BadRequestError, match="matches no call") as caught:
        server.client().chat.completions.create(model="x", messages=broken)
    assert caught.value.body["param"] == "messages.2.tool_call_id"
    unanswered = [*ROUND_TRIP[:2], {"role": "user", "content": "and?"}]
    with pytest.raises(openai.BadRequestError, match="has no result"):
        server.client().chat.completions.create(model="x", messages=unanswered)
    bad_args = json.loads(json.dumps(ROUND_TRIP))
    bad_args[1]["tool_calls"][0]["function"]["arguments"] = "[1, 2"
    with pytest.raises(openai.BadRequestError, match="JSON object"):
        server.client().chat.completions.create(model="x", messages=bad_args)


def test_thinking_arrives_as_reasoning_content(server: RunningServer) -> None:
    server.script("<|channel>thought\nTwo plus two is four.<channel|>It is 4.")
    reply = server.client().chat.completions.create(
        model="x", messages=[{"role": "user", "content": "2+2?"}], max_tokens=60, reasoning_effort="high"
    )
    message = reply.choices[0].message
    assert message.content == "It is 4."
    assert message.model_extra["reasoning_content"] == "Two plus two is four."
    server.script("<|channel>thought\nHmm.<channel|>Four.")
    chunks = list(
        server.client().chat.completions.create(
            model="x", messages=[{"role": "user", "content": "2+2?"}], max_tokens=60, stream=True
        )
    )
    deltas = [c.choices[0].delta for c in chunks if c.choices]
    assert "".join(d.model_extra.get("reasoning_content") or "" for d in deltas) == "Hmm."
    assert "".join(d.content or "" for d in deltas) == "Four."
