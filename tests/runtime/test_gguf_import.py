from __future__ import annotations

import json
from pathlib import Path

import mlx.core as mx
import numpy as np
import pytest
from gguf import GGUFReader
from gguf.quants import dequantize

from runtime.errors import ImportFailed, UnsupportedModel
from runtime.models.gguf_import import import_gguf
from runtime.models.library import ModelLibrary
from tests.helpers.gguf_factory import write_tiny_gemma3_gguf


def test_import_writes_a_complete_mlx_folder(tiny_gemma3: Path) -> None:
    names = {p.name for p in tiny_gemma3.iterdir()}
    assert {
        "config.json",
        "tokenizer.json",
        "tokenizer_config.json",
        "chat_template.jinja",
        "hearth.json",
        "model.safetensors.index.json",
    } <= names
    config = json.loads((tiny_gemma3 / "config.json").read_text())
    assert config["model_type"] == "gemma3_text"
    assert config["num_hidden_layers"] == 6
    assert config["eos_token_id"] == [1, 5]  # <eos> and <end_of_turn>
    meta = json.loads((tiny_gemma3 / "hearth.json").read_text())
    assert meta["base_model"] is True and meta["stop"] == ["\nQuestion:"]


def test_weights_are_dequantized_renamed_and_norms_unshifted(tiny_gemma3_gguf: Path, tiny_gemma3: Path) -> None:
    reader = GGUFReader(str(tiny_gemma3_gguf))
    source = {t.name: dequantize(t.data, t.tensor_type) for t in reader.tensors}
    weights = {}
    for f in tiny_gemma3.glob("*.safetensors"):
        weights.update(mx.load(str(f)))
    q = np.array(weights["model.layers.1.self_attn.q_proj.weight"])
    np.testing.assert_allclose(q, source["blk.1.attn_q.weight"], rtol=0, atol=0)
    norm = np.array(weights["model.layers.0.input_layernorm.weight"])
    np.testing.assert_allclose(norm, source["blk.0.attn_norm.weight"] - 1.0, atol=1e-6)
    assert weights["model.embed_tokens.weight"].shape == source["token_embd.weight"].shape


def test_tokenizer_round_trips_words_from_the_vocabulary(tiny_gemma3: Path) -> None:
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(str(tiny_gemma3))
    ids = tok.encode("hello world", add_special_tokens=False)
    assert tok.decode(ids) == "hello world"
    assert (tok.bos_token_id, tok.eos_token_id, tok.pad_token_id) == (2, 1, 0)
    assert tok.convert_tokens_to_ids("<end_of_turn>") == 5


def _no_leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir()] if folder.exists() else []


def test_text_file_renamed_gguf_is_rejected(tmp_path: Path) -> None:
    bad = tmp_path / "notes.gguf"
    bad.write_text("hello, I am a text file")
    with pytest.raises(ImportFailed, match="not a GGUF file"):
        import_gguf(bad, tmp_path / "out" / "m")
    assert _no_leftovers(tmp_path / "out") == []


@pytest.mark.parametrize("fraction", [0.02, 0.5, 0.97])
def test_truncated_gguf_is_rejected_and_nothing_is_left(
    tiny_gemma3_gguf: Path, tmp_path: Path, fraction: float
) -> None:
    data = tiny_gemma3_gguf.read_bytes()
    cut = tmp_path / "cut.gguf"
    cut.write_bytes(data[: int(len(data) * fraction)])
    with pytest.raises(ImportFailed, match="damaged|incomplete|truncated"):
        import_gguf(cut, tmp_path / "out" / "m")
    assert _no_leftovers(tmp_path / "out") == []


def test_unknown_architecture_is_named(tmp_path: Path) -> None:
    src = write_tiny_gemma3_gguf(tmp_path / "other.gguf", arch="mamba9")
    with pytest.raises(UnsupportedModel, match="'mamba9' model.*gemma3"):
        import_gguf(src, tmp_path / "out" / "m")
    assert _no_leftovers(tmp_path / "out") == []


