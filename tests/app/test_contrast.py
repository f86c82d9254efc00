"""Text colours pass WCAG AA (4.5:1 for body text) in light and dark mode.

The ratios are computed with WCAG 2.x's relative luminance from the colours the app draws
with: the style sheet's pairs, the conversation's text, muted text and links on both bubble
colours, errors and notices, and the banner's warning and error strips.
"""

from __future__ import annotations

import pytest

from app.render.markdown import Palette
from app.ui.banner import STYLES
from app.ui.style import text_pairs
from app.ui.theme import bubble_colors

AA = 4.5


def luminance(hex_colour: str) -> float:
    channels = [int(hex_colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_formula_gives_the_known_extremes() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the classic near-miss grey


def _pairs(dark: bool) -> dict[str, tuple[str, str]]:
    p, bubbles = Palette.for_theme(dark), bubble_colors(dark)
    pairs = dict(text_pairs(dark))
    for bubble in ("user", "assistant"):
        for what, colour in (("text", p.text), ("muted text", p.muted), ("links", p.link)):
            pairs[f"{what} on the {bubble} bubble"] = (colour, bubbles[bubble])
        pairs[f"code on the {bubble} bubble"] = (p.text, p.code_bg)
    pairs["errors"] = (bubbles["error"], bubbles["assistant"])
    pairs["notices"] = (bubbles["notice"], bubbles["assistant"])
    return pairs


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_every_text_colour_passes_wcag_aa(dark: bool) -> None:
    failing = {name: round(contrast(*pair), 2) for name, pair in _pairs(dark).items() if contrast(*pair) < AA}
    assert failing == {}


@pytest.mark.parametrize("kind", ["warning", "error"])
def test_the_banner_strips_pass_wcag_aa(kind: str) -> None:
    style = dict(part.strip().split(": ", 1) for part in STYLES[kind].split(";") if ": " in part)
    assert contrast(style["color"], style["background"]) >= AA
