"""Decode attachments into what the model reads: RGB images, 16 kHz mono audio, video frames.

Every failure becomes a MediaError with a sentence about that one file. Memory is bounded:
JPEGs decode at reduced scale, every image is shrunk to what the model can use, long audio
is split into 30-second clips (the model's limit per clip), and video is sampled to a fixed
number of small frames.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import numpy as np

from .errors import EngineError

Kind = Literal["image", "audio", "video"]
SAMPLE_RATE = 16_000
CLIP_SECONDS = 30  # Gemma 4 reads at most 750 audio tokens (30 s) per clip
MAX_AUDIO_SECONDS = 600  # longer recordings are refused rather than silently cut
IMAGE_MAX_SIDE = 1536  # the model sees at most ~900x900 pixels; keep some headroom
MAX_IMAGE_PIXELS = 250_000_000
VIDEO_FRAMES = 32
VIDEO_MAX_SIDE = 640
MAX_FILE_BYTES = {"image": 100 * 2**20, "audio": 500 * 2**20, "video": 2 * 2**30}

EXTENSIONS: dict[str, Kind] = {
    **dict.fromkeys((".png", ".jpg", ".jpeg", ".webp", ".gif", ".bmp", ".tif", ".tiff", ".heic", ".heif"), "image"),
    **dict.fromkeys((".wav", ".mp3", ".m4a", ".aac", ".flac", ".ogg", ".oga", ".opus", ".aif", ".aiff"), "audio"),
    **dict.fromkeys((".mp4", ".mov", ".m4v", ".webm", ".mkv", ".avi"), "video"),
}  # fmt: skip


class MediaError(EngineError):
    """An attachment cannot be used; the message names the file and the reason."""


@dataclass(frozen=True)
class MediaRef:
    kind: Kind
    path: Path
    name: str = ""

    @property
    def label(self) -> str:
        return self.name or self.path.name


@dataclass(frozen=True)
class VideoData:
    frames: np.ndarray  # (T, 3, H, W) uint8
    fps: float
    duration: float
    audio: np.ndarray | None  # 16 kHz mono float32, or None when the video is silent


def kind_of(path: Path) -> Kind:
    kind = EXTENSIONS.get(path.suffix.lower())
    if kind is None:
        raise MediaError(f"“{path.name}”: this kind of file is not supported (images, audio and video are).")
    return kind


def check_file(path: Path, kind: Kind) -> None:
    if not path.is_file():
        raise MediaError(f"“{path.name}” was not found.")
    size = path.stat().st_size
    if size == 0:
        raise MediaError(f"“{path.name}” is empty.")
    if size > MAX_FILE_BYTES[kind]:
        raise MediaError(f"“{path.name}” is too large ({size / 2**20:.0f} MB; the limit is "
                         f"{MAX_FILE_BYTES[kind] // 2**20} MB).")  # fmt: skip


# ---- images ------------------------------------------------------------------------------


def open_image(path: Path, max_side: int = IMAGE_MAX_SIDE) -> "Image.Image":  # type: ignore[name-defined]  # noqa: F821
    """An RGB image no larger than ``max_side`` (first frame of animations)."""
    from PIL import Image, UnidentifiedImageError

    _register_heif()
    check_file(path, "image")
    Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS  # our own check below gives the readable message
    try:
        with Image.open(path) as im:
            w, h = im.size
            if w * h > MAX_IMAGE_PIXELS:
                raise MediaError(f"“{path.name}” is too large to read ({w}×{h} pixels).")
            im.draft("RGB", (max_side, max_side))  # JPEG: decode at 1/2, 1/4 or 1/8 scale
            im.seek(0)
            im.load()
            out = _flatten(im.convert("RGBA") if im.mode in ("P", "LA", "RGBA") else im.convert("RGB"))
    except MediaError:
        raise
    except Image.DecompressionBombError as exc:
        raise MediaError(f"“{path.name}” is too large to read.") from exc
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise MediaError(f"“{path.name}” is not a readable image (damaged or unsupported: {exc}).") from exc
    out.thumbnail((max_side, max_side))
    return out


def _flatten(im: "Image.Image") -> "Image.Image":  # type: ignore[name-defined]  # noqa: F821
    from PIL import Image

    if im.mode != "RGBA":
        return im
    background = Image.new("RGB", im.size, (255, 255, 255))  # transparency on white, as a viewer shows it
    background.paste(im, mask=im.split()[3])
    return background


@functools.cache
def _register_heif() -> None:
    try:
        import pillow_heif

        pillow_heif.register_heif_opener()
    except ImportError:  # HEIC is optional: without the plugin such files are reported unreadable
        pass


# ---- audio -------------------------------------------------------------------------------


def decode_audio(path: Path, max_seconds: float = MAX_AUDIO_SECONDS) -> np.ndarray:
    """The file's sound as 16 kHz mono float32 in [-1, 1]."""
    check_file(path, "audio")
    wave = _decode_audio_stream(path, max_seconds)
    if wave is None:
        raise MediaError(f"“{path.name}” has no sound track.")
    if wave.size < SAMPLE_RATE // 50:  # under 20 ms
        raise MediaError(f"“{path.name}” holds no audio (it is empty or too short).")
    return wave


