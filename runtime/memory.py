"""Will a model fit? Weights plus KV cache at a context length, against this machine's memory."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from typing import Any, Literal

from .mlx_owner import device, run_mlx

GB = 1024**3
RUNTIME_OVERHEAD = int(0.6 * GB)  # activations, the Python process, MLX buffers
SLOW_ON_CPU_BYTES = 2 * GB  # weights a CPU reads for every token: beyond this, replies crawl


@dataclass(frozen=True)
class MemoryEstimate:
    weights_bytes: int
    kv_bytes: int
    total_bytes: int
    system_bytes: int
    budget_bytes: int
    context: int
    gpu: bool = True  # False: MLX computes on the CPU here (Linux), so big models are slow

    @property
    def verdict(self) -> Literal["fits", "tight", "too_big"]:
        if self.total_bytes <= 0.85 * self.budget_bytes:
            return "fits"
        return "tight" if self.total_bytes <= self.budget_bytes else "too_big"

    def summary(self) -> str:
        need = f"about {self.total_bytes / GB:.1f} GB ({self.weights_bytes / GB:.1f} GB weights + "
        need += f"{self.kv_bytes / GB:.1f} GB for a {self.context:,}-token context)"
        have = f"{self.system_bytes / GB:.0f} GB of memory, ~{self.budget_bytes / GB:.0f} GB usable for models"
        verdict = {
            "fits": "Fits comfortably.",
            "tight": "Fits, but little memory will be left for other apps.",
            "too_big": "Too big: expect heavy swapping or a failed load. Pick a smaller model or context.",
        }[self.verdict]
        text = f"Needs {need}; this computer has {have}. {verdict}"
        if not self.gpu and self.weights_bytes > SLOW_ON_CPU_BYTES and self.verdict != "too_big":
            text += (
                " But this computer has no GPU that MLX can use: a model this size runs on the CPU "
                "and will answer slowly (a few words a second at best)."
            )
        return text


def system_memory_bytes() -> int:
    try:
        return int(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES"))
    except (ValueError, OSError, AttributeError):
        pass
    if sys.platform == "darwin":
        out = subprocess.run(["sysctl", "-n", "hw.memsize"], capture_output=True, text=True, check=False)
        if out.stdout.strip().isdigit():
            return int(out.stdout.strip())
    return 8 * GB


def model_budget_bytes(system: int) -> int:
    """What MLX may use: Metal's recommended working set on a Mac, ~75% of RAM otherwise.

    The device was probed once on the engine thread (runtime/mlx_owner.py): an estimate asked
    on the GUI thread or a worker touches no MLX itself."""
    return device().working_set_bytes or int(system * 0.75)


def kv_cache_bytes(config: dict[str, Any], context: int) -> int:
    """KV cache size for ``context`` tokens, from a model's config.json."""
    text = config.get("text_config", config)
    layers = int(text.get("num_hidden_layers", 0))
    shared = int(text.get("num_kv_shared_layers", 0) or 0)
    window = int(text.get("sliding_window") or context)
    types = text.get("layer_types") or _layer_types(text, layers)
    elem = 4 if str(config.get("torch_dtype", text.get("torch_dtype", ""))) == "float32" else 2
    total = 0
    for kind in types[: max(layers - shared, 0)]:
        full = kind == "full_attention"
        heads = int(
            (text.get("num_global_key_value_heads") if full else None)
            or text.get("num_key_value_heads")
            or text.get("num_attention_heads", 1)
        )
        head_dim = int(
            (text.get("global_head_dim") if full else None)
            or text.get("head_dim")
            or text.get("hidden_size", 0) // max(int(text.get("num_attention_heads", 1)), 1)
        )
        kv = 1 if (full and text.get("attention_k_eq_v")) else 2
        tokens = context if full else min(context, window)
        total += tokens * heads * head_dim * kv * elem
    return total


def window_checkpoint_bytes(config: dict[str, Any]) -> int:
    """The copies of the sliding-window layers kept at histories' ends
    (runtime/window_checkpoint.py): two at most, each one window's worth of those layers."""
    text = config.get("text_config", config)
    window = int(text.get("sliding_window") or 0)
    one = kv_cache_bytes(config, window) - kv_cache_bytes({**config, "text_config": _full_only(text)}, window)
    return 2 * one


def _full_only(text: dict[str, Any]) -> dict[str, Any]:
    """The config with its sliding-window layers left out (each counted as a shared layer)."""
    layers = int(text.get("num_hidden_layers", 0))
    types = text.get("layer_types") or _layer_types(text, layers)
    kept = [t for t in types[: max(layers - int(text.get("num_kv_shared_layers", 0) or 0), 0)] if t == "full_attention"]
    return {**text, "num_hidden_layers": len(kept), "num_kv_shared_layers": 0, "layer_types": kept}


def _layer_types(text: dict[str, Any], layers: int) -> list[str]:
    pattern = int(text.get("sliding_window_pattern") or 0)
    if not pattern or not text.get("sliding_window"):
        return ["full_attention"] * layers
    return ["full_attention" if (i + 1) % pattern == 0 else "sliding_attention" for i in range(layers)]


def estimate(
    config: dict[str, Any], weights_bytes: int, context: int, *, system_bytes: int | None = None
) -> MemoryEstimate:
    system = system_bytes or system_memory_bytes()
    kv = kv_cache_bytes(config, context)
    return MemoryEstimate(
        weights_bytes=weights_bytes,
        kv_bytes=kv,
        total_bytes=weights_bytes + kv + RUNTIME_OVERHEAD,
        system_bytes=system,
        budget_bytes=model_budget_bytes(system) if system_bytes is None else int(system * 0.75),
        context=context,
        gpu=has_gpu(),
    )


def has_gpu() -> bool:
    """Whether MLX computes on a GPU here (Metal on Apple silicon); never fails."""
    return device().gpu


def mlx_memory_mb() -> dict[str, float]:
    """MLX's own allocations in this process (MB): arrays alive, and freed buffers it keeps.
    Read on the engine thread, after whatever it is doing (a benchmark asks between turns)."""

    def read() -> dict[str, float]:
        import mlx.core as mx

        return {"active": round(mx.get_active_memory() / 2**20, 1), "cache": round(mx.get_cache_memory() / 2**20, 1)}

    return run_mlx(read)
