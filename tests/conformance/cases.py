"""The conversations the conformance suite feeds Hearth and the reference, and their media."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageDraw

from runtime.media import MediaRef
from runtime.types import Message, ToolCall, ToolResult
from tests.helpers import media_factory

RATE = 16_000

WEATHER = {"type": "function", "function": {
    "name": "get_weather", "description": "Current weather for a city.",
    "parameters": {"type": "object", "properties": {
        "city": {"type": "string", "description": "City name"},
        "unit": {"type": "string", "enum": ["celsius", "fahrenheit"], "description": "Temperature unit"}},
        "required": ["city"]}}}  # fmt: skip
# Nested object, array, nullable and `default` keys: where template copies are known to differ.
PLOT = {"type": "function", "function": {
    "name": "plot", "description": "Plot data.",
    "parameters": {"type": "object", "properties": {
        "points": {"type": "array", "items": {"type": "number"}, "description": "Y values"},
        "style": {"type": "object", "properties": {
            "color": {"type": "string"}, "width": {"type": "integer", "default": 2}}, "required": ["color"]},
        "log": {"type": "boolean", "nullable": True},
        "title": {"type": "string", "default": "Chart"}},
        "required": ["points"]}}}  # fmt: skip


@dataclass
class Case:
    messages: list[Message]
    tools: tuple[dict[str, Any], ...] = ()
    thinking: bool = False
    # Turns played before `messages` on the same backend, so the prompt cache is warm.
    warmup: list[list[Message]] = field(default_factory=list)


def _wave(n: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    t = np.arange(n) / RATE
    return (0.3 * np.sin(2 * np.pi * 440 * t) + 0.05 * rng.standard_normal(n)).astype(np.float32)


def _gradient_photo(path: Path, size: tuple[int, int]) -> Path:
    w, h = size
    yy, xx = np.mgrid[0:h, 0:w]
    g = np.stack([xx / w * 255, yy / h * 255, (xx + yy) / (w + h) * 255], -1)
    g = g + np.random.default_rng(5).normal(0, 20, (h, w, 3))
    im = Image.fromarray(np.clip(g, 0, 255).astype(np.uint8))
    ImageDraw.Draw(im).ellipse((w // 4, h // 4, w * 3 // 4, h * 3 // 4), fill=(255, 200, 0))
    im.save(path)
    return path


def build_media(d: Path) -> dict[str, Path]:
    d.mkdir(parents=True, exist_ok=True)
    m: dict[str, Path] = {
        "photo": media_factory.image(d / "photo_320x240.png", seed=0, size=(320, 240)),  # up-scaled
        "big": _gradient_photo(d / "big_1600x1200.png", (1600, 1200)),  # down-scaled
        "odd": media_factory.image(d / "odd_97x601.png", seed=1, size=(97, 601)),  # odd aspect
    }
    # WAV at 16 kHz decodes to exactly these sample counts.
    for name, n in (("a1s", 16_000), ("a16_12s", 257_920), ("a29_99s", 479_840), ("a30s_plus1", 480_001),
                    ("a65s", 65 * RATE)):  # fmt: skip
        m[name] = media_factory.write_wav(d / f"{name}.wav", _wave(n, seed=n % 97))
    m["video"] = media_factory.video(d / "clip.mp4", seconds=2.0, fps=10, audio_codec=None)
    return m


def build_cases(media: dict[str, Path]) -> dict[str, Case]:
    def user(text: str, *names: str) -> Message:
        kinds = {"photo": "image", "big": "image", "odd": "image", "video": "video"}
        return Message("user", text, media=tuple(MediaRef(kinds.get(n, "audio"), media[n]) for n in names))

    system = Message("system", "You are a helpful assistant.")
    call = ToolCall("get_weather", {"city": "Paris", "unit": "celsius"})
    result = ToolResult("get_weather", {"temp": 21.5, "sky": "clear", "ok": True})
    first = [user("Describe the picture.", "photo")]
    voice = [user("", "a1s")]
    return {
        "text": Case([user("Hello there, describe the weather.")]),
        "thinking": Case([user("What is two plus two?")], thinking=True),
        "system_tools": Case([system, user("Plot the weather in Paris.")], tools=(WEATHER, PLOT)),
        "thinking_tools": Case([user("Weather in Paris?")], tools=(WEATHER,), thinking=True),
        "image_upscaled": Case([user("Describe the picture.", "photo")]),
        "image_downscaled": Case([user("Describe the picture.", "big")]),
        "image_odd_aspect": Case([user("Describe the picture.", "odd")]),
        "audio_1s": Case([user("Transcribe.", "a1s")]),
        "audio_16_12s": Case([user("Transcribe.", "a16_12s")]),
        "audio_29_99s": Case([user("Transcribe.", "a29_99s")]),
        "audio_30s_plus_1": Case([user("Transcribe.", "a30s_plus1")]),
        "audio_multi_clip": Case([user("Transcribe.", "a65s")]),
        "image_audio": Case([system, user("What do you see and hear?", "photo", "a1s")], tools=(WEATHER,)),
        "video": Case([user("What happens in the video?", "video")]),
        "tool_round_trip": Case(
            [user("Weather in Paris?"), Message("assistant", "", tool_calls=(call,), tool_results=(result,))],
            tools=(WEATHER,),
        ),
        "multi_turn_warm_cache": Case(
            [*first, Message("assistant", "A yellow circle on noise."), user("What colour is the circle?")],
            warmup=[first],
        ),
        # New media after a cached turn: only the new part is prefilled (runtime/media_suffix.py).
        "warm_turn_new_image": Case(
            [*first, Message("assistant", "A yellow circle on noise."), user("And this one?", "odd")],
            warmup=[first],
        ),
        "warm_voice_new_audio": Case(
            [*voice, Message("assistant", "You said hello."), user("", "a16_12s")],
            warmup=[voice],
        ),
        "warm_turn_image_audio": Case(
            [
                *first,
                Message("assistant", "A yellow circle on noise."),
                user("What do you see and hear?", "odd", "a1s"),
            ],
            warmup=[first],
        ),
    }


CASE_NAMES = tuple(
    build_cases(
        {n: Path(n) for n in ("photo", "big", "odd", "a1s", "a16_12s", "a29_99s", "a30s_plus1", "a65s", "video")}
    )
)
