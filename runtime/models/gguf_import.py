"""Import a llama.cpp GGUF file as an MLX model folder (dequantized; no torch needed).

Steps: validate the file, dequantize each tensor with ``gguf``, rename to mlx-lm names,
save sharded safetensors, build tokenizer.json from the GGUF vocabulary with transformers'
torch-free converter, and write config.json plus a chat template. Everything is written
into a staging folder that only becomes the model folder when all steps succeeded.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import logging
import math
import threading
import time
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import ImportFailed, UnsupportedModel
from ..mlx_owner import device, run_mlx
from ..templates import template_text
from .gguf_arch import ARCHITECTURES, GgufArch
from .gguf_file import GgufFile, GgufFormatError, GgufTensor, read_gguf
from .staging import staged_folder

Progress = Callable[[float, str], None]
GGUF_MAGIC = b"GGUF"
# Small shards: the bar moves while they are written, and fewer converted tensors wait in memory.
SHARD_BYTES = 256 * 1024**2
# Dequantize big tensors this many values at a time, reporting progress after each piece.
PIECE_VALUES = 4 * 1024**2
DTYPES = ("float32", "bfloat16", "float16")
# A GGUF without a chat template is a base model: it gets a question-and-answer completion
# prompt, and generation stops where it starts writing the next question.
BASE_MODEL_META = {
    "base_model": True,
    "stop": ["\nQuestion:"],
    "notes": ["This is a base model: it continues text rather than following instructions."],
}
# Greedy decoding keeps a small base model on topic and the stop string ends its turn; when
# it does not stop, it loops, so a loop ends the reply and replies are capped short.
# TextBackend applies these to every base model, also to folders imported before they existed.
BASE_MODEL_DEFAULTS = {"temperature": 0.0, "stop_repetition": True, "max_tokens": 256}


def default_dtype() -> str:
    """fp32 on CPU (BLAS-backed, and quantized/bf16 kernels are slow there); bf16 on Metal."""
    return "bfloat16" if device().gpu else "float32"


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
    fields = reader.get
    arch_name = str(fields("general.architecture") or "unknown")
    arch = ARCHITECTURES.get(arch_name)
    if arch is None:
        known = ", ".join(sorted(ARCHITECTURES))
        raise UnsupportedModel(f"'{src.name}' is a '{arch_name}' model; Hearth can import GGUF files of: {known}.")
    with staged_folder(dest) as out:
        shapes = _write_weights(reader, arch, out, dtype, report)
        eos_ids = _write_tokenizer(fields, arch, out, report)
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
            meta.update(BASE_MODEL_META, defaults=dict(BASE_MODEL_DEFAULTS))
        meta.update(extra_meta or {})
        (out / "hearth.json").write_text(json.dumps(meta, indent=2))
        report(1.0, "Done")
    return dest


def open_gguf(src: Path) -> GgufFile:
    """Open and sanity-check a GGUF file, turning format errors into readable ones."""
    if not src.is_file():
        raise ImportFailed(f"'{src}' is not a file.")
    with open(src, "rb") as fh:
        if fh.read(4) != GGUF_MAGIC:
            raise ImportFailed(f"'{src.name}' is not a GGUF file (its header is wrong).")
    try:
        gguf = read_gguf(src)
    except GgufFormatError as exc:
        if "truncated" in str(exc):
            raise ImportFailed(f"'{src.name}' is truncated: the download or copy did not finish.") from exc
        raise ImportFailed(f"'{src.name}' is damaged or incomplete: {exc}") from exc
    if not gguf.tensors:
        raise ImportFailed(f"'{src.name}' holds no tensors; the file is incomplete.")
    return gguf


def _write_weights(
    reader: GgufFile, arch: GgufArch, out: Path, dtype: str, report: Progress
) -> dict[str, tuple[int, ...]]:
    """Dequantize on this thread (numpy); convert and save each piece on the engine thread.

    Only the MLX steps go to the engine thread (run_mlx), one tensor or one shard per job:
    the whole import there would hold a chat's replies for minutes, while these jobs let a
    reply start within one tensor's conversion, and an import waits out a reply in progress.
    A child process would own its MLX too, but would start a second interpreter and MLX and
    copy every tensor across a pipe. Progress is reported here, so the bar moves as before.
    """
    import mlx.core as mx

    mx_dtype = getattr(mx, dtype)
    shapes: dict[str, tuple[int, ...]] = {}
    weight_map: dict[str, str] = {}
    shard: dict[str, Any] = {}
    shard_bytes, shard_no = 0, 0
    # Progress follows the bytes converted, so one big tensor (the embedding) moves the bar too.
    total = sum(t.n_bytes for t in reader.tensors) or 1
    done = 0

    def flush() -> None:
        nonlocal shard, shard_bytes, shard_no
        if not shard:
            return
        shard_no += 1
        fname = f"model-{shard_no:05d}.safetensors"
        tensors = shard
        run_mlx(lambda: mx.save_safetensors(str(out / fname), tensors, metadata={"format": "mlx"}))
        weight_map.update({k: fname for k in shard})
        shard, shard_bytes = {}, 0

    tensors = reader.tensors
    for i, t in enumerate(tensors):
        name = arch.rename(t.name)
        if name is None:
            raise UnsupportedModel(f"Unexpected tensor '{t.name}' in a {arch.name} GGUF.")

        def piece_done(n_bytes: int, i: int = i) -> None:
            nonlocal done
            done += n_bytes
            report(0.8 * done / total, f"Converting weights ({i + 1}/{len(tensors)})")

        try:
            a = _dequantize(t, piece_done)
        except Exception as exc:
            raise ImportFailed(f"Tensor '{t.name}' could not be decoded: {exc}") from exc
        adjusted = arch.adjust(name, a)
        del a
        arr = run_mlx(partial(_converted, mx, adjusted, mx_dtype))  # bound now: `adjusted` is freed below
        del adjusted
        shard[name] = arr
        shapes[name] = tuple(arr.shape)
        shard_bytes += arr.nbytes
        if shard_bytes >= SHARD_BYTES:
            flush()
    flush()
    size = sum((out / f).stat().st_size for f in set(weight_map.values()))
    index = {"metadata": {"total_size": size}, "weight_map": weight_map}
    (out / "model.safetensors.index.json").write_text(json.dumps(index, indent=2))
    return shapes


def _converted(mx: Any, values: np.ndarray, dtype: Any) -> Any:
    """The tensor in MLX at the model's dtype, computed now (on the calling thread): nothing
    lazy is left for another thread to evaluate, and the float32 copy is freed at once."""
    arr = mx.array(values).astype(dtype)
    mx.eval(arr)
    return arr


def _dequantize(t: GgufTensor, progress: Callable[[int], None]) -> np.ndarray:
    """float32 values of ``t`` (numpy shape: ggml's reversed), converted a piece of rows at a time."""
    from gguf.quants import dequantize

    per_row = t.shape[-1] if t.shape else 1
    rows = t.data.reshape(-1, t.data.shape[-1] if t.data.ndim else 1)
    step = max(1, PIECE_VALUES // per_row)
    out = np.empty((rows.shape[0], per_row), dtype=np.float32)
    for start in range(0, rows.shape[0], step):
        piece = rows[start : start + step]
        out[start : start + len(piece)] = dequantize(piece, t.tensor_type)
        progress(t.n_bytes * len(piece) // rows.shape[0])
    return out.reshape(t.shape)


@contextlib.contextmanager
def creeping(report: Progress, start: float, end: float, message: str, every_s: float = 0.5) -> Iterator[None]:
    """Report a step that gives no progress of its own (a library call) as a bar that keeps
    creeping from ``start`` towards ``end`` with the seconds so far, so it never sits still."""
    report(start, message)
    done = threading.Event()

    def tick() -> None:
        t0 = time.monotonic()
        while not done.wait(every_s):
            elapsed = time.monotonic() - t0
            report(start + (end - start) * (1 - math.exp(-elapsed / 5)), f"{message} ({elapsed:.0f} s)")

    ticker = threading.Thread(target=tick, name="hearth-progress", daemon=True)
    ticker.start()
    try:
        yield
    finally:
        done.set()
        ticker.join()


def _write_tokenizer(fields: Callable[[str], Any], arch: GgufArch, out: Path, report: Progress) -> list[int]:
    """Build tokenizer.json from the GGUF vocabulary; return the end-of-turn token ids.

    The slowest first-run step after the weights (transformers derives BPE merges from the
    262k-token vocabulary in Python), so it reports each of its stages.
    """
    report(0.81, "Building the tokenizer: loading transformers")
    logging.getLogger("transformers").setLevel(logging.ERROR)
    mapping = importlib.import_module("transformers.integrations.gguf.gguf_tokenizer_mapping")
    tok_dict = {}
    for key, name in mapping.GGUF_TOKENIZER_MAPPING["tokenizer"].items():
        value = fields("tokenizer." + key)
        if value is not None:
            tok_dict[name] = value
    if "tokens" not in tok_dict:
        raise ImportFailed("The GGUF file has no tokenizer vocabulary.")
    try:
        with creeping(report, 0.82, 0.92, f"Building the tokenizer: merges for {len(tok_dict['tokens']):,} tokens"):
            backend, _ = mapping.convert_gguf_tokenizer(arch.name, tok_dict)
    except Exception as exc:
        raise ImportFailed(f"The GGUF tokenizer could not be converted: {exc}") from exc
    tokens = tok_dict["tokens"]
    with creeping(report, 0.92, 0.99, "Building the tokenizer: saving"):
        return _save_tokenizer(fields, arch, backend, tokens, out)


def _save_tokenizer(
    fields: Callable[[str], Any], arch: GgufArch, backend: Any, tokens: list[Any], out: Path
) -> list[int]:
    from transformers import PreTrainedTokenizerFast

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
    hf.chat_template = str(template) if template else template_text("base_qa.jinja")
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
