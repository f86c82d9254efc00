"""A voice conversation: utterances go to the model, replies are spoken as they stream, and
speaking over the assistant stops it. When the user only paused (TurnContinued), the reply
stops quietly and the whole utterance, which follows, replaces the turn. Qt-free: the window and `hearth bench-voice` both
drive this same class, so what the benchmark measures is what the app does.

Every stage is stamped on one clock (time.monotonic) in a TurnTrace.
"""

from __future__ import annotations

import statistics
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from voice import BargeIn, SentenceSplitter, Speaker, TurnContinued, TurnPaused, Utterance, VoiceEvent

STAGES = ("endpoint", "prefill_done", "first_token", "first_sentence", "first_audio_out")


@dataclass
class TurnTrace:
    """Monotonic times of one turn's stages; `report` gives them relative to the end of speech."""

    speech_end: float = 0.0
    stamps: dict[str, float] = field(default_factory=dict)
    ended: bool = False  # handed to on_turn_end; later stamps are not reported again

    def stamp(self, name: str, at: float | None = None) -> None:
        self.stamps.setdefault(name, time.monotonic() if at is None else at)

    def report(self) -> dict[str, float]:
        out = {k: self.stamps[k] - self.speech_end for k in STAGES if k in self.stamps}
        if "barge_speech" in self.stamps:
            onset = self.stamps["barge_speech"]
            for name in ("barge_detected", "barge_silent"):
                if name in self.stamps:
                    out[name] = self.stamps[name] - onset
        return out


class VoiceSession:
    def __init__(
        self,
        speaker: Speaker | None,
        submit: Callable[[Utterance], None],
        interrupt: Callable[[], None],
        on_turn_end: Callable[[TurnTrace], None] | None = None,
        prefill: Callable[[Utterance], None] | None = None,
    ) -> None:
        self.speaker = speaker
        self.submit, self.interrupt = submit, interrupt
        self.prefill = prefill  # the turn so far, at a pause (speculative prefill); None: not used
        self.on_turn_end = on_turn_end
        self.traces: list[TurnTrace] = []
        self._splitter = SentenceSplitter()
        self._lock = threading.Lock()
        self._hushed = False  # the user talked over this reply: the rest of it is not spoken
        self.continued = 0  # turns the user went on with after a pause (each replaced its first reply)
        self.attach_speaker(speaker)

    def attach_speaker(self, speaker: Speaker | None) -> None:
        self.speaker = speaker
        if speaker is not None and hasattr(speaker, "on_audio_start"):
            speaker.on_audio_start = lambda t: self._stamp("first_audio_out", t)
            speaker.on_silent = lambda t: self._stamp_silent(t)  # type: ignore[attr-defined]

    @property
    def current(self) -> TurnTrace | None:
        return self.traces[-1] if self.traces else None

    def handle(self, event: VoiceEvent) -> None:
        """Pipeline events (call on one thread at a time)."""
        if isinstance(event, Utterance):
            self.end_turn()
            trace = TurnTrace(speech_end=event.speech_end)
            trace.stamp("endpoint", event.endpoint)
            with self._lock:
                self.traces.append(trace)
            self._splitter = SentenceSplitter()
            self._hushed = False
            self.submit(event)
        elif isinstance(event, TurnPaused):
            # Only a fresh turn: a continued one replaces an earlier question, whose history
            # is not the chat's end.
            if self.prefill is not None and not event.utterance.continues:
                self.prefill(event.utterance)
        elif isinstance(event, TurnContinued):
            # Not a barge-in: the reply to half a sentence is dropped, silently, with its trace
            # (the whole utterance comes next and is answered and timed as the turn).
            self._hushed = True
            if self.speaker is not None:
                self.speaker.stop()
            with self._lock:
                if self.traces and not self.traces[-1].ended:
                    self.traces.pop()
                self.continued += 1
            self.interrupt()
        elif isinstance(event, BargeIn):
            self._stamp("barge_speech", event.speech_at)
            self._stamp("barge_detected", event.detected_at)
            self._hushed = True  # text still streaming in before the stop lands stays unspoken
            if self.speaker is not None:
                self.speaker.stop()
            self.interrupt()

    def end_turn(self) -> None:
        """The current turn is over (the next one began, or voice stopped): report it once.
        Not at the end of the reply: its audio may start playing only after that."""
        with self._lock:
            trace = self.current
            if trace is None or trace.ended:
                return
            trace.ended = True
        if self.on_turn_end is not None:
            self.on_turn_end(trace)

    def reply_text(self, delta: str, *, prefill_done: float | None = None) -> None:
        """Streamed answer text (not thinking); speaks each sentence as soon as it is complete."""
        if prefill_done is not None:
            self._stamp("prefill_done", prefill_done)
        if delta:
            self._stamp("first_token")
        for sentence in self._splitter.feed(delta):
            self._speak(sentence)

    def reply_done(self) -> None:
        for sentence in self._splitter.flush():
            self._speak(sentence)

    def _speak(self, sentence: str) -> None:
        if self._hushed:
            return
        self._stamp("first_sentence")
        if self.speaker is not None:
            self.speaker.say(sentence)

    def _stamp(self, name: str, at: float | None = None) -> None:
        with self._lock:
            if self.traces:
                self.traces[-1].stamp(name, at)

    def _stamp_silent(self, at: float) -> None:
        trace = self.current
        if trace is not None and "barge_detected" in trace.stamps:
            self._stamp("barge_silent", at)


def summarize(traces: list[TurnTrace]) -> dict[str, dict[str, float]]:
    """p50 / p90 in milliseconds for every stage seen."""
    columns: dict[str, list[float]] = {}
    for trace in traces:
        for name, seconds in trace.report().items():
            columns.setdefault(name, []).append(seconds * 1000)
    out = {}
    for name, values in columns.items():
        values.sort()
        out[name] = {"p50": statistics.median(values), "p90": values[int(0.9 * (len(values) - 1))], "n": len(values)}
    return out
