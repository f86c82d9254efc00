"""Build tiny random Gemma 4 unified checkpoints, entirely offline.

The checkpoint has the real folder layout (config, safetensors, tokenizer with Gemma 4's
special tokens, tokenizer_config, chat template) and loads through the same path as a
downloaded model. Tests and the packaged app's ``--self-test`` use it; its output is
random but deterministic for a given seed.
"""

from __future__ import annotations

import json
import string
from pathlib import Path
from typing import Any

from .models.staging import staged_folder
from .templates import template_text

SPECIAL_TOKENS = [
    "<pad>", "<eos>", "<bos>", "<unk>", "<mask>",
    "<|turn>", "<turn|>", "<|channel>", "<channel|>", "<|think|>",
    "<|tool>", "<tool|>", "<|tool_call>", "<tool_call|>", "<|tool_response>", "<tool_response|>",
    '<|"|>',
    "<|image>", "<image|>", "<|image|>", "<|audio>", "<audio|>", "<|audio|>", "<|video|>",
]  # fmt: skip
TOKEN_ATTRS = {
    "image_token": "<|image|>", "boi_token": "<|image>", "eoi_token": "<image|>",
    "audio_token": "<|audio|>", "boa_token": "<|audio>", "eoa_token": "<audio|>",
    "sot_token": "<|turn>", "eot_token": "<turn|>", "soc_token": "<|channel>", "eoc_token": "<channel|>",
    "think_token": "<|think|>", "escape_token": '<|"|>', "str_token": "<|tool_response>",
    "etr_token": "<tool_response|>", "stc_token": "<|tool_call>", "etc_token": "<tool_call|>",
    "std_token": "<|tool>", "etd_token": "<tool|>",
}  # fmt: skip
WORDS = (
    "the quick brown fox jumps over lazy dog hello world model user system image audio video "
    "describe what you see hear weather city call tool answer thought think response value name "
    "print python code result chart plot sum mean data number one two three four five yes no"
).split()


def build_tiny_gemma4(out: Path, *, seed: int = 0, vocab_size: int = 512, sliding_window: int = 512) -> Path:
    """Write a ~0.8M-parameter random gemma4_unified checkpoint to ``out``."""
    with staged_folder(out) as tmp:
        ids = _write_tokenizer(tmp, vocab_size)
        config = _config(ids, vocab_size, sliding_window)
        (tmp / "config.json").write_text(json.dumps(config, indent=2))
        (tmp / "generation_config.json").write_text(
            json.dumps({"bos_token_id": ids["<bos>"], "pad_token_id": 0, "eos_token_id": config["eos_token_id"]})
        )
        _write_weights(tmp, config, seed)
    return out


def _write_tokenizer(out: Path, vocab_size: int) -> dict[str, int]:
    from tokenizers import Tokenizer, decoders, models, normalizers, trainers

    corpus = [" ".join(WORDS[(i * 7 + j * 3) % len(WORDS)] for j in range(12)) for i in range(1500)]
    corpus.append(string.printable)
    tok = Tokenizer(models.BPE(unk_token="<unk>", fuse_unk=True))
    # Gemma's SentencePiece style: spaces become "▁", so mlx picks the SPM detokenizer.
    tok.normalizer = normalizers.Replace(" ", "\u2581")
    tok.decoder = decoders.Sequence([decoders.Replace("\u2581", " "), decoders.ByteFallback(), decoders.Fuse()])
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=SPECIAL_TOKENS,
        initial_alphabet=list(string.printable) + ["\u2581"],
        show_progress=False,
    )
    tok.train_from_iterator(corpus, trainer=trainer)
    tok.add_special_tokens(SPECIAL_TOKENS)
    tok.save(str(out / "tokenizer.json"))
    cfg = {
        "backend": "tokenizers",
        "tokenizer_class": "GemmaTokenizer",
        "bos_token": "<bos>", "eos_token": "<eos>", "unk_token": "<unk>", "pad_token": "<pad>",
        "mask_token": "<mask>",
        **TOKEN_ATTRS,
        "extra_special_tokens": ["<|video|>"],
        "add_bos_token": False,
        "padding_side": "left",
        "model_max_length": 131072,
    }  # fmt: skip
    (out / "tokenizer_config.json").write_text(json.dumps(cfg, indent=2))
    (out / "chat_template.jinja").write_text(template_text("gemma4.jinja"))
    ids = {}
    for t in SPECIAL_TOKENS:
        token_id = tok.token_to_id(t)
        assert token_id is not None, t  # every special token was added to the vocabulary above
        ids[t] = token_id
    return ids


