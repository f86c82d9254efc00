"""What goes over the wire: Hearth's messages and parameters as an OpenAI chat request, and
the streamed reply's deltas back as Hearth's chunks. No I/O here (runtime/remote/http.py).

Servers differ in the details, so the reading side is lenient: thinking arrives as
``reasoning_content`` (vLLM, LM Studio) or ``reasoning`` (mlx-lm, Ollama); a tool call's
arguments come whole (mlx-lm) or as fragments keyed by ``index`` (vLLM, OpenAI); usage comes
in a last chunk when ``stream_options.include_usage`` is honoured, or not at all.
"""

from __future__ import annotations

import base64
import io
import json
import wave
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..errors import RemoteStreamBroken
from ..types import (
    Chunk,
    FinishReason,
    GenerationParams,
    Message,
    RemoteEndpoint,
    TextChunk,
    ThinkingChunk,
    ToolCall,
    ToolCallChunk,
)

MAX_STOPS = 4  # the OpenAI API's limit; servers that allow more accept four as well
IMAGE_SIDE = 1536  # attachments are shrunk before they travel (the model resizes anyway)
MAX_TOOL_CALLS = 64  # in one reply; a server inventing call indices forever is cut off here
MAX_TOOL_ARGUMENT_CHARS = 2**20  # one call's arguments (JSON text); real ones are kilobytes


def chat_request(endpoint: RemoteEndpoint, messages: Sequence[Message], params: GenerationParams) -> dict[str, Any]:
    """The JSON body of ``POST /v1/chat/completions`` for one streamed reply."""
    body: dict[str, Any] = {
        "model": endpoint.model,
        "messages": openai_messages(messages, endpoint.modalities),
        "stream": True,
        "stream_options": {"include_usage": True},
        "max_tokens": params.max_tokens,
        "temperature": params.temperature,
        "top_p": params.top_p,
    }
    # Not in OpenAI's API but read by vLLM, mlx-lm, LM Studio and Ollama; sent only when they
    # change something, so a strict server sees plain requests by default.
    if params.top_k:
        body["top_k"] = params.top_k
    if params.min_p:
        body["min_p"] = params.min_p
    if params.repetition_penalty != 1.0:
        body["repetition_penalty"] = params.repetition_penalty
    if params.seed is not None:
        body["seed"] = params.seed
    if params.stop:
        body["stop"] = list(params.stop[:MAX_STOPS])
    if params.json_schema is not None:
        # The server constrains the reply (as the local backends do); no thinking, no tools.
        schema = {"name": "reply", "schema": params.json_schema, "strict": True}
        body["response_format"] = {"type": "json_schema", "json_schema": schema}
        return body
    if params.tools and endpoint.tools:
        body["tools"] = list(params.tools)
    if params.enable_thinking:
        body["chat_template_kwargs"] = {"enable_thinking": True}
    return body


def openai_messages(messages: Sequence[Message], modalities: frozenset[str]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for i, m in enumerate(messages):
        if m.role == "tool":  # a bare tool message (Hearth folds results into the assistant turn)
            out.append({"role": "tool", "tool_call_id": m.name or "call", "content": m.content})
            continue
        d: dict[str, Any] = {"role": m.role, "content": _content(m, modalities)}
        if m.tool_calls:
            ids = [f"call_{i}_{n}" for n in range(len(m.tool_calls))]
            d["content"] = m.content or None
            d["tool_calls"] = [
                {"id": id_, "type": "function", "function": {"name": c.name, "arguments": json.dumps(c.arguments)}}
                for id_, c in zip(ids, m.tool_calls, strict=True)
            ]
            out.append(d)
            for id_, r in zip(ids, m.tool_results, strict=False):
                out.append({"role": "tool", "tool_call_id": id_, "name": r.name, "content": json.dumps(r.response)})
            continue
        out.append(d)
    return out


def _content(m: Message, modalities: frozenset[str]) -> Any:
    if not m.media:
        return m.content
    parts: list[dict[str, Any]] = []
    unsent: list[str] = []
    for ref in m.media:
        if ref.kind in modalities and ref.kind == "image":
            parts.append({"type": "image_url", "image_url": {"url": _image_data_url(ref.path)}})
        elif ref.kind in modalities and ref.kind == "audio":
            parts.append({"type": "input_audio", "input_audio": {"data": _wav_base64(ref), "format": "wav"}})
        else:  # video has no place in the chat API; other kinds this server's model cannot read
            unsent.append(f"{ref.kind} “{ref.label}”")
    text = m.content
    if unsent:
        text = f"[Attached: {'; '.join(unsent)}. The remote model cannot read attachments of this kind.]\n{text}"
    if not parts:  # plain text: what every server takes, text-only ones included
        return text.strip()
    return [*parts, {"type": "text", "text": text.strip()}]


def _image_data_url(path: Any) -> str:
    from ..media import open_image  # bounded decode: a hostile file fails here, not on the server

    image = open_image(path, IMAGE_SIDE)
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, format="JPEG", quality=90)
    return "data:image/jpeg;base64," + base64.b64encode(buffer.getvalue()).decode()


