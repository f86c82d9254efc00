"""A load-time smoke check: one forward pass over a few tokens, whose logits must be finite.

Damaged or badly converted weights (NaN, Inf) load without complaint and then answer
garbage; this catches them before anyone chats with the model.
"""

from __future__ import annotations

import logging
from typing import Any

from .errors import ModelLoadFailed

log = logging.getLogger(__name__)
PROBE_TOKENS = 8


def probe_ids(vocab_size: int) -> list[int]:
    """A few ids spread over the vocabulary. Any ids will do for a finite-logits check, and not
    needing the tokenizer lets the check run while the tokenizer is still being built."""
    vocab = max(1, vocab_size)
    return [(2 + i * 7919) % vocab for i in range(PROBE_TOKENS)]


def vocab_size_of(config: dict[str, Any]) -> int:
    text = config.get("text_config") or config
    return int(text.get("vocab_size") or config.get("vocab_size") or 256)


def check_model_outputs(model: Any, name: str, vocab_size: int) -> None:
    """Raise ModelLoadFailed when the model's logits for a few tokens are not all finite."""
    import mlx.core as mx

    ids = probe_ids(vocab_size)
    try:
        out = model(mx.array([ids]))
        logits = getattr(out, "logits", out)
        finite = bool(mx.all(mx.isfinite(logits)).item())
    except Exception:  # an architecture whose forward needs more than token ids: no verdict
        log.warning("smoke check skipped for %s", name, exc_info=True)
        return
    if not finite:
        raise ModelLoadFailed(
            f"'{name}' is broken: its weights produce invalid numbers (NaN or infinity), so it "
            "cannot write anything meaningful. The files may be damaged or badly converted; "
            "download or import the model again."
        )