def _config(ids: dict[str, int], vocab: int, window: int) -> dict[str, Any]:
    return {
        "model_type": "gemma4_unified",
        "architectures": ["Gemma4UnifiedForConditionalGeneration"],
        "vocab_size": vocab,
        "image_token_id": ids["<|image|>"],
        "audio_token_id": ids["<|audio|>"],
        "video_token_id": ids["<|video|>"],
        "boi_token_id": ids["<|image>"],
        "eoi_token_id": ids["<image|>"],
        "boa_token_id": ids["<|audio>"],
        "eoa_token_index": ids["<audio|>"],
        "pad_token_id": ids["<pad>"],
        "eos_token_id": [ids["<eos>"], ids["<turn|>"], ids["<|tool_response>"]],
        "tie_word_embeddings": True,
        "text_config": {
            "model_type": "gemma4_unified_text",
            "hidden_size": 64,  # multiples of 64 keep 4-bit quantization applicable
            "intermediate_size": 128,
            "num_hidden_layers": 2,
            "layer_types": ["sliding_attention", "full_attention"],
            "num_attention_heads": 2,
            "num_key_value_heads": 1,
            "num_global_key_value_heads": 1,
            "head_dim": 32,
            "global_head_dim": 64,
            "attention_k_eq_v": True,
            "vocab_size": vocab,
            "vocab_size_per_layer_input": vocab,
            "hidden_size_per_layer_input": 0,
            "num_kv_shared_layers": 0,
            "sliding_window": window,
            "max_position_embeddings": 32768,
            "final_logit_softcapping": 30.0,
            "rms_norm_eps": 1e-6,
            "use_bidirectional_attention": "vision",
            "use_double_wide_mlp": False,
            "rope_parameters": {
                "full_attention": {"partial_rotary_factor": 0.25, "rope_theta": 1e6, "rope_type": "proportional"},
                "sliding_attention": {"rope_theta": 10000.0, "rope_type": "default"},
            },
        },
        "vision_config": {
            "model_type": "gemma4_unified_vision",
            "patch_size": 16,
            "pooling_kernel_size": 3,
            "model_patch_size": 48,  # the processor always emits 48x48x3 patches
            "mm_embed_dim": 64,
            "output_proj_dims": 64,
            "mm_posemb_size": 1120,
            "num_soft_tokens": 280,
            "rms_norm_eps": 1e-6,
        },
        "audio_config": {
            "model_type": "gemma4_unified_audio",
            "audio_samples_per_token": 640,  # 40 ms frames at 16 kHz
            "audio_embed_dim": 640,
            "hidden_size": 640,
            "output_proj_dims": 640,
            "rms_norm_eps": 1e-6,
        },
    }


def _write_weights(out: Path, config: dict[str, Any], seed: int) -> None:
    import mlx.core as mx
    from mlx.utils import tree_flatten
    from mlx_vlm.models import gemma4_unified as g4u

    # Seed the global generator too: the 1-D parameters (biases) keep the layers' default
    # random init, and an unseeded one made the checkpoint, and tests on it, differ per run.
    mx.random.seed(seed)
    model = g4u.Model(g4u.ModelConfig.from_dict(config))
    params = tree_flatten(model.parameters())
    assert isinstance(params, list)  # (name, array) pairs: no destination dict was passed
    keys = mx.random.split(mx.random.key(seed), len(params))
    weights = {}
    for i, (name, v) in enumerate(params):
        if v.ndim >= 2:
            scale = 0.02 if ("embed_tokens" in name or name.endswith("pos_embedding")) else v.shape[-1] ** -0.5
            v = mx.random.normal(v.shape, key=keys[i]) * scale
        weights[name] = v.astype(mx.float32)
    mx.save_safetensors(str(out / "model.safetensors"), weights, metadata={"format": "mlx"})


def poison_weights(folder: Path, value: float = float("nan")) -> Path:
    """Set every floating-point weight of a model folder to ``value`` (NaN by default): a model
    that loads fine and computes nonsense, for the load-time smoke check."""
    import mlx.core as mx

    for file in sorted(folder.glob("*.safetensors")):
        loaded = mx.load(str(file), return_metadata=True)
        assert isinstance(loaded, tuple)  # (weights, metadata), as return_metadata asks
        weights, metadata = loaded
        poisoned = {
            k: mx.full(v.shape, value, v.dtype) if mx.issubdtype(v.dtype, mx.floating) else v
            for k, v in weights.items()
        }
        mx.save_safetensors(str(file), poisoned, metadata=metadata)
    return folder


def build_tiny_drafter(target: Path, out: Path, *, seed: int = 1) -> Path:
    """A random MTP drafter (gemma4_unified_assistant) that fits a tiny target's K/V.

    Random drafts are almost never accepted, so this tests correctness (greedy output must
    not change) and the plumbing, not the speed-up.
    """
    import mlx.core as mx
    from mlx.utils import tree_flatten
    from mlx_vlm.speculative.drafters import gemma4_unified_assistant as ga

    tc = json.loads((target / "config.json").read_text())["text_config"]
    same = (
        "head_dim",
        "global_head_dim",
        "num_key_value_heads",
        "num_global_key_value_heads",
        "attention_k_eq_v",
        "vocab_size",
        "sliding_window",
        "rope_parameters",
    )
    config = {
        "model_type": "gemma4_unified_assistant",
        "architectures": ["Gemma4UnifiedAssistantForCausalLM"],
        "backbone_hidden_size": tc["hidden_size"],  # the drafter reads the target's last hidden state
        "use_ordered_embeddings": False,
        "tie_word_embeddings": True,
        "block_size": 4,
        "text_config": {
            "model_type": "gemma4_text", "hidden_size": 64, "intermediate_size": 128,
            "num_hidden_layers": 2, "layer_types": ["sliding_attention", "full_attention"],
            "num_attention_heads": 2, "vocab_size_per_layer_input": 0, "hidden_size_per_layer_input": 0,
            "num_kv_shared_layers": 2, "use_double_wide_mlp": False, "final_logit_softcapping": 30.0,
            **{k: tc[k] for k in same},
        },
    }  # fmt: skip
    with staged_folder(out) as tmp:
        (tmp / "config.json").write_text(json.dumps(config, indent=2))
        mx.random.seed(seed)  # as in _write_weights: the biases keep their default random init
        model = ga.Model(ga.ModelConfig.from_dict(config))
        params = tree_flatten(model.parameters())
        assert isinstance(params, list)  # (name, array) pairs: no destination dict was passed
        keys = mx.random.split(mx.random.key(seed), len(params))
        weights = {
            name: (mx.random.normal(v.shape, key=keys[i]) * v.shape[-1] ** -0.5 if v.ndim >= 2 else v).astype(
                mx.float32
            )
            for i, (name, v) in enumerate(params)
        }
        mx.save_safetensors(str(tmp / "model.safetensors"), weights, metadata={"format": "mlx"})
    return out
