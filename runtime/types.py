"""Value types that cross the runtime's boundary. All frozen: chunks travel between threads."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from .errors import EngineError
from .media import MediaRef

Role = Literal["system", "user", "assistant", "tool"]
# "repetition": the reply was ended because it kept repeating itself (runtime/repetition.py).
FinishReason = Literal["stop", "length", "cancelled", "error", "tool_calls", "repetition"]


@dataclass(frozen=True)
class ToolCall:
    name: str
    arguments: dict[str, Any]


@dataclass(frozen=True)
class ToolResult:
    """What a tool returned, as the model will read it (``response:NAME{...}`` for Gemma 4)."""

    name: str
    response: dict[str, Any]


@dataclass(frozen=True)
class Message:
    role: Role
    content: str = ""
    # An assistant turn that called tools, and what those calls returned (same order).
    tool_calls: tuple[ToolCall, ...] = ()
    tool_results: tuple[ToolResult, ...] = ()
    name: str | None = None
    # Attachments (images, audio, video), read by models that support them.
    media: tuple[MediaRef, ...] = ()
    # Kept when a long conversation no longer fits the context (see runtime/context.py).
    pinned: bool = False


@dataclass(frozen=True)
class GenerationParams:
    max_tokens: int = 1024
    temperature: float = 1.0  # 0 means greedy
    top_p: float = 0.95  # 1.0 disables
    top_k: int = 64  # 0 disables
    min_p: float = 0.0  # 0 disables
    repetition_penalty: float = 1.0  # 1.0 disables
    seed: int | None = None
    stop: tuple[str, ...] = ()
    # False ignores the model's own stop strings (hearth.json), e.g. for fixed-length benchmarks.
    model_stops: bool = True
    # End a reply that has fallen into a loop (runtime/repetition.py). Off unless the model's
    # defaults turn it on (base models): a chat model asked for a long list must not be cut.
    stop_repetition: bool = False
    enable_thinking: bool = False
    thinking_budget: int | None = None  # max thinking tokens; None = unlimited
    # JSON-schema function declarations ({"type": "function", "function": {...}}).
    tools: tuple[dict[str, Any], ...] = ()
    # Reuse the KV cache of the previous turn when the new prompt extends it.
    reuse_cache: bool = True
    # Use the model's MTP drafter when it has one (same output, fewer target passes).
    speculative: bool = True
    # Context length to keep the prompt and reply within; None = the model's own limit.
    context_length: int | None = None
    # A JSON schema the reply must match (runtime/structured.py); None = free text. With a
    # schema, thinking is off and tools are not offered: the whole reply is the JSON value.
    json_schema: dict[str, Any] | None = None

    def __post_init__(self) -> None:
        if self.max_tokens < 1:
            raise ValueError("max_tokens must be at least 1")
        if self.temperature < 0:
            raise ValueError("temperature cannot be negative")
        if not 0.0 < self.top_p <= 1.0:
            raise ValueError("top_p must be in (0, 1]")
        if self.top_k < 0 or self.min_p < 0 or self.repetition_penalty <= 0:
            raise ValueError("top_k, min_p and repetition_penalty must be positive")


@dataclass(frozen=True)
class RemoteEndpoint:
    """A model another machine serves over the OpenAI chat API (runtime/remote/)."""

    base_url: str  # e.g. http://studio.local:8080 (a trailing /v1 is accepted)
    model: str  # the id the server lists at GET /v1/models
    api_key: str | None = field(default=None, repr=False)  # never printed, logged or saved here
    # What the server's model reads besides text ("image", "audio"): attachments of other
    # kinds are named in the text instead of sent.
    modalities: frozenset[str] = frozenset({"text"})
    tools: bool = True  # offer tools (some servers refuse requests with tools unless set up for them)


@dataclass(frozen=True)
class ModelSpec:
    """A model to load: a folder on this machine, or a remote endpoint (``path`` unused then)."""

    path: Path = Path()
    name: str | None = None
    remote: RemoteEndpoint | None = None


@dataclass(frozen=True)
class ModelInfo:
    name: str
    path: Path  # the model folder; Path() for a remote model
    model_type: str
    backend: Literal["mlx-lm", "mlx-vlm", "remote"]
    modalities: frozenset[str] = frozenset({"text"})
    supports_thinking: bool = False
    supports_tools: bool = False
    context_length: int = 8192
    weight_bytes: int = 0
    quantization: str = "none"
    load_seconds: float = 0.0
    # Extra metadata (e.g. "base model" notes from the importer).
    notes: tuple[str, ...] = ()
    drafter: str | None = None  # folder name of the MTP drafter in use, if any
    # Sampling defaults recommended for this model (GenerationParams field -> value).
    defaults: dict[str, Any] = field(default_factory=dict)
    remote_url: str | None = None  # the server's base URL, for a remote model


def params_for(info: ModelInfo | None, **overrides: Any) -> GenerationParams:
    """GenerationParams from the model's recommended defaults, then explicit overrides."""
    names = set(GenerationParams.__dataclass_fields__)
    values = {k: v for k, v in (info.defaults if info else {}).items() if k in names}
    values.update({k: v for k, v in overrides.items() if v is not None})
    if "stop" in values:
        values["stop"] = tuple(values["stop"])
    return GenerationParams(**values)


# ---- chunks streamed by Engine.generate ------------------------------------------------


@dataclass(frozen=True)
class TextChunk:
    text: str


@dataclass(frozen=True)
class ThinkingChunk:
    text: str


@dataclass(frozen=True)
class ToolCallChunk:
    call: ToolCall


@dataclass(frozen=True)
class Stats:
    prompt_tokens: int = 0  # whole prompt, cached part included
    cached_tokens: int = 0  # prompt tokens reused from the previous turn's KV cache
    generated_tokens: int = 0
    ttft_s: float = 0.0  # request start on the engine thread -> first token
    prefill_tps: float = 0.0  # fed (non-cached) prompt tokens per second
    decode_tps: float = 0.0  # tokens per second after the first one
    peak_memory_gb: float = 0.0
    first_token_at: float = 0.0  # time.monotonic() when prefill finished and the first token came
    draft_tokens: int = 0  # MTP speculative decoding: tokens drafted (0 when it was not used)
    accepted_tokens: int = 0  # drafted tokens the model accepted
    context_dropped: int = 0  # older messages left out so the conversation fits the context
    context_limit: int = 0  # the context length that applied


@dataclass(frozen=True)
class StatsChunk:
    stats: Stats


@dataclass(frozen=True)
class DoneChunk:
    finish_reason: FinishReason
    error: EngineError | None = None


Chunk = TextChunk | ThinkingChunk | ToolCallChunk | StatsChunk | DoneChunk
