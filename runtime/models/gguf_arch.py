"""Per-architecture knowledge for turning llama.cpp GGUF tensors into mlx-lm checkpoints.

Each architecture maps llama.cpp tensor names to Hugging Face / mlx-lm names, says how a
tensor must be adjusted, and builds config.json from the GGUF metadata.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

Fields = Callable[[str], Any]  # metadata lookup: key -> value or None


@dataclass(frozen=True)
class GgufArch:
    name: str
    model_type: str
    rename: Callable[[str], str | None]  # None: tensor not part of the model
    adjust: Callable[[str, np.ndarray], np.ndarray]
    config: Callable[[Fields, dict[str, tuple[int, ...]]], dict[str, Any]]
    eos_extra: tuple[str, ...] = ()  # tokens that also end a turn


_GEMMA3_BLOCK = {
    "attn_q": "self_attn.q_proj",
    "attn_k": "self_attn.k_proj",
    "attn_v": "self_attn.v_proj",
    "attn_output": "self_attn.o_proj",
    "attn_q_norm": "self_attn.q_norm",
    "attn_k_norm": "self_attn.k_norm",
    "attn_norm": "input_layernorm",
    "post_attention_norm": "post_attention_layernorm",
    "ffn_norm": "pre_feedforward_layernorm",
    "post_ffw_norm": "post_feedforward_layernorm",
    "ffn_gate": "mlp.gate_proj",
    "ffn_up": "mlp.up_proj",
    "ffn_down": "mlp.down_proj",
}
_GEMMA3_TOP = {
    "token_embd.weight": "model.embed_tokens.weight",
    "output_norm.weight": "model.norm.weight",
    "output.weight": "lm_head.weight",
}


def _gemma3_rename(gguf_name: str) -> str | None:
    m = re.fullmatch(r"blk\.(\d+)\.(\w+)\.weight", gguf_name)
    if m and m.group(2) in _GEMMA3_BLOCK:
        return f"model.layers.{m.group(1)}.{_GEMMA3_BLOCK[m.group(2)]}.weight"
    return _GEMMA3_TOP.get(gguf_name)


def _gemma3_adjust(name: str, a: np.ndarray) -> np.ndarray:
    # llama.cpp stores Gemma RMSNorm weights as (1 + w); mlx-lm adds the 1 itself.
    return a - 1.0 if name.endswith("norm.weight") else a


def _gemma3_config(f: Fields, shapes: dict[str, tuple[int, ...]]) -> dict[str, Any]:
    p = "gemma3."
    head_dim = int(f(p + "attention.key_length") or 256)
    return {
        "architectures": ["Gemma3ForCausalLM"],
        "model_type": "gemma3_text",
        "hidden_size": int(f(p + "embedding_length")),
        "num_hidden_layers": int(f(p + "block_count")),
        "intermediate_size": int(f(p + "feed_forward_length")),
        "num_attention_heads": int(f(p + "attention.head_count")),
        "num_key_value_heads": int(f(p + "attention.head_count_kv")),
        "head_dim": head_dim,
        "rms_norm_eps": float(f(p + "attention.layer_norm_rms_epsilon") or 1e-6),
        "rope_theta": float(f(p + "rope.freq_base") or 1e6),
        # Not stored in GGUF; llama.cpp hard-codes both for Gemma 3.
        "rope_local_base_freq": 10000.0,
        "sliding_window_pattern": 6,
        "sliding_window": int(f(p + "attention.sliding_window") or 512),
        "query_pre_attn_scalar": head_dim,
        "max_position_embeddings": int(f(p + "context_length") or 32768),
        "vocab_size": shapes["model.embed_tokens.weight"][0],
        "rope_scaling": None,
        "tie_word_embeddings": "lm_head.weight" not in shapes,
    }


ARCHITECTURES: dict[str, GgufArch] = {
    "gemma3": GgufArch(
        name="gemma3",
        model_type="gemma3_text",
        rename=_gemma3_rename,
        adjust=_gemma3_adjust,
        config=_gemma3_config,
        eos_extra=("<end_of_turn>",),
    ),
}
