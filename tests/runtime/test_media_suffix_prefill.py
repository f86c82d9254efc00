"""A turn that brings new media prefills only its new part, and answers exactly as cold.

Each case runs a conversation turn by turn with the prompt cache (warm), then the last
prompt again with no cache (cold). Warm and cold must give the same greedy tokens, and every
step's logits must agree (atol 1e-5; on CPU they were bit-identical, max |logit| about 0.6);
the cases with new media must really have reused a cached prefix.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from runtime.media import MediaRef
from runtime.media_suffix import Split, runs, split_at
from runtime.model_folder import inspect_model_folder
from runtime.types import GenerationParams, Message, StatsChunk, TextChunk
from runtime.vlm_backend import VisionBackend
from tests.conformance.hearth_side import recording_steps
from tests.helpers import media_factory as mf

WARM = GenerationParams(temperature=0.0, max_tokens=6, model_stops=False)
COLD = GenerationParams(temperature=0.0, max_tokens=6, model_stops=False, reuse_cache=False)
ATOL = 1e-5


@pytest.fixture(scope="module")
def backend(tiny_gemma4: Path):
    b = VisionBackend(inspect_model_folder(tiny_gemma4))
    yield b
    b.close()


def answer(backend: VisionBackend, messages: list[Message], params: GenerationParams) -> tuple[str, int, np.ndarray]:
    """The reply, the cached prompt tokens, and every step's logits."""
    steps: list[np.ndarray] = []
    with recording_steps(steps):
        chunks = list(backend.stream(messages, params, lambda: False))
    text = "".join(c.text for c in chunks if isinstance(c, TextChunk))
    cached = next(c for c in chunks if isinstance(c, StatsChunk)).stats.cached_tokens
    return text, cached, np.stack(steps)


def warm_and_cold(backend: VisionBackend, turns: list[Message]) -> tuple[int, np.ndarray, np.ndarray]:
    """Talk through ``turns`` warm; then the last prompt cold. Returns cached, warm, cold logits."""
    backend.reset_cache()
    history: list[Message] = []
    for turn in turns[:-1]:
        history.append(turn)
        reply, _, _ = answer(backend, history, WARM)
        history.append(Message("assistant", reply))
    history.append(turns[-1])
    return warm_then_cold(backend, history)


def warm_then_cold(backend: VisionBackend, messages: list[Message]) -> tuple[int, np.ndarray, np.ndarray]:
    """``messages`` on the cache as it stands, then cold; the same tokens and logits."""
    warm_text, cached, warm = answer(backend, messages, WARM)
    backend.reset_cache()
    cold_text, _, cold = answer(backend, messages, COLD)
    assert warm_text == cold_text
    assert warm.shape == cold.shape
    assert (warm.argmax(-1) == cold.argmax(-1)).all()  # the same greedy tokens
    np.testing.assert_allclose(warm, cold, atol=ATOL, rtol=0)
    return cached, warm, cold


def voice(path: Path, text: str) -> Message:
    return Message("user", "", media=(MediaRef("audio", mf.speech(path, text)),))


def picture(path: Path, text: str, seed: int, size: tuple[int, int] = (320, 240)) -> Message:
    return Message("user", text, media=(MediaRef("image", mf.image(path, seed=seed, size=size)),))


def test_a_new_voice_turn_after_three_voice_turns(backend, tmp_path: Path) -> None:
    said = ["Hello there.", "What is seven times eight?", "And nine times nine?", "Thank you, goodbye."]
    turns = [voice(tmp_path / f"v{i}.wav", s) for i, s in enumerate(said)]
    cached, _, _ = warm_and_cold(backend, turns)
    assert cached > 3 * 25  # the three earlier clips (each over a second) came from the cache


def test_a_new_picture_after_a_picture_turn(backend, tmp_path: Path) -> None:
    turns = [picture(tmp_path / "a.png", "What is this?", 1), picture(tmp_path / "b.png", "And this one?", 2)]
    cached, _, _ = warm_and_cold(backend, turns)
    assert cached > 200  # the first picture's tokens came from the cache


def test_a_new_picture_of_another_size_after_a_picture_turn(backend, tmp_path: Path) -> None:
    turns = [
        picture(tmp_path / "a.png", "What is this?", 1),
        picture(tmp_path / "b.png", "And this?", 3, size=(200, 100)),
    ]
    cached, _, _ = warm_and_cold(backend, turns)
    assert cached > 200


def test_a_picture_and_a_clip_in_one_turn_after_a_picture_turn(backend, tmp_path: Path) -> None:
    both = Message(
        "user",
        "What do you see and hear?",
        media=(
            MediaRef("image", mf.image(tmp_path / "b.png", seed=2)),
            MediaRef("audio", mf.speech(tmp_path / "q.wav", "Is it red?")),
        ),
    )
    cached, _, _ = warm_and_cold(backend, [picture(tmp_path / "a.png", "What is this?", 1), both])
    assert cached > 200


def test_a_text_follow_up_about_an_earlier_picture(backend, tmp_path: Path) -> None:
    turns = [picture(tmp_path / "a.png", "What is this?", 1), Message("user", "What colour is it?")]
    cached, _, _ = warm_and_cold(backend, turns)
    assert cached > 200


