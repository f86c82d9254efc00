"""`hearth bench-voice --pauses`: does a pause mid-sentence cut the user off?

Each recording is one question spoken by espeak-ng in two parts with a silence between them
(0.3-1.0 s, as people pause to find a word), in several voices and speeds, made here: nothing
is downloaded. Every recording goes block by block through the pipeline and VoiceSession the
app uses, as fast as the machine allows: decisions are taken on the stream's own clock, so
the counts do not depend on the machine's speed. The reply "speaks" from ``reply_after_s``
after each endpoint (a fast Mac's first audio), so resumed speech that comes after the reply
began takes the barge-in path, where the cut-offs used to happen.

A cut-off is a recording whose continuation became a turn of its own (or a barge-in): the bar
is zero. A merge is a pause long enough for an endpoint that the continuation then undid.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from voice import ArraySource, BargeIn, EspeakSynthesizer, TurnContinued, Utterance, VoiceEvent, VoicePipeline
from voice.sources import RATE
from voice.vad import SpeechProbability, make_vad

from ..voice_session import VoiceSession

# Questions split where a speaker might stop to think.
SPLIT_QUESTIONS = [
    ("What is the weather like", "in Paris tomorrow?"),
    ("Please set a timer", "for ten minutes."),
    ("Tell me a short fact", "about rivers."),
    ("How far away", "is the moon from the earth?"),
    ("What should I cook", "for dinner tonight?"),
    ("Can you remind me to call", "my sister on Sunday?"),
]
PAUSES_S = (0.3, 0.5, 0.65, 0.8, 1.0)
VOICES = ("en-us", "en-gb+f3", "en-us+m3", "en-us+f2")
SPEEDS = (140, 175, 200)  # words per minute
REPLY_AFTER_S = 0.4


@dataclass(frozen=True)
class PausedRecording:
    audio: np.ndarray = field(repr=False)
    pause_s: float
    voice: str
    speed: int
    text: str
    first_end: int  # sample where the first part's sound ends (the pause begins)


def trim(audio: np.ndarray, level: float = 0.005) -> np.ndarray:
    """The sound without espeak-ng's leading and trailing silence, so the pause is exactly the gap."""
    loud = np.flatnonzero(np.abs(audio) > level)
    return audio[loud[0] : loud[-1] + 1] if len(loud) else audio


def paused_recordings(
    questions: list[tuple[str, str]] | None = None, pauses: tuple[float, ...] = PAUSES_S
) -> list[PausedRecording]:
    """Every question with every pause; voices and speeds rotate so each pause meets several."""
    out = []
    synths: dict[tuple[str, int], EspeakSynthesizer] = {}
    for i, (first, rest) in enumerate(questions or SPLIT_QUESTIONS):
        for j, pause in enumerate(pauses):
            voice, speed = VOICES[(i + j) % len(VOICES)], SPEEDS[(i + 2 * j) % len(SPEEDS)]
            synth = synths.setdefault((voice, speed), EspeakSynthesizer(voice, speed))
            a, b = trim(synth.synthesize(first)), trim(synth.synthesize(rest))
            gap = np.zeros(int(pause * RATE), np.float32)
            out.append(PausedRecording(np.concatenate([a, gap, b]), pause, voice, speed, f"{first} … {rest}", len(a)))
    return out


class ReplyOnStreamTime:
    """A stand-in speaker on the stream's clock: it 'speaks' (silently) from ``after_s`` past each
    endpoint until stopped. The pipeline asks it about every block, which is how it knows the time."""

    def __init__(self, after_s: float) -> None:
        self.after_s = after_s
        self.now = 0.0
        self._from: float | None = None

    def endpoint(self) -> None:
        self._from = self.now + self.after_s

    @property
    def speaking(self) -> bool:
        return self._from is not None and self.now >= self._from

    def say(self, text: str) -> None:
        pass

    def stop(self) -> None:
        self._from = None

    def reference(self, at: float, n: int) -> np.ndarray | None:
        self.now = max(self.now, at)
        return None  # no PCM of its own: no echo cancellation, the stricter barge-in rule applies


@dataclass
class PauseOutcome:
    pause_s: float
    voice: str
    speed: int
    turns: int = 0  # utterances handed over as new turns
    merges: int = 0  # TurnContinued: an endpoint in the pause, undone
    barge_ins: int = 0
    clip_s: float = 0.0  # the final turn's recording
    spoken_s: float = 0.0  # first part + pause + rest

    @property
    def cut_off(self) -> bool:
        return self.turns != 1 or self.barge_ins > 0 or self.clip_s < self.spoken_s - 0.1

    def as_dict(self) -> dict[str, Any]:
        return {
            "pause_s": self.pause_s,
            "voice": self.voice,
            "speed": self.speed,
            "turns": self.turns,
            "merges": self.merges,
            "barge_ins": self.barge_ins,
            "clip_s": round(self.clip_s, 2),
            "spoken_s": round(self.spoken_s, 2),
            "cut_off": self.cut_off,
        }


def listen_through_pause(
    recording: PausedRecording, *, reply_after_s: float | None = REPLY_AFTER_S, vad: SpeechProbability | None = None
) -> PauseOutcome:
    """One recording through the pipeline and the voice session, as fast as the machine goes."""
    lead = np.zeros(int(0.5 * RATE), np.float32)
    source = ArraySource(np.concatenate([lead, recording.audio]), realtime=False, tail_s=3.0)
    speaker = ReplyOnStreamTime(reply_after_s) if reply_after_s is not None else None
    outcome = PauseOutcome(recording.pause_s, recording.voice, recording.speed)
    outcome.spoken_s = len(recording.audio) / RATE

    def submit(utterance: Utterance) -> None:
        outcome.turns += 0 if utterance.continues else 1
        outcome.clip_s = len(utterance.audio) / RATE
        if speaker is not None:
            speaker.endpoint()  # the reply to this utterance starts speaking a little later

    session = VoiceSession(speaker, submit, interrupt=lambda: None)

    def on_event(event: VoiceEvent) -> None:
        outcome.merges += isinstance(event, TurnContinued)
        outcome.barge_ins += isinstance(event, BargeIn)
        session.handle(event)

    pipeline = VoicePipeline(source, on_event, speaker=speaker, vad=vad or make_vad(), echo=False)
    pipeline.start()
    assert pipeline._thread is not None
    pipeline._thread.join(120)  # a failure detector: the source runs out, then the loop ends
    pipeline.stop()
    return outcome


def run_pause_bench(reply_after_s: float | None = REPLY_AFTER_S) -> dict[str, Any]:
    outcomes = [listen_through_pause(r, reply_after_s=reply_after_s) for r in paused_recordings()]
    by_pause: dict[str, dict[str, int]] = {}
    for o in outcomes:
        row = by_pause.setdefault(f"{o.pause_s:.2f}", {"recordings": 0, "merges": 0, "cut_offs": 0})
        row["recordings"] += 1
        row["merges"] += o.merges > 0
        row["cut_offs"] += o.cut_off
    return {
        "recordings": len(outcomes),
        "merged": sum(o.merges > 0 for o in outcomes),
        "cut_offs": sum(o.cut_off for o in outcomes),
        "reply_after_s": reply_after_s,
        "by_pause": by_pause,
        "per_recording": [o.as_dict() for o in outcomes],
    }
