"""Decoding attachments: every supported format, long audio, huge images, and bad files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from runtime import media
from runtime.media import MediaError, audio_clips, decode_audio, decode_video, open_image, probe
from tests.helpers import media_factory as mf


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("media")
    speech = mf.speech(d / "speech.wav", "What is in this picture? Please describe it.")
    wave, _ = mf.read_wav(speech)
    out = {"speech.wav": speech}
    for name in ("photo.png", "photo.jpg", "photo.webp", "photo.heic"):
        out[name] = mf.image(d / name)
    out["anim.gif"] = mf.animated_gif(d / "anim.gif")
    out["alpha.png"] = mf.transparent_png(d / "alpha.png")
    for name, codec in (("speech.mp3", "mp3"), ("speech.m4a", "aac"), ("speech.flac", "flac"),
                        ("speech.ogg", "libopus")):  # fmt: skip
        out[name] = mf.encode_audio(d / name, wave, codec, rate=48_000 if codec == "libopus" else 44_100)
    for name, codec, audio in (("clip.mp4", "mpeg4", "aac"), ("clip.mov", "mpeg4", "aac"),
                               ("clip.webm", "libvpx", "libopus"), ("silent.mp4", "mpeg4", None)):  # fmt: skip
        out[name] = mf.video(d / name, codec=codec, audio_codec=audio, sound=wave)
    return out


@pytest.mark.parametrize("name", ["photo.png", "photo.jpg", "photo.webp", "photo.heic", "anim.gif", "alpha.png"])
def test_images_decode_to_rgb(files, name: str) -> None:
    im = open_image(files[name])
    assert im.mode == "RGB" and im.size[0] > 0


def test_gif_uses_the_first_frame_and_transparency_becomes_white(files) -> None:
    assert open_image(files["anim.gif"]).getpixel((5, 5)) == (255, 0, 0)
    assert open_image(files["alpha.png"]).getpixel((2, 2)) == (255, 255, 255)


@pytest.mark.parametrize("name", ["speech.wav", "speech.mp3", "speech.m4a", "speech.flac", "speech.ogg"])
def test_audio_formats_become_16k_mono_float(files, name: str) -> None:
    wave = decode_audio(files[name])
    reference = decode_audio(files["speech.wav"])
    assert wave.dtype == np.float32 and wave.ndim == 1
    assert abs(len(wave) - len(reference)) < 0.1 * media.SAMPLE_RATE  # encoders pad a little
    assert 0.01 < float(np.abs(wave).max()) <= 1.0


@pytest.mark.parametrize("name", ["clip.mp4", "clip.mov", "clip.webm"])
def test_video_gives_frames_and_its_sound_track(files, name: str) -> None:
    v = decode_video(files[name])
    assert v.frames.dtype == np.uint8 and v.frames.shape[1] == 3 and 8 <= v.frames.shape[0] <= media.VIDEO_FRAMES
    assert v.audio is not None and v.audio.size > media.SAMPLE_RATE
    assert 1.5 < v.duration < 3.5  # picture 2 s; the sound track may run longer
    assert not np.array_equal(v.frames[0], v.frames[-1])  # frames are spread over time


def test_silent_video_has_no_audio(files) -> None:
    assert decode_video(files["silent.mp4"]).audio is None
    assert probe(files["silent.mp4"]).has_audio is False


def test_long_audio_is_split_into_30_second_clips_not_cut(tmp_path: Path) -> None:
    path = mf.write_wav(tmp_path / "long.wav", mf.tone(70))
    wave = decode_audio(path)
    clips = audio_clips(wave)
    assert [round(len(c) / media.SAMPLE_RATE) for c in clips] == [30, 30, 10]
    assert sum(len(c) for c in clips) == len(wave)
    assert probe(path).clips == 3


def test_audio_over_the_limit_is_refused_with_a_reason(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(media, "MAX_AUDIO_SECONDS", 5)
    path = mf.write_wav(tmp_path / "long.wav", mf.tone(8))
    with pytest.raises(MediaError, match="longer than"):
        decode_audio(path, max_seconds=5)


def test_huge_photo_is_downscaled_without_exhausting_memory(tmp_path: Path) -> None:
    path = mf.huge_jpeg(tmp_path / "huge.jpg", megapixels=50)
    code = (
        "import resource, sys; from pathlib import Path; from runtime.media import open_image;"
        "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss;"
        f"im = open_image(Path({str(path)!r}));"
        "after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss;"
        "print(im.size[0], im.size[1], (after - before) // 1024)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    width, height, grown_mb = map(int, out.stdout.split())
    assert max(width, height) <= media.IMAGE_MAX_SIDE
    assert grown_mb < 200  # a full 50 MP RGB decode alone would be 150 MB


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: _truncated(mf.image(d / "p.jpg"), d / "cut.jpg"), "not a readable image"),
        (lambda d: _text(d / "notes.wav"), "not readable audio"),
        (lambda d: _text(d / "movie.mp4"), "not a readable video"),
        (lambda d: (d / "empty.wav").write_bytes(b"") or d / "empty.wav", "is empty"),
        (lambda d: mf.write_wav(d / "silence.wav", np.zeros(0, np.float32)), "holds no audio"),
        (lambda d: _text(d / "doc.pdf"), "not supported"),
        (lambda d: d / "missing.png", "not found"),
    ],
)
def test_bad_files_get_a_readable_error(tmp_path: Path, make, message: str) -> None:
    path = make(tmp_path)
    with pytest.raises(MediaError, match=message) as err:
        probe(path)
    assert path.name in str(err.value)


def test_oversized_file_is_refused_before_decoding(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setitem(media.MAX_FILE_BYTES, "image", 1000)
    with pytest.raises(MediaError, match="too large"):
        probe(mf.image(tmp_path / "big.png"))


def _truncated(src: Path, dest: Path) -> Path:
    dest.write_bytes(src.read_bytes()[: src.stat().st_size // 3])
    return dest


def _text(path: Path) -> Path:
    path.write_text("This is a text file with a media extension.\n" * 20)
    return path
