"""A spoken utterance as a history attachment, and as samples in memory for the turn itself.

The microphone's 16 kHz float samples are quantized to 16 bits once: those samples go to the
model for this turn (``Prepared.samples``), and the same 16-bit samples are the WAV stored for
the history. Decoding that WAV gives back exactly the array the first turn read, so later turns
(history replay, regenerate) see identical features, and the blob's SHA-256 (the WAV's content)
identifies the clip to the prompt cache on every turn. Qt-free.
"""

from __future__ import annotations

import hashlib
import io
import time
import wave
from dataclasses import dataclass

import numpy as np

from app.attachments import Prepared, waveform
from app.store.blobs import BlobStore

RATE = 16_000
EXT = ".wav"


@dataclass(frozen=True)
class VoiceClip:
    prepared: Prepared  # what the turn sends: the samples in memory, the blob path it will have
    wav: bytes  # the file the history keeps
    blobs: BlobStore

    def save(self) -> None:
        """Write the WAV and its waveform thumbnail (before the turn is stored: a few ms)."""
        sha, _, _ = self.blobs.put_bytes(self.wav, EXT)
        if sha != self.prepared.sha256:  # the store hashes what it wrote: this would be a bug here
            raise ValueError("the recording changed while it was being saved")
        thumb = self.prepared.thumb
        if not thumb.exists():
            thumb.parent.mkdir(parents=True, exist_ok=True)
            waveform(self.prepared.samples if self.prepared.samples is not None else np.zeros(0)).save(thumb)


def pcm16(audio: np.ndarray) -> np.ndarray:
    """The samples as the WAV stores them (16-bit, same scaling as every WAV Hearth writes)."""
    return (np.clip(audio, -1, 1) * 32767).astype(np.int16)


def as_decoded(pcm: np.ndarray) -> np.ndarray:
    """What decoding a 16-bit 16 kHz WAV gives (runtime.media.decode_audio: FFmpeg's s16 -> flt
    divides by 32768), so the first turn and a replay of the file read the same numbers."""
    return pcm.astype(np.float32) / np.float32(32768)


def wav_bytes(pcm: np.ndarray) -> bytes:
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(pcm.tobytes())
    return buf.getvalue()


def voice_clip(audio: np.ndarray, blobs: BlobStore) -> VoiceClip:
    """The utterance ready to send; nothing is written yet (``save`` writes it)."""
    pcm = pcm16(audio)
    data = wav_bytes(pcm)
    sha = hashlib.sha256(data).hexdigest()
    seconds = len(pcm) / RATE
    meta = {"duration": round(seconds, 2), "clips": 1 + int(seconds // 30), "has_audio": True, "voice": True}
    name = f"voice {time.strftime('%H:%M:%S')}.wav"
    prepared = Prepared(
        "audio",
        name,
        sha,
        EXT,
        len(data),
        blobs.path_for(sha, EXT),
        blobs.thumb_for(sha),
        meta,
        samples=as_decoded(pcm),
    )
    return VoiceClip(prepared, data, blobs)
