"""A chart's alt text, read from the matplotlib figure itself (runs in the sandbox child).

A screen reader cannot see a PNG: this says what kind of chart it is and what its titles,
axis labels and ranges are. Titles come from untrusted code, so everything here is plain
text, bounded, and any failure yields a shorter description rather than an error; the parent
cleans and caps it again (channel.py), and the window escapes it where it lands in HTML.
"""

from __future__ import annotations

import math
from typing import Any

MAX_ALT_CHARS = 300
MAX_AXES = 6
MAX_PART_CHARS = 80  # one title or label


# What each kind of plot is called, and what one of its marks is called (English; the window
# words the same facts in the interface language: app/ui/figure_alt.py).
KINDS = {"pie": ("pie chart", "slice"), "bar": ("bar chart", "bar"), "line": ("line chart", "line"),
         "scatter": ("scatter plot", "point"), "image": ("image", "image")}  # fmt: skip


def facts(fig: Any) -> dict[str, Any]:
    """What a chart shows, as plain data: its title, and per plot the kinds of marks with their
    counts, the plot's title and its axes (label, range)."""
    plots: list[dict[str, Any]] = []
    try:
        axes = list(fig.get_axes())
    except Exception:
        axes = []
    for ax in axes[:MAX_AXES]:
        try:
            plot = _axes_facts(ax)
        except Exception:  # the code may have broken the figure in any way: describe less
            plot = None
        if plot is not None:
            plots.append(plot)
    title = _safe(lambda: fig._suptitle.get_text() if fig._suptitle is not None else "")
    return {"title": title, "plots": plots, "more": max(0, len(axes) - MAX_AXES)}


def describe(data: dict[str, Any]) -> str:
    """E.g. "Chart: Sales. line chart with 2 lines, titled "2024"; x: Month, 1 to 12; y: Revenue, 0 to 120"."""
    parts = [_describe_plot(plot) for plot in data["plots"]]
    if data["more"]:
        parts.append(f"and {data['more']} more plots")
    head = f"{data['title']}. " if data["title"] else ""
    return clean(f"Chart: {head}{'; '.join(parts) or 'an empty figure'}")


def checked(data: Any) -> dict[str, Any] | None:
    """Facts from the sandbox child (untrusted), with every string cleaned and every list bounded;
    None if they are not facts at all."""
    try:
        plots = [_checked_plot(p) for p in data["plots"][:MAX_AXES]]
        return {"title": _text(data["title"]), "plots": plots, "more": _count(data["more"])}
    except (KeyError, TypeError, ValueError, IndexError, OverflowError):  # OverflowError: float(10**400)
        return None


def _checked_plot(plot: Any) -> dict[str, Any]:
    kinds = [[k, _count(n)] for k, n in plot["kinds"][: len(KINDS)] if k in KINDS]
    axes = [
        [a, _text(label), _number(low), _number(high)] for a, label, low, high in plot["axes"][:2] if a in ("x", "y")
    ]
    axes = [axis for axis in axes if axis[1] or (axis[2] is not None and axis[3] is not None)]  # says something
    return {"kinds": kinds, "title": _text(plot["title"]), "axes": axes}


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("not text")  # caught in checked()
    return clean(value, MAX_PART_CHARS)


def _count(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < 10**9:
        raise ValueError  # caught in checked()
    return value


def _number(value: Any) -> float | None:
    if value is None:
        return None
    if not isinstance(value, int | float) or isinstance(value, bool) or value != value or abs(value) == float("inf"):
        raise ValueError  # caught in checked()
    return float(value)


def clean(text: str, cap: int = MAX_ALT_CHARS) -> str:
    """One line of printable text, at most ``cap`` characters."""
    text = " ".join("".join(ch if ch.isprintable() else " " for ch in text[: cap * 4]).split())
    return text if len(text) <= cap else text[: cap - 1].rstrip() + "…"


def _axes_facts(ax: Any) -> dict[str, Any] | None:
    import numpy as np
    from matplotlib.collections import PathCollection
    from matplotlib.patches import Rectangle, Wedge

    kinds: list[list[Any]] = []  # [kind, how many marks]
    wedges = [p for p in ax.patches if isinstance(p, Wedge)]
    bars = [p for c in ax.containers for p in c.patches if isinstance(p, Rectangle)] if ax.containers else []
    lines = [line for line in ax.get_lines() if len(line.get_xdata()) > 0]
    points = [c for c in ax.collections if isinstance(c, PathCollection)]
    if wedges:
        kinds.append(["pie", len(wedges)])
    if bars:
        kinds.append(["bar", len(bars)])
    if lines:
        kinds.append(["line", len(lines)])
    if points:
        kinds.append(["scatter", sum(int(np.asarray(c.get_offsets()).shape[0]) for c in points)])
    if ax.images:
        kinds.append(["image", len(ax.images)])
    if not kinds:
        return None
    axes: list[list[Any]] = []
    if not (wedges and len(kinds) == 1 or ax.images and len(kinds) == 1):  # their axes are not scales
        for name, label, limits in (("x", ax.get_xlabel(), ax.get_xlim()), ("y", ax.get_ylabel(), ax.get_ylim())):
            if name == "x" and bars and not lines and not points:
                limits = None  # bar positions are categories, not a scale
            scale = [float(v) for v in limits] if limits is not None else []
            low, high = scale if len(scale) == 2 and all(math.isfinite(v) for v in scale) else (None, None)
            if _part(label) or low is not None:
                axes.append([name, _part(label), low, high])
    return {"kinds": kinds, "title": _part(ax.get_title()), "axes": axes}


def _describe_plot(plot: dict[str, Any]) -> str:
    out = " and ".join(f"{KINDS[kind][0]} with {_plural(n, KINDS[kind][1])}" for kind, n in plot["kinds"])
    out += f', titled "{plot["title"]}"' if plot["title"] else ""
    for name, label, low, high in plot["axes"]:
        out += f"; {name}: " + ", ".join(x for x in (label, _range(low, high)) if x)
    return out


def _plural(n: int, one: str) -> str:
    return f"{n} {one}" if n == 1 else f"{n} {one}es" if one.endswith("h") else f"{n} {one}s"


def _part(value: object) -> str:
    return clean(str(value), MAX_PART_CHARS) if isinstance(value, str) else ""


def _range(low: float | None, high: float | None) -> str:
    return "" if low is None or high is None else f"{low:.4g} to {high:.4g}"


def _safe(make: Any) -> str:
    try:
        value = make()
        return clean(value, MAX_ALT_CHARS) if isinstance(value, str) else ""
    except Exception:  # the code may have broken the figure in any way: describe less
        return ""
