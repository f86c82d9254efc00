"""Speech output is resampled to 16 kHz with FFmpeg's band-limited resampler (PyAV)."""

from __future__ import annotations

import numpy as np

from voice.tts import RATE, resample_to_16k


def _tone(freq: float, rate: int, seconds: float = 1.0) -> np.ndarray:
    t = np.arange(int(rate * seconds)) / rate
    return (0.5 * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def _rms(x: np.ndarray) -> float:
    return float(np.sqrt(np.mean(np.square(x[1000:-1000], dtype=np.float64))))


def test_speech_band_keeps_its_pitch_length_and_level() -> None:
    out = resample_to_16k(_tone(1000, 22_050), 22_050)
    assert abs(len(out) - RATE) <= 64 and out.dtype == np.float32
    spectrum = np.abs(np.fft.rfft(out[:RATE]))
    assert abs(np.argmax(spectrum) * RATE / min(len(out), RATE) - 1000) < 5
    assert abs(_rms(out) - 0.5 / np.sqrt(2)) < 0.02


def test_sound_above_8_khz_is_filtered_not_folded_back_as_noise() -> None:
    """Linear interpolation turned a 10 kHz tone at 44.1 kHz into a loud 6 kHz alias."""
    out = resample_to_16k(_tone(10_000, 44_100), 44_100)
    assert _rms(out) < 0.05 * (0.5 / np.sqrt(2))


def test_16_khz_and_empty_input_pass_through() -> None:
    same = _tone(440, RATE)
    np.testing.assert_array_equal(resample_to_16k(same, RATE), same)
    assert resample_to_16k(np.zeros(0, np.float32), 44_100).size == 0
