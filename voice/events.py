"""What the voice pipeline tells its listener. Times are time.monotonic() seconds."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np


@dataclass(frozen=True)
class SpeechStarted:
    at: float  # first speech sample


@dataclass(frozen=True)
class Utterance:
    """One user turn: the raw 16 kHz waveform that goes to the model."""

    audio: np.ndarray = field(repr=False)
    speech_start: float = 0.0
    speech_end: float = 0.0  # last speech sample (the VAD's view)
    endpoint: float = 0.0  # when the pipeline decided the turn was over
    continues: bool = False  # the whole turn again, pause included: it replaces the previous utterance

    @property
    def seconds(self) -> float:
        return len(self.audio) / 16_000


@dataclass(frozen=True)
class TurnPaused:
    """A short pause inside a turn (``VadParams.pause_s`` of silence, before the endpoint).

    ``utterance`` is the turn so far, exactly as its Utterance will be if the endpoint
    confirms the pause (same samples): the app may start computing it (speculative prefill)
    and gets the work for free when the endpoint comes, or drops it when the user goes on."""

    utterance: Utterance


@dataclass(frozen=True)
class BargeIn:
    """The user started talking over the assistant."""

    speech_at: float  # onset of the user's speech
    detected_at: float  # when it was confirmed as speech (not echo, not a click)


@dataclass(frozen=True)
class TurnContinued:
    """The user resumed speaking soon after an endpoint: the pause was mid-sentence, not the end.

    The reply to the previous utterance should stop quietly (it is not a barge-in); the next
    Utterance has ``continues`` set and holds the whole turn, first part and continuation."""

    speech_at: float  # onset of the resumed speech
    endpoint: float  # the endpoint it undoes (stream time)


@dataclass(frozen=True)
class Level:
    rms: float  # 0..1, for a level meter (a few per second)


@dataclass(frozen=True)
class VoiceError:
    message: str


VoiceEvent = SpeechStarted | Utterance | TurnPaused | TurnContinued | BargeIn | Level | VoiceError
