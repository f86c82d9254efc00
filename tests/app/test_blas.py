"""The OpenBLAS probe: a library that crashes or computes wrong results is never preloaded."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app import blas

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the BLAS swap is Linux-only")

# Stand-ins for broken OpenBLAS builds, compiled here: one dies like a SKYLAKEX-only build on a
# CPU without AVX-512 (ud2 -> SIGILL), one returns without computing anything.
CRASHING = "void cblas_sgemm(void) { __builtin_trap(); }\nvoid sgemm_(void) { __builtin_trap(); }\n"
SILENT = "void cblas_sgemm(void) {}\nvoid sgemm_(void) {}\n"


def _compile(tmp_path: Path, name: str, source: str) -> Path:
    cc = shutil.which("cc") or shutil.which("gcc")
    if cc is None:
        pytest.fail("a C compiler is needed to build the broken stand-in libraries")
    src = tmp_path / f"{name}.c"
    src.write_text(source)
    lib = tmp_path / f"lib{name}.so"
    subprocess.run([cc, "-shared", "-fPIC", "-o", str(lib), str(src)], check=True)
    return lib


def test_a_library_that_crashes_fails_its_probe_without_harm(tmp_path: Path) -> None:
    lib = _compile(tmp_path, "crashblas", CRASHING)
    result = blas.probe(blas.openblas_env(lib, tmp_path / "links"))
    assert not result.ok and result.cacheable
    assert "SIGILL" in result.detail


def test_a_library_that_computes_wrong_results_fails_its_probe(tmp_path: Path) -> None:
    lib = _compile(tmp_path, "silentblas", SILENT)
    result = blas.probe(blas.openblas_env(lib, tmp_path / "links"))
    assert not result.ok
    assert "wrong results" in result.detail


def test_when_every_candidate_fails_the_bundled_blas_is_kept_and_the_reason_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _compile(tmp_path, "crashblas", CRASHING)
    monkeypatch.setattr(blas, "candidates", lambda: [lib])
    env, reasons = blas.choose_openblas(tmp_path / "links")
    assert env is None
    assert reasons == [f"{lib} failed its test run (crashed with SIGILL)"]


def test_a_crashing_override_is_skipped_for_the_next_candidate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = _compile(tmp_path, "crashblas", CRASHING)
    good = tmp_path / "good.so"
    monkeypatch.setattr(blas, "candidates", lambda: [bad, good])
    verdicts = {str(bad): blas.ProbeResult(False, "crashed with SIGILL"), str(good): blas.ProbeResult(True, "ZEN")}
    monkeypatch.setattr(blas, "probe", lambda env: verdicts[env["LD_PRELOAD"].split()[0]])
    env, _ = blas.choose_openblas(tmp_path / "links")
    assert env is not None and env["LD_PRELOAD"].split()[0] == str(good)
    assert "skipped" in env[blas.INFO] and "SIGILL" in env[blas.INFO]


def test_verdicts_are_remembered_so_the_probe_runs_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lib = _compile(tmp_path, "crashblas", CRASHING)
    monkeypatch.setattr(blas, "candidates", lambda: [lib])
    calls = []
    monkeypatch.setattr(blas, "probe", lambda env: calls.append(env) or blas.ProbeResult(False, "crashed with SIGILL"))
    blas.choose_openblas(tmp_path / "links")
    blas.choose_openblas(tmp_path / "links")
    assert len(calls) == 1
    lib.write_bytes(lib.read_bytes() + b"\0")  # a new build of the library is probed again
    blas.choose_openblas(tmp_path / "links")
    assert len(calls) == 2


def test_a_timeout_is_not_remembered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A busy machine may be slow to answer: that says nothing about the library.
    lib = tmp_path / "slow.so"
    lib.write_bytes(b"x")
    monkeypatch.setattr(blas, "candidates", lambda: [lib])
    monkeypatch.setattr(blas, "probe", lambda env: blas.ProbeResult(False, "no answer", cacheable=False))
    blas.choose_openblas(tmp_path / "links")
    assert not (tmp_path / "links" / "probes.json").exists()


def test_the_real_candidates_on_this_machine(tmp_path: Path) -> None:
    """CI runs the real probe on its own CPU: whatever is installed either passes or is refused."""
    found = blas.candidates()
    assert found, "cmeel-openblas is a Linux dependency"
    for lib in found:
        result = blas.probe(blas.openblas_env(lib, tmp_path / "links"))
        print(f"{lib}: {'ok' if result.ok else 'refused'}: {result.detail}")
        if result.ok:
            assert "OpenBLAS" in result.detail
    cpu = blas._cpu_flags().split()
    if "avx2" in cpu and "fma" in cpu:  # the pinned wheel is a ZEN (AVX2 + FMA) build
        wheel = [lib for lib in found if "cmeel.prefix" in str(lib)]
        assert wheel and blas.probe(blas.openblas_env(wheel[0], tmp_path / "links")).ok


def test_the_hearth_command_survives_a_crashing_openblas(tiny_gemma4: Path, tmp_path: Path) -> None:
    exe = shutil.which("hearth", path=str(Path(sys.executable).parent))
    assert exe, "the hearth console script is installed with the package"
    lib = _compile(tmp_path, "crashblas", CRASHING)
    env = {k: v for k, v in os.environ.items() if not k.startswith("HEARTH_BLAS")}
    env.update(HEARTH_HOME=str(tmp_path / "home"), HEARTH_OPENBLAS=str(lib))
    out = subprocess.run([exe, "chat", "--model", str(tiny_gemma4), "-p", "hi", "--max-tokens", "4"],
                         capture_output=True, text=True, env=env, timeout=600)  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip()
