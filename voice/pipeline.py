"""The listening loop: source -> echo cancellation -> VAD -> turns, and barge-in.

One thread reads 32 ms blocks and calls `on_event` (on that thread) with SpeechStarted,
Utterance (the raw waveform for the model), BargeIn, Level and VoiceError. Two modes:
hands-free (a turn ends after `stop_s` of silence) and push-to-talk (press/release).
While the assistant speaks, detection is stricter and runs on the echo-cancelled signal;
a confirmed barge-in stops the speaker right here, on the audio thread, before anyone
else hears about it.

A pause is not always the end: when speech resumes soon after an endpoint (see GRACE_S),
the turn goes on. The pipeline says TurnContinued (the reply should stop quietly: this is
not a barge-in) and its next Utterance, marked ``continues``, is the whole turn as one
recording, pause included.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable

import numpy as np

from .echo import DoubleTalkGuard, EchoCanceller, barge_in_params, make_echo_canceller
from .events import BargeIn, Level, SpeechStarted, TurnContinued, TurnPaused, Utterance, VoiceError, VoiceEvent
from .sources import BLOCK, RATE, AudioSource, NoMicrophone
from .tts import Speaker
from .vad import SpeechProbability, State, VadParams, VadTracker, make_vad

PRE_ROLL_S = 0.4  # audio kept from before the detected onset, so the first syllable survives
TAIL_S = 0.15  # silence kept after the last speech
LEVEL_EVERY = 3  # blocks between level-meter events
ECHO_SPAN_S = 0.1  # the echo of a sound arrives up to this much later
# Speech that resumes this soon after an endpoint continues the same turn. The endpoint comes
# stop_s (0.5 s) after the last word, so this covers pauses up to ~1.7 s: mid-sentence pauses
# (word search, breath) run to about 1 s. Later, with the reply already playing, speech is a
# reaction to it: a barge-in or the next question.
GRACE_S = 1.2
# ...or this soon while the reply has made no sound yet: the user cannot be answering a reply
# not heard, so a longer pause (a slow first sentence on a small Mac) still continues the turn.
SILENT_GRACE_S = 2.5


class VoicePipeline:
    def __init__(
        self,
        source: AudioSource,
        on_event: Callable[[VoiceEvent], None],
        *,
        params: VadParams | None = None,
        vad: SpeechProbability | None = None,
        speaker: Speaker | None = None,
        echo: EchoCanceller | None | bool = True,
    ) -> None:
        self.source, self.on_event = source, on_event
        self.params = params or VadParams()
        self.vad = vad or make_vad()
        self.speaker = speaker
        self.echo = make_echo_canceller() if echo is True else (echo or None)
        self.push_to_talk = False
        self.muted = False
        self._pressed = False
        self._running = threading.Event()
        self._thread: threading.Thread | None = None

    # ---- control (any thread) -----------------------------------------------------------

    def start(self) -> None:
        self._running.set()
        self._thread = threading.Thread(target=self._run, name="hearth-voice", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._running.clear()
        if self._thread is not None:
            self._thread.join(timeout)
        self.source.stop()

    def press(self) -> None:
        self._pressed = True

    def release(self) -> None:
        self._pressed = False

    @property
    def running(self) -> bool:
        return self._running.is_set() and self._thread is not None and self._thread.is_alive()

    # ---- the loop ----------------------------------------------------------------------

    def _run(self) -> None:
        try:
            self.source.start()
        except NoMicrophone as exc:
            self._running.clear()
            self.on_event(VoiceError(str(exc)))
            return
        turn = VadTracker(self.params)
        # Echo is cancelled only when the speaker can say what it played (PCM we own).
        cancels = self.echo is not None and self.speaker is not None and self.speaker.reference(0.0, 1) is not None
        barge = VadTracker(barge_in_params(self.params, cancels))
        guard = DoubleTalkGuard()
        ring: deque[tuple[float, np.ndarray]] = deque(maxlen=int(PRE_ROLL_S * RATE / BLOCK) + 1)
        collected: list[tuple[float, np.ndarray]] = []
        collecting, barged, held, count = False, False, False, 0
        turn_start = 0.0  # onset of the turn being collected (its first part, when continued)
        # After an endpoint the recording goes on for a while, in case the turn continues.
        ended_at: float | None = None  # stream time of the last endpoint, while it may be undone
        replied_aloud = False  # the speaker spoke since that endpoint
        continuing = False  # the resumed speech is being collected into the same turn
        paused_at = -1.0  # the last speech sample of the pause already reported (TurnPaused)
        while self._running.is_set():
            item = self.source.read(0.2)
            if item is None:
                if self.source.finished:
                    break
                continue
            at, block = item
            count += 1
            if self.muted:
                turn.reset()
                collecting, collected, ended_at, continuing = False, [], None, False
                continue
            reference = self.speaker.reference(at, len(block)) if self.speaker is not None else None
            clean = block if reference is None or self.echo is None else self.echo.process(block, reference)
            if count % LEVEL_EVERY == 0:
                self.on_event(Level(float(np.sqrt(np.mean(np.square(clean))))))
            probability = self.vad(clean)
            speaking = self.speaker is not None and self.speaker.speaking
            if speaking and continuing:  # the reply's queued sentences wait: the user has the floor
                self.speaker.stop()  # type: ignore[union-attr]
                speaking = False
            replied_aloud = replied_aloud or speaking
            if ended_at is not None and not (collecting or continuing) and at - ended_at > self._grace(replied_aloud):
                ended_at, collected = None, []  # too late to continue: that turn is over
            if speaking and not barged:
                span = (
                    None
                    if reference is None
                    else self.speaker.reference(at - ECHO_SPAN_S, len(block) + int(ECHO_SPAN_S * RATE))  # type: ignore[union-attr]
                )
                over = span is None or guard.talking_over(block, span, probability)
                change = barge.feed(at, probability if over else 0.0)
                if change is not None and change.state == State.SPEAKING:
                    barged = True
                    self.speaker.stop()  # type: ignore[union-attr]  # silence first, tell the app second
                    if ended_at is not None and change.at - ended_at <= GRACE_S:
                        # The rest of the sentence, not an interruption: the turn goes on from here
                        # (the turn detector heard nothing while the reply played).
                        continuing = collecting = True
                        turn.resume(change.at, at + BLOCK / RATE)
                        self.on_event(TurnContinued(speech_at=change.at, endpoint=ended_at))
                    else:
                        self.on_event(BargeIn(speech_at=change.at, detected_at=time.monotonic()))
            elif not speaking:
                barge.reset()
                barged = False
            ring.append((at, clean))
            if self.push_to_talk:
                if self._pressed:
                    if not held:
                        held, collected, ended_at, continuing = True, list(ring), None, False
                        self.on_event(SpeechStarted(at))
                    else:
                        collected.append((at, clean))
                elif held:
                    held = False
                    self._emit_utterance(collected, collected[0][0], at + BLOCK / RATE)
                    collected = []
                continue
            change = turn.feed(at, probability if (not speaking or barged) else 0.0)
            if collecting or ended_at is not None:
                collected.append((at, clean))
            if collecting and self._pausing(turn, at, paused_at):
                # The turn so far, cut where the endpoint would cut it: if no speech follows,
                # the Utterance at the endpoint has these very samples.
                paused_at = turn.last_speech
                pause = self._utterance(collected, turn_start, turn.last_speech, continues=continuing)
                if pause is not None:
                    self.on_event(TurnPaused(pause))
            if change is None:
                continue
            if change.state == State.SPEAKING and not collecting:
                collecting = True
                if not continuing and ended_at is not None and change.at - ended_at <= self._grace(replied_aloud):
                    continuing = True
                    self.on_event(TurnContinued(speech_at=change.at, endpoint=ended_at))
                if not continuing:  # (continuing: the recording since the first onset goes on)
                    collected = [b for b in ring if b[0] >= change.at - PRE_ROLL_S]
                    turn_start = change.at
                    self.on_event(SpeechStarted(change.at))
            elif change.state == State.QUIET and collecting:
                collecting = False
                self._emit_utterance(collected, turn_start, turn.last_speech, continues=continuing)
                # A turn cut at max_s (the user still talking) is not one to continue.
                paused = change.at - turn.last_speech >= self.params.stop_s / 2
                ended_at, replied_aloud, continuing = (change.at if paused else None), False, False
                if not paused:
                    collected = []

    def _grace(self, replied_aloud: bool) -> float:
        return GRACE_S if replied_aloud or self.speaker is None else SILENT_GRACE_S

    def _pausing(self, turn: VadTracker, at: float, paused_at: float) -> bool:
        """The turn has been silent for ``pause_s`` (not yet for ``stop_s``), first time for this pause."""
        pause_s = self.params.pause_s
        return (
            0 < pause_s < self.params.stop_s
            and turn.state == State.STOPPING
            and turn.last_speech != paused_at
            and at + BLOCK / RATE - turn.last_speech >= pause_s
        )

    def _emit_utterance(
        self, blocks: list[tuple[float, np.ndarray]], start: float, last_speech: float, *, continues: bool = False
    ) -> None:
        utterance = self._utterance(blocks, start, last_speech, continues=continues)
        if utterance is not None:
            self.on_event(utterance)

    def _utterance(
        self, blocks: list[tuple[float, np.ndarray]], start: float, last_speech: float, *, continues: bool = False
    ) -> Utterance | None:
        if not blocks:
            return None
        audio = np.concatenate([b for _, b in blocks])
        first = blocks[0][0]
        keep = int((last_speech + TAIL_S - first) * RATE)
        audio = audio[: max(keep, 0)] if keep < len(audio) else audio
        if len(audio) < int(0.2 * RATE):
            return None  # a tap of the button, not a question
        return Utterance(
            audio=audio,
            speech_start=start,
            speech_end=last_speech,
            endpoint=time.monotonic(),
            continues=continues,
        )
