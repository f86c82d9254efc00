"""Models Hearth offers to download. Sizes and shapes are approximate until a config is fetched."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..memory import MemoryEstimate, estimate

GB = 1024**3

_GEMMA4_12B = {
    "model_type": "gemma4_unified",
    "text_config": {
        "num_hidden_layers": 48, "sliding_window": 1024, "sliding_window_pattern": 6,
        "num_key_value_heads": 8, "head_dim": 256, "global_head_dim": 512,
        "num_global_key_value_heads": 2, "attention_k_eq_v": True, "max_position_embeddings": 262144,
    },
}  # fmt: skip
_GEMMA4_E4B = {
    "model_type": "gemma4",
    "text_config": {
        "num_hidden_layers": 42, "sliding_window": 512, "sliding_window_pattern": 6,
        "num_key_value_heads": 2, "head_dim": 256, "global_head_dim": 512,
        "num_kv_shared_layers": 18, "max_position_embeddings": 131072,
    },
}  # fmt: skip
_GEMMA4_E2B = {
    "model_type": "gemma4",
    "text_config": {
        "num_hidden_layers": 35, "sliding_window": 512, "sliding_window_pattern": 5,
        "num_key_value_heads": 1, "head_dim": 256, "global_head_dim": 512,
        "num_kv_shared_layers": 20, "max_position_embeddings": 131072,
    },
}  # fmt: skip


@dataclass(frozen=True)
class CatalogEntry:
    key: str  # the library folder name it is saved under
    repo: str
    title: str
    description: str
    approx_bytes: int
    modalities: frozenset[str]
    recommended: bool = False
    drafter_repo: str | None = None  # MTP drafter for speculative decoding
    config_hint: dict[str, Any] = field(default_factory=dict)


CATALOG: tuple[CatalogEntry, ...] = (
    CatalogEntry(
        key="gemma-4-12b-it-4bit",
        repo="mlx-community/gemma-4-12B-it-4bit",
        title="Gemma 4 12B (4-bit)",
        description="Text, images, audio and video in one model; thinking and tools. Best on a Mac with 16 GB or more.",
        approx_bytes=int(7.6 * GB),
        modalities=frozenset({"text", "image", "audio", "video"}),
        recommended=True,
        drafter_repo="mlx-community/gemma-4-12B-it-qat-assistant-4bit",
        config_hint=_GEMMA4_12B,
    ),
    CatalogEntry(
        key="gemma-4-12b-it-8bit",
        repo="mlx-community/gemma-4-12B-it-8bit",
        title="Gemma 4 12B (8-bit)",
        description="Higher fidelity than 4-bit; needs a Mac with 24 GB or more.",
        approx_bytes=int(13.5 * GB),
        modalities=frozenset({"text", "image", "audio", "video"}),
        config_hint=_GEMMA4_12B,
    ),
    CatalogEntry(
        key="gemma-4-e4b-it-4bit",
        repo="mlx-community/gemma-4-e4b-it-4bit",
        title="Gemma 4 E4B (4-bit)",
        description="Smaller and faster; images and audio. Good on 8 GB Macs.",
        approx_bytes=int(5.2 * GB),
        modalities=frozenset({"text", "image", "audio"}),
        config_hint=_GEMMA4_E4B,
    ),
    CatalogEntry(
        key="gemma-4-e2b-it-4bit",
        repo="mlx-community/gemma-4-e2b-it-4bit",
        title="Gemma 4 E2B (4-bit)",
        description="The smallest Gemma 4; quick answers on any Apple-silicon Mac.",
        approx_bytes=int(3.6 * GB),
        modalities=frozenset({"text", "image", "audio"}),
        config_hint=_GEMMA4_E2B,
    ),
)


def catalog_entry(key: str) -> CatalogEntry | None:
    return next((e for e in CATALOG if e.key == key), None)


def recommend(context: int, system_bytes: int | None = None) -> tuple[CatalogEntry, MemoryEstimate]:
    """The recommended model if it fits this computer, else the biggest one that does."""
    ranked = sorted(CATALOG, key=lambda e: (not e.recommended, -e.approx_bytes))
    fallback = None
    for entry in ranked:
        est = estimate(entry.config_hint, entry.approx_bytes, context, system_bytes=system_bytes)
        if est.verdict == "fits" or (entry.recommended and est.verdict == "tight"):
            return entry, est
        fallback = (entry, est) if fallback is None or entry.approx_bytes < fallback[0].approx_bytes else fallback
    assert fallback is not None
    return fallback  # nothing fits well: the smallest, and the estimate says so
