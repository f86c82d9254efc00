"""Structured replies: a JSON schema the reply must match, enforced while sampling.

llguidance (MIT) compiles the schema into a grammar and, at each step, says which tokens
may come next; a logits processor sets every other token to -inf, so even a random model
can only write JSON that matches. Once the value is complete the grammar allows only an
end-of-turn token, so the reply ends there.

The masks are applied with numpy/MLX on the CPU side: llguidance's own MLX helper uses a
Metal kernel, which Linux builds of MLX lack.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from .errors import GenerationFailed, InvalidSchema

# Bounds for schemas from strangers (the API is reachable by other programs): a schema past
# them is refused before any grammar work, and the grammar compiler runs with tighter limits
# than its defaults, so a hostile schema costs milliseconds and megabytes, not a stuck engine.
MAX_SCHEMA_CHARS = 64_000
MAX_SCHEMA_DEPTH = 64
# Compact JSON: no free whitespace, so a sampled reply cannot pad itself out to max_tokens.
_JSON_OPTIONS = {"whitespace_flexible": False, "item_separator": ",", "key_separator": ":"}

ANY_OBJECT: dict[str, Any] = {"type": "object"}


def compile_schema(schema: Any) -> str:
    """The llguidance grammar for ``schema``, or InvalidSchema saying what is wrong with it."""
    from llguidance import LLMatcher

    if not isinstance(schema, dict):
        raise InvalidSchema("The JSON schema must be an object.")
    try:
        text = json.dumps(schema)
    except (TypeError, ValueError) as exc:
        raise InvalidSchema(f"The JSON schema is not plain JSON: {exc}") from exc
    if len(text) > MAX_SCHEMA_CHARS:
        raise InvalidSchema(
            f"The JSON schema is too large ({len(text):,} characters; the limit is {MAX_SCHEMA_CHARS:,})."
        )
    if _depth(schema) > MAX_SCHEMA_DEPTH:
        raise InvalidSchema(f"The JSON schema is nested too deeply (the limit is {MAX_SCHEMA_DEPTH} levels).")
    try:
        grammar = LLMatcher.grammar_from_json_schema(text, defaults=_JSON_OPTIONS)  # type: ignore[arg-type]
    except ValueError as exc:
        raise InvalidSchema(f"The JSON schema is not valid: {exc}") from exc
    error = LLMatcher.validate_grammar(grammar, limits=_limits())
    if error and not error.startswith("WARNING"):
        raise InvalidSchema(f"The JSON schema cannot be used: {error}")
    return grammar


def grammar_tokenizer(tokenizer: Any, eos_ids: Sequence[int]) -> Any:
    """llguidance's view of the model's own tokenizer.

    Built on a model's first structured request and kept: for Gemma's 262K tokens it takes
    about 5 s on a 2-core Linux VM (half serialising the tokenizer, half llguidance's token
    trie); after that a mask costs about 0.3 ms a token, applying it about 2 ms."""
    from llguidance import LLTokenizer

    backend = getattr(tokenizer, "backend_tokenizer", None)  # HF fast tokenizers (and mlx-lm's wrapper)
    if backend is None:
        raise InvalidSchema("Structured replies need a model with a fast (tokenizer.json) tokenizer.")
    return LLTokenizer(backend.to_str(), eos_token=list(eos_ids) or None)


def schema_processor(grammar: str, tokenizer: Any) -> Callable[[Any, Any], Any]:
    """A logits processor (mlx-lm / mlx-vlm ``logits_processors``) that allows only tokens
    the grammar accepts next; ``tokenizer`` comes from ``grammar_tokenizer``."""
    import mlx.core as mx
    import numpy as np
    from llguidance import LLMatcher

    matcher = LLMatcher(tokenizer, grammar, log_level=0, limits=_limits())
    if matcher.is_error():
        raise InvalidSchema(f"The JSON schema cannot be used: {matcher.get_error()}")
    words = np.zeros((tokenizer.vocab_size + 31) // 32, dtype=np.int32)
    started = [False]

    def constrain(tokens: Any, logits: Any) -> Any:
        # Called before each sample; from the second call on, the last token is the one just
        # sampled (the processor list sees the whole sequence, prompt included).
        if started[0]:
            matcher.consume_token(int(tokens[-1].item()))
        started[0] = True
        if matcher.is_error():  # a step past the grammar's limits (or a bug): end the reply clearly
            raise GenerationFailed(f"The structured reply could not continue: {matcher.get_error()}")
        matcher.unsafe_compute_mask_ptr(words.ctypes.data, words.nbytes)
        allowed = np.unpackbits(words.view(np.uint8), bitorder="little").astype(bool)
        vocab = logits.shape[-1]
        if allowed.size < vocab:  # the model's output layer may be padded past the tokenizer
            allowed = np.concatenate([allowed, np.zeros(vocab - allowed.size, dtype=bool)])
        return mx.where(mx.array(allowed[:vocab]), logits, mx.array(-mx.inf, dtype=logits.dtype))

    return constrain


def _limits() -> Any:
    from llguidance import LLParserLimits

    return LLParserLimits(
        max_grammar_size=100_000, max_lexer_states=50_000, initial_lexer_fuel=1_000_000, verbose_errors=False
    )


def _depth(value: Any) -> int:
    """Nesting depth of a JSON value, without recursion (a hostile schema could be deep)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, depth = stack.pop()
        deepest = max(deepest, depth)
        if depth > MAX_SCHEMA_DEPTH:
            break
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else ()
        stack.extend((child, depth + 1) for child in children)
    return deepest
