from __future__ import annotations

import json
from pathlib import Path

from runtime.memory import GB, MemoryEstimate, estimate, kv_cache_bytes, system_memory_bytes
from runtime.models.catalog import CATALOG, catalog_entry


def test_kv_cache_counts_sliding_windows_global_heads_and_shared_k_v(tiny_gemma4: Path) -> None:
    config = json.loads((tiny_gemma4 / "config.json").read_text())
    # sliding layer: min(1000, 512) tokens x 1 head x 32 dims x (k and v) x 2 bytes
    # full layer (k == v): 1000 tokens x 1 global head x 64 dims x 1 x 2 bytes
    assert kv_cache_bytes(config, 1000) == 512 * 32 * 2 * 2 + 1000 * 64 * 2


def test_gemma3_layer_pattern_and_fp32_cache(tiny_gemma3: Path) -> None:
    config = json.loads((tiny_gemma3 / "config.json").read_text())
    # 6 layers, pattern 6: five sliding (window 512) and one full; fp32 model -> 4-byte cache
    per_token = 1 * 32 * 2 * 4
    assert kv_cache_bytes(config, 4096) == 5 * 512 * per_token + 4096 * per_token


def test_verdicts() -> None:
    fits = MemoryEstimate(
        weights_bytes=4 * GB,
        kv_bytes=1 * GB,
        total_bytes=5 * GB,
        system_bytes=16 * GB,
        budget_bytes=12 * GB,
        context=8192,
    )
    assert fits.verdict == "fits" and "Fits comfortably" in fits.summary()
    tight = MemoryEstimate(9 * GB, 2 * GB, 11 * GB, 16 * GB, 12 * GB, 8192)
    assert tight.verdict == "tight"
    big = MemoryEstimate(20 * GB, 2 * GB, 22 * GB, 16 * GB, 12 * GB, 262144)
    assert big.verdict == "too_big" and "Too big" in big.summary() and "262,144-token" in big.summary()


def test_recommended_gemma4_at_full_context_needs_more_than_at_8k() -> None:
    entry = catalog_entry("gemma-4-12b-it-4bit")
    assert entry is not None and entry.recommended
    short = estimate(entry.config_hint, entry.approx_bytes, 8192)
    long = estimate(entry.config_hint, entry.approx_bytes, 262144)
    assert long.kv_bytes > 5 * short.kv_bytes  # full-attention layers grow, windows do not
    assert short.system_bytes == system_memory_bytes() > 0
    assert sum(e.recommended for e in CATALOG) == 1


def test_a_big_model_on_a_machine_without_gpu_is_said_to_be_slow() -> None:
    cpu = MemoryEstimate(7 * GB, 1 * GB, 9 * GB, 64 * GB, 48 * GB, 8192, gpu=False)
    assert cpu.verdict == "fits" and "will answer slowly" in cpu.summary()
    assert "slowly" not in MemoryEstimate(7 * GB, 1 * GB, 9 * GB, 64 * GB, 48 * GB, 8192, gpu=True).summary()
    small = MemoryEstimate(int(0.5 * GB), 0, int(1.1 * GB), 64 * GB, 48 * GB, 8192, gpu=False)
    assert "slowly" not in small.summary()


def test_estimates_know_whether_mlx_has_a_gpu_here() -> None:
    import mlx.core as mx

    assert estimate({}, 1 * GB, 1024).gpu == mx.metal.is_available()
