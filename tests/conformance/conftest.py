"""Run every case through Hearth, then through the reference in one subprocess (the model loads once)."""

from __future__ import annotations

import importlib.machinery
import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from .cases import Case, build_cases, build_media


@dataclass
class Result:
    case: Case
    hearth: dict[str, Any]
    hearth_arrays: dict[str, np.ndarray]
    ref: dict[str, Any]
    ref_arrays: dict[str, np.ndarray]


def require_reference() -> None:
    """The reference needs torch (the 'conformance' extra): skip without it, except in CI."""
    # PathFinder looks at the installation: this process keeps torch out of sys.modules.
    if importlib.machinery.PathFinder.find_spec("torch") is not None:
        return
    message = "torch is not installed: pip install -e '.[test,conformance]' for the reference model"
    if os.environ.get("CI"):
        pytest.fail(f"CI={os.environ['CI']}: {message}", pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def conformance(tmp_path_factory: pytest.TempPathFactory, tiny_gemma4: Path) -> dict[str, Result]:
    require_reference()
    from runtime.model_folder import inspect_model_folder
    from runtime.vlm_backend import VisionBackend

    from .hearth_side import run_case

    t_start = time.perf_counter()
    work = tmp_path_factory.mktemp("conformance")
    cases = build_cases(build_media(work / "media"))
    backend = VisionBackend(inspect_model_folder(tiny_gemma4))
    hearth: dict[str, tuple[dict[str, Any], dict[str, np.ndarray]]] = {}
    try:
        for name, case in cases.items():
            meta, arrays = run_case(backend, case)
            np.savez(work / f"hearth_{name}.npz", **arrays)
            hearth[name] = (meta, arrays)
    finally:
        backend.close()
    job = {"model": str(tiny_gemma4), "cases": {name: meta for name, (meta, _) in hearth.items()}}
    (work / "job.json").write_text(json.dumps(job, indent=1))
    script = Path(__file__).with_name("reference.py")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    t0 = time.perf_counter()
    run = subprocess.run([sys.executable, str(script), str(work)], capture_output=True, text=True, env=env, timeout=900)
    if run.returncode != 0:
        pytest.fail(f"the reference process failed ({run.returncode}):\n{run.stderr[-4000:]}", pytrace=False)
    print(f"conformance: Hearth side {t0 - t_start:.1f} s, reference {time.perf_counter() - t0:.1f} s; in {work}")
    results = {}
    for name, case in cases.items():
        with np.load(work / f"ref_{name}.npz") as f:
            ref_arrays = dict(f)
        ref = json.loads((work / f"ref_{name}.json").read_text())
        results[name] = Result(case, hearth[name][0], hearth[name][1], ref, ref_arrays)
    return results
