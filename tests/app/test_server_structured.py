"""`response_format` in the API (structured replies), with the official openai client."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import jsonschema
import openai
import pytest

from tests.helpers.api_server import RunningServer, serving

pytestmark = pytest.mark.timeout(600)

WEATHER = {
    "type": "object",
    "properties": {
        "city": {"type": "string", "maxLength": 12},
        "celsius": {"type": "integer", "minimum": -40, "maximum": 50},
        "sky": {"enum": ["clear", "cloudy", "rain"]},
    },
    "required": ["city", "celsius", "sky"],
    "additionalProperties": False,
}


@pytest.fixture(scope="module")
def server(tiny_gemma3: Path) -> Iterator[RunningServer]:
    with serving(tiny_gemma3) as running:
        yield running


def ask(server: RunningServer, response_format: dict, **kwargs):
    kwargs.setdefault("max_tokens", 120)
    return server.client().chat.completions.create(
        model="x",
        messages=[{"role": "user", "content": "Weather in Paris?"}],
        response_format=response_format,  # type: ignore[arg-type]
        temperature=1.0,
        **kwargs,
    )


def weather_format(schema: dict = WEATHER) -> dict:
    return {"type": "json_schema", "json_schema": {"name": "weather", "schema": schema, "strict": True}}


def test_a_json_schema_reply_matches_the_schema(server: RunningServer) -> None:
    for seed in range(5):
        reply = ask(server, weather_format(), seed=seed)
        assert reply.choices[0].finish_reason == "stop"
        jsonschema.validate(json.loads(reply.choices[0].message.content), WEATHER)


def test_a_streamed_json_schema_reply_matches_too(server: RunningServer) -> None:
    stream = ask(server, weather_format(), seed=11, stream=True)
    text = "".join(c.choices[0].delta.content or "" for c in stream if c.choices)
    jsonschema.validate(json.loads(text), WEATHER)


def test_json_object_mode_writes_an_object(server: RunningServer) -> None:
    # Even a reply scripted as prose comes out as an object: the grammar's mask wins.
    server.script("Sure! Here is the weather.")
    content = ask(server, {"type": "json_object"}, seed=2, max_tokens=300).choices[0].message.content
    assert content.startswith("{")
    replies = [ask(server, {"type": "json_object"}, seed=s, max_tokens=300) for s in range(6)]
    whole = [json.loads(r.choices[0].message.content) for r in replies if r.choices[0].finish_reason == "stop"]
    assert whole and all(isinstance(v, dict) for v in whole)


def test_text_format_is_free_text(server: RunningServer) -> None:
    server.script("Just words")
    assert ask(server, {"type": "text"}).choices[0].message.content == "Just words"


@pytest.mark.parametrize(
    ("response_format", "says"),
    [
        (weather_format({"type": "nonsense"}), "nonsense"),
        (weather_format({"type": "integer", "minimum": 5, "maximum": 3}), "Unsatisfiable"),
        (weather_format({"enum": list(range(20_000))}), "too large"),
        ({"type": "json_schema", "json_schema": {"name": "no_schema"}}, "schema"),
        ({"type": "json_schema", "json_schema": {"name": "bad name!", "schema": WEATHER}}, "name"),
        ({"type": "xml"}, "type"),
        ({"type": "json_schema"}, "json_schema"),
    ],
)
def test_malformed_formats_and_bad_schemas_are_400s(server: RunningServer, response_format: dict, says: str) -> None:
    with pytest.raises(openai.BadRequestError, match=says) as caught:
        ask(server, response_format)
    error = caught.value.body
    assert isinstance(error, dict) and error["param"].startswith("response_format")
