"""runtime/mlx_vlm_patches.py: each fix fails here without it (no torch needed)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from runtime import mlx_vlm_patches
from runtime.media import MediaRef
from runtime.model_folder import inspect_model_folder
from runtime.types import GenerationParams, Message
from runtime.vlm_backend import VisionBackend
from tests.conformance.hearth_side import recording_steps
from tests.helpers import media_factory


@pytest.fixture(scope="module")
def backend(tiny_gemma4: Path):
    b = VisionBackend(inspect_model_folder(tiny_gemma4))
    yield b
    b.close()


def test_written_for_the_pinned_mlx_vlm() -> None:
    """On an mlx-vlm upgrade, re-run tests/conformance and drop what upstream fixed."""
    import mlx_vlm

    assert mlx_vlm.__version__ == mlx_vlm_patches.PATCHED_FOR


def test_audio_placeholders_are_whole_640_sample_frames(backend) -> None:
    count = backend.processor._compute_audio_num_tokens
    # The float formula gave one too many for exactly these two lengths.
    assert count(np.zeros(257_920), 16_000) == 403
    assert count(np.zeros(260_480), 16_000) == 407
    for n in (1, 639, 640, 641, 16_000, 479_999, 480_000):
        assert count(np.zeros(n), 16_000) == -(-n // 640)


def test_audio_placeholders_match_the_frames_the_model_reads(backend, tmp_path: Path) -> None:
    from mlx_vlm.utils import prepare_inputs

    wav = media_factory.write_wav(tmp_path / "edge.wav", media_factory.tone(257_920 / 16_000))
    message = Message("user", "Transcribe.", media=(MediaRef("audio", wav),))
    dicts, images, audio, videos = backend._prepare([message])
    assert audio[0].size == 257_920
    inputs = prepare_inputs(backend.processor, audio=audio, prompts=backend._prompt(dicts, GenerationParams()))
    placeholders = int((np.array(inputs["input_ids"]) == backend.model.config.audio_token_id).sum())
    assert placeholders == int(np.array(inputs["input_features_mask"]).sum()) == 403


def test_image_and_audio_prompt_keeps_bidirectional_image_attention(backend, tmp_path: Path) -> None:
    """Backend.stream's first logits equal one whole-prompt forward with the vision overlay."""
    import mlx.core as mx
    from mlx_vlm.utils import prepare_inputs

    photo = media_factory.image(tmp_path / "photo.png", size=(320, 240))
    wav = media_factory.write_wav(tmp_path / "tone.wav", media_factory.tone(1.0))
    messages = [Message("user", "What do you see and hear?", media=(MediaRef("image", photo), MediaRef("audio", wav)))]
    params = GenerationParams(temperature=0.0, max_tokens=1, reuse_cache=False)
    steps: list[np.ndarray] = []
    with recording_steps(steps):
        list(backend.stream(messages, params, lambda: False))

    dicts, images, audio, _ = backend._prepare(messages)
    inputs = prepare_inputs(backend.processor, images=images, audio=audio, prompts=backend._prompt(dicts, params))
    model = backend.model
    extra = {k: v for k, v in inputs.items() if k not in ("input_ids", "pixel_values", "attention_mask")}
    embeds = model.get_input_embeddings(inputs["input_ids"], inputs["pixel_values"], **extra).inputs_embeds
    types = inputs["mm_token_type_ids"]
    whole = model.language_model(inputs["input_ids"], inputs_embeds=embeds, mm_token_type_ids=types).logits
    causal = model.language_model(inputs["input_ids"], inputs_embeds=embeds).logits
    whole, causal = (np.array(x[0, -1].astype(mx.float32)) for x in (whole, causal))
    assert np.abs(whole - causal).max() > 1e-2  # the overlay matters for this prompt
    np.testing.assert_allclose(steps[0], whole, atol=1e-5, rtol=0)


def test_flat_image_patch_normalises_to_exactly_zero(backend) -> None:
    """A flat 48x48 patch (white page, black bar) is 0 after the first LayerNorm, as in the
    reference; MLX's fused layer_norm left up to 1.2e-2 there, the rounding of its mean."""
    import mlx.core as mx

    norms = {n for n, m in backend.model.named_modules() if type(m).__name__ == "CentredLayerNorm"}
    assert norms == {f"vision_embedder.{n}" for n in ("patch_ln1", "patch_ln2", "pos_norm")}
    patch_ln1 = backend.model.vision_embedder.patch_ln1
    dim = patch_ln1.weight.shape[0]
    for value in (0.7372549, 0.123, -0.5):
        flat = mx.full((1, 4, dim), value, dtype=mx.float32)
        centred = patch_ln1(flat) - patch_ln1.bias  # what remains of the input after the norm
        assert float(mx.abs(centred).max()) == 0.0, value


def test_centred_layer_norm_matches_a_float64_layer_norm() -> None:
    import mlx.core as mx
    import mlx.nn as nn

    rng = np.random.default_rng(0)
    x = (rng.normal(size=(32, 6912)) * 0.5 + rng.normal(size=(32, 1))).astype(np.float32)
    norm = nn.LayerNorm(6912)
    norm.weight = mx.array(rng.normal(size=6912).astype(np.float32))
    norm.bias = mx.array(rng.normal(size=6912).astype(np.float32))
    centred = mlx_vlm_patches.centred_layer_norm(norm)
    centred.update(norm.parameters())
    x64 = x.astype(np.float64)
    expected = (x64 - x64.mean(-1, keepdims=True)) / np.sqrt(x64.var(-1, keepdims=True) + 1e-5)
    expected = expected * np.array(norm.weight) + np.array(norm.bias)
    assert np.abs(np.array(centred(mx.array(x))) - expected).max() < 5e-5


def test_the_image_mask_over_a_cached_prefix_is_bidirectional_within_the_new_picture(backend) -> None:
    """New tokens after a cached prefix: the overlay reaches the new keys (the mask's last
    columns); mlx-vlm returned the causal mask unchanged."""
    import mlx.core as mx
    from mlx_vlm.models.cache import create_causal_mask

    lm = backend.model.language_model.model
    types = mx.array([[0, 1, 1, 1, 0]])
    mask = lm._apply_blockwise_bidirectional_overlay(create_causal_mask(5, offset=3), types)
    rows = np.array(mask).reshape(5, 8).astype(int)
    assert rows[1].tolist() == [1, 1, 1, 1, 1, 1, 1, 0]  # an image token sees its block's later tokens
    assert rows[0].tolist() == [1, 1, 1, 1, 0, 0, 0, 0]  # text stays causal
    assert rows[4].tolist() == [1] * 8
