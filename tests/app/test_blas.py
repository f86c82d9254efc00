"""The OpenBLAS probe: a library that crashes or computes wrong results is never preloaded."""

from __future__ import annotations

import importlib
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
    good.write_bytes(b"x")
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


def test_a_timeout_is_retried_a_day_later_not_at_every_launch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A busy machine may be slow to answer: that says little about the library, but a library
    # that hangs must not cost every launch a minute either.
    lib = tmp_path / "slow.so"
    lib.write_bytes(b"x")
    monkeypatch.setattr(blas, "candidates", lambda: [lib])
    calls = []
    monkeypatch.setattr(
        blas, "probe", lambda env: calls.append(1) or blas.ProbeResult(False, "no answer", cacheable=False)
    )
    blas.choose_openblas(tmp_path / "links")
    blas.choose_openblas(tmp_path / "links")
    assert len(calls) == 1
    now = blas.time.time()
    monkeypatch.setattr(blas.time, "time", lambda: now + blas.RETRY_SLOW_AFTER_S + 1)
    blas.choose_openblas(tmp_path / "links")
    assert len(calls) == 2


def test_a_file_that_is_not_a_blas_library_is_refused(tmp_path: Path) -> None:
    text = tmp_path / "notes.so"
    text.write_text("not a library")
    result = blas.probe(blas.openblas_env(text, tmp_path / "links"))
    assert not result.ok


def test_a_library_without_openblas_is_refused(tmp_path: Path) -> None:
    other = _compile(tmp_path, "other", "int unrelated(void) { return 1; }\n")
    result = blas.probe(blas.openblas_env(other, tmp_path / "links"))
    assert not result.ok and "not loaded" in result.detail


def test_paths_that_ld_preload_would_split_are_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spaced = tmp_path / "my libs" / "libopenblas.so.0"
    spaced.parent.mkdir()
    spaced.write_bytes(b"x")
    monkeypatch.setattr(blas, "candidates", lambda: [spaced])
    monkeypatch.setattr(blas, "probe", lambda env: pytest.fail("never probed"))
    env, reasons = blas.choose_openblas(tmp_path / "links")
    assert env is None and "space" in reasons[0]


def test_a_relative_override_is_taken_from_the_starting_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(blas.OVERRIDE, "libs/libopenblas.so.0")
    assert blas.candidates()[0] == tmp_path / "libs" / "libopenblas.so.0"


def test_a_damaged_verdict_file_and_a_failing_setup_never_stop_the_app(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    links = tmp_path / "links"
    links.mkdir()
    (links / "probes.json").write_text("[]")
    monkeypatch.setattr(blas, "candidates", lambda: [])
    assert blas.choose_openblas(links) == (None, [])
    monkeypatch.setattr(blas, "choose_openblas", lambda _d: 1 / 0)
    monkeypatch.setattr(blas.sys, "platform", "linux")
    monkeypatch.delenv(blas.MARKER, raising=False)
    monkeypatch.delenv(blas.INFO, raising=False)  # both are set below, and undone after the test
    blas.reexec_with_openblas(links)  # returns: no exec, no exception
    assert blas.using_fallback() and "ZeroDivisionError" in blas.status_line()
    assert blas._signal_name(35).startswith(("SIGRTMIN", "signal"))


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
    out = subprocess.run(
        [exe, "chat", "--model", str(tiny_gemma4), "-p", "hi", "--max-tokens", "4"],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip()


def test_a_folder_named_mlx_in_the_starting_folder_does_not_hide_the_wheels_libraries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # mlx is a namespace package: `python -m app` run from a folder holding an `mlx/` folder made
    # that folder the first place searched, the libgfortran link was not made, and the re-executed
    # process could not start ("libgfortran.so.5: cannot open shared object file").
    from app.blas import _glob_one

    wheel = _glob_one("mlx", "mlx_cpu.libs", "libgfortran-*.so.5*")
    if wheel is None:
        pytest.skip("this mlx wheel carries no libgfortran (not the Linux CPU wheel)")
    (tmp_path / "mlx").mkdir()
    monkeypatch.syspath_prepend(str(tmp_path))
    importlib.invalidate_caches()
    assert _glob_one("mlx", "mlx_cpu.libs", "libgfortran-*.so.5*") == wheel
