from __future__ import annotations

import re

import pytest

from app.render import MarkdownRenderer, RenderedCode, stable_prefix_length
from app.render.markdown import Palette


@pytest.fixture
def md() -> MarkdownRenderer:
    return MarkdownRenderer(Palette())


def test_raw_html_from_the_model_is_shown_as_text(md) -> None:
    out = md.render('<script>alert("x")</script><img src=x onerror=alert(1)>')
    assert "<script>" not in out and "&lt;script&gt;" in out and "<img" not in out


def test_code_blocks_are_highlighted_and_copyable(md) -> None:
    blocks: list[RenderedCode] = []
    out = md.render("Look:\n\n```python\nprint('hi')\n```\n\n```\nplain\n```\n", blocks, key="7")
    assert blocks == [RenderedCode("python", "print('hi')\n"), RenderedCode("", "plain\n")]
    assert 'href="copy-code:7:0"' in out and 'href="copy-code:7:1"' in out
    assert "<span style=" in out  # Pygments inline colours


def test_tables_and_strikethrough(md) -> None:
    out = md.render("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~")
    assert "<table" in out and "<td>1</td>" in out and "<s>old</s>" in out


def test_math_in_all_common_delimiters_becomes_images(md) -> None:
    out = md.render(r"Inline $x^2$, \(y_1\), and display $$\frac{a}{b}$$ and \[\sqrt{2}\]")
    assert out.count('src="data:image/png;base64,') == 4
    assert 'alt="x^2"' in out and 'alt="\\sqrt{2}"' in out


def test_money_is_not_math_and_code_is_not_touched(md) -> None:
    out = md.render("It costs $5 and $10. `\\(not math\\)`")
    assert "data:image" not in out and "$5 and $10" in out and "\\(not math\\)" in out


def test_unsupported_tex_falls_back_to_source(md) -> None:
    out = md.render(r"$$\begin{align} a &= b \end{align}$$")
    assert "data:image" not in out and "\\begin{align}" in out


@pytest.mark.parametrize(
    ("text", "stable"),
    [
        ("one\n\ntwo", 5),
        ("one\n\ntwo\n\nthr", 10),
        ("```\ncode\n\nmore", 0),  # a blank line inside an open fence is not a boundary
        ("```\ncode\n```\nafter", 13),  # a closed fence ends a block
        ("no boundary yet", 0),
    ],
)
def test_stable_prefix(text: str, stable: int) -> None:
    assert stable_prefix_length(text) == stable


def test_rendering_in_pieces_matches_rendering_at_once(md) -> None:
    text = "# T\n\nPara **one**.\n\n```py\nx = 1\n```\n\n- a\n- b\n\nEnd."
    cut = stable_prefix_length(text)
    assert md.render(text[:cut]) + md.render(text[cut:]) == md.render(text)


def test_a_reply_cannot_link_to_the_apps_own_actions() -> None:
    from app.render import MarkdownRenderer

    html = MarkdownRenderer().render(
        "[docs](run-code:7:0) [ok](msg:run:12) [fig](figure:3) [web](https://example.org) <a href='msg:run:12'>x</a>"
    )
    hrefs = re.findall(r'href="([^"]*)"', html)
    assert hrefs == ["https://example.org"], html  # the others stay plain text
