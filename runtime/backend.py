"""The backend contract and the driver both MLX backends share.

A backend renders messages into a prompt and yields one raw step per generated token;
``Backend.stream`` turns those steps into typed chunks (text / thinking / tool calls),
applies stop strings and cancellation, and measures the reply.
"""

from __future__ import annotations

import json
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from .context import apply_fit, fit_to_context
from .repetition import RepetitionGuard
from .sampling import make_sampling
from .stream_split import Markup, StreamSplitter
from .types import (
    Chunk,
    DoneChunk,
    FinishReason,
    GenerationParams,
    Message,
    ModelInfo,
    Stats,
    StatsChunk,
)


@dataclass
class RawStep:
    text: str
    token: int | None  # None: no new token, only text the detokenizer flushed


@dataclass
class PromptState:
    """Filled in by a backend's raw stream as it learns about the prompt."""

    prompt_tokens: int = 0
    cached_tokens: int = 0
    finish_reason: FinishReason = "length"
    draft_tokens: int = 0  # speculative decoding: tokens the drafter proposed
    accepted_tokens: int = 0  # ...and how many of them the model kept
    context_dropped: int = 0  # older messages left out to fit the context
    context_limit: int = 0


class Cancelled(Exception):
    """Raised inside a backend (e.g. from a prefill callback) when the request is cancelled."""


class Backend(ABC):
    """What the engine asks of a model: its prompt, its counts, and a stream of chunks.

    Local models are driven token by token (LocalBackend); a remote one streams what its
    server already split (runtime/remote)."""

    info: ModelInfo
    markup: Markup
    tokenizer: Any

    def script_next_reply(self, text: str) -> None:
        """Make a coming reply exactly ``text`` (tests and the self-test; local models only)."""
        raise NotImplementedError(f"Replies of {self.info.name} cannot be scripted.")

    @abstractmethod
    def render(self, messages: Sequence[Message], params: GenerationParams) -> str:
        """The prompt text the chat template produces (for display, tests and counting)."""

    @abstractmethod
    def count_tokens(self, text: str) -> int: ...

    @abstractmethod
    def stream(
        self,
        messages: Sequence[Message],
        params: GenerationParams,
        should_stop: Callable[[], bool],
    ) -> Iterator[Chunk]:
        """The reply as chunks: text, thinking, tool calls, then StatsChunk and DoneChunk."""

    def media_tokens(self, message: Message) -> int:
        """Prompt tokens the message's attachments become (models that read media override)."""
        return 0

    def count_prompt(self, messages: Sequence[Message], params: GenerationParams) -> int:
        return self.count_tokens(self.render(messages, params)) + sum(self.media_tokens(m) for m in messages)

    def estimate_message(self, message: Message) -> int:
        return self.count_tokens(message.content) + _tool_chars(message) // 3 + self.media_tokens(message)

    def fit(
        self, messages: Sequence[Message], params: GenerationParams, state: PromptState
    ) -> tuple[Sequence[Message], GenerationParams]:
        """Keep the prompt and the reply inside the context length (runtime/context.py)."""
        limit = min(params.context_length or self.info.context_length, self.info.context_length)
        state.context_limit = limit
        # Characters bound tokens from above, so most turns skip the exact count.
        rough = sum(len(m.content) + 8 + _tool_chars(m) + self.media_tokens(m) for m in messages)
        rough += sum(len(json.dumps(t)) for t in params.tools) + 64
        if rough + params.max_tokens <= limit:
            return messages, params
        fit = fit_to_context(messages, params, limit, lambda ms: self.count_prompt(ms, params), self.estimate_message)
        state.context_dropped = fit.dropped
        return fit.messages, apply_fit(params, fit)

    # Optional hooks (a backend without a cache or memory of its own keeps these no-ops).
    def prefill(self, messages: Sequence[Message], params: GenerationParams) -> int:
        """Compute the prompt cache of ``messages`` before the turn that extends them; the
        tokens computed (models that keep a cache override)."""
        return 0

    def reset_cache(self) -> None:  # noqa: B027
        """Forget the KV cache kept from the previous turn."""

    def close(self) -> None:  # noqa: B027
        """Release model memory."""