def _wav_base64(ref: Any) -> str:
    import numpy as np

    from ..media import decode_audio

    samples = ref.samples if ref.samples is not None else decode_audio(ref.path)  # 16 kHz mono float32
    pcm = (np.clip(samples, -1.0, 1.0) * 32767).astype("<i2").tobytes()
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16000)
        out.writeframes(pcm)
    return base64.b64encode(buffer.getvalue()).decode()


@dataclass
class _PartialCall:
    name: str = ""
    arguments: str = ""


@dataclass
class ReplyDecoder:
    """Streamed ``chat.completion.chunk`` objects -> chunks, plus what the reply reported."""

    finish_reason: FinishReason | None = None
    prompt_tokens: int = 0
    cached_tokens: int = 0
    completion_tokens: int = 0  # from usage; 0 when the server sent none
    deltas: int = 0  # content-bearing deltas seen (about one token each on most servers)
    kept_chars: int = 0  # of text, thinking and tool-call arguments: what the reply holds in memory
    _calls: dict[int, _PartialCall] = field(default_factory=dict)

    def feed(self, data: str) -> list[Chunk]:
        """One SSE ``data:`` payload (not ``[DONE]``)."""
        try:
            event = json.loads(data)
        except ValueError:
            raise RemoteStreamBroken(f"The server sent a reply line that is not JSON: {data[:80]!r}") from None
        if not isinstance(event, dict):
            raise RemoteStreamBroken(f"The server sent an unexpected reply line: {data[:80]!r}")
        if "error" in event:  # some servers report failures inside the stream
            raise RemoteStreamBroken(f"The server reported an error mid-reply: {_error_text(event['error'])}")
        self._usage(event.get("usage"))
        out: list[Chunk] = []
        for choice in event.get("choices") or ():
            if not isinstance(choice, dict) or choice.get("index", 0) != 0:
                continue
            delta = choice.get("delta") or {}
            thinking = delta.get("reasoning_content") or delta.get("reasoning")
            if isinstance(thinking, str) and thinking:
                out.append(ThinkingChunk(thinking))
                self.kept_chars += len(thinking)
            text = delta.get("content")
            if isinstance(text, str) and text:
                out.append(TextChunk(text))
                self.kept_chars += len(text)
            for n, call in enumerate(delta.get("tool_calls") or ()):
                self._call_fragment(n, call)
            if thinking or text:
                self.deltas += 1
            reason = choice.get("finish_reason")
            if reason:
                self.finish_reason = _finish(reason)
        return out

    def finish(self) -> list[Chunk]:
        """The tool calls the reply made, whole (arguments arrive in fragments on most servers)."""
        out: list[Chunk] = []
        for index in sorted(self._calls):
            call = self._calls[index]
            try:
                arguments = json.loads(call.arguments) if call.arguments.strip() else {}
            except ValueError:
                raise RemoteStreamBroken(
                    f"The server sent a call to '{call.name}' with unreadable arguments."
                ) from None
            if not isinstance(arguments, dict):
                arguments = {"value": arguments}
            out.append(ToolCallChunk(ToolCall(call.name, arguments)))
        if out and self.finish_reason in (None, "stop"):
            self.finish_reason = "tool_calls"
        return out

    def _call_fragment(self, position: int, call: Any) -> None:
        if not isinstance(call, dict):
            return
        index = call.get("index", position)
        index = index if isinstance(index, int) else position
        if index not in self._calls and len(self._calls) >= MAX_TOOL_CALLS:
            raise RemoteStreamBroken(f"The server sent more than {MAX_TOOL_CALLS} tool calls in one reply.")
        partial = self._calls.setdefault(index, _PartialCall())
        function = call.get("function") or {}
        if not isinstance(function, dict):
            return
        if function.get("name"):
            partial.name = str(function["name"])[:200]
        arguments = function.get("arguments")
        before = len(partial.arguments)
        if isinstance(arguments, dict):  # a few servers send an object, not JSON text
            partial.arguments = json.dumps(arguments)
        elif isinstance(arguments, str):
            partial.arguments += arguments
        if len(partial.arguments) > MAX_TOOL_ARGUMENT_CHARS:
            raise RemoteStreamBroken(
                f"The server sent a call to '{partial.name}' with arguments over "
                f"{MAX_TOOL_ARGUMENT_CHARS // 2**20} MiB; not read."
            )
        self.kept_chars += max(len(partial.arguments) - before, 0)

    def _usage(self, usage: Any) -> None:
        if not isinstance(usage, dict):
            return
        self.prompt_tokens = int(usage.get("prompt_tokens") or 0)
        self.completion_tokens = int(usage.get("completion_tokens") or 0)
        details = usage.get("prompt_tokens_details") or {}
        if isinstance(details, dict):
            self.cached_tokens = int(details.get("cached_tokens") or 0)


def _finish(reason: str) -> FinishReason:
    if reason == "length":
        return "length"
    if reason in ("tool_calls", "function_call"):
        return "tool_calls"
    return "stop"  # "stop", "eos", "content_filter", ...


def _error_text(error: Any) -> str:
    if isinstance(error, dict):
        return str(error.get("message") or error)[:300]
    return str(error)[:300]
