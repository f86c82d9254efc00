"""Runtime chunks -> OpenAI chat-completion JSON: whole responses and SSE stream chunks."""

from __future__ import annotations

import json
import secrets
import time
from dataclasses import dataclass, field
from typing import Any

from runtime import Stats, ToolCall
from runtime.types import FinishReason

# The runtime's reasons in OpenAI's words: a reply cut for repeating itself simply stopped.
FINISH_REASONS: dict[str, str] = {
    "stop": "stop",
    "length": "length",
    "tool_calls": "tool_calls",
    "repetition": "stop",
    "cancelled": "stop",
    "error": "stop",
}


def new_id(prefix: str) -> str:
    return f"{prefix}{secrets.token_hex(12)}"


def tool_call_json(call: ToolCall, call_id: str) -> dict[str, Any]:
    return {
        "id": call_id,
        "type": "function",
        "function": {"name": call.name, "arguments": json.dumps(call.arguments, ensure_ascii=False)},
    }


def usage_json(stats: Stats | None) -> dict[str, Any]:
    s = stats or Stats()
    return {
        "prompt_tokens": s.prompt_tokens,
        "completion_tokens": s.generated_tokens,
        "total_tokens": s.prompt_tokens + s.generated_tokens,
        "prompt_tokens_details": {"cached_tokens": s.cached_tokens},
    }


def timings_json(stats: Stats | None) -> dict[str, Any]:
    """The engine's own timings, in llama.cpp's server's shape (clients that show speed read it).

    ``prompt_ms`` runs from the moment the engine took the request to its first token: a
    client's TTFT minus this is what the HTTP side cost (`hearth bench-serve` reports it)."""
    s = stats or Stats()
    decode_ms = (s.generated_tokens - 1) / s.decode_tps * 1000 if s.decode_tps and s.generated_tokens > 1 else 0.0
    return {
        "prompt_n": s.prompt_tokens - s.cached_tokens,
        "cache_n": s.cached_tokens,
        "prompt_ms": s.ttft_s * 1000,
        "prompt_per_second": s.prefill_tps,
        "predicted_n": s.generated_tokens,
        "predicted_ms": decode_ms,
        "predicted_per_second": s.decode_tps,
    }


@dataclass
class Completion:
    """One reply's identity and what it said so far (the non-streaming answer is built here)."""

    model: str
    id: str = field(default_factory=lambda: new_id("chatcmpl-"))
    created: int = field(default_factory=lambda: int(time.time()))
    text: list[str] = field(default_factory=list)
    thinking: list[str] = field(default_factory=list)
    calls: list[dict[str, Any]] = field(default_factory=list)

    def message(self) -> dict[str, Any]:
        msg: dict[str, Any] = {"role": "assistant", "content": "".join(self.text) or None}
        if not self.calls and msg["content"] is None:
            msg["content"] = ""
        if self.thinking:
            msg["reasoning_content"] = "".join(self.thinking)
        if self.calls:
            msg["tool_calls"] = self.calls
        return msg

    def response(self, finish: FinishReason, stats: Stats | None) -> dict[str, Any]:
        return {
            "id": self.id,
            "object": "chat.completion",
            "created": self.created,
            "model": self.model,
            "choices": [{"index": 0, "message": self.message(), "finish_reason": FINISH_REASONS[finish]}],
            "usage": usage_json(stats),
            "timings": timings_json(stats),
        }

    # ---- streaming -------------------------------------------------------------------

    def chunk(self, delta: dict[str, Any], finish: FinishReason | None = None) -> bytes:
        choice = {"index": 0, "delta": delta, "finish_reason": FINISH_REASONS[finish] if finish else None}
        return sse(self._chunk_base() | {"choices": [choice]})

    def finish_chunk(self, finish: FinishReason, stats: Stats | None) -> bytes:
        """The last chunk with a choice: its finish reason, and the engine's timings beside it."""
        choice = {"index": 0, "delta": {}, "finish_reason": FINISH_REASONS[finish]}
        return sse(self._chunk_base() | {"choices": [choice], "timings": timings_json(stats)})

    def usage_chunk(self, stats: Stats | None) -> bytes:
        return sse(self._chunk_base() | {"choices": [], "usage": usage_json(stats)})

    def _chunk_base(self) -> dict[str, Any]:
        return {"id": self.id, "object": "chat.completion.chunk", "created": self.created, "model": self.model}


def sse(data: dict[str, Any]) -> bytes:
    return f"data: {json.dumps(data, ensure_ascii=False)}\n\n".encode()


DONE = b"data: [DONE]\n\n"
