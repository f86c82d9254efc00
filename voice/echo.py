"""Keep the assistant's own voice, coming back through the microphone, from counting as the user.

With a reference (the samples the speaker played), WebRTC's AEC3 (pywebrtc-audio) removes
the echo from the microphone signal before voice detection. Without one (the system speech
engine plays the audio itself), a stricter rule applies while the assistant talks: the user
must be clearly louder and speak longer to interrupt.
"""

from __future__ import annotations

from collections import deque

import numpy as np

from .vad import VadParams

ECHO_DELAY_MS = 45  # a first guess for laptop speakers; AEC3 finds the real delay itself


class EchoCanceller:
    def __init__(self) -> None:
        from pywebrtc_audio import EchoCanceller as Aec3

        self._aec = Aec3(sample_rate=16_000, stream_delay_ms=ECHO_DELAY_MS)

    def process(self, mic: np.ndarray, reference: np.ndarray) -> np.ndarray:
        near = (np.clip(mic, -1, 1) * 32767).astype(np.int16)
        far = (np.clip(reference, -1, 1) * 32767).astype(np.int16)
        return self._aec.process(near, far).astype(np.float32) / 32767


def make_echo_canceller() -> EchoCanceller | None:
    try:
        return EchoCanceller()
    except (ImportError, OSError):
        return None


class DoubleTalkGuard:
    """Is someone talking over the echo? Learns how loud the echo is, then wants more.

    While the assistant plays and the (echo-cancelled) signal holds no speech, it learns
    the ratio of microphone level to playback level: the echo path. A barge-in candidate
    counts only when the microphone is clearly louder than that echo would be, which keeps
    leftover echo (AEC3 has bad moments) from interrupting the assistant.
    """

    def __init__(self, margin: float = 1.4) -> None:
        self.margin = margin
        self._ratios: deque[float] = deque([1.0], maxlen=40)  # conservative until learned

    @property
    def gain(self) -> float:
        """Echo level over playback level (median of recent echo-only blocks)."""
        return float(np.median(self._ratios))

    def talking_over(self, mic: np.ndarray, playback: np.ndarray, probability: float) -> bool:
        """``playback``: what was played over the echo path's span (block plus ~100 ms before)."""
        ref = float(np.sqrt(np.mean(np.square(playback))))
        level = float(np.sqrt(np.mean(np.square(mic))))
        if ref < 1e-3:
            return True  # nothing is playing: there is no echo to mistake
        if probability < 0.3 and ref > 0.01:
            self._ratios.append(min(level / ref, 2.0))
        return level > self.margin * self.gain * ref


def barge_in_params(base: VadParams, cancelled: bool) -> VadParams:
    """Stricter detection while the assistant speaks; strictest when echo is not cancelled."""
    if cancelled:
        return VadParams(on=max(base.on, 0.6), off=base.off, start_s=0.15, stop_s=base.stop_s, max_s=base.max_s)
    return VadParams(on=0.85, off=0.6, start_s=0.35, stop_s=base.stop_s, max_s=base.max_s)
