"""What a screen reader says for a chart from a code run."""

from __future__ import annotations

from app.store import StoredAttachment

from .i18n import translate


def figure_alt(figure: StoredAttachment) -> str:
    """The alt text made from the chart's data in the sandbox; charts stored before it get their name."""
    alt = figure.meta.get("alt")
    if isinstance(alt, str) and alt:
        return alt
    return translate("ToolCard", "Chart {name}").format(name=figure.name)
