"""MLX runs on one thread per process: the engine's. A GGUF import's conversion and the device
probe behind memory estimates are handed to it from the worker (or GUI) thread that asks.

The idents recorded here are those of the threads that made the MLX calls; a worker that ran
them itself would show its own.
"""

from __future__ import annotations

import threading
from pathlib import Path

import mlx.core as mx
import pytest

from runtime import Engine, GenerationParams, Message, ModelSpec, collect_text, memory, mlx_owner
from runtime.models import gguf_import, import_gguf

GREEDY = GenerationParams(temperature=0.0, max_tokens=16, model_stops=False)


def on_worker(fn):  # type: ignore[no-untyped-def]
    """``fn()`` on a fresh thread, as app/ui/tasks.py runs an import; (result, that thread's ident)."""
    out: dict = {}

    def run() -> None:
        out["ident"] = threading.get_ident()
        try:
            out["result"] = fn()
        except BaseException as exc:
            out["error"] = exc

    t = threading.Thread(target=run)
    t.start()
    t.join(120)
    if "error" in out:
        raise out["error"]
    return out["result"], out["ident"]


def record_mlx_threads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The thread of every MLX step of an import: the tensor conversions and the shard saves."""
    idents: list[int] = []
    convert, save = gguf_import._converted, mx.save_safetensors

    def converted(*args):  # type: ignore[no-untyped-def]
        idents.append(threading.get_ident())
        return convert(*args)

    def save_safetensors(*args, **kwargs):  # type: ignore[no-untyped-def]
        idents.append(threading.get_ident())
        return save(*args, **kwargs)

    monkeypatch.setattr(gguf_import, "_converted", converted)
    monkeypatch.setattr(mx, "save_safetensors", save_safetensors)
    return idents


def test_an_imports_mlx_work_runs_on_the_engine_thread(
    tiny_gemma3_gguf: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    idents = record_mlx_threads(monkeypatch)
    progress: list[float] = []
    engine = Engine()
    try:
        dest, worker = on_worker(
            lambda: import_gguf(tiny_gemma3_gguf, tmp_path / "m", progress=lambda f, _m: progress.append(f))
        )
        assert len(idents) > 10 and set(idents) == {engine._thread.ident} and worker not in idents
        assert progress == sorted(progress) and progress[-1] == 1.0 and len(progress) > 10  # the bar still moves
        engine.load(ModelSpec(dest)).result(timeout=120)
        assert collect_text(engine.generate([Message("user", "Hi")], GREEDY))
    finally:
        engine.close()


def test_without_an_engine_the_importing_thread_is_the_one_that_runs_mlx(
    tiny_gemma3_gguf: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`hearth models import`: no engine, so no second thread ever touches MLX."""
    monkeypatch.setattr(mlx_owner, "_owner", None)
    idents = record_mlx_threads(monkeypatch)
    _, worker = on_worker(lambda: import_gguf(tiny_gemma3_gguf, tmp_path / "m"))
    assert idents and set(idents) == {worker}


def test_a_chat_keeps_answering_the_same_while_an_import_runs(
    tiny_gemma3: Path, tiny_gemma3_gguf: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Replies and the import's jobs share the engine thread, interleaved: neither spoils the other."""
    reference = tmp_path / "reference"
    engine = Engine()
    try:
        import_gguf(tiny_gemma3_gguf, reference)  # the same import with no chat beside it
        engine.load(ModelSpec(tiny_gemma3)).result(timeout=120)
        ask = [Message("user", "Tell me about rivers.")]
        expected = collect_text(engine.generate(ask, GREEDY))
        monkeypatch.setattr(gguf_import, "SHARD_BYTES", 1)  # a save job after every tensor: many jobs
        slow = lambda _f, _m: threading.Event().wait(0.003)  # noqa: E731  (a slower disk: the import lasts)
        importing = threading.Thread(target=lambda: import_gguf(tiny_gemma3_gguf, tmp_path / "m", progress=slow))
        importing.start()
        during = []
        while importing.is_alive():
            during.append(collect_text(engine.generate(ask, GREEDY)))
        importing.join()
        assert len(during) >= 2 and set(during) == {expected}
        engine.load(ModelSpec(tmp_path / "m")).result(timeout=120)
        imported = collect_text(engine.generate(ask, GREEDY))
        engine.load(ModelSpec(reference)).result(timeout=120)
        assert imported == collect_text(engine.generate(ask, GREEDY))
    finally:
        engine.close()


def test_the_memory_check_reads_a_device_probed_on_the_engine_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    probed: list[int] = []
    probe = mlx_owner.probe_device

    def recording() -> mlx_owner.DeviceFacts:
        probed.append(threading.get_ident())
        return probe()

    monkeypatch.setattr(mlx_owner, "_device", None)
    monkeypatch.setattr(mlx_owner, "probe_device", recording)
    engine = Engine()
    try:
        config = {"num_hidden_layers": 2, "num_key_value_heads": 1, "head_dim": 8}
        estimates = [on_worker(lambda: memory.estimate(config, 1000, 512))[0] for _ in range(3)]
        assert probed == [engine._thread.ident]  # once, by the engine, whoever asked
        assert {e.gpu for e in estimates} == {probe().gpu} and memory.has_gpu() == probe().gpu
        assert on_worker(memory.mlx_memory_mb)[0].keys() == {"active", "cache"}
    finally:
        engine.close()


def test_work_run_on_the_engine_thread_fails_with_its_own_exception(engine: Engine) -> None:
    # An import's full disk is an OSError with or without an engine, not an engine error.
    def full_disk() -> None:
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space left"):
        engine.run(full_disk).result(timeout=60)
    assert engine.run(lambda: 42).result(timeout=60) == 42  # and the engine goes on
