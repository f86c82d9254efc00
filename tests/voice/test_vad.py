from __future__ import annotations

from voice.sources import BLOCK, RATE
from voice.vad import State, VadParams, VadTracker

STEP = BLOCK / RATE


def run(probabilities: list[float], params: VadParams | None = None) -> list[tuple[str, float]]:
    tracker = VadTracker(params)
    out = []
    for i, p in enumerate(probabilities):
        change = tracker.feed(i * STEP, p)
        if change:
            out.append((change.state.value, round(change.at, 3)))
    return out


def test_a_click_is_not_speech() -> None:
    assert run([0.0, 0.9, 0.9, 0.0, 0.0]) == [("starting", 0.032), ("quiet", 0.096)]


def test_speech_starts_after_start_s_and_ends_after_stop_s() -> None:
    probs = [0.0] * 3 + [0.9] * 20 + [0.1] * 20
    events = run(probs, VadParams(start_s=0.15, stop_s=0.5))
    states = [s for s, _ in events]
    assert states == ["starting", "speaking", "stopping", "quiet"]
    assert events[1][1] == round(3 * STEP, 3)  # speech is dated from its real onset
    stop_at = events[3][1]
    assert 0.5 <= stop_at - (23 * STEP) < 0.5 + STEP


def test_a_short_pause_does_not_end_the_turn() -> None:
    probs = [0.9] * 10 + [0.1] * 8 + [0.9] * 10 + [0.0] * 30  # a 0.26 s pause
    states = [s for s, _ in run(probs, VadParams(stop_s=0.5))]
    assert states.count("quiet") == 1 and states[-1] == "quiet"


def test_hysteresis_keeps_speech_going_above_off() -> None:
    probs = [0.9] * 10 + [0.4] * 10 + [0.0] * 25
    tracker = VadTracker(VadParams(on=0.5, off=0.35, stop_s=0.5))
    for i, p in enumerate(probs[:20]):
        tracker.feed(i * STEP, p)
    assert tracker.state == State.SPEAKING  # 0.4 is below 'on' but above 'off'
