"""Hostile media: refused or read by what the header says, in bounded memory, with words that
say what is wrong. Every file is built at run time (runtime.hostile_media) and is small on disk."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from runtime import hostile_media as hm
from runtime import media
from runtime.media import MediaError, decode_video, probe
from runtime.media_bench import measure_in_child

# Peak growth over the imported-decoders baseline, in a child process. Generous (the bench's bar
# is 300 MB) but far below what these files took before (2 GB for the PNG, 3.9 GB for its RGBA form).
MEMORY_BOUND_MB = 600


@pytest.mark.parametrize("name", ["flat-15800.png", "flat-15800-rgba.png", "bomb-16000.gif", "forged-60000.jpg"])
def test_huge_images_are_refused_by_their_header_in_bounded_memory(tmp_path: Path, name: str) -> None:
    path = hm.build(name, tmp_path)
    assert path.stat().st_size < 2 * 2**20  # small on disk, huge once decoded
    result = measure_in_child(path)
    assert result["outcome"] == "refused", result
    assert "too large to read" in result["detail"] and name in result["detail"]
    assert result["peak_mb"] < MEMORY_BOUND_MB, result


def test_a_huge_png_is_refused_with_its_size_and_the_limit(tmp_path: Path) -> None:
    with pytest.raises(MediaError, match=r"15800×15800 pixels, 250 megapixels.*up to \d+ megapixels"):
        probe(hm.flat_png(tmp_path / "flat.png"))


def test_a_png_within_the_decode_budget_is_read_and_shrunk(tmp_path: Path) -> None:
    info = probe(hm.flat_png(tmp_path / "ok.png", side=4000))  # 16 MP: 64 MB decoded
    assert (info.width, info.height) == (media.IMAGE_MAX_SIDE, media.IMAGE_MAX_SIDE)
    rgba = media.open_image(hm.flat_png(tmp_path / "ok-rgba.png", side=3000, alpha=True))
    assert rgba.mode == "RGB" and rgba.size == (media.IMAGE_MAX_SIDE, media.IMAGE_MAX_SIDE)
    assert rgba.getpixel((5, 5)) == (200, 120, 40)


def test_a_huge_jpeg_is_read_at_reduced_scale_in_bounded_memory(tmp_path: Path) -> None:
    result = measure_in_child(hm.huge_jpeg(tmp_path / "huge.jpg", megapixels=60))
    assert result["outcome"] == "read", result
    assert result["peak_mb"] < 200, result  # decoding it at full size would take 240 MB


def test_long_audio_is_refused_by_its_declared_length_before_decoding(tmp_path: Path) -> None:
    result = measure_in_child(hm.long_silent_wav(tmp_path / "silent.wav", minutes=20))
    assert result["outcome"] == "refused" and "longer than 10 minutes" in result["detail"], result
    assert result["peak_mb"] < 100, result


def test_video_with_sparse_key_frames_is_sampled_with_bounded_work(tmp_path: Path, monkeypatch) -> None:
    import av

    path = hm.many_frames_video(tmp_path / "many.mp4", frames=3000, fps=100, size=32)
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        keys = [float(p.pts * stream.time_base) for p in container.demux(stream) if p.is_keyframe]
    assert len(keys) < 10  # seconds of frames between key frames
    decoded = []
    original = media._small_image
    monkeypatch.setattr(media, "_small_image", lambda f, s: decoded.append(f.time) or original(f, s))
    monkeypatch.setattr(media, "FRAMES_PER_SEEK", 50)
    video = decode_video(path, frames=8)
    assert video.frames.shape[0] == 8 and 29 < video.duration < 31
    for wanted, got in zip([i * 30 / 8 for i in range(8)], decoded, strict=True):
        key = max(k for k in keys if k <= wanted + 1e-6)
        assert key <= got <= min(wanted, key + 50 / 100) + 1e-6  # never more than 50 frames past the key frame


def test_video_frames_larger_than_the_limit_are_refused_by_the_header(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(media, "MAX_VIDEO_PIXELS", 100 * 100)
    path = hm.many_frames_video(tmp_path / "big.mp4", frames=3, fps=1, size=128)
    with pytest.raises(MediaError, match=r"big.mp4.*frames too large to read \(128×128 pixels"):
        probe(path)


def test_video_frames_are_scaled_to_the_requested_side(tmp_path: Path) -> None:
    from tests.helpers import media_factory as mf

    video = decode_video(mf.video(tmp_path / "v.mp4", size=(320, 240)), frames=2, max_side=100)
    assert video.frames.shape[1:] == (3, 75, 100)


def _fifo(d: Path) -> Path:
    os.mkfifo(d / "pipe.png")
    return d / "pipe.png"


def _zero_link(d: Path) -> Path:
    (d / "zero.wav").symlink_to("/dev/zero")
    return d / "zero.wav"


def _folder(d: Path) -> Path:
    (d / "album.png").mkdir()
    return d / "album.png"


def _plain_folder(d: Path) -> Path:
    (d / "photos").mkdir()
    return d / "photos"


def _socket(d: Path) -> Path:
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(d / "s.mp4"))
    sock.close()
    return d / "s.mp4"


def _dangling(d: Path) -> Path:
    (d / "gone.jpg").symlink_to(d / "nowhere.jpg")
    return d / "gone.jpg"


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (_fifo, "is a named pipe, not a file"),
        (_zero_link, "is a device, not a file (it links to /dev/zero)"),
        (_folder, "is a folder, not a file"),
        (_plain_folder, "is a folder, not a file"),
        (_socket, "is a socket, not a file"),
        (_dangling, "is a link to a file that does not exist"),
    ],
)
def test_things_that_are_not_files_are_named_for_what_they_are(tmp_path: Path, make, words: str) -> None:
    path = make(tmp_path)
    with pytest.raises(MediaError) as err:
        probe(path)  # returns at once: a pipe or /dev/zero is never read
    assert words in str(err.value) and path.name in str(err.value)
    assert "not found" not in str(err.value)
