"""Write tiny, valid llama.cpp GGUF files for import tests (gemma3 layout, Q8_0 + F32)."""

from __future__ import annotations

import string
from pathlib import Path

import numpy as np

HIDDEN, FFN, LAYERS, HEADS, HEAD_DIM = 64, 128, 6, 2, 32  # gemma3 needs >= 6 layers
WORDS = "the cat sat on mat dog ran fast hello world paris france capital is of a".split()


def vocab() -> tuple[list[str], list[float], list[int]]:
    tokens = ["<pad>", "<eos>", "<bos>", "<unk>", "<start_of_turn>", "<end_of_turn>"]
    types = [3, 3, 3, 2, 3, 3]  # control / unknown
    tokens += [f"<0x{b:02X}>" for b in range(256)]
    types += [6] * 256  # byte tokens
    pieces = list(dict.fromkeys(["\u2581"] + list(string.ascii_letters + string.digits + ".,!?")))
    pieces += ["\u2581" + w for w in WORDS] + WORDS
    pieces = list(dict.fromkeys(pieces))
    tokens += pieces
    types += [1] * len(pieces)
    while len(tokens) % 64:
        tokens.append(f"<unused{len(tokens)}>")
        types.append(5)
    scores = [0.0] * 262 + [-float(i) for i in range(len(tokens) - 262)]
    return tokens, scores, types


def write_tiny_gemma3_gguf(path: Path, *, arch: str = "gemma3", seed: int = 0, window: int = 512) -> Path:
    import gguf

    rng = np.random.default_rng(seed)
    tokens, scores, types = vocab()
    w = gguf.GGUFWriter(str(path), arch)
    w.add_name("Tiny Gemma 3")
    w.add_context_length(512)
    w.add_embedding_length(HIDDEN)
    w.add_block_count(LAYERS)
    w.add_feed_forward_length(FFN)
    w.add_head_count(HEADS)
    w.add_head_count_kv(1)
    w.add_key_length(HEAD_DIM)
    w.add_value_length(HEAD_DIM)
    w.add_layer_norm_rms_eps(1e-6)
    w.add_rope_freq_base(1e6)
    w.add_sliding_window(window)
    w.add_tokenizer_model("llama")
    w.add_tokenizer_pre("default")
    w.add_token_list(tokens)
    w.add_token_scores(scores)
    w.add_token_types(types)
    w.add_bos_token_id(2)
    w.add_eos_token_id(1)
    w.add_unk_token_id(3)
    w.add_pad_token_id(0)
    w.add_add_bos_token(True)

    def tensor(name: str, shape: tuple[int, ...], quant: bool) -> None:
        a = (rng.standard_normal(shape) * (shape[-1] ** -0.5)).astype(np.float32)
        if quant:
            q = gguf.quants.quantize(a, gguf.GGMLQuantizationType.Q8_0)
            w.add_tensor(name, q, raw_shape=q.shape, raw_dtype=gguf.GGMLQuantizationType.Q8_0)
        else:
            w.add_tensor(name, a)

    def norm(name: str, size: int) -> None:
        # llama.cpp stores Gemma norms as 1 + w
        w.add_tensor(name, (1.0 + 0.1 * rng.standard_normal(size)).astype(np.float32))

    tensor("token_embd.weight", (len(tokens), HIDDEN), True)
    norm("output_norm.weight", HIDDEN)
    for i in range(LAYERS):
        b = f"blk.{i}."
        tensor(b + "attn_q.weight", (HEADS * HEAD_DIM, HIDDEN), True)
        tensor(b + "attn_k.weight", (HEAD_DIM, HIDDEN), True)
        tensor(b + "attn_v.weight", (HEAD_DIM, HIDDEN), True)
        tensor(b + "attn_output.weight", (HIDDEN, HEADS * HEAD_DIM), True)
        tensor(b + "ffn_gate.weight", (FFN, HIDDEN), True)
        tensor(b + "ffn_up.weight", (FFN, HIDDEN), True)
        tensor(b + "ffn_down.weight", (HIDDEN, FFN), True)
        for n in ("attn_norm", "post_attention_norm", "ffn_norm", "post_ffw_norm"):
            norm(b + n + ".weight", HIDDEN)
        norm(b + "attn_q_norm.weight", HEAD_DIM)
        norm(b + "attn_k_norm.weight", HEAD_DIM)
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    return path
