"""Decode attachments into what the model reads: RGB images, 16 kHz mono audio, video frames.

Every failure becomes a MediaError with a sentence about that one file. Memory and time are
bounded by what the file's header says, before anything is decoded: JPEGs decode at reduced
scale, other images are refused when their full-size decode would not fit MAX_DECODE_BYTES,
long audio is refused by its declared duration (and again while decoding, for formats that
do not declare one), video frames are scaled down inside the decoder and each seek decodes
a bounded number of frames. Named pipes, devices and folders are refused by type (reading a
pipe or /dev/zero would never end).
"""

from __future__ import annotations

import functools
import hashlib
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from .errors import EngineError

if TYPE_CHECKING:  # imported on first use: the window shows without them
    import numpy as np
    from PIL import Image

Kind = Literal["image", "audio", "video"]
SAMPLE_RATE = 16_000
CLIP_SECONDS = 30  # Gemma 4 reads at most 750 audio tokens (30 s) per clip
MAX_AUDIO_SECONDS = 600  # longer recordings are refused rather than silently cut
IMAGE_MAX_SIDE = 1536  # the model sees at most ~900x900 pixels; keep some headroom
MAX_IMAGE_PIXELS = 250_000_000  # by header, before any decoding (Pillow refuses twice this by itself)
MAX_DECODE_BYTES = 200 * 2**20  # a full-size decode (PNG, GIF, TIFF...) plus its working copies
VIDEO_FRAMES = 32
VIDEO_MAX_SIDE = 640
MAX_VIDEO_PIXELS = 40_000_000  # per frame; 8K is 33 MP
FRAMES_PER_SEEK = 240  # past this, take the frame at hand: sparse key frames must not mean decoding it all
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
    # Sound already in memory as 16 kHz mono float32 (a voice turn's utterance): read instead
    # of decoding ``path``, which may not be written yet. It must equal what decoding the
    # file gives (app/voice_clip.py makes both from the same 16-bit samples).
    samples: np.ndarray | None = field(default=None, compare=False, repr=False)
    # What the file holds, e.g. its SHA-256 (the history's blobs are named by it): the prompt
    # cache identifies the clip by this, so a turn read from ``samples`` and a later turn read
    # from the file are the same media to it. Empty: the file's (path, mtime, size).
    digest: str = field(default="", compare=False)

    @property
    def label(self) -> str:
        return self.name or self.path.name

    def identity(self) -> tuple:
        """Which media this is, for caches: same identity, same content."""
        if self.digest:
            return (self.kind, "digest", self.digest)
        if self.samples is not None:
            return (self.kind, "samples", hashlib.sha256(self.samples.tobytes()).hexdigest())
        return (self.kind, *file_key(self.path))


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


def check_regular(path: Path) -> os.stat_result:
    """Refuse what is not a plain readable file, saying what it is instead."""
    link = f" (it links to {os.readlink(path)})" if path.is_symlink() else ""
    try:
        st = path.stat()
    except FileNotFoundError:
        if link:
            raise MediaError(f"“{path.name}” is a link to a file that does not exist{link}.") from None
        raise MediaError(f"“{path.name}” was not found.") from None
    except PermissionError:
        raise MediaError(f"“{path.name}” cannot be read (permission denied).") from None
    except OSError as exc:  # a link loop, a name too long...
        raise MediaError(f"“{path.name}” cannot be opened ({exc.strerror or exc}).") from None
    what = _not_a_file(st.st_mode)
    if what:
        raise MediaError(f"“{path.name}” is {what}, not a file{link}.")
    if not os.access(path, os.R_OK):
        raise MediaError(f"“{path.name}” cannot be read (permission denied).")
    return st


def _not_a_file(mode: int) -> str:
    if stat.S_ISREG(mode):
        return ""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "something else"


def check_file(path: Path, kind: Kind) -> None:
    size = check_regular(path).st_size
    if size == 0:
        raise MediaError(f"“{path.name}” is empty.")
    if size > MAX_FILE_BYTES[kind]:
        raise MediaError(
            f"“{path.name}” is too large ({size / 2**20:.0f} MB; the limit is {MAX_FILE_BYTES[kind] // 2**20} MB)."
        )


# ---- images ------------------------------------------------------------------------------


def open_image(path: Path, max_side: int = IMAGE_MAX_SIDE) -> Image.Image:
    """An RGB image no larger than ``max_side`` (first frame of animations)."""
    from PIL import Image, UnidentifiedImageError

    _register_heif()
    check_file(path, "image")
    Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS  # our own check below gives the readable message
    try:
        with Image.open(path) as im:
            w, h = im.size
            if w * h > MAX_IMAGE_PIXELS:
                raise MediaError(
                    f"“{path.name}” is too large to read ({w}×{h} pixels, {w * h / 1e6:.0f} megapixels; "
                    f"the limit is {MAX_IMAGE_PIXELS // 10**6})."
                )
            im.draft("RGB", (max_side, max_side))  # JPEG: decode at 1/2, 1/4 or 1/8 scale
            im.seek(0)
            _check_decode_budget(path, im, (w, h))
            im.load()
            out = _shrink(im, max_side)
    except MediaError:
        raise
    except Image.DecompressionBombError as exc:
        raise MediaError(
            f"“{path.name}” is too large to read (over {2 * MAX_IMAGE_PIXELS // 10**6} megapixels)."
        ) from exc
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise MediaError(f"“{path.name}” is not a readable image (damaged or unsupported: {exc}).") from exc
    return out


