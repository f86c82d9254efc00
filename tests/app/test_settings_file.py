"""The settings file on disk."""

from __future__ import annotations

from pathlib import Path


def test_the_settings_file_is_readable_by_this_user_only(tmp_path: Path) -> None:
    """It may hold tool servers' tokens (their headers and environment)."""
    from app.settings import Settings, load_settings, save_settings

    path = tmp_path / "settings.json"
    (tmp_path / "settings.tmp").write_text("left by a crash")
    (tmp_path / "settings.tmp").chmod(0o644)
    save_settings(Settings(system_prompt="x"), path)
    assert path.stat().st_mode & 0o777 == 0o600 and load_settings(path).system_prompt == "x"
