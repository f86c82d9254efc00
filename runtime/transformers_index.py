"""Remember transformers' index of its own model files between launches.

`import transformers` (under mlx-lm and mlx-vlm) reads every one of its ~1,700 model source
files to learn which names each exports, and `from transformers import AutoTokenizer` does
it again (its `models` package asks with a file path, which misses the in-process cache that
the first, folder-path call filled). That is 1.5-3 s of every model load on a 2-core machine,
for an answer that only changes when transformers itself does.

`install()` wraps `transformers.utils.import_utils.create_import_structure_from_path` as
that module is loaded: answers are keyed by folder (file paths are asked as their folder),
kept for the process, and, once `remember_in()` names a file, written there keyed by the
installed transformers version and the folder's modification time. A structure is returned
as a fresh copy each time, as transformers' own scan would be. Anything unexpected (another
transformers layout, an unreadable cache) falls back to transformers' own scan.
Upstream: the folder/file cache miss is worth a report to transformers.
"""

from __future__ import annotations

import functools
import importlib.abc
import importlib.machinery
import json
import logging
import os
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

log = logging.getLogger(__name__)
MODULE = "transformers.utils.import_utils"
FUNCTION = "create_import_structure_from_path"
FORMAT = 1  # bump when the stored form changes

_lock = threading.Lock()
_cache_file: Path | None = None
_known: dict[str, Any] = {}  # folder -> encoded structure, for this process
_loaded_from_disk = False
scans = 0  # folders transformers actually scanned in this process (the tests read it)


def install() -> None:
    """Patch the function as soon as transformers loads the module that defines it (once)."""
    if any(isinstance(finder, _PatchingFinder) for finder in sys.meta_path):
        return
    module = sys.modules.get(MODULE)
    if module is not None:  # transformers was imported before us: patch it in place
        _patch(module)
        return
    sys.meta_path.insert(0, _PatchingFinder())


def remember_in(path: Path) -> None:
    """Keep the index in ``path`` across launches (the app's cache folder)."""
    global _cache_file
    _cache_file = path


class _PatchingFinder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None) -> Any:
        if fullname != MODULE:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return spec
        spec.loader = _PatchingLoader(spec.loader)
        return spec


class _PatchingLoader(importlib.abc.Loader):
    def __init__(self, inner: Any) -> None:
        self.inner = inner

    def __getattr__(self, name: str) -> Any:  # get_source, get_code, is_package...: the real loader's
        return getattr(self.inner, name)

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        return self.inner.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        self.inner.exec_module(module)
        _patch(module)


def _patch(module: ModuleType) -> None:
    original = getattr(module, FUNCTION, None)
    if not callable(original) or getattr(original, "_hearth_index", False):
        return
    setattr(module, FUNCTION, _cached(original))


def _cached(original: Callable[[Any], dict[Any, Any]]) -> Callable[[Any], dict[Any, Any]]:
    depth = threading.local()

    def create_import_structure_from_path(module_path: Any) -> dict[Any, Any]:
        folder = os.path.normpath(str(module_path))
        if os.path.isfile(folder):
            folder = os.path.dirname(folder)
        nested = getattr(depth, "value", 0) > 0  # a sub-folder of a scan in progress: let it run
        if not nested:
            try:
                found = _lookup(folder)
                if found is not None:
                    return _decode(found)
            except Exception:  # a damaged entry that still parsed as JSON: scan, and store it anew
                log.debug("transformers index entry for %s unusable", folder, exc_info=True)
        depth.value = getattr(depth, "value", 0) + 1
        if not nested:
            global scans
            scans += 1
        try:
            structure = original(module_path)
        finally:
            depth.value -= 1
        if not nested:
            _store(folder, structure)
        return structure

    create_import_structure_from_path._hearth_index = True  # type: ignore[attr-defined]
    create_import_structure_from_path._hearth_original = original  # type: ignore[attr-defined]
    return create_import_structure_from_path


