"""What a screen reader says for a chart from a code run, in the interface language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale

from app.languages import SOURCE_LANGUAGE
from app.store import StoredAttachment
from sandbox.figure_text import checked

from .i18n import interface_language, translate


def figure_alt(figure: StoredAttachment) -> str:
    """The alt text made from the chart's data in the sandbox; charts stored before it get their name."""
    alt = figure.meta.get("alt")
    facts = checked(figure.meta.get("alt_facts"))  # stored data is checked again: the file may be old or edited
    if facts is not None and interface_language() != SOURCE_LANGUAGE:
        return _worded(facts)
    if isinstance(alt, str) and alt:
        return alt  # English, worded in the sandbox (with English plurals, which Qt's %n cannot give here)
    return translate("ToolCard", "Chart {name}").format(name=figure.name)


def _worded(facts: dict[str, Any]) -> str:
    parts = [_plot(plot) for plot in facts["plots"]]
    if facts["more"]:
        parts.append(translate("FigureAlt", "and %n more plots", None, facts["more"]))
    body = "; ".join(parts) or translate("FigureAlt", "an empty figure")
    if facts["title"]:
        return translate("FigureAlt", "Chart: {title}. {description}").format(title=facts["title"], description=body)
    return translate("FigureAlt", "Chart: {description}").format(description=body)


def _plot(plot: dict[str, Any]) -> str:
    kinds = QLocale().createSeparatedList([_kind(kind, n) for kind, n in plot["kinds"]])
    out = (
        translate("FigureAlt", "{kinds}, titled “{title}”").format(kinds=kinds, title=plot["title"])
        if plot["title"]
        else kinds
    )
    for axis, label, low, high in plot["axes"]:
        details = [label] if label else []
        if low is not None and high is not None:
            locale = QLocale()
            details.append(
                translate("FigureAlt", "{low} to {high}").format(
                    low=locale.toString(low, "g", 4), high=locale.toString(high, "g", 4)
                )
            )
        out += "; " + translate("FigureAlt", "{axis}: {details}").format(axis=axis, details=", ".join(details))
    return out


def _kind(kind: str, n: int) -> str:
    if kind == "pie":
        return translate("FigureAlt", "pie chart with %n slices", None, n)
    if kind == "bar":
        return translate("FigureAlt", "bar chart with %n bars", None, n)
    if kind == "line":
        return translate("FigureAlt", "line chart with %n lines", None, n)
    if kind == "scatter":
        return translate("FigureAlt", "scatter plot with %n points", None, n)
    return translate("FigureAlt", "%n images", None, n)
