"""Fixtures shared by the runtime tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from runtime import Engine, ModelSpec


@pytest.fixture
def engine_model(tiny_gemma4: Path) -> Path:
    """The model `engine` loads; a module overrides this to test another one."""
    return tiny_gemma4


@pytest.fixture
def engine(engine_model: Path) -> Iterator[Engine]:
    """The engine with `engine_model` (the tiny Gemma 4 unified model) loaded."""
    e = Engine()
    e.load(ModelSpec(engine_model)).result()
    yield e
    e.close()
