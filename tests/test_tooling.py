"""The linter, the formatter and the type checker pass, with the settings in pyproject.toml.

They run here so that the README's one test command (and so CI) runs them too. `# noqa`
markers that no rule needs fail `ruff check` (RUF100), `# type: ignore` markers that no error
needs fail mypy (warn_unused_ignores).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str, timeout: float) -> subprocess.CompletedProcess[str]:
    # mypy keeps its incremental cache in ROOT/.mypy_cache: a cold run takes about a minute on
    # two cores, a warm one a few seconds.
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=timeout)


def test_ruff_check_passes() -> None:
    done = _run("ruff", "check", "--no-fix", "--output-format", "concise", ".", timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


def test_ruff_format_leaves_the_code_as_it_is() -> None:
    done = _run("ruff", "format", "--check", "--output-format", "concise", ".", timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


def test_mypy_passes() -> None:
    done = _run("mypy", timeout=280)
    assert done.returncode == 0, done.stdout + done.stderr
