"""Peak memory and time of decoding each hostile file (runtime.hostile_media), one child
process per file so every figure starts from the same baseline (the decoders imported).

Run as `hearth bench-media`; a child is `python -m runtime.media_bench FILE`.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from . import hostile_media

BUDGET_MB = 300  # the bar: peak resident memory above baseline per file


def measure(path: Path) -> dict[str, Any]:
    """Probe ``path`` in this process; peak RSS growth over the imported-decoders baseline."""
    import av  # noqa: F401  (imported before the baseline, as in the app)
    from PIL import Image  # noqa: F401

    from .media import MediaError, _register_heif, probe

    _register_heif()
    before = _baseline_kb()
    start = time.perf_counter()
    try:
        info = probe(path)
        outcome, detail = "read", f"{info.kind} {info.width}×{info.height} {info.duration:.1f} s"
    except MediaError as exc:
        outcome, detail = "refused", str(exc)
    seconds = time.perf_counter() - start
    grown_kb = _peak_kb() - before
    return {"outcome": outcome, "detail": detail, "peak_mb": round(grown_kb / 1024, 1), "seconds": round(seconds, 2)}


def _status_kb(field: str) -> int | None:
    try:
        with open("/proc/self/status") as fh:
            return next(int(line.split()[1]) for line in fh if line.startswith(field + ":"))
    except (OSError, StopIteration):
        return None


def _max_rss_kb() -> int:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak  # macOS counts bytes


def _baseline_kb() -> int:
    """Resident memory now, with the high-water mark reset to it where Linux allows.

    ru_maxrss is no use on Linux here: it keeps the parent's peak across fork and exec."""
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")  # reset VmHWM to the current resident size
    except OSError:
        pass
    now = _status_kb("VmRSS")
    return now if now is not None else _max_rss_kb()


def _peak_kb() -> int:
    peak = _status_kb("VmHWM")
    return peak if peak is not None else _max_rss_kb()


def measure_in_child(path: Path, timeout: float = 300) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, "-m", "runtime.media_bench", str(path)], capture_output=True, text=True, timeout=timeout
    )
    if out.returncode != 0:
        return {"outcome": "crashed", "detail": out.stderr.strip()[-400:], "peak_mb": float("nan"), "seconds": 0.0}
    return json.loads(out.stdout.strip().splitlines()[-1])


def run_media_bench(names: list[str] | None = None, log=lambda _m: None) -> dict[str, Any]:
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="hearth-hostile-") as tmp:
        for name in names or list(hostile_media.SUITE):
            log(f"building {name}")
            path = hostile_media.build(name, Path(tmp))
            result = measure_in_child(path)
            result["file_kb"] = path.stat().st_size // 1024
            expected = hostile_media.SUITE[name][1]
            result["as_expected"] = result["outcome"] == {"refuse": "refused", "read": "read"}[expected]
            result["within_budget"] = result["peak_mb"] < BUDGET_MB
            results[name] = result
            path.unlink()
    return {
        "budget_mb": BUDGET_MB,
        "files": results,
        "ok": all(r["as_expected"] and r["within_budget"] for r in results.values()),
    }


if __name__ == "__main__":
    print(json.dumps(measure(Path(sys.argv[1]))))
