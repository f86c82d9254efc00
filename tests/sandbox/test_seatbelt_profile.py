"""The macOS profile cannot run here; its text is checked for the rules the review relies on."""

from __future__ import annotations

from pathlib import Path

from sandbox.confine import seatbelt_profile


def test_profile_denies_by_default_and_closes_network_forks_services_and_the_data_alias(tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    profile = seatbelt_profile([tmp_path], [work])
    lines = profile.splitlines()
    assert lines[:2] == ["(version 1)", "(deny default)"]
    for rule in ("(deny network*)", "(deny process-fork)", "(deny mach-lookup)", "(deny ipc-posix-shm*)"):
        assert rule in lines, rule
    alias = next(i for i, line in enumerate(lines) if '(subpath "/System/Volumes/Data")' in line)
    system_allow = next(i for i, line in enumerate(lines) if line.startswith("(allow file-read*"))
    assert lines[alias].startswith("(deny ") and alias > system_allow  # the later rule wins
    writable = [line for line in lines if "file-write*" in line and line.startswith("(allow")]
    assert writable == [f'(allow file-read* file-write* (subpath "{work.resolve()}") (literal "/dev/null"))']
    assert "(allow network" not in profile and "(allow process-fork" not in profile


def test_quotes_in_paths_cannot_end_a_rule(tmp_path: Path) -> None:
    odd = tmp_path / 'we"ird) (allow default'
    odd.mkdir()
    profile = seatbelt_profile([odd], [])
    escaped = str(odd.resolve()).replace('"', '\\"')
    assert f'(subpath "{escaped}")' in profile  # the quote is escaped: the string goes on to the end
