"""Tool-call and thinking parsing against Google's reference parser for Gemma 4 output.

The expected values are what the reference parser (the `dialog` package, Python >= 3.12, not
installable beside Hearth) returned for these model outputs, recorded once. Hearth must give
the same whether the text arrives whole or one character at a time. Two deliberate
differences, both in Hearth's favour of the user:
- an empty thought (`<|channel>thought\\n<channel|>`) gives no thinking chunk at all; the
  reference returns an empty one, which would only draw an empty "thinking" box;
- exponent numbers (`1.5e-3`) are read as numbers; the reference's grammar rejects the whole
  call. Models write JSON-style numbers, and refusing a call over its number format loses it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from runtime.types import TextChunk, ThinkingChunk, ToolCallChunk

pytestmark = pytest.mark.conformance

Q = '<|"|>'
CASES: dict[str, tuple[str, list[tuple[str, Any]]]] = {
    "thought_then_call": (
        "<|channel>thought\nNeed weather.<channel|><|tool_call>call:get_weather{city:" + Q + "Paris" + Q
        + ",unit:" + Q + "celsius" + Q + ",n:3,ok:true,xs:[1,2.5],d:{k:" + Q + "v" + Q + "}}<tool_call|>",
        [("think", "Need weather."),
         ("call", ("get_weather", {"city": "Paris", "unit": "celsius", "n": 3, "ok": True, "xs": [1, 2.5], "d": {"k": "v"}}))],
    ),
    "empty_thought_answer": ("<|channel>thought\n<channel|>The answer is 4.", [("text", "The answer is 4.")]),
    "two_calls": (
        "<|tool_call>call:get_weather{city:" + Q + "Paris" + Q + "}<tool_call|>"
        "<|tool_call>call:get_weather{city:" + Q + "Rome" + Q + "}<tool_call|>",
        [("call", ("get_weather", {"city": "Paris"})), ("call", ("get_weather", {"city": "Rome"}))],
    ),
    "code_arg_special_chars": (
        "<|tool_call>call:run_python{code:" + Q + 'print("a{b},c: d")\nx = {"k": [1, 2]}\nprint(x)' + Q + "}<tool_call|>",
        [("call", ("run_python", {"code": 'print("a{b},c: d")\nx = {"k": [1, 2]}\nprint(x)'}))],
    ),
    "numbers_null_exponent": (
        "<|tool_call>call:f{a:-3,b:1.5e-3,c:null,d:false,e:[],f:{}}<tool_call|>",
        [("call", ("f", {"a": -3, "b": 0.0015, "c": None, "d": False, "e": [], "f": {}}))],
    ),
    "nested_list_of_dicts": (
        "<|tool_call>call:f{rows:[{x:1,y:" + Q + "a" + Q + "},{x:2,y:" + Q + "b,c" + Q + "}]}<tool_call|>",
        [("call", ("f", {"rows": [{"x": 1, "y": "a"}, {"x": 2, "y": "b,c"}]}))],
    ),
    "text_then_call": (
        "Let me check.<|tool_call>call:get_weather{city:" + Q + "Paris" + Q + "}<tool_call|>",
        [("text", "Let me check."), ("call", ("get_weather", {"city": "Paris"}))],
    ),
    "thought_then_text": ("<|channel>thought\nstep 1\nstep 2<channel|>Done.", [("think", "step 1\nstep 2"), ("text", "Done.")]),
}  # fmt: skip


@pytest.fixture(scope="module")
def markup(tiny_gemma4: Path):
    from transformers import AutoTokenizer

    from runtime.backend import markup_for

    return markup_for(AutoTokenizer.from_pretrained(tiny_gemma4))


def _parse(markup, pieces: list[str]) -> list[tuple[str, Any]]:
    from runtime.stream_split import StreamSplitter

    splitter = StreamSplitter(markup)
    chunks = [c for p in pieces for c in splitter.feed(p)] + splitter.finish()
    out: list[tuple[str, Any]] = []
    for c in chunks:
        if isinstance(c, ToolCallChunk):
            out.append(("call", (c.call.name, c.call.arguments)))
            continue
        kind = "think" if isinstance(c, ThinkingChunk) else "text"
        assert isinstance(c, (ThinkingChunk, TextChunk))
        if out and out[-1][0] == kind:  # streamed text arrives in pieces
            out[-1] = (kind, out[-1][1] + c.text)
        else:
            out.append((kind, c.text))
    return out


@pytest.mark.parametrize("name", CASES)
@pytest.mark.parametrize("streamed", [False, True], ids=["whole", "char_by_char"])
def test_parse_like_the_reference(markup, name: str, streamed: bool) -> None:
    text, expected = CASES[name]
    assert _parse(markup, list(text) if streamed else [text]) == expected
