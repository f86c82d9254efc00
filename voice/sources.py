"""Where audio comes from: the microphone, or a prepared array (tests, `hearth bench-voice`).

Both deliver 16 kHz mono float32 blocks of 512 samples (32 ms, Silero VAD's window) with the
monotonic time of each block's first sample, so everything downstream runs one code path.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable
from typing import Any, Protocol

import numpy as np

RATE = 16_000
BLOCK = 512


class AudioSource(Protocol):
    @property
    def finished(self) -> bool: ...  # no more audio will come (a prepared array ran out)

    def start(self) -> None: ...
    def read(self, timeout: float) -> tuple[float, np.ndarray] | None: ...
    def stop(self) -> None: ...


class NoMicrophone(Exception):
    """There is no usable input device (or no PortAudio); the message says which."""


def microphone_status() -> str | None:
    """None when a microphone can be opened, else a sentence for the user."""
    try:
        import sounddevice as sd
    except OSError:
        return "No microphone: the PortAudio library is not installed (on Linux: apt install libportaudio2)."
    try:
        device = sd.query_devices(kind="input")
    except Exception:
        return "No microphone found. Connect one (or allow Hearth to use it), then try again."
    if not device or int(device.get("max_input_channels", 0)) < 1:
        return "No microphone found. Connect one (or allow Hearth to use it), then try again."
    return None


class MicrophoneSource:
    """sounddevice input; the audio callback only copies the block and queues it."""

    finished = False

    def __init__(self) -> None:
        self._queue: queue.Queue[tuple[float, np.ndarray]] = queue.Queue(maxsize=500)
        self._stream: Any = None  # a sounddevice.InputStream once started

    def start(self) -> None:
        problem = microphone_status()
        if problem:
            raise NoMicrophone(problem)
        import sounddevice as sd

        def callback(indata, frames, _time, _status) -> None:
            # The block's first sample was captured about one block ago.
            try:
                self._queue.put_nowait((time.monotonic() - frames / RATE, indata[:, 0].copy()))
            except queue.Full:
                pass  # the pipeline fell behind: drop rather than block the audio thread

        try:
            self._stream = sd.InputStream(
                samplerate=RATE, channels=1, dtype="float32", blocksize=BLOCK, callback=callback, latency="low"
            )
            self._stream.start()
        except Exception as exc:
            raise NoMicrophone(f"The microphone could not be opened: {exc}") from exc

    def read(self, timeout: float) -> tuple[float, np.ndarray] | None:
        try:
            return self._queue.get(timeout=timeout)
        except queue.Empty:
            return None

    def stop(self) -> None:
        if self._stream is not None:
            self._stream.stop()
            self._stream.close()
            self._stream = None


class ArraySource:
    """Feeds an array in blocks, paced in real time (like a microphone) or as fast as possible.

    ``mix`` lets a test add sound at run time (e.g. the assistant's own voice echoing back):
    it receives (block start time, block length) and returns samples to add.
    """

    def __init__(
        self,
        audio: np.ndarray,
        *,
        realtime: bool = True,
        tail_s: float = 1.5,
        mix: Callable[[float, int], np.ndarray | None] | None = None,
    ) -> None:
        pad = np.zeros(int(tail_s * RATE), np.float32)  # trailing silence lets the endpoint fire
        self.audio = np.concatenate([audio.astype(np.float32), pad])
        self.realtime, self.mix = realtime, mix
        self.pos = 0
        self._t0 = 0.0
        self._inserts: list[tuple[int, np.ndarray]] = []
        self._lock = threading.Lock()

    def inject(self, audio: np.ndarray, delay_s: float = 0.0) -> float:
        """Mix more audio in, ``delay_s`` after the current position (barge-in tests).

        Returns the stream time at which the injected audio begins.
        """
        with self._lock:
            start = self.pos + int(delay_s * RATE)
            self._inserts.append((start, audio.astype(np.float32)))
        return self._t0 + start / RATE

    def time_of(self, sample: int) -> float:
        """Stream time of a sample index of the original array."""
        return self._t0 + sample / RATE

    def start(self) -> None:
        self._t0 = time.monotonic()

    def read(self, timeout: float) -> tuple[float, np.ndarray] | None:
        if self.finished:
            return None
        at = self._t0 + self.pos / RATE
        if self.realtime:
            wait = at + BLOCK / RATE - time.monotonic()
            if wait > 0:
                time.sleep(min(wait, timeout))
        with self._lock:
            block = self._block(self.pos)
            self.pos += BLOCK
        if self.mix is not None:
            extra = self.mix(at, BLOCK)
            if extra is not None:
                block = block + extra[:BLOCK]
        return (at if self.realtime else self._t0 + (self.pos - BLOCK) / RATE), np.clip(block, -1, 1)

    def stop(self) -> None:
        with self._lock:
            self.pos = len(self.audio)
            self._inserts.clear()

    @property
    def finished(self) -> bool:
        return self.pos >= len(self.audio) and not self._pending()

    def _pending(self) -> bool:
        return any(start + len(a) > self.pos for start, a in self._inserts)

    def _block(self, pos: int) -> np.ndarray:
        block = np.zeros(BLOCK, np.float32)
        base = self.audio[pos : pos + BLOCK]
        block[: len(base)] = base
        for start, audio in self._inserts:
            lo, hi = max(pos, start), min(pos + BLOCK, start + len(audio))
            if lo < hi:
                block[lo - pos : hi - pos] += audio[lo - start : hi - start]
        return block
