from __future__ import annotations

import pytest
from mlx_lm.tool_parsers import gemma4 as gemma4_tools

from runtime.stream_split import Markup, StreamSplitter
from runtime.types import TextChunk, ThinkingChunk, ToolCall, ToolCallChunk

GEMMA4 = Markup(
    think_start="<|channel>thought",
    think_end="<channel|>",
    tool_start="<|tool_call>",
    tool_end="<tool_call|>",
    tool_parser=gemma4_tools.parse_tool_call,
    hidden=("<|channel>", "<eos>", "<|image|>"),
)


def run(pieces: list[str], markup: Markup = GEMMA4, stop: tuple[str, ...] = ()) -> tuple[list, StreamSplitter]:
    splitter = StreamSplitter(markup, stop=stop)
    out = []
    for p in pieces:
        out += splitter.feed(p)
    out += splitter.finish()
    return out, splitter


def merged(chunks: list) -> list:
    """Adjacent chunks of one kind joined, so assertions do not depend on piece sizes."""
    out: list = []
    for c in chunks:
        if out and type(out[-1]) is type(c) and isinstance(c, (TextChunk, ThinkingChunk)):
            out[-1] = type(c)(out[-1].text + c.text)
        else:
            out.append(c)
    return out


def every_split(text: str) -> list[list[str]]:
    return [[text[:i], text[i:]] for i in range(len(text) + 1)] + [list(text)]


@pytest.mark.parametrize("pieces", every_split("Hi <|channel>thought\nhmm, 2+2<channel|>\nIt is 4."))
def test_thinking_is_separated_wherever_the_markers_are_cut(pieces: list[str]) -> None:
    out, _ = run(pieces)
    assert merged(out) == [TextChunk("Hi "), ThinkingChunk("hmm, 2+2"), TextChunk("It is 4.")]


def test_plain_text_streams_without_waiting_for_the_end() -> None:
    splitter = StreamSplitter(GEMMA4)
    assert splitter.feed("Hello") == [TextChunk("Hello")]
    assert splitter.feed(" wor") == [TextChunk(" wor")]


def test_a_possible_marker_prefix_is_held_back_then_released() -> None:
    splitter = StreamSplitter(GEMMA4)
    assert splitter.feed("a <|cha") == [TextChunk("a ")]
    assert splitter.feed("rming") == [TextChunk("<|charming")]


def test_shorter_hidden_token_does_not_swallow_a_longer_marker() -> None:
    # "<|channel>" alone is hidden, but "<|channel>thought" opens thinking.
    out, _ = run(["<|channel>", "thought", "\nidea<channel|>answer"])
    assert merged(out) == [ThinkingChunk("idea"), TextChunk("answer")]


@pytest.mark.parametrize(
    "pieces", every_split('Sure.<|tool_call>call:get_weather{city:<|"|>Paris, FR<|"|>,days:2}<tool_call|>')
)
def test_tool_calls_are_parsed_with_gemma4_syntax(pieces: list[str]) -> None:
    out, splitter = run(pieces)
    assert merged(out) == [
        TextChunk("Sure."),
        ToolCallChunk(ToolCall("get_weather", {"city": "Paris, FR", "days": 2})),
    ]
    assert splitter.tool_calls == 1


def test_two_tool_calls_in_a_row() -> None:
    out, splitter = run(['<|tool_call>call:a{x:1}<tool_call|><|tool_call>call:b{y:<|"|>z<|"|>}<tool_call|>'])
    assert out == [ToolCallChunk(ToolCall("a", {"x": 1})), ToolCallChunk(ToolCall("b", {"y": "z"}))]
    assert splitter.tool_calls == 2


def test_unparseable_or_unfinished_tool_calls_are_shown_not_lost() -> None:
    out, _ = run(["<|tool_call>call:broken{x:<tool_call|>"])
    assert merged(out) == [TextChunk("<|tool_call>call:broken{x:<tool_call|>")]
    out, _ = run(["before <|tool_call>call:cut{x:1"])
    assert merged(out) == [TextChunk("before <|tool_call>call:cut{x:1")]


@pytest.mark.parametrize("pieces", every_split("The answer\nUser: more"))
def test_stop_string_ends_the_reply(pieces: list[str]) -> None:
    out, splitter = run(pieces, stop=("\nUser:",))
    assert merged(out) == [TextChunk("The answer")]
    assert splitter.stopped


def test_hidden_special_tokens_never_reach_the_user() -> None:
    out, _ = run(["a<eos>b<|im", "age|>c"])
    assert merged(out) == [TextChunk("abc")]


def test_stray_close_marker_is_dropped() -> None:
    out, _ = run(["<channel|>visible"])
    assert merged(out) == [TextChunk("visible")]


def test_model_without_markers_passes_text_through() -> None:
    out, _ = run(["<|channel>thought not special here"], markup=Markup())
    assert merged(out) == [TextChunk("<|channel>thought not special here")]


def test_thousands_of_hidden_tokens_are_all_stripped() -> None:
    many = Markup(hidden=tuple(f"<unused{i}>" for i in range(6000)))
    out, _ = run(["a<unused4", "2>b<unused5999>c<unused"], markup=many)
    assert merged(out) == [TextChunk("abc<unused")]
