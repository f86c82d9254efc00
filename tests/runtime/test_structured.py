"""Structured replies (runtime/structured.py) on tiny random models.

Random weights write garbage when free, so a sampled reply that parses and validates shows
the constraint did the work. Replies are checked by an independent validator (jsonschema).
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from runtime import Engine, InvalidSchema, Message, ModelSpec, compile_schema
from runtime.remote.wire import chat_request
from runtime.types import (
    DoneChunk,
    GenerationParams,
    RemoteEndpoint,
    StatsChunk,
    TextChunk,
    ThinkingChunk,
    ToolCallChunk,
)

PERSON = {
    "type": "object",
    "properties": {
        "name": {"type": "string", "maxLength": 16},
        "age": {"type": "integer", "minimum": 18, "maximum": 99},
        "mood": {"enum": ["calm", "cheerful", "grumpy"]},
        "tags": {"type": "array", "items": {"type": "string", "maxLength": 8}, "maxItems": 3},
    },
    "required": ["name", "age", "mood", "tags"],
    "additionalProperties": False,
}
ASK = [Message("user", "Describe a person as JSON.")]
# Bounded by the schema: a complete reply is well under this many tokens.
MAX_TOKENS = 160
TOOL = {"type": "function", "function": {"name": "lookup", "description": "", "parameters": {"type": "object"}}}


def _reply(engine: Engine, params: GenerationParams) -> tuple[str, list]:
    chunks = list(engine.generate(ASK, params))
    return "".join(c.text for c in chunks if isinstance(c, TextChunk)), chunks


def _sampled(seed: int, schema: dict | None = PERSON, **kw) -> GenerationParams:
    kw.setdefault("max_tokens", MAX_TOKENS)
    return GenerationParams(temperature=1.0, seed=seed, json_schema=schema, **kw)


def _deep(levels: int) -> dict:
    schema: dict = {"type": "string"}
    for _ in range(levels):
        schema = {"type": "object", "properties": {"a": schema}}
    return schema


@pytest.fixture(scope="module")
def gemma4(tiny_gemma4: Path):
    engine = Engine()
    engine.load(ModelSpec(tiny_gemma4)).result(timeout=120)
    yield engine
    engine.close()


def test_a_hundred_sampled_replies_all_match_the_schema(gemma4: Engine) -> None:
    ages, moods = set(), set()
    for seed in range(100):
        text, chunks = _reply(gemma4, _sampled(seed))
        value = json.loads(text)
        jsonschema.validate(value, PERSON)
        # The grammar ended the reply (end of turn once the object closed), not max_tokens.
        assert chunks[-1] == DoneChunk("stop"), (seed, text)
        ages.add(value["age"])
        moods.add(value["mood"])
    assert len(ages) > 10 and len(moods) == 3  # really sampled, not one forced reply


def test_free_replies_of_the_same_model_are_not_json(gemma4: Engine) -> None:
    # Why the test above means something: unconstrained, these weights write no JSON.
    for seed in range(3):
        text, _ = _reply(gemma4, _sampled(seed, schema=None, model_stops=False))
        with pytest.raises(ValueError):
            json.loads(text)


def test_the_mlx_lm_backend_is_constrained_too(tiny_gemma3: Path) -> None:
    engine = Engine()
    try:
        engine.load(ModelSpec(tiny_gemma3)).result(timeout=120)
        for seed in range(10):
            text, chunks = _reply(engine, _sampled(seed))
            jsonschema.validate(json.loads(text), PERSON)
            assert chunks[-1] == DoneChunk("stop")
    finally:
        engine.close()


def test_any_object_mode_gives_an_object(gemma4: Engine) -> None:
    # Nothing bounds an object's size, and a random model rarely closes a string: some
    # replies run to max_tokens (as OpenAI's do), still an object so far; the rest are whole.
    finished = []
    for seed in range(12):
        text, chunks = _reply(gemma4, _sampled(seed, schema={"type": "object"}))
        if chunks[-1] == DoneChunk("stop"):
            finished.append(json.loads(text))
        else:
            assert chunks[-1] == DoneChunk("length") and text.startswith('{"'), text[:80]
    assert len(finished) >= 6 and all(isinstance(v, dict) for v in finished)


def test_with_a_schema_there_is_no_thinking_and_no_tool_call(gemma4: Engine) -> None:
    def prompt_tokens(params: GenerationParams) -> int:
        chunks = list(gemma4.generate(ASK, params))
        return next(c for c in chunks if isinstance(c, StatsChunk)).stats.prompt_tokens

    text, chunks = _reply(gemma4, _sampled(3, enable_thinking=True, tools=(TOOL,)))
    jsonschema.validate(json.loads(text), PERSON)
    assert not [c for c in chunks if isinstance(c, ThinkingChunk | ToolCallChunk)]
    # The prompt is the plain one: no tool declarations, no thinking switch.
    plain = prompt_tokens(_sampled(3, schema=None, max_tokens=1))
    offered = prompt_tokens(_sampled(3, schema=None, max_tokens=1, enable_thinking=True, tools=(TOOL,)))
    assert prompt_tokens(_sampled(3, enable_thinking=True, tools=(TOOL,))) == plain < offered


@pytest.mark.parametrize(
    ("schema", "says"),
    [
        ({"type": "nonsense"}, "nonsense"),
        ({"$ref": "#/definitions/missing"}, "missing"),
        ({"type": "integer", "minimum": 5, "maximum": 3}, "Unsatisfiable"),
        (["not", "an", "object"], "must be an object"),
        ({"enum": [f"value-{i}" for i in range(10_000)]}, "too large"),
        (_deep(100), "nested too deeply"),
    ],
)
def test_bad_and_hostile_schemas_are_refused_with_a_reason(schema, says: str) -> None:
    with pytest.raises(InvalidSchema, match=says):
        compile_schema(schema)


def test_a_bad_schema_fails_the_request_before_any_token(gemma4: Engine) -> None:
    chunks = list(gemma4.generate(ASK, _sampled(0, schema={"type": "nonsense"})))
    assert not [c for c in chunks if isinstance(c, TextChunk | StatsChunk)]
    (done,) = chunks
    assert done.finish_reason == "error" and isinstance(done.error, InvalidSchema)
    # The engine goes on serving.
    text, _ = _reply(gemma4, _sampled(1))
    jsonschema.validate(json.loads(text), PERSON)


def test_a_remote_model_is_asked_for_the_schema_and_not_offered_tools() -> None:
    params = GenerationParams(json_schema=PERSON, tools=(TOOL,), enable_thinking=True)
    body = chat_request(RemoteEndpoint("http://x", "m"), ASK, params)
    assert body["response_format"] == {
        "type": "json_schema",
        "json_schema": {"name": "reply", "schema": PERSON, "strict": True},
    }
    assert "tools" not in body and "chat_template_kwargs" not in body
