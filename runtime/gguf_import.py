"""Import a llama.cpp GGUF file as an MLX model folder (dequantized; no torch needed).

Steps: validate the file, dequantize each tensor with ``gguf``, rename to mlx-lm names,
save sharded safetensors, build tokenizer.json from the GGUF vocabulary with transformers'
torch-free converter, and write config.json plus a chat template. Everything is written
into a staging folder that only becomes the model folder when all steps succeeded.
"""

from __future__ import annotations

import importlib
import json
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from .errors import ImportFailed, UnsupportedModel
from .gguf_arch import ARCHITECTURES, GgufArch
from .staging import staged_folder
from .templates import template_text

Progress = Callable[[float, str], None]
GGUF_MAGIC = b"GGUF"
SHARD_BYTES = 2 * 1024**3
DTYPES = ("float32", "bfloat16", "float16")
# A GGUF without a chat template is a base model: it gets a plain transcript template,
# and generation stops where it starts writing the user's next line.
BASE_MODEL_META = {
    "base_model": True,
    "stop": ["\nUser:"],
    "notes": ["This is a base model: it continues text rather than following instructions."],
    # Greedy decoding keeps a small base model on topic; the stop string ends its turn.
    "defaults": {"temperature": 0.0},
}


def default_dtype() -> str:
    """fp32 on CPU (BLAS-backed, and quantized/bf16 kernels are slow there); bf16 on Metal."""
    import mlx.core as mx

    return "bfloat16" if mx.metal.is_available() else "float32"


def import_gguf(
    src: Path,
    dest: Path,
    *,
    dtype: str | None = None,
    progress: Progress | None = None,
    extra_meta: dict[str, Any] | None = None,
) -> Path:
    """Convert ``src`` (a .gguf file) into the MLX folder ``dest``; return ``dest``."""
    report = progress or (lambda _f, _m: None)
    dtype = dtype or default_dtype()
    if dtype not in DTYPES:
        raise ImportFailed(f"dtype must be one of {', '.join(DTYPES)}")
    if dest.exists():
        raise ImportFailed(f"A model named '{dest.name}' already exists.")
    report(0.0, f"Reading {src.name}")
    reader = open_gguf(src)
    fields = _field_reader(reader)
    arch_name = str(fields("general.architecture") or "unknown")
    arch = ARCHITECTURES.get(arch_name)
    if arch is None:
        known = ", ".join(sorted(ARCHITECTURES))
        raise UnsupportedModel(
            f"'{src.name}' is a '{arch_name}' model; Hearth can import GGUF files of: {known}."
        )
    with staged_folder(dest) as out:
        shapes = _write_weights(reader, arch, out, dtype, report)
        report(0.85, "Building the tokenizer")
        eos_ids = _write_tokenizer(fields, arch, out)
        config = arch.config(fields, shapes)
        config.update(
            bos_token_id=int(fields("tokenizer.ggml.bos_token_id") or 2),
            eos_token_id=eos_ids,
            pad_token_id=int(fields("tokenizer.ggml.padding_token_id") or 0),
            torch_dtype=dtype,
        )
        (out / "config.json").write_text(json.dumps(config, indent=2))
        (out / "generation_config.json").write_text(
            json.dumps({"bos_token_id": config["bos_token_id"], "eos_token_id": eos_ids}, indent=2)
        )
        meta: dict[str, Any] = {
            "format": 1,
            "source": "gguf",
            "source_file": src.name,
            "display_name": str(fields("general.name") or src.stem),
            "dtype": dtype,
        }
        if not fields("tokenizer.chat_template"):
            meta.update(BASE_MODEL_META)
        meta.update(extra_meta or {})
        (out / "hearth.json").write_text(json.dumps(meta, indent=2))
        report(1.0, "Done")
    return dest


def open_gguf(src: Path) -> Any:
    """Open and sanity-check a GGUF file, turning library errors into readable ones."""
    from gguf import GGUFReader

    if not src.is_file():
        raise ImportFailed(f"'{src}' is not a file.")
    with open(src, "rb") as fh:
        if fh.read(4) != GGUF_MAGIC:
            raise ImportFailed(f"'{src.name}' is not a GGUF file (its header is wrong).")
    try:
        reader = GGUFReader(str(src))
    except Exception as exc:  # the reader fails with reshape/index errors on cut files
        raise ImportFailed(f"'{src.name}' is damaged or incomplete: {exc}") from exc
    if not reader.tensors:
        raise ImportFailed(f"'{src.name}' holds no tensors; the file is incomplete.")
    end = max(int(t.data_offset) + int(t.n_bytes) for t in reader.tensors)
    if end > os.path.getsize(src):
        raise ImportFailed(f"'{src.name}' is truncated: the download or copy did not finish.")
    return reader


