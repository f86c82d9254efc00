"""constraints.txt pins what CI tests: the installed versions are the pinned ones, and every
dependency declared in pyproject.toml is pinned (so a fresh install next month resolves the same)."""

from __future__ import annotations

import importlib.metadata
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
VENV_SEEDS = {"pip", "setuptools", "wheel"}  # come with `python -m venv`, not with Hearth


def _pins() -> list[Requirement]:
    lines = (ROOT / "constraints.txt").read_text().splitlines()
    return [Requirement(line) for line in lines if line.strip() and not line.startswith("#")]


def test_installed_packages_are_the_pinned_versions() -> None:
    wrong = []
    for pin in _pins():
        if (pin.marker is not None and not pin.marker.evaluate()) or pin.name in VENV_SEEDS:
            continue
        try:
            installed = importlib.metadata.version(pin.name)
        except importlib.metadata.PackageNotFoundError:
            continue  # an extra this environment did not install
        if not pin.specifier.contains(installed, prereleases=True):
            wrong.append(f"{pin.name} {installed} (pinned {pin.specifier})")
    assert not wrong, "install with `-c constraints.txt` (see the README): " + ", ".join(wrong)


def test_every_declared_dependency_is_pinned() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    declared = [Requirement(r) for r in project["dependencies"]]
    declared += [Requirement(r) for extra in project["optional-dependencies"].values() for r in extra]
    pinned = {canonicalize_name(pin.name) for pin in _pins()}
    missing = sorted({r.name for r in declared if canonicalize_name(r.name) not in pinned})
    assert not missing, f"run packaging/update_constraints.sh: not pinned: {missing}"
