"""Real media files for tests: Pillow images, espeak-ng speech, PyAV-encoded audio and video."""

from __future__ import annotations

import shutil
import subprocess
import wave
from fractions import Fraction
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

RATE = 16_000


def image(path: Path, *, seed: int = 0, size: tuple[int, int] = (320, 240), fmt: str | None = None) -> Path:
    rng = np.random.default_rng(seed)
    base = rng.integers(0, 255, (size[1], size[0], 3), dtype=np.uint8)
    im = Image.fromarray(base)
    draw = ImageDraw.Draw(im)
    draw.ellipse((size[0] // 4, size[1] // 4, size[0] * 3 // 4, size[1] * 3 // 4), fill=(255, 200, 0))
    if path.suffix.lower() in (".heic", ".heif"):
        import pillow_heif

        pillow_heif.register_heif_opener()
    im.save(path, format=fmt)
    return path


def animated_gif(path: Path) -> Path:
    frames = [Image.new("RGB", (64, 48), color) for color in ((255, 0, 0), (0, 255, 0), (0, 0, 255))]
    frames[0].save(path, save_all=True, append_images=frames[1:], duration=100, loop=0)
    return path


def transparent_png(path: Path) -> Path:
    im = Image.new("RGBA", (80, 60), (0, 0, 0, 0))
    ImageDraw.Draw(im).rectangle((10, 10, 70, 50), fill=(0, 0, 255, 255))
    im.save(path)
    return path


def huge_jpeg(path: Path, megapixels: int = 50) -> Path:
    width = int((megapixels * 1_000_000 * 4 / 3) ** 0.5)
    height = megapixels * 1_000_000 // width
    # A gradient compresses well, so the file stays small while the pixel count is huge.
    row = np.linspace(0, 255, width, dtype=np.uint8)
    arr = np.broadcast_to(row[None, :, None], (height, width, 3))
    Image.fromarray(np.ascontiguousarray(arr)).save(path, quality=60)
    return path


def speech(path: Path, text: str, *, voice: str = "en", speed: int = 160) -> Path:
    """Real synthetic speech from espeak-ng, written as 16 kHz mono 16-bit WAV."""
    exe = shutil.which("espeak-ng")
    assert exe, "espeak-ng is installed by .ci/run"
    raw = path.with_suffix(".espeak.wav")
    subprocess.run([exe, "-v", voice, "-s", str(speed), "-w", str(raw), text], check=True, capture_output=True)
    wave_in, rate = read_wav(raw)
    raw.unlink()
    write_wav(path, resample(wave_in, rate, RATE), RATE)
    return path


def tone(seconds: float, freq: float = 440.0, rate: int = RATE) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    return (0.3 * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def read_wav(path: Path) -> tuple[np.ndarray, int]:
    with wave.open(str(path)) as w:
        data = np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16).astype(np.float32) / 32768
        if w.getnchannels() > 1:
            data = data.reshape(-1, w.getnchannels()).mean(axis=1)
        return data, w.getframerate()


def write_wav(path: Path, samples: np.ndarray, rate: int = RATE) -> Path:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes((np.clip(samples, -1, 1) * 32767).astype(np.int16).tobytes())
    return path


def resample(samples: np.ndarray, src: int, dst: int) -> np.ndarray:
    if src == dst:
        return samples
    n = int(len(samples) * dst / src)
    return np.interp(np.linspace(0, len(samples) - 1, n), np.arange(len(samples)), samples).astype(np.float32)


def encode_audio(path: Path, samples: np.ndarray, codec: str, rate: int = 44_100) -> Path:
    """Encode with PyAV (MP3, AAC in M4A, FLAC, Opus/Vorbis in OGG...)."""
    import av

    data = resample(samples, RATE, rate)
    with av.open(str(path), "w") as out:
        stream = out.add_stream(codec, rate=rate, layout="mono")
        fmt = stream.codec_context.codec.audio_formats[0].name
        frame_size = stream.codec_context.frame_size or 1024
        pts = 0
        for i in range(0, len(data), frame_size):
            chunk = data[i : i + frame_size]
            frame = av.AudioFrame.from_ndarray(_as_format(chunk, fmt), format=fmt, layout="mono")
            frame.sample_rate, frame.pts = rate, pts
            pts += len(chunk)
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    return path


def _as_format(chunk: np.ndarray, fmt: str) -> np.ndarray:
    if fmt.startswith("s16"):
        chunk = (chunk * 32767).astype(np.int16)
    elif fmt.startswith("s32"):
        chunk = (chunk * 2**31 * 0.999).astype(np.int32)
    else:
        chunk = chunk.astype(np.float32)
    return chunk.reshape(1, -1)


def video(
    path: Path,
    *,
    seconds: float = 2.0,
    fps: int = 10,
    codec: str = "mpeg4",
    audio_codec: str | None = "aac",
    sound: np.ndarray | None = None,
    size: tuple[int, int] = (160, 120),
    seed: int = 0,
) -> Path:
    """A short video: a moving square on noise, with an optional sound track."""
    import av

    rng = np.random.default_rng(seed)
    with av.open(str(path), "w") as out:
        v = out.add_stream(codec, rate=fps)
        v.width, v.height = size
        v.pix_fmt = "yuv420p"
        a = None
        if audio_codec:
            a = out.add_stream(audio_codec, rate=48_000, layout="mono")
        for i in range(int(seconds * fps)):
            arr = rng.integers(0, 80, (size[1], size[0], 3), dtype=np.uint8)
            x = int(i / (seconds * fps) * (size[0] - 30))
            arr[40:70, x : x + 30] = (255, 255, 255)
            frame = av.VideoFrame.from_ndarray(arr, format="rgb24")
            frame.pts = i
            frame.time_base = Fraction(1, fps)
            for packet in v.encode(frame):
                out.mux(packet)
        for packet in v.encode(None):
            out.mux(packet)
        if a is not None:
            samples = resample(sound if sound is not None else tone(seconds), RATE, 48_000)
            fmt = a.codec_context.codec.audio_formats[0].name
            size_ = a.codec_context.frame_size or 1024
            for j in range(0, len(samples), size_):
                chunk = samples[j : j + size_]
                if len(chunk) < size_:
                    chunk = np.pad(chunk, (0, size_ - len(chunk)))
                frame = av.AudioFrame.from_ndarray(_as_format(chunk, fmt), format=fmt, layout="mono")
                frame.sample_rate, frame.pts = 48_000, j
                for packet in a.encode(frame):
                    out.mux(packet)
            for packet in a.encode(None):
                out.mux(packet)
    return path
