"""Load a model folder's tokenizer without reading tokenizer.json over and over.

Loading a Gemma folder through mlx-lm parses its tokenizer.json (33 MB for the bundled
model: 262,144 tokens and 514,906 merges) three times with Python's json module: mlx-lm
reads it to pick a streaming detokenizer, transformers reads it for the added tokens (the
folder's tokenizer_config.json lists none) and again to rebuild GemmaTokenizer from its
vocabulary and merges. Then mlx-lm and ``markup_for`` ask the finished tokenizer for its
whole vocabulary five times, each a fresh 262,144-entry dict built in Rust, and mlx-lm's
streaming detokenizer asks for every token's text, one call per id. Together that was
about half of a warm start.

``tokenizer_read_once(folder)`` wraps a load so that the first parse of that folder's
tokenizer.json is shared with the later readers (each gets its own copy of every
container, as if it had parsed the file itself), ``get_vocab()`` of an unchanged tokenizer
is built once, and the text of every id is read from that vocabulary when it maps the ids
one to one (else the tokenizer is asked, as before). The libraries run their own code
unchanged: the tokenizer they build is the one they built before, token for token.

The one parse is orjson's (half the json module's time), and Python's cyclic garbage
collector is paused while a load runs: parsing creates about 1.3 million objects, which
set off one full collection after another over everything already loaded (0.5 s of a
3 s load). Nothing a load makes is garbage until it ends; the collector resumes then.
"""

from __future__ import annotations

import contextlib
import gc
import json
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson

_lock = threading.RLock()  # loads run one at a time; patches are installed once per outer load
_depth = 0
_parsed: dict[str, Any] = {}  # realpath of a tokenizer.json being loaded -> its parse (None until read)
_vocabs: dict[tuple[int, int], tuple[Any, dict[str, int]]] = {}
_json_load = json.load
_get_vocab: Any = None
_convert_ids_to_tokens: Any = None
_gc_was_enabled = False


@contextlib.contextmanager
def tokenizer_read_once(folder: Path) -> Iterator[None]:
    """While the block runs, tokenizer.json in ``folder`` is parsed at most once."""
    global _depth
    key = os.path.realpath(folder / "tokenizer.json")
    with _lock:
        if _depth == 0:
            _install()
        _depth += 1
        _parsed.setdefault(key, None)
        try:
            yield
        finally:
            _depth -= 1
            if _depth == 0:
                _uninstall()
                _parsed.clear()
                _vocabs.clear()


def _install() -> None:
    global _get_vocab, _convert_ids_to_tokens, _gc_was_enabled
    backend = _tokenizers_backend()
    json.load = _shared_json_load
    if backend is not None:
        _get_vocab, _convert_ids_to_tokens = backend.get_vocab, backend.convert_ids_to_tokens
        backend.get_vocab = _memo_get_vocab
        backend.convert_ids_to_tokens = _all_tokens_from_vocab
    _gc_was_enabled = gc.isenabled()  # last: nothing after it can fail and leave the collector off
    gc.disable()


def _uninstall() -> None:
    global _get_vocab, _convert_ids_to_tokens
    json.load = _json_load
    backend = _tokenizers_backend()
    if backend is not None and _get_vocab is not None:
        backend.get_vocab, backend.convert_ids_to_tokens = _get_vocab, _convert_ids_to_tokens
    _get_vocab = _convert_ids_to_tokens = None
    if _gc_was_enabled:
        gc.enable()


def _tokenizers_backend() -> Any:
    try:
        from transformers.tokenization_utils_tokenizers import TokenizersBackend
    except ImportError:  # another transformers layout: only the vocabulary memo is lost
        return None
    own = TokenizersBackend.__dict__
    return TokenizersBackend if "get_vocab" in own and "convert_ids_to_tokens" in own else None


def _shared_json_load(fp: Any, *args: Any, **kwargs: Any) -> Any:
    name = getattr(fp, "name", None)
    key = os.path.realpath(name) if isinstance(name, (str, bytes, os.PathLike)) and not args and not kwargs else None
    if key is None or key not in _parsed:
        return _json_load(fp, *args, **kwargs)
    if _parsed[key] is None:
        _parsed[key] = _parse(key)
    return _fresh(_parsed[key])


def _parse(path: str) -> Any:
    # Read as bytes: decoding 33 MB to a str first takes as long as orjson's whole parse.
    with open(path, "rb") as f:
        data = f.read()
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError:  # what orjson refuses (NaN, Infinity) the json module accepts
        # (orjson reads integers beyond 64 bits as floats; no tokenizer has any)
        return json.loads(data)


def _fresh(doc: Any) -> Any:
    """A copy a reader may change freely (transformers pops "added_tokens" and each token's "id")."""
    if not isinstance(doc, dict):
        return json.loads(json.dumps(doc))
    out = {}
    for key, value in doc.items():
        if key == "model" and isinstance(value, dict):
            # The vocabulary and merges are the bulk; readers only read the entries.
            out[key] = {k: (v.copy() if isinstance(v, (dict, list)) else v) for k, v in value.items()}
        else:
            out[key] = json.loads(json.dumps(value))  # not orjson: it writes NaN as null
    return out


def _memo_get_vocab(self: Any) -> dict[str, int]:
    backend = self._tokenizer
    key = (id(backend), backend.get_vocab_size(with_added_tokens=True))  # adding a token changes the size
    hit = _vocabs.get(key)
    if hit is None or hit[0] is not backend:
        hit = _vocabs[key] = (backend, _get_vocab(self))  # holding the backend keeps its id unique
    return dict(hit[1])


def _all_tokens_from_vocab(self: Any, ids: Any, skip_special_tokens: bool = False) -> Any:
    """Every id's token (mlx-lm's detokenizer asks for all of them) from the vocabulary built once."""
    n = len(self)
    if skip_special_tokens or not isinstance(ids, list) or len(ids) != n or n < 2 or ids != list(range(n)):
        return _convert_ids_to_tokens(self, ids, skip_special_tokens)
    tokens: list[str | None] = [None] * n
    vocab = self.get_vocab()
    if len(vocab) == n:
        for token, i in vocab.items():
            if 0 <= i < n:
                tokens[i] = token
    # n distinct tokens on the n ids 0..n-1 each map both ways, so each is what id_to_token(id) returns.
    if len(vocab) != n or None in tokens:
        return _convert_ids_to_tokens(self, ids, skip_special_tokens)
    return tokens
