"""MTP speculative decoding: a drafter next to the model is used, and never changes greedy output."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from runtime import Engine, GenerationParams, Message, ModelSpec, StatsChunk, collect_text
from runtime.models.library import ModelLibrary
from runtime.tiny_model import build_tiny_drafter

GREEDY = GenerationParams(temperature=0.0, max_tokens=40, model_stops=False, reuse_cache=False)
PROMPTS = ["hello world the quick brown fox", "describe the weather in the city", "print python code"]


@pytest.fixture
def engine_model(tiny_gemma4_mtp: Path) -> Path:
    return tiny_gemma4_mtp


def run(engine: Engine, messages: list[Message], params: GenerationParams):
    chunks = list(engine.generate(messages, params))
    stats = next(c for c in chunks if isinstance(c, StatsChunk)).stats
    return collect_text(chunks), stats


@pytest.mark.parametrize("prompt", PROMPTS)
def test_greedy_output_is_identical_with_and_without_mtp(engine: Engine, prompt: str) -> None:
    assert engine.info is not None and engine.info.drafter == "drafter"
    messages = [Message("user", prompt)]
    plain, plain_stats = run(engine, messages, GenerationParams(**{**GREEDY.__dict__, "speculative": False}))
    fast, fast_stats = run(engine, messages, GREEDY)
    assert fast == plain and plain_stats.generated_tokens == fast_stats.generated_tokens
    assert plain_stats.draft_tokens == 0
    assert fast_stats.draft_tokens >= 3 and 0 <= fast_stats.accepted_tokens <= fast_stats.draft_tokens


def test_mtp_with_cache_reuse_matches_full_prefill(engine: Engine, tiny_gemma4: Path) -> None:
    """A growing conversation, MTP on and the KV cache reused, against a fresh plain model."""
    reference = Engine()
    reference.load(ModelSpec(tiny_gemma4)).result()  # same weights, no drafter
    try:
        history: list[Message] = []
        for prompt in PROMPTS:
            history.append(Message("user", prompt))
            fast, stats = run(engine, history, GenerationParams(temperature=0.0, max_tokens=24))
            plain, _ = run(reference, history, GenerationParams(temperature=0.0, max_tokens=24, reuse_cache=False))
            assert fast == plain
            history.append(Message("assistant", fast))
        assert stats.cached_tokens > 0 and stats.draft_tokens > 0
    finally:
        reference.close()


def test_mtp_stays_off_where_it_could_change_the_output(engine: Engine) -> None:
    messages = [Message("user", PROMPTS[0])]
    _, stats = run(engine, messages, GenerationParams(**{**GREEDY.__dict__, "repetition_penalty": 1.3}))
    assert stats.draft_tokens == 0  # mlx-vlm's speculative rounds skip logits processors


def test_a_sibling_assistant_folder_is_found_and_hidden_from_the_library(tmp_path: Path, tiny_gemma4: Path) -> None:
    lib = ModelLibrary(tmp_path / "models")
    model = lib.import_model(tiny_gemma4, "tiny")
    build_tiny_drafter(model, tmp_path / "models" / "tiny-assistant")
    assert [e.name for e in lib.entries()] == ["tiny"]
    engine = Engine()
    try:
        assert engine.load(ModelSpec(model)).result().drafter == "tiny-assistant"
    finally:
        engine.close()


def test_a_drafter_that_does_not_fit_is_reported_and_the_model_still_loads(
    tmp_path: Path, tiny_gemma4_mtp: Path
) -> None:
    model = tmp_path / "tiny"
    shutil.copytree(tiny_gemma4_mtp, model)
    config = json.loads((model / "drafter" / "config.json").read_text())
    config["backbone_hidden_size"] = 128  # the target's hidden size is 64
    (model / "drafter" / "config.json").write_text(json.dumps(config))
    engine = Engine()
    try:
        info = engine.load(ModelSpec(model)).result()
        assert info.drafter is None
        assert any("Speculative decoding is off" in n and "drafter" in n for n in info.notes)
        assert collect_text(engine.generate([Message("user", "hi")], GREEDY))
    finally:
        engine.close()