class LocalBackend(Backend):
    """A model in this process: generated token by token, the reply split here."""

    eos_ids: tuple[int, ...] = ()
    default_stop: tuple[str, ...] = ()
    _scripts: list[list[int]]
    _grammar_tokenizer: Any = None  # llguidance's view of the tokenizer, built on first use

    def script_next_reply(self, text: str) -> None:
        """Make a coming reply exactly ``text`` (then end of turn); queued, one per request.

        See runtime/scripted.py: tests and the self-test use it on tiny random models.
        """
        ids = list(self.tokenizer.encode(text, add_special_tokens=False))
        if not hasattr(self, "_scripts"):
            self._scripts = []
        self._scripts.append(ids + list(self.eos_ids[:1]))

    def sampling_kwargs(self, params: GenerationParams) -> dict[str, Any]:
        """Sampler and logits processors; raises InvalidSchema before any token for a bad schema."""
        constrain = self._schema_processor(params.json_schema) if params.json_schema is not None else None
        kwargs = make_sampling(params)
        processors = list(kwargs["logits_processors"] or [])
        if getattr(self, "_scripts", None):
            from .scripted import forcing_processor

            processors.append(forcing_processor(self._scripts.pop(0)))
        if constrain is not None:
            processors.append(constrain)  # last: the grammar has the final word on every token
        kwargs["logits_processors"] = processors or None
        return kwargs

    def _schema_processor(self, schema: dict[str, Any]) -> Callable[[Any, Any], Any]:
        from .structured import compile_schema, grammar_tokenizer, schema_processor

        grammar = compile_schema(schema)
        if self._grammar_tokenizer is None:
            self._grammar_tokenizer = grammar_tokenizer(self.tokenizer, self.eos_ids)
        return schema_processor(grammar, self._grammar_tokenizer)

    @abstractmethod
    def _raw_stream(
        self,
        messages: Sequence[Message],
        params: GenerationParams,
        state: PromptState,
        should_stop: Callable[[], bool],
    ) -> Generator[RawStep, None, None]:
        """Yield one step per generated token; set ``state`` fields along the way."""

    def stream(
        self,
        messages: Sequence[Message],
        params: GenerationParams,
        should_stop: Callable[[], bool],
    ) -> Iterator[Chunk]:
        import mlx.core as mx

        mx.reset_peak_memory()
        t0 = time.perf_counter()
        stops = tuple(params.stop) + (self.default_stop if params.model_stops else ())
        splitter = StreamSplitter(self.markup, stop=stops)
        state = PromptState()
        if params.json_schema is not None:
            # The grammar starts at the first reply token: a thinking block or a tool call
            # would not match it, so neither is asked for.
            params = replace(params, enable_thinking=False, thinking_budget=None, tools=())
        messages, params = self.fit(messages, params, state)
        raw = self._raw_stream(messages, params, state, should_stop)
        guard = RepetitionGuard() if params.stop_repetition else None
        n, t_first, t_last, first_at = 0, 0.0, 0.0, 0.0
        finish: FinishReason = "length"
        try:
            for step in raw:
                if step.token is not None:
                    now = time.perf_counter()
                    n += 1
                    if not t_first:
                        t_first, first_at = now, time.monotonic()
                    t_last = now
                yield from splitter.feed(step.text)
                if splitter.stopped:
                    finish = "stop"
                    break
                if guard is not None and step.token is not None and guard.feed(step.token):
                    finish = "repetition"
                    break
                if should_stop():
                    finish = "cancelled"
                    break
            else:
                finish = state.finish_reason
        except Cancelled:
            finish = "cancelled"
        finally:
            raw.close()
        yield from splitter.finish()
        if finish == "stop" and splitter.tool_calls:
            finish = "tool_calls"
        fed = max(state.prompt_tokens - state.cached_tokens, 0)
        ttft = (t_first - t0) if n else time.perf_counter() - t0
        yield StatsChunk(
            Stats(
                prompt_tokens=state.prompt_tokens,
                cached_tokens=state.cached_tokens,
                generated_tokens=n,
                ttft_s=ttft,
                prefill_tps=fed / ttft if ttft > 0 else 0.0,
                decode_tps=(n - 1) / (t_last - t_first) if n > 1 and t_last > t_first else 0.0,
                peak_memory_gb=mx.get_peak_memory() / 1e9,
                first_token_at=first_at,
                draft_tokens=state.draft_tokens,
                accepted_tokens=state.accepted_tokens,
                context_dropped=state.context_dropped,
                context_limit=state.context_limit,
            )
        )
        yield DoneChunk(finish)


def _tool_chars(message: Message) -> int:
    return sum(
        len(str(c.arguments)) + len(str(r.response))
        for c, r in zip(message.tool_calls, message.tool_results, strict=False)
    )


def message_dicts(messages: Sequence[Message], media_parts: bool = False) -> list[dict[str, Any]]:
    """Messages in the shape Hugging Face chat templates expect.

    With ``media_parts`` attachments become content parts (the model reads them); without,
    they are named in the text so a text-only model still knows they were there.
    """
    out: list[dict[str, Any]] = []
    for m in messages:
        d: dict[str, Any] = {"role": m.role, "content": _content(m, media_parts)}
        if m.tool_calls:
            d["tool_calls"] = [
                {"type": "function", "function": {"name": c.name, "arguments": c.arguments}} for c in m.tool_calls
            ]
        if m.tool_results:
            d["tool_responses"] = [{"name": r.name, "response": r.response} for r in m.tool_results]
        if m.name:
            d["name"] = m.name
        out.append(d)
    return out


def _content(m: Message, media_parts: bool) -> Any:
    if not m.media:
        return m.content
    if not media_parts:
        names = "; ".join(f"{r.kind} “{r.label}”" for r in m.media)
        return f"[Attached: {names}. This model cannot read attachments.]\n{m.content}".strip()
    return [*(media_part(r) for r in m.media), {"type": "text", "text": m.content}]


def media_part(ref: Any) -> dict[str, Any]:
    # Placeholder parts; VisionBackend expands audio into one part per 30-second clip.
    return {"type": ref.kind, "ref": ref}


def markup_for(tokenizer: Any) -> Markup:
    """Read thinking / tool-call markers from a Hugging Face tokenizer and its template."""
    from mlx_lm.tokenizer_utils import _infer_thinking, _infer_tool_parser

    think_start, think_end, _, _ = _infer_thinking(tokenizer)
    tool_start = tool_end = parser = None
    parser_name = _infer_tool_parser(tokenizer)
    if parser_name:
        import importlib

        module = importlib.import_module(f"mlx_lm.tool_parsers.{parser_name}")
        tool_start, tool_end = module.tool_call_start, module.tool_call_end
        parser = module.parse_tool_call
    markers = {think_start, think_end, tool_start, tool_end}
    special = set(getattr(tokenizer, "all_special_tokens", []) or [])
    for tok in getattr(tokenizer, "added_tokens_decoder", {}).values():
        if getattr(tok, "special", False):
            special.add(str(tok.content))
    hidden = tuple(sorted(t for t in special if t and t not in markers and t != '<|"|>'))
    return Markup(think_start, think_end, tool_start, tool_end, parser, hidden)
