"""A voice turn's sound in memory is exactly what the history's WAV decodes to.

The first turn reads ``Prepared.samples``; later turns (history replay, regenerate) decode the
stored WAV. If the two differed by a rounding, the model would hear a different clip on the
replay and the prompt cache would hold features of a clip that is no longer in the prompt.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from app.store.blobs import BlobStore
from app.voice_clip import voice_clip
from runtime.media import decode_audio
from tests.helpers import media_factory as mf


def test_the_samples_sent_equal_the_decoded_wav_and_its_name_is_its_content(tmp_path: Path) -> None:
    rng = np.random.default_rng(3)
    audio = np.concatenate([mf.tone(0.7), rng.uniform(-1.2, 1.2, 4000).astype(np.float32)])  # clipping too
    blobs = BlobStore(tmp_path / "blobs")
    clip = voice_clip(audio, blobs)
    prepared = clip.prepared
    assert not prepared.path.exists()  # nothing is written before the turn is queued
    clip.save()
    assert prepared.path.is_file() and prepared.thumb.is_file()
    decoded = decode_audio(prepared.path)
    assert decoded.dtype == prepared.samples.dtype and np.array_equal(decoded, prepared.samples)
    assert blobs.put(prepared.path)[0] == prepared.sha256 and prepared.size_bytes == prepared.path.stat().st_size
    assert "samples" not in prepared.record() and prepared.record()["meta"]["voice"]
