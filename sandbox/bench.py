"""`hearth bench-sandbox`: how long a small run takes, cold and with a pre-warmed child."""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from .result import Limits
from .runner import Sandbox

SMALL = "print(sum(range(10)))"
CHART = "import numpy as np\nimport matplotlib.pyplot as plt\nplt.plot(np.arange(10))\nprint('ok')"


def run_sandbox_bench(runs: int = 10, cache_dir: Path | None = None) -> dict[str, Any]:
    cache = cache_dir or Path(tempfile.mkdtemp(prefix="hearth-bench-sandbox-"))
    cold = Sandbox(Limits(), cache_dir=cache, warm=False)
    cold.run(SMALL)  # builds the font cache once, outside the measurement
    t0 = time.perf_counter()
    cold_result = cold.run(SMALL)
    cold_s = time.perf_counter() - t0
    cold.close()
    box = Sandbox(Limits(), cache_dir=cache, warm=True)
    small: list[float] = []
    chart: list[float] = []
    try:
        for timings, code in ((small, SMALL), (chart, CHART)):
            for _ in range(runs):
                box.wait_warm()
                t0 = time.perf_counter()
                result = box.run(code)
                timings.append(time.perf_counter() - t0)
                assert result.ok, result.error
    finally:
        box.close()
    return {
        "cold_ms": cold_s * 1000,
        "warm_small_ms": _summary(small),
        "warm_chart_ms": _summary(chart),
        "goal_warm_ms": 100,
        "isolation": list(cold_result.isolation),
    }


def _summary(values: list[float]) -> dict[str, float]:
    ms = sorted(v * 1000 for v in values)
    return {"p50": statistics.median(ms), "p90": ms[int(0.9 * (len(ms) - 1))], "max": ms[-1]}