def test_a_clip_sent_again_longer_after_its_reply_was_stopped(backend, tmp_path: Path) -> None:
    """A voice turn continued after a pause: the whole clip replaces the first part, whose
    reply was stopped at its first token. The history before the clip is reused, not the clip."""
    backend.reset_cache()
    history = [Message("user", "Hello")]
    reply, _, _ = answer(backend, history, WARM)
    history.append(Message("assistant", reply))
    part = voice(tmp_path / "part.wav", "What is the weather like")
    list(backend.stream([*history, part], WARM, lambda: True))  # stopped after one token
    whole = voice(tmp_path / "whole.wav", "What is the weather like in Paris tomorrow?")
    cached, _, _ = warm_then_cold(backend, [*history, whole])
    assert cached > 0


def test_a_new_chat_with_another_picture_is_not_answered_from_the_old_one(backend, tmp_path: Path) -> None:
    backend.reset_cache()
    answer(backend, [picture(tmp_path / "a.png", "What is this?", 1)], WARM)
    chat = [picture(tmp_path / "b.png", "What is this?", 2)]  # same size, same text: same ids
    warm_text, cached, warm = answer(backend, chat, WARM)
    cold_text, _, cold = answer(backend, chat, COLD)
    assert cached < 200  # the old picture's tokens were not reused
    assert warm_text == cold_text
    np.testing.assert_allclose(warm, cold, atol=ATOL, rtol=0)


def test_a_prefix_that_ends_inside_a_media_span_moves_to_its_start() -> None:
    ids = [1, 9, 9, 9, 2, 8, 8, 3]
    assert runs(ids, 9) == [(1, 4)]
    assert split_at(ids, 3, image_id=9, audio_id=8, n_images=1, n_clips=1) == Split(1, 0, 0)
    assert split_at(ids, 5, image_id=9, audio_id=8, n_images=1, n_clips=1) == Split(5, 1, 0)
    assert split_at(ids, 7, image_id=9, audio_id=8, n_images=1, n_clips=1) == Split(7, 1, 1)
    assert split_at(ids, 2, image_id=9, audio_id=8, n_images=1, n_clips=1) == Split(1, 0, 0)
    assert split_at(ids, 1, image_id=9, audio_id=8, n_images=2, n_clips=1) is None  # runs != media


@pytest.fixture(scope="module")
def small_window(tiny_gemma4_small_window: Path):
    b = VisionBackend(inspect_model_folder(tiny_gemma4_small_window))
    yield b
    b.close()


def test_a_picture_longer_than_the_sliding_window_after_a_text_turn(small_window, tmp_path: Path) -> None:
    """The new part wraps the 64-token window: its image block still attends both ways."""
    turns = [Message("user", "Hi."), picture(tmp_path / "a.png", "What is this?", 1)]
    cached, _, _ = warm_and_cold(small_window, turns)
    assert cached > 0


def test_a_voice_turn_after_the_window_wrapped_is_prefilled_cold(small_window, tmp_path: Path) -> None:
    turns = [picture(tmp_path / "a.png", "What is this?", 1), voice(tmp_path / "v.wav", "And now?")]
    cached, _, _ = warm_and_cold(small_window, turns)
    assert cached == 0  # the window wrapped in the picture: the prefix cannot be trimmed back


def test_a_reply_stopped_in_another_chat_leaves_no_stale_cache(backend) -> None:
    """Chat X, then chat Y (sharing X's start) stopped at its first token, then X again: the
    cache that Y's stopped turn changed past the shared start must not be read as X's."""
    backend.reset_cache()
    x = [Message("user", "Hello there, describe the weather in Paris today please.")]
    reply, _, _ = answer(backend, x, WARM)
    y = [Message("user", "Hello there, what is seven times eight?")]
    list(backend.stream(y, WARM, lambda: True))  # stopped after one token
    warm_then_cold(backend, [*x, Message("assistant", reply), Message("user", "And tomorrow?")])


def test_token_ids_without_audio_features_are_the_processors(backend, tmp_path: Path) -> None:
    """The ids-only preparation (no clip features) gives the processor's ids, mask and types."""
    messages = [
        picture(tmp_path / "a.png", "What is this?", 1),
        Message("assistant", "A picture."),
        voice(tmp_path / "v.wav", "And what do you hear in this long sentence?"),
    ]
    dicts, images, audio, _ = backend._prepare(messages)
    prompt = backend._prompt(dicts, WARM)
    full = backend._inputs(prompt, images, audio)
    lean = backend._inputs(prompt, images, audio, audio_features=False)
    for key in ("input_ids", "attention_mask", "mm_token_type_ids", "pixel_values"):
        assert np.array_equal(np.array(full[key]), np.array(lean[key])), key
    assert lean["input_features"].shape[1] == 0  # no features computed


def test_a_voice_turn_computes_features_for_its_own_clip_only(backend, tmp_path: Path, monkeypatch) -> None:
    said = ["Hello there.", "What is seven times eight?", "And nine times nine?"]
    turns = [voice(tmp_path / f"v{i}.wav", s) for i, s in enumerate(said)]
    featured: list[int] = []
    real = VisionBackend._with_audio_features

    def counting(self, inputs, clips):
        featured.append(len(clips))
        return real(self, inputs, clips)

    monkeypatch.setattr(VisionBackend, "_with_audio_features", counting)
    cached, _, _ = warm_and_cold(backend, turns)
    assert cached > 2 * 25
    assert featured[:3] == [1, 1, 1]  # each warm turn: its new clip (the cold run then takes all)
