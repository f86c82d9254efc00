"""Hostile media files, small on disk, built at run time: what `hearth bench-media` and the
tests feed the decoders. Each is written in a streaming way (rows or packets), so building
one never needs the memory that decoding it naively would.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path

import numpy as np


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def flat_png(path: Path, side: int = 15_800, *, alpha: bool = False) -> Path:
    """A single-colour ``side``×``side`` PNG (8-bit RGB, or RGBA): under a megabyte on disk."""
    channels = 4 if alpha else 3
    row = b"\x00" + bytes([200, 120, 40, 255][:channels]) * side  # filter byte 0, then the pixels
    pack = zlib.compressobj(9)
    data = bytearray()
    for _ in range(side):
        data += pack.compress(row)
    data += pack.flush()
    header = struct.pack(">IIBBBBB", side, side, 8, 6 if alpha else 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", header) + _png_chunk(b"IDAT", bytes(data)) + _png_chunk(b"IEND", b"")
    )
    return path


def bomb_gif(path: Path, side: int = 16_000) -> Path:
    """A GIF whose logical screen is ``side``×``side`` with a single 1×1 frame: 40 bytes."""
    screen = b"GIF89a" + struct.pack("<HHBBB", side, side, 0x80, 0, 0) + b"\x00\x00\x00\xff\xff\xff"
    frame = b"\x2c" + struct.pack("<HHHHB", 0, 0, 1, 1, 0) + b"\x02\x02\x44\x01\x00"  # LZW: clear, 0, end
    path.write_bytes(screen + frame + b"\x3b")
    return path


def huge_jpeg(path: Path, megapixels: int = 100) -> Path:
    """A real gradient JPEG of ``megapixels`` (4:3); builds it in the calling process (~3 bytes a pixel)."""
    from PIL import Image

    width = int((megapixels * 1_000_000 * 4 / 3) ** 0.5)
    height = megapixels * 1_000_000 // width
    row = np.linspace(0, 255, width, dtype=np.uint8)
    arr = np.ascontiguousarray(np.broadcast_to(row[None, :, None], (height, width, 3)))
    Image.fromarray(arr).save(path, quality=60)
    return path


def forged_jpeg(path: Path, side: int = 60_000) -> Path:
    """A small real JPEG whose frame header claims ``side``×``side`` pixels (3.6 gigapixels)."""
    from PIL import Image

    Image.new("RGB", (16, 16), (10, 20, 30)).save(path, quality=80)
    data = bytearray(path.read_bytes())
    sof = next(i for i in range(2, len(data) - 9) if data[i] == 0xFF and data[i + 1] in (0xC0, 0xC2))
    data[sof + 5 : sof + 9] = struct.pack(">HH", side, side)
    path.write_bytes(bytes(data))
    return path


def long_silent_wav(path: Path, minutes: float = 20, rate: int = 8_000) -> Path:
    """A real silent 8-bit mono WAV of ``minutes`` (about 0.5 MB a minute), written in blocks."""
    frames = int(minutes * 60 * rate)
    with open(path, "wb") as fh:
        fh.write(b"RIFF" + struct.pack("<I", 36 + frames) + b"WAVE")
        fh.write(b"fmt " + struct.pack("<IHHIIHH", 16, 1, 1, rate, rate, 1, 8))
        fh.write(b"data" + struct.pack("<I", frames))
        block = b"\x80" * rate * 60  # 8-bit PCM silence is 128
        for start in range(0, frames, len(block)):
            fh.write(block[: frames - start])
    return path


def many_frames_video(path: Path, frames: int = 30_000, fps: int = 1_000, size: int = 32) -> Path:
    """An MPEG-4 video of tiny frames and one key frame only: seeking anywhere means decoding from the start."""
    import av

    with av.open(str(path), "w") as out:
        # One key frame: no periodic ones (g) and none on scene changes (sc_threshold).
        stream = out.add_stream("mpeg4", rate=fps, options={"g": str(frames + 1), "sc_threshold": "1000000000"})
        stream.width = stream.height = size
        stream.pix_fmt = "yuv420p"
        base = np.zeros((size, size, 3), np.uint8)
        for i in range(frames):
            base[:, :, 0] = i % 251
            frame = av.VideoFrame.from_ndarray(base, format="rgb24")
            frame.pts, frame.time_base = i, Fraction(1, fps)
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    return path


def huge_frame_video(path: Path, side: int = 8_000) -> Path:
    """A one-frame MPEG-4 video whose frames are ``side``×``side`` (64 megapixels)."""
    import av

    with av.open(str(path), "w") as out:
        stream = out.add_stream("mpeg4", rate=1)
        stream.width = stream.height = side
        stream.pix_fmt = "yuv420p"
        frame = av.VideoFrame(side, side, "yuv420p")
        for plane in frame.planes:
            plane.update(bytes(plane.buffer_size))
        frame.pts, frame.time_base = 0, Fraction(1, 1)
        for packet in stream.encode(frame):
            out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    return path


# name -> (builder, what the decoder must do: "refuse" with these words, or "read" within limits)
SUITE: dict[str, tuple[Callable[[Path], Path], str, str]] = {
    "flat-15800.png": (flat_png, "refuse", "too large to read"),
    "flat-15800-rgba.png": (lambda p: flat_png(p, alpha=True), "refuse", "too large to read"),
    "flat-6400.png": (lambda p: flat_png(p, side=6_400), "read", ""),  # just within the decode budget
    "flat-4500-rgba.png": (lambda p: flat_png(p, side=4_500, alpha=True), "read", ""),
    "bomb-16000.gif": (bomb_gif, "refuse", "too large to read"),
    "bomb-4000.gif": (lambda p: bomb_gif(p, side=4_000), "read", ""),  # 16 MP, palette: within the budget
    "huge-100mp.jpg": (huge_jpeg, "read", ""),
    "forged-60000.jpg": (forged_jpeg, "refuse", "too large to read"),
    "silent-20min.wav": (long_silent_wav, "refuse", "longer than 10 minutes"),
    "30000-frames.mp4": (many_frames_video, "read", ""),
    "frame-8000.mp4": (huge_frame_video, "refuse", "frames too large to read"),
}


def build(name: str, folder: Path) -> Path:
    builder = SUITE[name][0]
    return builder(folder / name)