def audio_clips(wave: np.ndarray, seconds: int = CLIP_SECONDS) -> list[np.ndarray]:
    """Consecutive clips of at most ``seconds``: long recordings are split, never cut."""
    step = seconds * SAMPLE_RATE
    return [wave[i : i + step] for i in range(0, max(len(wave), 1), step)]


def _decode_audio_stream(path: Path, max_seconds: float) -> np.ndarray | None:
    import av

    try:
        with av.open(str(path)) as container:
            if not container.streams.audio:
                return None
            stream = container.streams.audio[0]
            resampler = av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)
            parts: list[np.ndarray] = []
            total = 0
            for frame in container.decode(stream):
                for out in resampler.resample(frame):
                    parts.append(out.to_ndarray().reshape(-1))
                    total += parts[-1].size
                if total > max_seconds * SAMPLE_RATE:
                    raise MediaError(f"“{path.name}” is longer than {max_seconds / 60:.0f} minutes; "
                                     "trim it or attach a shorter part.")  # fmt: skip
            for out in resampler.resample(None):
                parts.append(out.to_ndarray().reshape(-1))
    except MediaError:
        raise
    except (av.error.FFmpegError, ValueError, OSError) as exc:
        raise MediaError(f"“{path.name}” is not readable audio (damaged or unsupported).") from exc
    wave = np.concatenate(parts).astype(np.float32) if parts else np.zeros(0, np.float32)
    return np.clip(wave, -1.0, 1.0)


# ---- video -------------------------------------------------------------------------------


def decode_video(path: Path, frames: int = VIDEO_FRAMES, max_side: int = VIDEO_MAX_SIDE) -> VideoData:
    """Evenly spaced small frames plus the sound track."""
    import av

    check_file(path, "video")
    try:
        with av.open(str(path)) as container:
            if not container.streams.video:
                raise MediaError(f"“{path.name}” has no picture track.")
            stream = container.streams.video[0]
            duration = _duration(container, stream)
            fps = float(stream.average_rate or 0) or 25.0
            wanted = np.linspace(0, max(duration, 1e-3), frames, endpoint=False) if duration else None
            picked = _sample_frames(container, stream, wanted, frames, max_side)
    except MediaError:
        raise
    except (av.error.FFmpegError, ValueError, OSError) as exc:
        raise MediaError(f"“{path.name}” is not a readable video (damaged or unsupported).") from exc
    if not picked:
        raise MediaError(f"“{path.name}” has no frames that could be read.")
    audio = _decode_audio_stream(path, MAX_AUDIO_SECONDS)
    if audio is not None and audio.size < SAMPLE_RATE // 50:
        audio = None
    stack = np.stack([np.asarray(f).transpose(2, 0, 1) for f in picked]).astype(np.uint8)
    return VideoData(stack, len(picked) / duration if duration else fps, duration or len(picked) / fps, audio)


def _duration(container, stream) -> float:  # type: ignore[no-untyped-def]
    if stream.duration and stream.time_base:
        return float(stream.duration * stream.time_base)
    return float(container.duration) / 1e6 if container.duration else 0.0


def _sample_frames(container, stream, wanted, count: int, max_side: int) -> list:  # type: ignore[no-untyped-def]
    """Seek to each wanted time (cheap on long videos); decode in order when times are unknown."""
    picked: list = []

    def keep(frame) -> None:  # type: ignore[no-untyped-def]
        image = frame.to_image()
        image.thumbnail((max_side, max_side))
        picked.append(image.convert("RGB"))

    if wanted is None:
        for frame in container.decode(stream):
            keep(frame)
            if len(picked) >= count:
                break
        return picked
    for t in wanted:
        container.seek(int(t / stream.time_base), stream=stream, backward=True, any_frame=False)
        for frame in container.decode(stream):
            if frame.time is None or frame.time + 1e-6 >= t:
                keep(frame)
                break
    return picked


@dataclass(frozen=True)
class MediaInfo:
    kind: Kind
    width: int = 0
    height: int = 0
    duration: float = 0.0  # seconds (audio, video)
    clips: int = 0  # 30-second audio clips the model will read
    has_audio: bool = False


def probe(path: Path) -> MediaInfo:
    """Fully decode a file once to check it; raises MediaError when it cannot be used."""
    kind = kind_of(path)
    if kind == "image":
        im = open_image(path)
        return MediaInfo("image", im.width, im.height)
    if kind == "audio":
        wave = decode_audio(path)
        return MediaInfo("audio", duration=wave.size / SAMPLE_RATE, clips=len(audio_clips(wave)), has_audio=True)
    video = decode_video(path)
    clips = len(audio_clips(video.audio)) if video.audio is not None else 0
    _, _, h, w = video.frames.shape
    return MediaInfo("video", w, h, video.duration, clips, video.audio is not None)


def file_key(path: Path) -> tuple[str, int, int]:
    st = os.stat(path)
    return (str(path), st.st_mtime_ns, st.st_size)
