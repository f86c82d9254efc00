"""Render model output (Markdown) to the HTML subset Qt's rich text understands.

Raw HTML in model output is never passed through (it is shown as text). Code blocks are
highlighted with Pygments using inline styles and get a "Copy" link; math in $...$,
$$...$$, \\(...\\) and \\[...\\] is typeset with matplotlib's mathtext.
"""

from __future__ import annotations

import functools
import html
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .math import math_html

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

# LaTeX-style delimiters models often use, rewritten to dollars before parsing.
_DISPLAY_BRACKETS = re.compile(r"\\\[(.+?)\\\]", re.S)
_INLINE_PARENS = re.compile(r"\\\((.+?)\\\)", re.S)
_FENCE_OR_CODE = re.compile(r"(```.*?(?:```|$)|~~~.*?(?:~~~|$)|`[^`\n]*`)", re.S)


PYTHON_LANGUAGES = frozenset({"python", "py", "python3", "py3"})
SAFE_LINK_SCHEMES = ("http://", "https://", "mailto:")


@dataclass(frozen=True)
class RenderedCode:
    language: str
    code: str

    @property
    def runnable(self) -> bool:
        """Python the user can run in the sandbox with one click."""
        return self.language.lower() in PYTHON_LANGUAGES


@dataclass
class Palette:
    dark: bool = False
    text: str = "#1d1d1f"
    muted: str = "#6e6e73"
    code_bg: str = "#f5f5f7"
    border: str = "#d2d2d7"
    link: str = "#0a64d6"

    @classmethod
    def for_theme(cls, dark: bool) -> Palette:
        if dark:
            return cls(True, "#f2f2f7", "#a1a1a6", "#1c1c1e", "#3a3a3c", "#5aa9ff")
        return cls()


@dataclass(frozen=True)
class CodeLinks:
    """The words on a code block's links; the window passes them in its interface language."""

    copy: str = "Copy"
    run: str = "Run"


@dataclass
class MarkdownRenderer:
    palette: Palette = field(default_factory=Palette)
    links: CodeLinks = field(default_factory=CodeLinks)

    @functools.cached_property
    def _md(self) -> MarkdownIt:
        # Built on the first message, not with the window: markdown-it and pygments are a
        # tenth of a second of imports that an empty chat does not need yet.
        from markdown_it import MarkdownIt
        from mdit_py_plugins.dollarmath import dollarmath_plugin

        md = MarkdownIt("commonmark", {"html": False, "typographer": False})
        md.enable(["table", "strikethrough"])
        # The chat view acts on its own link schemes (msg:run:…, run-code:…, figure:…): a link the
        # model writes in Markdown may only point to the web, or it could approve or run code.
        md.validateLink = lambda url: url.strip().lower().startswith(SAFE_LINK_SCHEMES)  # type: ignore[method-assign]
        dollarmath_plugin(
            md,
            allow_space=False,
            allow_digits=False,  # "$5 and $10" stays money
            renderer=lambda tex, opts: math_html(tex, bool(opts.get("display_mode")), self.palette.text),
        )
        # Render rules are bound to markdown-it's renderer, hence the extra first argument.
        rule = lambda _renderer, tokens, idx, options, env: self._fence(tokens, idx, options, env)  # noqa: E731
        md.add_render_rule("fence", rule)
        md.add_render_rule("code_block", rule)
        table = (
            f'<table border="1" cellspacing="0" cellpadding="5" '
            f'style="border: 1px solid {self.palette.border}; border-collapse: collapse; margin: 6px 0;">'
        )
        md.add_render_rule("table_open", lambda *_a: table)
        return md

    @property
    def _style(self) -> str:
        return "monokai" if self.palette.dark else "friendly"

    def render(
        self, text: str, code_blocks: list[RenderedCode] | None = None, key: str = "", *, runnable: bool = True
    ) -> str:
        """HTML for ``text``; code blocks found are appended to ``code_blocks``.

        Each block gets a ``copy-code:{key}:{n}`` link, n counting within ``code_blocks``, and
        Python blocks a ``run-code:{key}:{n}`` link unless ``runnable`` is False.
        """
        env = {"code_blocks": code_blocks if code_blocks is not None else [], "key": key, "runnable": runnable}
        return self._md.render(_latex_delimiters_to_dollars(text), env)

    def code_blocks(self, text: str) -> list[RenderedCode]:
        """The fenced code blocks of ``text`` (for messages shown as plain text, like the user's)."""
        return [
            RenderedCode((t.info or "").strip().split(" ")[0], t.content)
            for t in self._md.parse(text)
            if t.type == "fence"
        ]

    # A fence render rule: (tokens, idx, options, env) -> html
    def _fence(self, tokens, idx, _options, env) -> str:
        from pygments import highlight
        from pygments.formatters import HtmlFormatter

        token = tokens[idx]
        language = (token.info or "").strip().split(" ")[0]
        code = token.content
        blocks: list[RenderedCode] = env["code_blocks"]
        index = len(blocks)
        blocks.append(RenderedCode(language, code))
        lexer = _lexer(language, code)
        formatter = HtmlFormatter(noclasses=True, style=self._style, nowrap=True)
        body = highlight(code, lexer, formatter).rstrip("\n")
        p = self.palette
        label = html.escape(language or lexer.name.lower())
        copy_word, run_word = html.escape(self.links.copy), html.escape(self.links.run)
        run = (
            f' · <a href="run-code:{env["key"]}:{index}" style="color:{p.link}; font-size: small;">▶ {run_word}</a>'
            if env.get("runnable") and blocks[-1].runnable
            else ""
        )
        return (
            f'<table width="100%" cellspacing="0" cellpadding="8" style="margin: 6px 0;" '
            f'bgcolor="{_code_bg(self._style, p)}" border="0">'
            f'<tr><td><span style="color:{p.muted}; font-size: small;">{label}</span>'
            f'&nbsp;&nbsp;<a href="copy-code:{env["key"]}:{index}" style="color:{p.link}; font-size: small;">{copy_word}</a>{run}'
            f'<pre style="margin: 4px 0 0 0;">{body}</pre></td></tr></table>'
        )


def _lexer(language: str, code: str):
    from pygments.lexers import TextLexer, get_lexer_by_name, guess_lexer
    from pygments.util import ClassNotFound

    if language:
        try:
            return get_lexer_by_name(language)
        except ClassNotFound:
            return TextLexer()
    try:
        return guess_lexer(code) if len(code) > 40 else TextLexer()
    except ClassNotFound:
        return TextLexer()


def _code_bg(style: str, p: Palette) -> str:
    from pygments.styles import get_style_by_name

    return get_style_by_name(style).background_color or p.code_bg


def _latex_delimiters_to_dollars(text: str) -> str:
    """\\[..\\] -> $$..$$ and \\(..\\) -> $..$, except inside code."""
    parts = _FENCE_OR_CODE.split(text)
    for i in range(0, len(parts), 2):  # even indexes are outside code
        parts[i] = _DISPLAY_BRACKETS.sub(lambda m: f"\n$${m.group(1)}$$\n", parts[i])
        parts[i] = _INLINE_PARENS.sub(lambda m: f"${m.group(1).strip()}$", parts[i])
    return "".join(parts)