def _lookup(folder: str) -> Any:
    """The encoded structure of ``folder``, from this process, the file, or an ancestor's."""
    with _lock:
        _load_disk()
        parent, names = folder, list[str]()
        while True:
            entry = _known.get(parent)
            stamp = _stamp(parent) if entry is not None else None
            if entry is not None and stamp is not None and entry["stamp"] == stamp:
                node = entry["structure"]
                for name in reversed(names):  # a sub-folder's structure sits under its name
                    node = _child(node, name)
                    if node is None:
                        return None
                return node
            up = os.path.dirname(parent)
            if up == parent:
                return None
            names.append(os.path.basename(parent))
            parent = up


def _store(folder: str, structure: dict[Any, Any]) -> None:
    try:
        encoded = _encode(structure)
    except TypeError:  # a structure this module does not know how to store: keep scanning
        return
    stamp = _stamp(folder)
    if stamp is None:  # nothing to tell a later transformers from this one: never remembered
        return
    with _lock:
        _known[folder] = {"stamp": stamp, "structure": encoded}
        _save_disk()


def _stamp(folder: str) -> str | None:
    """What must match for a stored index to be this transformers' (None: cannot tell)."""
    version = _transformers_version()
    if version is None:
        return None
    try:
        return f"{FORMAT}:{version}:{os.stat(folder).st_mtime_ns}"
    except (OSError, ValueError):
        return None


@functools.cache
def _transformers_version() -> str | None:
    """Read once per process, when transformers loads: importlib.metadata is not imported at start-up."""
    import importlib.metadata

    try:
        return importlib.metadata.version("transformers")
    except (OSError, ValueError, importlib.metadata.PackageNotFoundError):
        return None


def _load_disk() -> None:
    global _loaded_from_disk
    if _loaded_from_disk or _cache_file is None:
        return
    _loaded_from_disk = True
    try:
        stored = json.loads(_cache_file.read_text(encoding="utf-8"))
        if isinstance(stored, dict):
            for folder, entry in stored.items():
                if isinstance(entry, dict) and "stamp" in entry and "structure" in entry:
                    _known.setdefault(folder, entry)
    except (OSError, ValueError):
        pass  # missing or damaged: transformers scans, and the file is written again


def _save_disk() -> None:
    if _cache_file is None:
        return
    try:
        _cache_file.parent.mkdir(parents=True, exist_ok=True)
        partial = _cache_file.with_name(f"{_cache_file.name}.{os.getpid()}.partial")  # one per writer
        partial.write_text(json.dumps(_known), encoding="utf-8")
        os.replace(partial, _cache_file)  # a crash mid-write leaves the old file, never half a new one
    except OSError as exc:
        log.debug("could not keep transformers' index: %s", exc)


# The structure is a tree of dicts whose keys are folder names (str) or backend sets
# (frozenset), with sets of exported names at the leaves: JSON with tagged keys and sets.
def _encode(node: Any) -> Any:
    if isinstance(node, dict):
        return {"d": [[_encode_key(k), _encode(v)] for k, v in node.items()]}
    if isinstance(node, (set, frozenset)):
        if not all(isinstance(x, str) for x in node):
            raise TypeError("a set of non-strings")
        return {"s": sorted(node), "f": isinstance(node, frozenset)}
    if isinstance(node, str):
        return node
    raise TypeError(f"cannot store {type(node).__name__}")


def _encode_key(key: Any) -> Any:
    if isinstance(key, str):
        return key
    if isinstance(key, frozenset) and all(isinstance(x, str) for x in key):
        return {"k": sorted(key)}
    raise TypeError(f"cannot store key {type(key).__name__}")


def _decode(node: Any) -> Any:
    if isinstance(node, str):
        return node
    if "d" in node:
        return {_decode_key(k): _decode(v) for k, v in node["d"]}
    return frozenset(node["s"]) if node["f"] else set(node["s"])


def _decode_key(key: Any) -> Any:
    return key if isinstance(key, str) else frozenset(key["k"])


def _child(encoded: Any, name: str) -> Any:
    if not isinstance(encoded, dict) or "d" not in encoded:
        return None
    for key, value in encoded["d"]:
        if key == name:
            return value
    return None
