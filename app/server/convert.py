"""A chat-completions request -> the runtime's Messages and GenerationParams.

Rendering must be the same turn after turn: a client resending a growing conversation
then hits the runtime's KV-cache reuse (the new prompt extends the previous one). So the
mapping is a pure function of the request: no timestamps, no ids, tool results as given.

Tools are the client's: the model's calls go back to it as ``tool_calls``; the server runs
nothing and never offers its own tools (the Python sandbox is the desktop app's alone).
A named ``tool_choice`` offers only that tool (the model is not forced to call it).

OpenAI puts tool results in ``role: tool`` messages after the assistant message that made
the calls; the runtime (and Gemma's template) keeps them on that assistant message, in
the same order as its calls (``Message(tool_calls=..., tool_results=...)``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import Any

from runtime import (
    ANY_OBJECT,
    GenerationParams,
    InvalidSchema,
    Message,
    ModelInfo,
    ToolCall,
    ToolResult,
    compile_schema,
    params_for,
)

from .errors import bad_request
from .media_input import MediaBudget
from .schema import (
    MAX_STOPS,
    AssistantMessage,
    AudioPart,
    ChatCompletionRequest,
    ImagePart,
    JsonObjectFormat,
    JsonSchemaFormat,
    SystemMessage,
    TextPart,
    ToolDef,
    ToolMessage,
    UserMessage,
)

KIND_NAMES = {"image": "images", "audio": "audio"}


@dataclass(frozen=True)
class RuntimeRequest:
    messages: tuple[Message, ...]
    params: GenerationParams
    stream: bool
    include_usage: bool


def to_runtime(req: ChatCompletionRequest, info: ModelInfo, media: MediaBudget) -> RuntimeRequest:
    _refuse_unsupported(req)
    messages = _messages(req, info, media)
    return RuntimeRequest(
        messages=messages,
        params=_params(req, info),
        stream=req.stream,
        include_usage=bool(req.stream_options and req.stream_options.include_usage),
    )


def _refuse_unsupported(req: ChatCompletionRequest) -> None:
    if req.n != 1:
        raise bad_request("Only n=1 is supported: Hearth writes one reply per request.", param="n")
    if req.tool_choice == "required":
        raise bad_request(
            "tool_choice 'required' is not supported: the model decides whether to call a tool.", param="tool_choice"
        )


# ---- messages --------------------------------------------------------------------------


def _messages(req: ChatCompletionRequest, info: ModelInfo, media: MediaBudget) -> tuple[Message, ...]:
    out: list[Message] = []
    calls = _OpenCalls()
    for i, m in enumerate(req.messages):
        where = f"messages.{i}"
        if isinstance(m, ToolMessage):
            calls.answer(m, where)
            continue
        calls.close(out)
        if isinstance(m, SystemMessage):
            out.append(Message("system", _text(m.content), name=m.name))
        elif isinstance(m, UserMessage):
            out.append(_user(m, info, media, where))
        elif isinstance(m, AssistantMessage):
            made = tuple(
                _call(c.function.name, c.function.arguments, f"{where}.tool_calls.{j}")
                for j, c in enumerate(m.tool_calls or ())
            )
            out.append(Message("assistant", _text(m.content or ""), tool_calls=made, name=m.name))
            calls.open([c.id for c in m.tool_calls or ()], made, where)
    calls.close(out)
    return tuple(out)


class _OpenCalls:
    """The last assistant message's tool calls, waiting for their ``role: tool`` results.

    Results may come in any order; the runtime pairs calls and results by position, so they
    are put in the calls' order. As at OpenAI, every call needs its result before the next
    message."""

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.calls: tuple[ToolCall, ...] = ()
        self.results: dict[str, ToolResult] = {}
        self.where = ""

    def open(self, ids: list[str], calls: tuple[ToolCall, ...], where: str) -> None:
        if len(set(ids)) != len(ids):
            raise bad_request("Two tool calls of one message have the same id.", param=f"{where}.tool_calls")
        self.ids, self.calls, self.results, self.where = ids, calls, {}, where

    def answer(self, m: ToolMessage, where: str) -> None:
        if not self.ids:
            raise bad_request("A tool message must follow an assistant message with tool_calls.", param=where)
        if m.tool_call_id not in self.ids:
            raise bad_request(
                f"tool_call_id {m.tool_call_id!r} matches no call of the assistant message before it.",
                param=f"{where}.tool_call_id",
            )
        if m.tool_call_id in self.results:
            raise bad_request(f"tool_call_id {m.tool_call_id!r} has two results.", param=f"{where}.tool_call_id")
        name = self.calls[self.ids.index(m.tool_call_id)].name
        self.results[m.tool_call_id] = ToolResult(name, _result(_text(m.content)))

    def close(self, out: list[Message]) -> None:
        """The tool messages are over: attach their results to the assistant message they answer."""
        if not self.ids:
            return
        missing = [i for i in self.ids if i not in self.results]
        if missing:
            raise bad_request(
                f"Tool call {missing[0]!r} has no result: each call needs a role 'tool' message after it.",
                param=f"{self.where}.tool_calls",
            )
        out[-1] = replace(out[-1], tool_results=tuple(self.results[i] for i in self.ids))
        self.ids, self.calls, self.results = [], (), {}


def _text(content: str | list[TextPart]) -> str:
    return content if isinstance(content, str) else "\n".join(p.text for p in content)


def _user(m: UserMessage, info: ModelInfo, media: MediaBudget, where: str) -> Message:
    if isinstance(m.content, str):
        return Message("user", m.content, name=m.name)
    texts: list[str] = []
    refs = []
    for j, part in enumerate(m.content):
        param = f"{where}.content.{j}"
        if isinstance(part, TextPart):
            texts.append(part.text)
            continue
        kind = "image" if isinstance(part, ImagePart) else "audio"
        _check_modality(kind, info, param)
        if isinstance(part, ImagePart):
            refs.append(media.image(part.image_url.url, param))
        elif isinstance(part, AudioPart):
            refs.append(media.audio(part.input_audio.data, part.input_audio.format, param))
    return Message("user", "\n".join(texts), media=tuple(refs), name=m.name)


def _check_modality(kind: str, info: ModelInfo, param: str) -> None:
    if kind in info.modalities:
        return
    can = [KIND_NAMES[k] for k in ("image", "audio") if k in info.modalities]
    reads = f"it reads text and {' and '.join(can)}" if can else "it reads text only"
    raise bad_request(f"{info.name} cannot read {KIND_NAMES[kind]} ({reads}).", param=param, code="unsupported_media")


def _call(name: str, arguments: str, param: str) -> ToolCall:
    try:
        parsed = json.loads(arguments or "{}")
    except ValueError:
        raise bad_request("Tool call arguments must be a JSON object.", param=f"{param}.function.arguments") from None
    if not isinstance(parsed, dict):
        raise bad_request("Tool call arguments must be a JSON object.", param=f"{param}.function.arguments")
    return ToolCall(name, parsed)


def _result(text: str) -> dict[str, Any]:
    """What the tool returned as the model reads it: a JSON object as is, anything else wrapped."""
    try:
        value = json.loads(text)
    except ValueError:
        return {"result": text}
    return value if isinstance(value, dict) else {"result": value}


# ---- parameters --------------------------------------------------------------------------


def _params(req: ChatCompletionRequest, info: ModelInfo) -> GenerationParams:
    stop = [req.stop] if isinstance(req.stop, str) else list(req.stop or ())
    if len(stop) > MAX_STOPS or any(not s for s in stop):
        raise bad_request(f"stop takes 1 to {MAX_STOPS} non-empty strings.", param="stop")
    thinking = None  # not asked: the model's own default
    if req.reasoning_effort is not None:
        thinking = info.supports_thinking and req.reasoning_effort not in ("none", "minimal")
    return params_for(
        info,
        temperature=req.temperature,
        top_p=req.top_p,
        max_tokens=req.max_completion_tokens or req.max_tokens,
        seed=None if req.seed is None else req.seed % 2**32,  # any int64, into the range `hearth chat --seed` takes
        stop=tuple(stop) if stop else None,
        enable_thinking=thinking,
        tools=_tools(req, info),
        json_schema=_json_schema(req),
    )


def _json_schema(req: ChatCompletionRequest) -> dict[str, Any] | None:
    """The schema the reply must match; checked here so a bad one is a 400, not a failed reply."""
    fmt = req.response_format
    if isinstance(fmt, JsonObjectFormat):
        return ANY_OBJECT
    if not isinstance(fmt, JsonSchemaFormat):
        return None  # "text" or absent
    schema = fmt.json_schema.json_schema
    try:
        compile_schema(schema)
    except InvalidSchema as exc:
        raise bad_request(str(exc), param="response_format.json_schema.schema", code="invalid_json_schema") from None
    return schema


def _tools(req: ChatCompletionRequest, info: ModelInfo) -> tuple[dict[str, Any], ...] | None:
    """The declarations the model sees. The server never adds its own (no Python sandbox)."""
    tools = req.tools or []
    if not tools or req.tool_choice == "none":
        return None
    if not info.supports_tools:
        raise bad_request(f"{info.name} cannot call tools.", param="tools", code="tools_unsupported")
    if req.tool_choice is not None and not isinstance(req.tool_choice, str):
        wanted = req.tool_choice.function.name
        tools = [t for t in tools if t.function.name == wanted]
        if not tools:
            raise bad_request(f"tool_choice names {wanted!r}, which is not in tools.", param="tool_choice")
    return tuple(_declaration(t) for t in tools)


def _declaration(tool: ToolDef) -> dict[str, Any]:
    f = tool.function
    function: dict[str, Any] = {"name": f.name, "description": f.description}
    function["parameters"] = f.parameters or {"type": "object", "properties": {}}
    return {"type": "function", "function": function}