def _field_reader(reader: Any) -> Callable[[str], Any]:
    def get(key: str) -> Any:
        f = reader.fields.get(key)
        return None if f is None else f.contents()

    return get


def _write_weights(
    reader: Any, arch: GgufArch, out: Path, dtype: str, report: Progress
) -> dict[str, tuple[int, ...]]:
    import mlx.core as mx
    from gguf.quants import dequantize

    mx_dtype = getattr(mx, dtype)
    shapes: dict[str, tuple[int, ...]] = {}
    weight_map: dict[str, str] = {}
    shard: dict[str, Any] = {}
    shard_bytes, shard_no = 0, 0

    def flush() -> None:
        nonlocal shard, shard_bytes, shard_no
        if not shard:
            return
        shard_no += 1
        fname = f"model-{shard_no:05d}.safetensors"
        mx.save_safetensors(str(out / fname), shard, metadata={"format": "mlx"})
        weight_map.update({k: fname for k in shard})
        shard, shard_bytes = {}, 0

    tensors = list(reader.tensors)
    for i, t in enumerate(tensors):
        name = arch.rename(t.name)
        if name is None:
            raise UnsupportedModel(f"Unexpected tensor '{t.name}' in a {arch.name} GGUF.")
        try:
            # numpy shape is the reverse of ggml's ne order: already (out, in) as MLX wants.
            a = dequantize(t.data, t.tensor_type).astype(np.float32, copy=False)
        except Exception as exc:
            raise ImportFailed(f"Tensor '{t.name}' could not be decoded: {exc}") from exc
        arr = mx.array(arch.adjust(name, a)).astype(mx_dtype)
        shard[name] = arr
        shapes[name] = tuple(arr.shape)
        shard_bytes += arr.nbytes
        if shard_bytes >= SHARD_BYTES:
            flush()
        report(0.8 * (i + 1) / len(tensors), f"Converting weights ({i + 1}/{len(tensors)})")
    flush()
    total = sum((out / f).stat().st_size for f in set(weight_map.values()))
    index = {"metadata": {"total_size": total}, "weight_map": weight_map}
    (out / "model.safetensors.index.json").write_text(json.dumps(index, indent=2))
    return shapes


def _write_tokenizer(fields: Callable[[str], Any], arch: GgufArch, out: Path) -> list[int]:
    """Build tokenizer.json from the GGUF vocabulary; return the end-of-turn token ids."""
    logging.getLogger("transformers").setLevel(logging.ERROR)
    from transformers import PreTrainedTokenizerFast

    mapping = importlib.import_module("transformers.integrations.gguf.gguf_tokenizer_mapping")
    tok_dict = {}
    for key, name in mapping.GGUF_TOKENIZER_MAPPING["tokenizer"].items():
        value = fields("tokenizer." + key)
        if value is not None:
            tok_dict[name] = value
    if "tokens" not in tok_dict:
        raise ImportFailed("The GGUF file has no tokenizer vocabulary.")
    try:
        backend, _ = mapping.convert_gguf_tokenizer(arch.name, tok_dict)
    except Exception as exc:
        raise ImportFailed(f"The GGUF tokenizer could not be converted: {exc}") from exc
    tokens = tok_dict["tokens"]

    def tok(key: str, default: int) -> str:
        return str(tokens[int(fields(key) if fields(key) is not None else default)])

    hf = PreTrainedTokenizerFast(
        tokenizer_object=backend,
        bos_token=tok("tokenizer.ggml.bos_token_id", 2),
        eos_token=tok("tokenizer.ggml.eos_token_id", 1),
        unk_token=tok("tokenizer.ggml.unknown_token_id", 3),
        pad_token=tok("tokenizer.ggml.padding_token_id", 0),
        padding_side="left",
    )
    template = fields("tokenizer.chat_template")
    hf.chat_template = str(template) if template else template_text("base_transcript.jinja")
    hf.save_pretrained(str(out))
    cfg_path = out / "tokenizer_config.json"
    cfg = json.loads(cfg_path.read_text())
    # Gemma's class honours add_bos_token; our templates write <bos> themselves.
    cfg.update(tokenizer_class="GemmaTokenizer", add_bos_token=False)
    cfg_path.write_text(json.dumps(cfg, indent=2))
    eos = [int(fields("tokenizer.ggml.eos_token_id") or 1)]
    vocab = {str(t): i for i, t in enumerate(tokens)}
    eos += [vocab[t] for t in arch.eos_extra if t in vocab]
    return eos
