"""A load-time smoke check: one forward pass over a few tokens, whose logits must be finite.

Damaged or badly converted weights (NaN, Inf) load without complaint and then answer
garbage; this catches them before anyone chats with the model.
"""

from __future__ import annotations

import logging
from typing import Any

from .errors import ModelLoadFailed

log = logging.getLogger(__name__)
PROBE_TEXT = "Hello! What is two plus two?"
PROBE_TOKENS = 8


def check_model_outputs(model: Any, tokenizer: Any, name: str) -> None:
    """Raise ModelLoadFailed when the model's logits for a short prompt are not all finite."""
    import mlx.core as mx

    ids = list(tokenizer.encode(PROBE_TEXT, add_special_tokens=False))[:PROBE_TOKENS] or [0]
    try:
        out = model(mx.array([ids]))
        logits = getattr(out, "logits", out)
        finite = bool(mx.all(mx.isfinite(logits)).item())
    except Exception:  # an architecture whose forward needs more than token ids: no verdict
        log.warning("smoke check skipped for %s", name, exc_info=True)
        return
    if not finite:
        raise ModelLoadFailed(f"'{name}' is broken: its weights produce invalid numbers (NaN or infinity), so it "
                              "cannot write anything meaningful. The files may be damaged or badly converted; "
                              "download or import the model again.")
