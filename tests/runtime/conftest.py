"""Fixtures shared by the runtime tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from runtime import Engine, ModelSpec


@pytest.fixture
def engine(tiny_gemma4: Path) -> Iterator[Engine]:
    """The engine with the tiny Gemma 4 unified model loaded (modules may override it)."""
    e = Engine()
    e.load(ModelSpec(tiny_gemma4)).result()
    yield e
    e.close()
