"""The prompt cache never answers from media that are not in this prompt.

Placeholder ids are the same for every picture of a size and every clip of a length, so
token-id matching alone would reuse another picture's KV cache. Each case compares the
cached (warm) answer with a cold one: they must match exactly.
"""

from __future__ import annotations

from pathlib import Path

from runtime import Engine, GenerationParams, Message, StatsChunk, collect_text
from runtime.media import MediaRef
from tests.helpers import media_factory as mf

WARM = GenerationParams(temperature=0.0, max_tokens=12, model_stops=False)
COLD = GenerationParams(temperature=0.0, max_tokens=12, model_stops=False, reuse_cache=False)


def run(engine: Engine, messages: list[Message], params: GenerationParams) -> tuple[str, int]:
    chunks = list(engine.generate(messages, params))
    return collect_text(chunks), next(c for c in chunks if isinstance(c, StatsChunk)).stats.cached_tokens


def test_a_new_picture_of_the_same_size_is_not_answered_from_the_old_one(engine: Engine, tmp_path: Path) -> None:
    a, b = mf.image(tmp_path / "a.png", seed=1), mf.image(tmp_path / "b.png", seed=2)
    run(engine, [Message("user", "What is in this picture?", media=(MediaRef("image", a),))], WARM)
    chat = [Message("user", "Describe it.", media=(MediaRef("image", b),))]  # a new chat, a new photo
    warm, _ = run(engine, chat, WARM)
    assert warm == run(engine, chat, COLD)[0]


def test_a_second_voice_turn_hears_its_own_clip(engine: Engine, tmp_path: Path) -> None:
    one = mf.speech(tmp_path / "one.wav", "Hello there, how are you?")
    two = mf.speech(tmp_path / "two.wav", "What is seven times eight?")
    first = [Message("user", "", media=(MediaRef("audio", one),))]
    reply, _ = run(engine, first, WARM)
    follow_up = [*first, Message("assistant", reply), Message("user", "", media=(MediaRef("audio", two),))]
    warm, _ = run(engine, follow_up, WARM)
    assert warm == run(engine, follow_up, COLD)[0]


def test_a_text_follow_up_about_the_same_picture_still_reuses_the_cache(engine: Engine, tmp_path: Path) -> None:
    a = mf.image(tmp_path / "a.png", seed=1)
    first = [Message("user", "What is in this picture?", media=(MediaRef("image", a),))]
    reply, _ = run(engine, first, WARM)
    follow_up = [*first, Message("assistant", reply), Message("user", "And what colour is it?")]
    warm, cached = run(engine, follow_up, WARM)
    assert cached > 200  # the picture's tokens came from the cache
    assert warm == run(engine, follow_up, COLD)[0]