def test_failure_during_conversion_removes_the_partial_folder(
    tiny_gemma3_gguf: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import runtime.models.gguf_import as gi

    def boom(*_a, **_k):
        raise ImportFailed("The GGUF tokenizer could not be converted: simulated")

    monkeypatch.setattr(gi, "_write_tokenizer", boom)  # fails after the weights were written
    with pytest.raises(ImportFailed, match="simulated"):
        import_gguf(tiny_gemma3_gguf, tmp_path / "out" / "m")
    assert _no_leftovers(tmp_path / "out") == []


def test_library_import_list_and_remove(tiny_gemma3_gguf: Path, tmp_path: Path) -> None:
    lib = ModelLibrary(tmp_path / "models")
    path = lib.import_model(tiny_gemma3_gguf)
    assert path.name == "tiny-gemma3"
    (entry,) = lib.entries()
    assert entry.display_name == "Tiny Gemma 3" and entry.problem is None
    with pytest.raises(ImportFailed, match="already exists"):
        lib.import_model(tiny_gemma3_gguf)
    copied = lib.import_model(path, name="copy")  # an MLX folder is copied
    assert json.loads((copied / "hearth.json").read_text())["source"] == "folder"
    lib.remove("tiny-gemma3")
    assert [e.name for e in lib.entries()] == ["copy"]


def test_library_lists_broken_models_with_the_reason(tmp_path: Path) -> None:
    lib = ModelLibrary(tmp_path / "models")
    (lib.root / "junk").mkdir(parents=True)
    (entry,) = lib.entries()
    assert entry.name == "junk" and "no config.json" in (entry.problem or "")


def test_library_refuses_unsafe_names_and_broken_folders(tmp_path: Path, tiny_gemma3_gguf: Path) -> None:
    lib = ModelLibrary(tmp_path / "models")
    with pytest.raises(ImportFailed, match="cannot be used"):
        lib.import_model(tiny_gemma3_gguf, name="../escape")
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(Exception, match="no config.json"):
        lib.import_model(empty)
    assert not (lib.root / "empty").exists()


def test_the_fast_reader_reads_what_gguf_py_reads(tiny_gemma3_gguf: Path) -> None:
    from runtime.models.gguf_file import read_gguf

    ref = GGUFReader(str(tiny_gemma3_gguf))
    ours = read_gguf(tiny_gemma3_gguf)
    assert ours.fields == {k: f.contents() for k, f in ref.fields.items() if not k.startswith("GGUF.")}
    assert [(t.name, t.tensor_type, tuple(int(d) for d in reversed(t.shape))) for t in ref.tensors] == [
        (t.name, t.tensor_type, t.shape) for t in ours.tensors
    ]
    for a, b in zip(ref.tensors, ours.tensors, strict=True):
        np.testing.assert_array_equal(dequantize(a.data, a.tensor_type), dequantize(b.data, b.tensor_type))


def test_progress_moves_inside_a_big_tensor(tiny_gemma3_gguf: Path, tmp_path: Path, monkeypatch) -> None:
    import runtime.models.gguf_import as gi
    from runtime.models.gguf_file import read_gguf

    monkeypatch.setattr(gi, "PIECE_VALUES", 1024)  # the tiny embedding becomes many pieces
    seen: list[float] = []
    import_gguf(tiny_gemma3_gguf, tmp_path / "m", progress=lambda f, _m: seen.append(f))
    assert seen == sorted(seen) and seen[-1] == 1.0
    assert len(set(seen)) > len(read_gguf(tiny_gemma3_gguf).tensors) + 5


def test_a_step_without_progress_of_its_own_still_moves_the_bar() -> None:
    """The tokenizer conversion is one library call (seconds): the bar creeps meanwhile."""
    import threading

    from runtime.models.gguf_import import creeping

    seen: list[tuple[float, str]] = []
    enough = threading.Event()

    def report(fraction: float, message: str) -> None:
        seen.append((fraction, message))
        if len(seen) >= 4:
            enough.set()

    with creeping(report, 0.82, 0.92, "Building the tokenizer", every_s=0.01):
        assert enough.wait(60), "the bar did not move"
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions) and all(0.82 <= f < 0.92 for f in fractions)
    assert seen[0] == (0.82, "Building the tokenizer") and seen[-1][1].startswith("Building the tokenizer (")
