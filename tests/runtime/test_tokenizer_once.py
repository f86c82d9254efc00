"""Loading a model reads its tokenizer.json once (runtime/tokenizer_once.py), and builds the same tokenizer."""

from __future__ import annotations

import builtins
import json
from pathlib import Path
from typing import Any

import pytest

from runtime.backend import markup_for
from runtime.model_folder import inspect_model_folder
from runtime.text_backend import TextBackend
from runtime.tokenizer_once import tokenizer_read_once


class _ReadCounter:
    """Counts the open handles of tokenizer.json that something actually read from."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.reads = 0
        real_open = builtins.open
        counter = self

        class Handle:
            def __init__(self, inner: Any) -> None:
                self._inner, self._read = inner, False

            def __getattr__(self, name: str) -> Any:
                return getattr(self._inner, name)

            def __enter__(self) -> Handle:
                self._inner.__enter__()
                return self

            def __exit__(self, *exc: Any) -> Any:
                return self._inner.__exit__(*exc)

            def __iter__(self) -> Any:
                self._count()
                return iter(self._inner)

            def read(self, *args: Any) -> Any:
                self._count()
                return self._inner.read(*args)

            def _count(self) -> None:
                if not self._read:
                    self._read = True
                    counter.reads += 1

        def counting_open(file: Any, *args: Any, **kwargs: Any) -> Any:
            handle = real_open(file, *args, **kwargs)
            return Handle(handle) if str(file).endswith("tokenizer.json") else handle

        monkeypatch.setattr(builtins, "open", counting_open)


def test_loading_a_text_model_reads_tokenizer_json_once(tiny_gemma3: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = inspect_model_folder(tiny_gemma3)
    counter = _ReadCounter(monkeypatch)
    backend = TextBackend(folder)  # mlx-lm's load, transformers' GemmaTokenizer, markup_for
    try:
        assert counter.reads == 1  # it was 3: mlx-lm once, transformers twice
    finally:
        backend.close()


def test_the_vocabulary_is_built_once_per_load(tiny_gemma3: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from transformers.tokenization_utils_tokenizers import TokenizersBackend

    builds = []
    real = TokenizersBackend.get_vocab

    def counting(self: Any) -> dict[str, int]:
        builds.append(1)
        return real(self)

    monkeypatch.setattr(TokenizersBackend, "get_vocab", counting)
    backend = TextBackend(inspect_model_folder(tiny_gemma3))
    try:
        assert len(builds) == 1  # it was 5: three in mlx-lm's TokenizerWrapper and load, two in markup_for
        assert TokenizersBackend.get_vocab is counting  # put back after the load
        vocab = backend.tokenizer.get_vocab()
        vocab["<changed>"] = -1  # a caller's copy: the next caller does not see it
        assert "<changed>" not in backend.tokenizer.get_vocab()
    finally:
        backend.close()


def test_the_shared_parse_builds_the_same_tokenizer(tiny_gemma3: Path) -> None:
    from mlx_lm.utils import load_config, load_tokenizer

    eos = load_config(tiny_gemma3).get("eos_token_id")
    plain = load_tokenizer(tiny_gemma3, None, eos_token_ids=eos)
    with tokenizer_read_once(tiny_gemma3):
        shared = load_tokenizer(tiny_gemma3, None, eos_token_ids=eos)
        shared_markup = markup_for(shared._tokenizer)
    a, b = plain._tokenizer, shared._tokenizer
    assert type(a) is type(b) and type(plain._detokenizer) is type(shared._detokenizer)
    assert a.backend_tokenizer.to_str() == b.backend_tokenizer.to_str()
    assert plain._detokenizer.tokenmap == shared._detokenizer.tokenmap
    assert plain.eos_token_ids == shared.eos_token_ids
    assert a.all_special_tokens == b.all_special_tokens and a.all_special_ids == b.all_special_ids
    assert {i: repr(t) for i, t in a.added_tokens_decoder.items()} == {
        i: repr(t) for i, t in b.added_tokens_decoder.items()
    }
    assert a.chat_template == b.chat_template
    assert markup_for(a) == shared_markup
    for text in ("The capital of France is", "<bos>hi<eos>  two  spaces\n\nnew lines", "ünïcödé 🙂 日本語", ""):
        assert a.encode(text) == b.encode(text)
        assert a.decode(a.encode(text)) == b.decode(a.encode(text))
    messages = [{"role": "user", "content": "What is 2+2?"}]
    assert plain.apply_chat_template(messages, tokenize=False, add_generation_prompt=True) == (
        shared.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
    )


def test_other_files_and_the_patches_are_untouched(tmp_path: Path) -> None:
    from transformers.tokenization_utils_tokenizers import TokenizersBackend

    real = json.load, TokenizersBackend.get_vocab, TokenizersBackend.convert_ids_to_tokens
    other = tmp_path / "other.json"
    other.write_text('{"a": [1, 2]}')
    with pytest.raises(RuntimeError), tokenizer_read_once(tmp_path):
        with open(other) as f:
            assert json.load(f) == {"a": [1, 2]}
        raise RuntimeError("a failed load")
    assert (json.load, TokenizersBackend.get_vocab, TokenizersBackend.convert_ids_to_tokens) == real


def test_every_token_comes_from_the_vocabulary_only_when_it_maps_ids_one_to_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from runtime import tokenizer_once

    asked: list[list[int]] = []
    monkeypatch.setattr(
        tokenizer_once, "_convert_ids_to_tokens", lambda _self, ids, _skip=False: asked.append(ids) or ["?"]
    )

    class Fake:
        def __init__(self, vocab: dict[str, int], size: int) -> None:
            self.vocab, self.size = vocab, size

        def __len__(self) -> int:
            return self.size

        def get_vocab(self) -> dict[str, int]:
            return dict(self.vocab)

    convert = tokenizer_once._all_tokens_from_vocab
    assert convert(Fake({"b": 1, "a": 0, "c": 2}, 3), [0, 1, 2]) == ["a", "b", "c"] and not asked
    assert convert(Fake({"a": 0, "c": 2, "d": 3}, 3), [0, 1, 2]) == ["?"]  # id 1 has no entry: ask the tokenizer
    assert convert(Fake({"a": 0, "b": 1}, 3), [0, 1, 2]) == ["?"]  # an id beyond the vocabulary
    assert convert(Fake({"a": 0, "b": 1, "c": 2}, 3), [2, 1, 0]) == ["?"]  # not every id in order
    assert convert(Fake({"a": 0, "b": 1, "c": 2}, 3), [0, 1, 2], True) == ["?"]  # skipping special tokens
    assert len(asked) == 4


def test_the_garbage_collector_is_paused_during_a_load_and_resumed_after(tmp_path: Path) -> None:
    import gc

    assert gc.isenabled()
    with tokenizer_read_once(tmp_path):
        with tokenizer_read_once(tmp_path):  # nested loads: resumed only when the outer one ends
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()  # a process that turned it off itself keeps it off
    try:
        with tokenizer_read_once(tmp_path):
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_tokenizer_json_orjson_refuses_is_parsed_as_the_json_module_would(tmp_path: Path) -> None:
    doc = '{"model": {"vocab": {"a": 0}}, "truncation": NaN, "padding": [Infinity]}'
    (tmp_path / "tokenizer.json").write_text(doc)
    with tokenizer_read_once(tmp_path), open(tmp_path / "tokenizer.json", encoding="utf-8") as f:
        parsed = json.load(f)
    assert parsed["model"] == {"vocab": {"a": 0}} and parsed["padding"] == [float("inf")]
    assert parsed["truncation"] != parsed["truncation"]  # NaN, as json.loads gives it (not orjson's null)


def test_a_failed_start_of_a_load_leaves_the_garbage_collector_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc

    from runtime import tokenizer_once

    def broken() -> None:
        raise RuntimeError("another transformers layout")

    monkeypatch.setattr(tokenizer_once, "_tokenizers_backend", broken)
    with pytest.raises(RuntimeError), tokenizer_read_once(tmp_path):
        pass
    assert gc.isenabled() and json.load is tokenizer_once._json_load
