"""The one thread that runs MLX in this process: the engine's, once an Engine exists.

MLX streams belong to the thread that made them, and a thread that used MLX must release
them before it ends (engine.release_thread_streams). So MLX work that is not about the loaded
model (a GGUF import's conversion, the device probe behind memory estimates) is handed to the
engine thread too, through ``run_mlx``, instead of running on whatever worker asked for it.
Without an engine (the `hearth models import` command) the caller's thread is the only one
that touches MLX, and runs it itself.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import CancelledError, Future
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

T = TypeVar("T")


class Owner(Protocol):
    def run(self, fn: Callable[[], T]) -> Future[T]: ...

    def on_own_thread(self) -> bool: ...


@dataclass(frozen=True)
class DeviceFacts:
    gpu: bool  # MLX computes on a GPU (Metal on Apple silicon)
    working_set_bytes: int  # Metal's recommended working set; 0 where there is none


_lock = threading.Lock()
_owner: Owner | None = None
_device: Future[DeviceFacts] | None = None


def adopt(owner: Owner) -> None:
    """``owner`` (a new Engine) runs this process's MLX work from now on. It probes the device
    first thing, so a memory estimate asked later never waits behind a load or a reply."""
    global _owner, _device
    with _lock:
        _owner = owner
        if _device is None:
            _device = owner.run(probe_device)


def release(owner: Owner) -> None:
    """A closing engine stops being the owner (a newer one may already have replaced it)."""
    global _owner, _device
    with _lock:
        if _owner is not owner:
            return
        _owner = None
        if _device is not None and _device.cancel():  # closed before its probe ran: probe anew
            _device = None


def run_mlx(fn: Callable[[], T]) -> T:
    """``fn()`` on the owner thread, waiting for it; inline on that thread or when there is none."""
    owner = _owner
    if owner is None or owner.on_own_thread():
        return fn()
    return owner.run(fn).result()


def device() -> DeviceFacts:
    """What MLX computes on here, probed once: by the engine thread, or by the caller where
    this process has no engine (then the caller is its only MLX thread)."""
    global _device
    with _lock:
        if _device is None:
            _device = Future()
            _device.set_result(probe_device())
        probe = _device
    try:
        return probe.result()
    except CancelledError:  # its engine closed before probing: ask again
        return device()


def probe_device() -> DeviceFacts:
    """Never fails: an estimate must not break because of the probe."""
    try:
        import mlx.core as mx

        if not mx.metal.is_available():
            return DeviceFacts(False, 0)
        size: Any = mx.device_info().get("max_recommended_working_set_size")
        return DeviceFacts(True, int(size or 0))
    except Exception:
        return DeviceFacts(False, 0)