def _decode_bytes_per_pixel(mode: str) -> float:
    """Peak bytes per pixel of decoding at full size and shrinking (Pillow keeps RGB in 4 bytes).

    Shrinking first reduces by a whole factor of at least 2: a copy of at most a quarter."""
    own = 1 if mode in ("1", "L", "P") else 2 if mode.startswith("I;16") else 4
    if mode in ("L", "RGB"):
        return own * 1.25
    if mode in ("LA", "RGBA"):
        return own * 2.25  # Pillow reduces a premultiplied full-size copy
    return own + 4 * 2.25  # converted to RGBA first, then that is reduced


def _check_decode_budget(path: Path, im, header_size: tuple[int, int]) -> None:
    """Refuse an image whose full decode would not fit MAX_DECODE_BYTES (after any JPEG draft)."""
    per_pixel = _decode_bytes_per_pixel(im.mode)
    if im.width * im.height * per_pixel <= MAX_DECODE_BYTES:
        return
    w, h = header_size
    limit = MAX_DECODE_BYTES / per_pixel / 1e6
    raise MediaError(
        f"“{path.name}” is too large to read ({w}×{h} pixels, {w * h / 1e6:.0f} megapixels); "
        f"pictures like this one can have up to {limit:.0f} megapixels. Shrink it and attach it again."
    )


def _shrink(im, max_side: int):
    """The loaded image as RGB, no larger than ``max_side``; full-size copies only where unavoidable."""
    if im.mode not in ("L", "RGB", "LA", "RGBA"):
        has_alpha = im.mode in ("PA", "La", "RGBa") or "transparency" in im.info
        im = im.convert("RGBA" if has_alpha else "RGB")
    im.thumbnail((max_side, max_side))
    return _flatten(im.convert("RGBA") if im.mode in ("LA", "RGBA") else im.convert("RGB"))


def _flatten(im: Image.Image) -> Image.Image:
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
    import numpy as np

    try:
        with av.open(str(path)) as container:
            if not container.streams.audio:
                return None
            stream = container.streams.audio[0]
            if _duration(container, stream) > max_seconds:  # declared length: refuse before decoding
                raise MediaError(_too_long(path, max_seconds))
            resampler = av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)
            parts: list[np.ndarray] = []
            total = 0
            for frame in container.decode(stream):
                for out in resampler.resample(frame):
                    parts.append(out.to_ndarray().reshape(-1))
                    total += parts[-1].size
                if total > max_seconds * SAMPLE_RATE:  # formats that declare no length
                    raise MediaError(_too_long(path, max_seconds))
            for out in resampler.resample(None):
                parts.append(out.to_ndarray().reshape(-1))
    except MediaError:
        raise
    except (av.error.FFmpegError, ValueError, OSError) as exc:
        raise MediaError(f"“{path.name}” is not readable audio (damaged or unsupported).") from exc
    wave = np.concatenate(parts).astype(np.float32) if parts else np.zeros(0, np.float32)
    return np.clip(wave, -1.0, 1.0)


def _too_long(path: Path, max_seconds: float) -> str:
    return f"“{path.name}” is longer than {max_seconds / 60:.0f} minutes; trim it or attach a shorter part."


# ---- video -------------------------------------------------------------------------------


def decode_video(path: Path, frames: int = VIDEO_FRAMES, max_side: int = VIDEO_MAX_SIDE) -> VideoData:
    """Evenly spaced small frames plus the sound track."""
    import av
    import numpy as np

    check_file(path, "video")
    try:
        with av.open(str(path)) as container:
            if not container.streams.video:
                raise MediaError(f"“{path.name}” has no picture track.")
            stream = container.streams.video[0]
            _check_frame_size(path, stream)
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


def _check_frame_size(path: Path, stream) -> None:
    w, h = stream.codec_context.width, stream.codec_context.height
    if w * h > MAX_VIDEO_PIXELS:
        raise MediaError(
            f"“{path.name}” has frames too large to read ({w}×{h} pixels; "
            f"up to {MAX_VIDEO_PIXELS // 10**6} megapixels per frame can be read)."
        )


def _duration(container, stream) -> float:
    if stream.duration and stream.time_base:
        return float(stream.duration * stream.time_base)
    return float(container.duration) / 1e6 if container.duration else 0.0


def _sample_frames(container, stream, wanted, count: int, max_side: int) -> list:
    """Seek to each wanted time (cheap on long videos); decode in order when times are unknown."""
    picked: list = []

    def keep(frame) -> None:
        picked.append(_small_image(frame, max_side))

    if wanted is None:
        for frame in container.decode(stream):
            keep(frame)
            if len(picked) >= count:
                break
        return picked
    for t in wanted:
        container.seek(int(t / stream.time_base), stream=stream, backward=True, any_frame=False)
        for decoded, frame in enumerate(container.decode(stream), 1):
            if frame.time is None or frame.time + 1e-6 >= t or decoded >= FRAMES_PER_SEEK:
                keep(frame)
                break
    return picked


def _small_image(frame, max_side: int):
    """The frame as an RGB picture within ``max_side``, scaled by the decoder (no full-size RGB copy)."""
    scale = min(1.0, max_side / max(frame.width, frame.height, 1))
    width, height = max(1, round(frame.width * scale)), max(1, round(frame.height * scale))
    return frame.reformat(width=width, height=height, format="rgb24").to_image()


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
    check_regular(path)  # a folder or a pipe is named as such, whatever its name ends with
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
