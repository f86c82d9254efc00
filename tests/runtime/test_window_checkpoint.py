"""A chat longer than the sliding window keeps reusing its cache, and answers exactly as cold.

On the 64-token-window model every case below wraps the window within the first turns.
Before runtime/window_checkpoint.py each later turn was prefilled cold (cached 0): the cache
could not be trimmed back past the previous reply's opening. Warm and cold must give the
same greedy tokens and logits (tests/runtime/test_media_suffix_prefill.py's comparison).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from runtime.model_folder import inspect_model_folder
from runtime.types import Message, StatsChunk, TextChunk
from runtime.vlm_backend import VisionBackend
from tests.runtime.test_media_suffix_prefill import ATOL, WARM, answer, voice, warm_then_cold

SENTENCES = [
    "The lighthouse keeper wrote every evening about the weather, the ships and the gulls.",
    "On Tuesdays the supply boat came with flour, lamp oil, letters and the newspapers.",
    "In winter the storms were loud enough that he slept in the stone room under the lamp.",
    "Tell me what the keeper might have written on the coldest night of that winter.",
]


@pytest.fixture(scope="module")
def small_window(tiny_gemma4_small_window: Path):
    b = VisionBackend(inspect_model_folder(tiny_gemma4_small_window))
    yield b
    b.close()


def talk(backend: VisionBackend, turns: list[Message]) -> list[Message]:
    """Each turn answered warm; the history with the replies."""
    history: list[Message] = []
    for turn in turns:
        history.append(turn)
        reply, _, _ = answer(backend, history, WARM)
        history.append(Message("assistant", reply))
    return history


def test_text_turns_past_the_window_reuse_the_history(small_window) -> None:
    small_window.reset_cache()
    history = talk(small_window, [Message("user", s) for s in SENTENCES[:3]])
    cached, _, _ = warm_then_cold(small_window, [*history, Message("user", SENTENCES[3])])
    assert cached > 64 * 2  # far past the window: the history came from the cache


def test_a_voice_turn_past_the_window_reuses_the_history(small_window, tmp_path: Path) -> None:
    small_window.reset_cache()
    said = ["Hello there, how are you today?", "What is seven times eight?", "And nine times nine?"]
    history = talk(small_window, [voice(tmp_path / f"v{i}.wav", s) for i, s in enumerate(said)])
    cached, _, _ = warm_then_cold(small_window, [*history, voice(tmp_path / "last.wav", "Thank you, goodbye.")])
    assert cached > 64 * 2


def test_a_prefilled_history_is_reused_whole(small_window) -> None:
    """prefill() computes the history as the next prompt writes it: the next turn computes
    only its own words, and answers as cold."""
    small_window.reset_cache()
    history = talk(small_window, [Message("user", s) for s in SENTENCES[:2]])
    computed = small_window.prefill(history, WARM)
    assert computed > 0
    assert small_window.prefill(history, WARM) == 0  # nothing new the second time
    last = Message("user", SENTENCES[3])
    history_tokens = small_window.count_prompt(history, WARM) - small_window._generation_prompt_tokens(WARM)
    cached, _, _ = warm_then_cold(small_window, [*history, last])
    assert cached == history_tokens  # all of the history


def test_a_prefill_takes_no_scripted_reply(small_window) -> None:
    small_window.reset_cache()
    small_window.script_next_reply("Scripted answer.")
    small_window.prefill([Message("user", "Hello")], WARM)
    text, _, _ = answer(small_window, [Message("user", "Hello")], replace(WARM, max_tokens=12))
    assert text == "Scripted answer."


def test_a_clip_prefilled_at_a_pause_then_continued(small_window, tmp_path: Path) -> None:
    """Speculative prefill: the clip so far is computed at a pause; the speaker goes on, so the
    final clip differs. The history is reused, the stale clip is not."""
    small_window.reset_cache()
    history = talk(small_window, [Message("user", s) for s in SENTENCES[:2]])
    small_window.prefill([*history, voice(tmp_path / "part.wav", "What is the weather like")], WARM)
    whole = voice(tmp_path / "whole.wav", "What is the weather like in Paris tomorrow?")
    cached, _, _ = warm_then_cold(small_window, [*history, whole])
    assert cached > 64 * 2


def test_a_clip_prefilled_at_a_pause_and_confirmed(small_window, tmp_path: Path) -> None:
    """The same clip at the endpoint: only the generation prompt is left to compute."""
    small_window.reset_cache()
    history = talk(small_window, [Message("user", s) for s in SENTENCES[:2]])
    turn = voice(tmp_path / "q.wav", "What is the weather like in Paris tomorrow?")
    small_window.prefill([*history, turn], WARM)
    total = small_window.count_prompt([*history, turn], WARM)
    cached, _, _ = warm_then_cold(small_window, [*history, turn])
    assert cached == total - small_window._generation_prompt_tokens(WARM)


def test_a_checkpoint_is_not_used_for_another_chat(small_window) -> None:
    small_window.reset_cache()
    talk(small_window, [Message("user", s) for s in SENTENCES[:2]])
    other = [Message("user", "A different chat about gardening and tomatoes in the north.")]
    cached, _, _ = warm_then_cold(small_window, other)
    assert cached < 16  # at most the shared chat-template opening


def test_a_prefill_of_the_start_of_a_wrapped_chat_is_computed(small_window) -> None:
    """The cache starts with the prompt to prefill (a new chat asking the old chat's first
    question) but has wrapped past it: it cannot be cut back, so the prefill computes it."""
    small_window.reset_cache()
    first = [Message("user", SENTENCES[0])]
    talk(small_window, [first[0], *(Message("user", s) for s in SENTENCES[1:3])])
    assert small_window.prefill(first, WARM) > 0
    cached, _, _ = warm_then_cold(small_window, first)
    assert cached == small_window.count_prompt(first, WARM) - small_window._generation_prompt_tokens(WARM)


@contextlib.contextmanager
def prefill_chunks(tokens: int) -> Iterator[None]:
    """mlx-vlm prefills in chunks of ``tokens`` (2048 by default: a long chat's cold prompt)."""
    import mlx_vlm

    original = mlx_vlm.stream_generate
    mlx_vlm.stream_generate = lambda *a, **k: original(*a, **{**k, "prefill_step_size": tokens})
    try:
        yield
    finally:
        mlx_vlm.stream_generate = original


def test_a_checkpoint_holds_one_window_per_layer(small_window) -> None:
    """A chunked prefill leaves up to window + chunk - 1 tokens in a sliding layer; the
    copy keeps only the window (runtime/memory.py counts one window)."""
    small_window.reset_cache()
    history = talk(small_window, [Message("user", " ".join(SENTENCES[:3]))])
    checkpoint = small_window._cache_state.checkpoints[0]
    assert checkpoint is not None and checkpoint.length > 2 * 64
    assert all(s["state"][0].shape[2] <= 64 for s in checkpoint.layers if s is not None)
    warm_then_cold(small_window, [*history, Message("user", SENTENCES[3])])


@pytest.fixture(scope="module")
def small_window_mtp(tmp_path_factory: pytest.TempPathFactory):
    """The 64-token-window model with an MTP drafter: its rounds turn the sliding layers into
    mlx-vlm's BufferedRotatingKVCache after the prefill."""
    from runtime.tiny_model import build_tiny_drafter, build_tiny_gemma4

    folder = build_tiny_gemma4(tmp_path_factory.mktemp("models") / "w64-mtp", sliding_window=64)
    build_tiny_drafter(folder, folder / "drafter")
    b = VisionBackend(inspect_model_folder(folder))
    assert b.drafter is not None
    yield b
    b.close()


def test_a_checkpoint_taken_before_speculative_decoding_is_restored_right(small_window_mtp) -> None:
    """A cold prompt longer than a prefill chunk, answered with MTP, then a turn that restores
    the checkpoint: it was taken from the plain ring buffer, the cache is now buffered. Put back
    as it was, the next turn crashed in attention (broadcast_shapes)."""
    b = small_window_mtp
    b.reset_cache()
    history = [Message("user", " ".join(SENTENCES[:3]))]
    with prefill_chunks(32):
        reply, _, _ = answer(b, history, replace(WARM, max_tokens=12))  # MTP: no logits recorded
    history += [Message("assistant", reply), Message("user", SENTENCES[3])]
    assert plain_warm_then_cold(b, history) > 2 * 64


def plain_warm_then_cold(backend: VisionBackend, messages: list[Message]) -> int:
    """warm_then_cold without MTP (the recorder needs every step's logits); the cached tokens."""
    plain = replace(WARM, speculative=False)
    warm_text, cached, warm = answer(backend, messages, plain)
    backend.reset_cache()
    cold_text, _, cold = answer(backend, messages, replace(plain, reuse_cache=False))
    assert warm_text == cold_text
    np.testing.assert_allclose(warm, cold, atol=ATOL, rtol=0)
    return cached


def test_speculative_turns_past_the_window_keep_reusing_the_history(small_window_mtp) -> None:
    """Each MTP turn's checkpoint is taken from the buffered cache too: the history reused
    grows with the chat instead of staying at the first turn's."""
    b = small_window_mtp
    b.reset_cache()
    history: list[Message] = []
    reused = []
    for s in SENTENCES:
        history.append(Message("user", s))
        chunks = list(b.stream(history, replace(WARM, max_tokens=12), lambda: False))
        reused.append(next(c for c in chunks if isinstance(c, StatsChunk)).stats.cached_tokens)
        history.append(Message("assistant", "".join(c.text for c in chunks if isinstance(c, TextChunk))))
    assert reused[1] > 0 and reused[1] < reused[2] < reused[3]
    copies = [layer["state"][0] for c in b._cache_state.checkpoints for layer in c.layers if layer is not None]
    assert copies and all(k.shape[2] <= 64 for k in copies)  # one window each
    assert plain_warm_then_cold(b, [*history, Message("user", SENTENCES[0])]) > reused[3]


def history_tokens(backend: VisionBackend, history: list[Message]) -> int:
    return backend.count_prompt(history, WARM) - backend._generation_prompt_tokens(WARM)


def test_a_voice_turn_continued_after_its_reply_started_reuses_the_history(small_window, tmp_path: Path) -> None:
    """The voice flow: the history is prefilled while the reply is spoken; the user's next
    question gets a reply, then goes on (TurnContinued): the whole question replaces it. The
    checkpoint of the first question's prompt lies past where the new one leaves it; the
    history it extended was the cache's end when that turn began, and is kept too (it was
    prefilled cold)."""
    small_window.reset_cache()
    history = talk(small_window, [Message("user", s) for s in SENTENCES[:2]])
    small_window.prefill(history, WARM)
    part = voice(tmp_path / "part.wav", "What is the weather like")
    list(small_window.stream([*history, part], WARM, lambda: True))  # stopped at its first token
    whole = voice(tmp_path / "whole.wav", "What is the weather like in Paris tomorrow?")
    cached, _, _ = warm_then_cold(small_window, [*history, whole])
    assert cached == history_tokens(small_window, history)


def test_a_text_question_edited_after_its_reply_reuses_the_history_before_the_reply(small_window) -> None:
    """Without a history prefill: the earlier checkpoint (the previous question's prompt) is
    kept beside the new one, so only the previous reply is computed again, not the chat."""
    small_window.reset_cache()
    history = talk(small_window, [Message("user", s) for s in SENTENCES[:2]])
    answer(small_window, [*history, Message("user", SENTENCES[2])], WARM)
    cached, _, _ = warm_then_cold(small_window, [*history, Message("user", SENTENCES[3])])
    assert cached >= history_tokens(small_window, history[:-1])


def test_pauses_in_a_long_voice_turn_each_compute_only_the_turn(small_window, tmp_path: Path) -> None:
    """Two pauses, each prefilled (speculative), then the whole turn: every step starts from
    the history, never from before the previous reply."""
    small_window.reset_cache()
    history = talk(small_window, [Message("user", s) for s in SENTENCES[:2]])
    small_window.prefill(history, WARM)
    said = ["What is the weather", "What is the weather like in Paris", "What is the weather like in Paris tomorrow?"]
    clips = [voice(tmp_path / f"p{i}.wav", s) for i, s in enumerate(said)]
    for clip in clips[:2]:
        total = small_window.count_prompt([*history, clip], WARM) - small_window._generation_prompt_tokens(WARM)
        assert small_window.prefill([*history, clip], WARM) == total - history_tokens(small_window, history)
    cached, _, _ = warm_then_cold(small_window, [*history, clips[2]])
    assert cached == history_tokens(small_window, history)


def test_a_pause_in_the_first_turn_of_a_reopened_chat_keeps_the_history(small_window, tmp_path: Path) -> None:
    """Nothing cached (the chat was just opened): the pause prefill computes the whole chat,
    and a copy at the start of the user's turn. The speaker goes on: the turn computes only
    the clip, not the whole chat a second time."""
    talk(small_window, [Message("user", "Something else entirely.")])  # another chat in the cache
    history = [
        Message("user", SENTENCES[0]),
        Message("assistant", SENTENCES[1]),
        Message("user", SENTENCES[2]),
        Message("assistant", SENTENCES[1]),
    ]
    small_window.prefill([*history, voice(tmp_path / "part.wav", "What is the weather like")], WARM)
    whole = voice(tmp_path / "whole.wav", "What is the weather like in Paris tomorrow?")
    cached, _, _ = warm_then_cold(small_window, [*history, whole])
    assert cached == history_tokens(small_window, history)


def test_a_continued_first_turn_of_a_reopened_chat_keeps_the_history(small_window, tmp_path: Path) -> None:
    """The same with the reply started before the speaker went on (TurnContinued)."""
    talk(small_window, [Message("user", "Something else entirely.")])
    history = [
        Message("user", SENTENCES[0]),
        Message("assistant", SENTENCES[1]),
        Message("user", SENTENCES[2]),
        Message("assistant", SENTENCES[1]),
    ]
    list(small_window.stream([*history, voice(tmp_path / "part.wav", "What is the weather like")], WARM, lambda: True))
    whole = voice(tmp_path / "whole.wav", "What is the weather like in Paris tomorrow?")
    cached, _, _ = warm_then_cold(small_window, [*history, whole])
    assert cached == history_tokens(small_window, history)


def test_a_checkpoint_of_another_clip_with_the_same_ids_is_not_restored(small_window, tmp_path: Path) -> None:
    """Every clip of one length is the same run of placeholder ids: a checkpoint of a prompt
    with clip X is valid, by its ids, for a cache that now holds clip Y there. It must not be
    put back (the KV would be X's) nor stand for Y's (kept instead of a copy of Y's)."""
    from runtime.media import MediaRef
    from tests.helpers import media_factory as mf

    said, _ = mf.read_wav(mf.speech(tmp_path / "x.wav", "What is seven times eight?"))
    other, _ = mf.read_wav(mf.speech(tmp_path / "y.wav", "Where is the old lighthouse?"))
    other = np.resize(other, said.shape)  # another sound, as long: the same ids

    def clip(name: str, samples: np.ndarray) -> Message:
        return Message("user", "", media=(MediaRef("audio", tmp_path / name, samples=samples),))

    small_window.reset_cache()
    history = talk(small_window, [Message("user", s) for s in SENTENCES[:2]])
    answer(small_window, [*history, clip("x", said)], WARM)  # a copy after clip X
    small_window.prefill([*history, clip("y", other)], WARM)  # clip Y in its place
    reply, _, _ = answer(small_window, [*history, clip("y", other)], WARM)
    warm_then_cold(small_window, [*history, clip("y", other), Message("assistant", reply), Message("user", "And?")])


def test_text_turns_after_a_picture_keep_reusing_once_the_window_wraps(tiny_gemma4: Path, tmp_path: Path) -> None:
    """A picture turn is prefilled in one piece (mlx_vlm_patches fix 2); the text turns after it
    are prefilled in chunks (only the tokens computed decide), so they keep the window's copy
    and the chat goes on reusing its history after the 512-token window has wrapped."""
    from tests.runtime.test_media_suffix_prefill import picture

    backend = VisionBackend(inspect_model_folder(tiny_gemma4))
    try:
        long = [Message("user", " ".join(SENTENCES[i : i + 2] * 2)) for i in range(3)]
        history = talk(backend, [picture(tmp_path / "a.png", "What is this?", 1), *long])
        assert backend.count_prompt(history, WARM) > 512 + 64  # the window has wrapped
        cached, _, _ = warm_then_cold(backend, [*history, Message("user", SENTENCES[3])])
        assert cached > 512
    finally:
        backend.close()
