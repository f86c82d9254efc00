"""Every attack category of the research corpus, against both layers and the OS layer alone."""

from __future__ import annotations

import pytest

from tests.sandbox.conftest import World
from tests.sandbox.corpus import ATTACKS, Attack

IDS = [a.id for a in ATTACKS]


@pytest.mark.parametrize("attack", ATTACKS, ids=IDS)
def test_attack_is_blocked_or_contained(sandbox, world: World, attack: Attack) -> None:
    result = sandbox.run(world.fill(attack.code))
    text = (result.stdout or "") + (result.error or "")
    assert world.escapes(text) == [], f"{attack.id}: {text[:300]}"
    if attack.must == "blocked":
        assert not result.ok and result.error, f"{attack.id} ran: {text[:300]}"


@pytest.fixture(scope="module")
def os_layers(os_only_sandbox) -> tuple[str, ...]:
    return os_only_sandbox.run("print('probe')").isolation


@pytest.mark.parametrize("attack", ATTACKS, ids=IDS)
def test_os_layer_alone_contains_every_attack(os_only_sandbox, os_layers, world: World, attack: Attack) -> None:
    names = " ".join(os_layers)
    assert "bubblewrap" in names and "seccomp" in names, os_layers  # the sandbox refuses to run without them
    result = os_only_sandbox.run(world.fill(attack.code))
    text = (result.stdout or "") + (result.error or "")
    assert world.escapes(text) == [], f"{attack.id}: {text[:300]}"


def test_the_app_side_is_unharmed_after_the_corpus(sandbox) -> None:
    result = sandbox.run("import math\nprint(math.sqrt(16))")  # monkeypatching did not persist
    assert result.ok and result.stdout.strip() == "4.0"


def test_every_research_category_is_covered() -> None:
    categories = {a.category for a in ATTACKS}
    research = {"import", "network", "pickle", "filesystem", "dunder", "getattr", "introspection",
                "cve-regression", "frames", "format", "eval", "interactive", "module-chain", "ctypes",
                "library-evaluator", "subprocess", "secrets", "matplotlib", "state", "memory-safety", "cpu",
                "memory", "recursion", "output", "disk", "process", "signals"}  # fmt: skip
    assert research <= categories, research - categories
