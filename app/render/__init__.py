"""Markdown -> HTML for the chat view (Qt-free): code highlighting, tables, math."""

from .markdown import MarkdownRenderer, RenderedCode
from .streaming import stable_prefix_length

__all__ = ["MarkdownRenderer", "RenderedCode", "stable_prefix_length"]
