"""A model served by another machine, behind the same Backend interface as a local one.

The engine, the chat session, stats and cancellation work unchanged: ``stream`` yields the
same chunks a local model does. The server applies the chat template and splits thinking
and tool calls from the answer, so this backend only translates (runtime/remote/wire.py)
and reports the network's faults as RemoteError values (runtime/errors.py). Text that had
arrived before a fault stays: the reply ends with DoneChunk("error", ...) after it.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from ..backend import Backend
from ..errors import RemoteError, RemoteNotFound, RemoteStreamBroken
from ..stream_split import Markup
from ..types import (
    Chunk,
    DoneChunk,
    FinishReason,
    GenerationParams,
    Message,
    ModelInfo,
    RemoteEndpoint,
    Stats,
    StatsChunk,
)
from .http import ReplyStream, Timeouts, api_root, list_models
from .wire import ReplyDecoder, chat_request, openai_messages

DEFAULT_CONTEXT = 131072  # when the server does not say; it refuses a longer prompt itself
CHARS_PER_TOKEN = 4  # the tokenizer is on the server: counts here are estimates
# A server may ignore max_tokens, or stream empty deltas forever without ever stalling; Hearth
# ends such a reply itself ("length") once it is well past what was asked for.
EVENTS_PER_TOKEN = 2  # events beyond one per token: role, usage, tool-call and empty chunks
EVENT_SLACK = 64
CHARS_PER_TOKEN_CAP = 64  # a token is a few characters; a reply far past this is not honouring max_tokens


def reply_caps(max_tokens: int) -> tuple[int, int]:
    """(events, characters) after which a reply of ``max_tokens`` is cut off as "length"."""
    tokens = max(max_tokens, 1)
    return EVENTS_PER_TOKEN * tokens + EVENT_SLACK, CHARS_PER_TOKEN_CAP * (tokens + EVENT_SLACK)


class RemoteBackend(Backend):
    def __init__(self, endpoint: RemoteEndpoint, name: str | None = None, timeouts: Timeouts | None = None) -> None:
        t0 = time.perf_counter()
        self.endpoint, self.timeouts = endpoint, timeouts or Timeouts()
        listed = list_models(endpoint, self.timeouts)  # "loading": the server answers and has the model
        entry = next((m for m in listed if m["id"] == endpoint.model), None)
        if entry is None:
            names = ", ".join(m["id"] for m in listed[:10]) or "none"
            raise RemoteNotFound(
                f"The server at {api_root(endpoint.base_url)} does not list a model '{endpoint.model}'. "
                f"It lists: {names}."
            )
        self.markup = Markup()  # the server splits thinking and tool calls from the answer
        self.tokenizer = None
        self.info = ModelInfo(
            name=name or endpoint.model,
            path=Path(),
            model_type="remote",
            backend="remote",
            modalities=frozenset({"text"}) | endpoint.modalities,
            # The server decides; asking costs nothing when its model cannot.
            supports_thinking=True,
            supports_tools=endpoint.tools,
            context_length=_context_length(entry),
            load_seconds=time.perf_counter() - t0,
            remote_url=api_root(endpoint.base_url),
        )

    def script_next_reply(self, text: str) -> None:
        raise NotImplementedError("A remote model's replies come from its server; they cannot be scripted.")

    def render(self, messages: Sequence[Message], params: GenerationParams) -> str:
        """The request's messages as JSON: the chat template runs on the server."""
        return json.dumps(openai_messages(messages, self.endpoint.modalities), ensure_ascii=False)

    def count_tokens(self, text: str) -> int:
        return max(1, len(text) // CHARS_PER_TOKEN) if text else 0

    def stream(
        self,
        messages: Sequence[Message],
        params: GenerationParams,
        should_stop: Callable[[], bool],
    ) -> Iterator[Chunk]:
        t0 = time.perf_counter()
        decoder = ReplyDecoder()
        first = last = first_at = 0.0
        finish: FinishReason = "length"
        error: RemoteError | None = None
        try:
            body = chat_request(self.endpoint, messages, params)
        except Exception as exc:  # an attachment that cannot be read or encoded
            yield DoneChunk("error", RemoteError(f"Could not prepare the request: {exc}"))
            return
        reply = ReplyStream(self.endpoint, body, self.timeouts)
        max_events, max_chars = reply_caps(params.max_tokens)
        events, over = 0, False
        try:
            for data in reply.events(should_stop):
                events += 1
                if events > max_events or decoder.kept_chars > max_chars:
                    over = True  # the server ignores max_tokens: hang up rather than read forever
                    break
                chunks = decoder.feed(data)
                if chunks:
                    now = time.perf_counter()
                    if not first:
                        first, first_at = now, time.monotonic()
                    last = now
                    yield from chunks
            if over:
                finish = "length"
            elif should_stop():
                finish = "cancelled"
            elif decoder.finish_reason is None and not reply.done_seen:
                raise RemoteStreamBroken(
                    f"The server at {api_root(self.endpoint.base_url)} ended the reply before finishing it."
                )
            else:
                yield from decoder.finish()
                finish = decoder.finish_reason or "stop"
        except RemoteError as exc:
            error, finish = exc, "error"
        finally:
            reply.close()
        yield StatsChunk(self._stats(decoder, t0, first, last, first_at))
        yield DoneChunk(finish, error)

    @staticmethod
    def _stats(decoder: ReplyDecoder, t0: float, first: float, last: float, first_at: float) -> Stats:
        tokens = decoder.completion_tokens or decoder.deltas  # usage when sent, else ~one per delta
        ttft = (first - t0) if first else time.perf_counter() - t0
        return Stats(
            prompt_tokens=decoder.prompt_tokens,
            cached_tokens=decoder.cached_tokens,
            generated_tokens=tokens,
            ttft_s=ttft,
            prefill_tps=max(decoder.prompt_tokens - decoder.cached_tokens, 0) / ttft if ttft > 0 else 0.0,
            decode_tps=(tokens - 1) / (last - first) if tokens > 1 and last > first else 0.0,
            first_token_at=first_at,
        )


def _context_length(entry: dict) -> int:
    # vLLM says max_model_len, LM Studio max_context_length, llama.cpp meta.n_ctx_train.
    for key in ("max_model_len", "max_context_length", "context_length"):
        value = entry.get(key)
        if isinstance(value, int) and value > 0:
            return value
    meta = entry.get("meta")
    if isinstance(meta, dict) and isinstance(meta.get("n_ctx_train"), int):
        return int(meta["n_ctx_train"])
    return DEFAULT_CONTEXT
