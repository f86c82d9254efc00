"""Check a model folder before loading it, and decide which library runs it.

mlx-lm and mlx-vlm fail late and cryptically on incomplete folders (a missing chat
template silently produces bare prompts; a missing tokenizer_config token breaks media
prompts with an empty error). Checking up front gives the user one clear sentence.
"""

from __future__ import annotations

import importlib.util
import json
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from .errors import InvalidModelFolder, ModelNotFound, UnsupportedModel

MEDIA_TOKEN_KEYS = {"vision_config": "image_token", "audio_config": "audio_token"}


@dataclass(frozen=True)
class ModelFolder:
    path: Path
    config: dict[str, Any]
    backend: Literal["mlx-lm", "mlx-vlm"]
    weight_files: tuple[Path, ...]
    meta: dict[str, Any] = field(default_factory=dict)  # hearth.json, if any

    @property
    def model_type(self) -> str:
        return str(self.config["model_type"])

    @property
    def name(self) -> str:
        return str(self.meta.get("display_name") or self.path.name)

    @property
    def weight_bytes(self) -> int:
        return sum(f.stat().st_size for f in self.weight_files)

    @property
    def modalities(self) -> frozenset[str]:
        kinds = {"text"}
        if "vision_config" in self.config:
            kinds |= {"image", "video"}
        if "audio_config" in self.config:
            kinds.add("audio")
        return frozenset(kinds) if self.backend == "mlx-vlm" else frozenset({"text"})

    @property
    def context_length(self) -> int:
        text = self.config.get("text_config", self.config)
        return int(text.get("max_position_embeddings") or self.config.get("max_position_embeddings") or 8192)


def inspect_model_folder(path: Path) -> ModelFolder:
    """Validate ``path`` as an MLX model folder; raise a user-readable error if it is not."""
    if not path.exists():
        raise ModelNotFound(f"No model at '{path}'.")
    if path.is_file():
        hint = " Import it first: hearth models import FILE.gguf" if path.suffix == ".gguf" else ""
        raise InvalidModelFolder(f"'{path.name}' is a file, not a model folder.{hint}")
    config = _read_json(path / "config.json", "config.json")
    if not isinstance(config, dict) or not config.get("model_type"):
        raise InvalidModelFolder(f"'{path.name}/config.json' does not name a model_type.")
    weights = _weight_files(path)
    if not (path / "tokenizer.json").is_file() and not (path / "tokenizer.model").is_file():
        raise InvalidModelFolder(f"'{path.name}' has no tokenizer (tokenizer.json).")
    backend = _choose_backend(config)
    if backend == "mlx-vlm":
        _check_vlm_files(path, config)
    meta = _read_json(path / "hearth.json", "hearth.json") if (path / "hearth.json").exists() else {}
    return ModelFolder(path=path, config=config, backend=backend, weight_files=weights, meta=meta)


def _read_json(file: Path, label: str) -> Any:
    if not file.is_file():
        raise InvalidModelFolder(f"'{file.parent.name}' has no {label}; it is not a model folder.")
    try:
        return json.loads(file.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise InvalidModelFolder(f"'{file.parent.name}/{label}' is not valid JSON: {exc}") from exc


def _weight_files(path: Path) -> tuple[Path, ...]:
    files = tuple(sorted(path.glob("*.safetensors")))
    if not files:
        raise InvalidModelFolder(f"'{path.name}' has no weights (*.safetensors files).")
    index = path / "model.safetensors.index.json"
    if index.is_file():
        weight_map = _read_json(index, index.name).get("weight_map", {})
        missing = sorted({f for f in weight_map.values() if not (path / f).is_file()})
        if missing:
            raise InvalidModelFolder(f"'{path.name}' is missing weight files: {', '.join(missing)}.")
    for f in files:
        _check_safetensors_header(f)
    return files


def _check_safetensors_header(file: Path) -> None:
    """Catch truncated or non-safetensors files without reading the weights."""
    size = file.stat().st_size
    try:
        with open(file, "rb") as fh:
            (n,) = struct.unpack("<Q", fh.read(8))
            if n <= 0 or 8 + n > size:
                raise ValueError("bad header length")
            header = json.loads(fh.read(n))
        ends = [v["data_offsets"][1] for k, v in header.items() if k != "__metadata__"]
        if 8 + n + max(ends, default=0) > size:
            raise ValueError("file shorter than its header says")
    except (ValueError, KeyError, TypeError, struct.error) as exc:
        raise InvalidModelFolder(f"'{file.parent.name}/{file.name}' is damaged or incomplete ({exc}).") from exc


def _has_module(package: str, name: str) -> bool:
    try:
        return importlib.util.find_spec(f"{package}.{name}") is not None
    except ModuleNotFoundError:
        return False


def _choose_backend(config: dict[str, Any]) -> Literal["mlx-lm", "mlx-vlm"]:
    from mlx_lm.utils import MODEL_REMAPPING as LM_REMAP

    model_type = str(config["model_type"])
    lm_type = LM_REMAP.get(model_type, model_type).replace("-", "_")

    def vlm_type() -> str:
        # Importing mlx_vlm costs seconds at every start: a text-only mlx-lm model never needs it.
        from mlx_vlm.utils import MODEL_REMAPPING as VLM_REMAP

        return str(VLM_REMAP.get(model_type, model_type)).replace("-", "_")

    multimodal = any(k in config for k in MEDIA_TOKEN_KEYS)
    if multimodal and _has_module("mlx_vlm.models", vlm_type()):
        return "mlx-vlm"
    if _has_module("mlx_lm.models", lm_type):
        return "mlx-lm"
    if _has_module("mlx_vlm.models", vlm_type()):
        return "mlx-vlm"
    raise UnsupportedModel(f"Model type '{model_type}' is not supported by this version of Hearth.")


def _check_vlm_files(path: Path, config: dict[str, Any]) -> None:
    tok_cfg_file = path / "tokenizer_config.json"
    tok_cfg = _read_json(tok_cfg_file, "tokenizer_config.json")
    has_template = (
        (path / "chat_template.jinja").is_file()
        or (path / "chat_template.json").is_file()
        or bool(tok_cfg.get("chat_template"))
    )
    if not has_template:
        raise InvalidModelFolder(f"'{path.name}' has no chat template (chat_template.jinja).")
    # Gemma 4's processor reads its media tokens from tokenizer_config.json.
    if not str(config["model_type"]).startswith("gemma4"):
        return
    for section, key in MEDIA_TOKEN_KEYS.items():
        if section in config and not tok_cfg.get(key):
            raise InvalidModelFolder(
                f"'{path.name}/tokenizer_config.json' lacks '{key}', so {section.split('_')[0]} inputs would fail."
            )
