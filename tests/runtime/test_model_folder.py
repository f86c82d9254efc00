from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from runtime.errors import InvalidModelFolder, ModelNotFound, UnsupportedModel
from runtime.model_folder import inspect_model_folder


@pytest.fixture
def copy_of(tmp_path: Path):
    def make(src: Path) -> Path:
        dest = tmp_path / src.name
        shutil.copytree(src, dest)
        return dest

    return make


def test_tiny_gemma4_is_a_multimodal_mlx_vlm_model(tiny_gemma4: Path) -> None:
    folder = inspect_model_folder(tiny_gemma4)
    assert folder.backend == "mlx-vlm"
    assert folder.model_type == "gemma4_unified"
    assert folder.modalities == {"text", "image", "audio", "video"}


def test_imported_gemma3_is_a_text_mlx_lm_model(tiny_gemma3: Path) -> None:
    folder = inspect_model_folder(tiny_gemma3)
    assert folder.backend == "mlx-lm"
    assert folder.modalities == {"text"}
    assert folder.meta["source"] == "gguf"


def test_missing_path(tmp_path: Path) -> None:
    with pytest.raises(ModelNotFound, match="No model at"):
        inspect_model_folder(tmp_path / "nope")


def test_a_gguf_file_is_not_a_folder(tiny_gemma3_gguf: Path) -> None:
    with pytest.raises(InvalidModelFolder, match="hearth models import"):
        inspect_model_folder(tiny_gemma3_gguf)


def test_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(InvalidModelFolder, match="no config.json"):
        inspect_model_folder(tmp_path)


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda d: (d / "config.json").write_text("{not json"), "not valid JSON"),
        (lambda d: (d / "config.json").write_text("{}"), "model_type"),
        (lambda d: (d / "model.safetensors").unlink(), "no weights"),
        (lambda d: (d / "tokenizer.json").unlink(), "no tokenizer"),
        (lambda d: (d / "chat_template.jinja").unlink(), "no chat template"),
        (lambda d: _edit_json(d / "config.json", model_type="quantum_llm"), "not supported"),
        (lambda d: _edit_json(d / "tokenizer_config.json", image_token=None), "image_token"),
        (lambda d: _truncate(d / "model.safetensors", 0.5), "damaged or incomplete"),
        (lambda d: (d / "model.safetensors").write_bytes(b"hello, I am not safetensors"), "damaged"),
    ],
)
def test_broken_folders_are_explained(tiny_gemma4: Path, copy_of, damage, message: str) -> None:
    folder = copy_of(tiny_gemma4)
    damage(folder)
    with pytest.raises((InvalidModelFolder, UnsupportedModel), match=message):
        inspect_model_folder(folder)


def test_missing_shard_named_in_the_index(tiny_gemma3: Path, copy_of) -> None:
    folder = copy_of(tiny_gemma3)
    index = json.loads((folder / "model.safetensors.index.json").read_text())
    index["weight_map"]["extra.weight"] = "model-00009.safetensors"
    (folder / "model.safetensors.index.json").write_text(json.dumps(index))
    with pytest.raises(InvalidModelFolder, match="model-00009.safetensors"):
        inspect_model_folder(folder)


def _edit_json(path: Path, **changes) -> None:
    data = json.loads(path.read_text())
    for key, value in changes.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    path.write_text(json.dumps(data))


def _truncate(path: Path, fraction: float) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * fraction)])
