"""Hearth against Hugging Face transformers' Gemma 4 unified, on the same tiny weights.

Tolerances (measured, see the module docstrings of reference.py and hearth_side.py):
pixels differ by PIL's vs torchvision's bicubic resize; first-step logits by float32 rounding
only: at most 1e-5 on every case (seeds 0-3 of the tiny model) since runtime/mlx_vlm_patches.py
centres the vision LayerNorms exactly (before, flat patches left up to 1.6e-2), so one
tolerance, ten times that, holds for text, images, audio and video.
"""

from __future__ import annotations

import numpy as np
import pytest

from .cases import CASE_NAMES

pytestmark = [pytest.mark.conformance, pytest.mark.timeout(1200)]

LOGITS_ATOL = 1e-4
PIXEL_ATOL = 2 / 255 + 1e-6
PIXEL_MAX_FRACTION = 0.01


def _ref_ok(r, key: str = "processor_error") -> None:
    assert "error" not in r.ref, r.ref["error"]
    assert key not in r.ref, f"the reference refused Hearth's input: {r.ref[key]}"


@pytest.mark.parametrize("name", CASE_NAMES)
def test_prompt_and_token_ids(conformance, name: str) -> None:
    r = conformance[name]
    assert r.hearth["prompt"] == r.ref["prompt"]
    _ref_ok(r)
    ids, ref_ids = r.hearth_arrays["input_ids"], r.ref_arrays["input_ids"]
    audio_id = 22  # report placeholder counts: the usual cause of a length mismatch
    assert ids.shape == ref_ids.shape, (
        f"{ids.shape[-1]} vs {ref_ids.shape[-1]} tokens; "
        f"<|audio|> {int((ids == audio_id).sum())} vs {int((ref_ids == audio_id).sum())}"
    )
    np.testing.assert_array_equal(ids, ref_ids)
    zeros = np.zeros_like(ids)  # text-only prompts: mlx-vlm leaves the types out
    np.testing.assert_array_equal(r.hearth_arrays.get("mm_token_type_ids", zeros), r.ref_arrays["mm_token_type_ids"])


@pytest.mark.parametrize("name", [n for n in CASE_NAMES if "image" in n or "turn" in n])
def test_pixels_and_positions(conformance, name: str) -> None:
    r = conformance[name]
    _ref_ok(r)
    np.testing.assert_array_equal(r.hearth_arrays["image_position_ids"], r.ref_arrays["image_position_ids"])
    pixels, ref_pixels = r.hearth_arrays["pixel_values"], r.ref_arrays["pixel_values"]
    assert pixels.shape == ref_pixels.shape
    diff = np.abs(pixels.astype(np.float64) - ref_pixels)
    assert diff.max() <= PIXEL_ATOL, f"max {diff.max() * 255:.2f}/255"
    assert (diff > 1e-6).mean() < PIXEL_MAX_FRACTION


@pytest.mark.parametrize("name", [n for n in CASE_NAMES if "audio" in n])
def test_audio_frames(conformance, name: str) -> None:
    r = conformance[name]
    _ref_ok(r)
    for key in ("input_features", "input_features_mask"):
        np.testing.assert_array_equal(r.hearth_arrays[key], r.ref_arrays[key], err_msg=key)


@pytest.mark.parametrize("name", CASE_NAMES)
def test_first_step_logits(conformance, name: str) -> None:
    """Backend.stream's first logits against the reference model on the same tensors."""
    r = conformance[name]
    _ref_ok(r, "model_error")
    diff = np.abs(r.hearth_arrays["first_logits"].astype(np.float64) - r.ref_arrays["first_logits"])
    assert diff.max() <= LOGITS_ATOL, f"max |diff| {diff.max():.3g} > {LOGITS_ATOL}"


@pytest.mark.parametrize("name", CASE_NAMES)
def test_greedy_continuation(conformance, name: str) -> None:
    r = conformance[name]
    _ref_ok(r, "model_error")
    assert _until_media_token(r.hearth_arrays["greedy"], r) == _until_media_token(r.ref_arrays["greedy"], r)


def _until_media_token(tokens: np.ndarray, r) -> list[int]:
    """Tokens up to the first generated media placeholder (only random weights emit one).

    After it the two differ where no trained model goes: the reference embeds a generated
    placeholder as padding, mlx-vlm by the placeholder's own embedding row."""
    out: list[int] = []
    for t in tokens.tolist():
        out.append(t)
        if t in r.hearth["media_token_ids"]:
            break
    return out


@pytest.mark.parametrize("name", [n for n in CASE_NAMES if "warm" in n])
def test_warm_cache_was_used(conformance, name: str) -> None:
    """The multi-turn cases really ran their last turn on a reused prompt cache."""
    assert conformance[name].hearth["cached_tokens"] > 0
