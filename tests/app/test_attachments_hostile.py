"""The composer refuses what is not a file by what it is, before any worker reads it."""

from __future__ import annotations

import os
from pathlib import Path

from app.ui.attachment_text import refusal

SUPPORTED = frozenset({"image", "audio", "video"})


def test_a_dropped_folder_pipe_or_device_link_is_named_for_what_it_is(tmp_path: Path) -> None:
    (tmp_path / "photos").mkdir()
    os.mkfifo(tmp_path / "pipe.wav")
    (tmp_path / "zero.png").symlink_to("/dev/zero")
    assert refusal(tmp_path / "photos", SUPPORTED, "Gemma") == "“photos” is a folder, not a file."
    assert refusal(tmp_path / "pipe.wav", SUPPORTED, "Gemma") == "“pipe.wav” is a named pipe, not a file."
    assert "“zero.png” is a device, not a file" in refusal(tmp_path / "zero.png", SUPPORTED, "Gemma")


def test_a_plain_file_is_still_judged_by_the_model(tmp_path: Path) -> None:
    (tmp_path / "a.png").write_bytes(b"x")
    assert refusal(tmp_path / "a.png", SUPPORTED, "Gemma") is None
    assert "cannot read images" in refusal(tmp_path / "a.png", frozenset({"audio"}), "Gemma")
