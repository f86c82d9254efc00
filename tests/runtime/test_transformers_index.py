"""runtime/transformers_index.py: transformers' model index is remembered, and stays exact."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

# Runs in a fresh interpreter (the test process may have imported transformers already):
# loads what a model load loads, then compares every structure the app was given with a
# fresh scan by transformers' own function.
PROBE = r"""
import json, os, sys
from pathlib import Path
import runtime
from runtime import transformers_index as ti
runtime.remember_transformers_index(Path(sys.argv[1]))
import transformers
from transformers import AutoTokenizer, PreTrainedTokenizerFast  # what mlx-lm imports
from transformers.utils import import_utils as iu
wrapper = iu.create_import_structure_from_path
models = os.path.join(os.path.dirname(transformers.__file__), "models")
original = wrapper._hearth_original.__wrapped__  # transformers' scan, past its lru_cache
same = all(wrapper(p) == original(p) for p in (models, os.path.join(models, "gemma", "__init__.py"),
                                                os.path.join(models, "auto")))
print(json.dumps({"scans": ti.scans, "same": same, "patched": getattr(wrapper, "_hearth_index", False)}))
"""


def _probe(cache: Path) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(cache)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_the_index_is_scanned_once_then_read_back_and_equals_transformers_own_scan(tmp_path: Path) -> None:
    cache = tmp_path / "transformers-index.json"
    first = _probe(cache)
    assert first["patched"] and first["same"]
    assert first["scans"] == 1  # the file-path ask of `models` no longer scans a second time
    assert cache.exists()
    second = _probe(cache)
    assert second == {"scans": 0, "same": True, "patched": True}


def test_a_damaged_or_stale_index_file_is_scanned_again(tmp_path: Path) -> None:
    cache = tmp_path / "transformers-index.json"
    cache.write_text("{not json", encoding="utf-8")
    assert _probe(cache) == {"scans": 1, "same": True, "patched": True}
    stored = json.loads(cache.read_text(encoding="utf-8"))
    for entry in stored.values():
        entry["stamp"] = "1:0.0.0:0"  # another transformers version
    cache.write_text(json.dumps(stored), encoding="utf-8")
    assert _probe(cache)["scans"] == 1
    stored = json.loads(cache.read_text(encoding="utf-8"))  # this version's stamps again
    for entry in stored.values():
        entry["structure"] = {"d": [["gemma", {"s": 5}]]}  # valid JSON, not a structure
    cache.write_text(json.dumps(stored), encoding="utf-8")
    assert _probe(cache) == {"scans": 1, "same": True, "patched": True}
