"""The load-time smoke check: a model whose weights compute NaN or infinity is reported as
broken at load, never chatted with; healthy models pass it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from runtime import Engine, ModelSpec
from runtime.errors import ModelLoadFailed
from runtime.tiny_model import build_tiny_gemma4, poison_weights


@pytest.fixture(scope="module")
def nan_gemma4(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return poison_weights(build_tiny_gemma4(tmp_path_factory.mktemp("models") / "nan-gemma4"))


@pytest.mark.parametrize("value", ["nan", "inf"])
def test_a_vision_model_with_poisoned_weights_fails_to_load_as_broken(
    tiny_gemma4: Path, tmp_path: Path, value: str
) -> None:
    folder = shutil.copytree(tiny_gemma4, tmp_path / f"{value}-gemma4")
    poison_weights(folder, float(value))
    engine = Engine()
    try:
        with pytest.raises(ModelLoadFailed, match=r"is broken: .*invalid numbers \(NaN or infinity\)"):
            engine.load(ModelSpec(folder)).result()
        assert engine.info is None
    finally:
        engine.close()


def test_a_text_model_with_nan_weights_fails_to_load_as_broken(tiny_gemma3: Path, tmp_path: Path) -> None:
    folder = poison_weights(shutil.copytree(tiny_gemma3, tmp_path / "nan-gemma3"))
    engine = Engine()
    try:
        with pytest.raises(ModelLoadFailed, match="is broken"):
            engine.load(ModelSpec(folder)).result()
    finally:
        engine.close()


def test_a_broken_model_keeps_the_previous_one_loaded(engine: Engine, nan_gemma4: Path, tiny_gemma4: Path) -> None:
    with pytest.raises(ModelLoadFailed, match="is broken"):
        engine.load(ModelSpec(nan_gemma4)).result()
    # The previous model was unloaded before the new one was tried; loading it again works.
    assert engine.load(ModelSpec(tiny_gemma4)).result().name


def test_healthy_models_pass_the_check(tiny_gemma4: Path, tiny_gemma3: Path) -> None:
    engine = Engine()
    try:
        for folder in (tiny_gemma4, tiny_gemma3):
            assert engine.load(ModelSpec(folder)).result().name
    finally:
        engine.close()


def test_a_text_model_whose_tokenizer_cannot_be_built_fails_to_load_clearly(tiny_gemma3: Path, tmp_path: Path) -> None:
    # The tokenizer is built beside the weights (runtime/text_backend.py): its failure must
    # still reach the caller as a load failure, with the weights' thread not left waiting.
    folder = shutil.copytree(tiny_gemma3, tmp_path / "bad-tokenizer")
    (folder / "tokenizer.json").write_text('{"model": {"type": "BPE", "vocab": 7}}', encoding="utf-8")
    engine = Engine()
    try:
        with pytest.raises(ModelLoadFailed, match="Could not load the tokenizer of"):
            engine.load(ModelSpec(folder)).result(timeout=120)
        assert engine.info is None
        assert engine.load(ModelSpec(tiny_gemma3)).result(timeout=120).name  # and the engine still works
    finally:
        engine.close()
