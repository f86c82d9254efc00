"""A chart's alt text, read from the matplotlib figure itself (runs in the sandbox child).

A screen reader cannot see a PNG: this says what kind of chart it is and what its titles,
axis labels and ranges are. Titles come from untrusted code, so everything here is plain
text, bounded, and any failure yields a shorter description rather than an error; the parent
cleans and caps it again (channel.py), and the window escapes it where it lands in HTML.
"""

from __future__ import annotations

from typing import Any

MAX_ALT_CHARS = 300
MAX_AXES = 6
MAX_PART_CHARS = 80  # one title or label


def describe(fig: Any) -> str:
    """E.g. "Chart: Sales. line chart with 2 lines, titled "2024"; x: Month, 1 to 12; y: Revenue, 0 to 120"."""
    parts: list[str] = []
    suptitle = _safe(lambda: fig._suptitle.get_text() if fig._suptitle is not None else "")
    try:
        axes = list(fig.get_axes())
    except Exception:
        axes = []
    for ax in axes[:MAX_AXES]:
        part = _safe(lambda ax=ax: _describe_axes(ax))
        if part:
            parts.append(part)
    if len(axes) > MAX_AXES:
        parts.append(f"and {len(axes) - MAX_AXES} more plots")
    head = f"{suptitle}. " if suptitle else ""
    return clean(f"Chart: {head}{'; '.join(parts) or 'an empty figure'}")


def clean(text: str, cap: int = MAX_ALT_CHARS) -> str:
    """One line of printable text, at most ``cap`` characters."""
    text = " ".join("".join(ch if ch.isprintable() else " " for ch in text[: cap * 4]).split())
    return text if len(text) <= cap else text[: cap - 1].rstrip() + "…"


def _describe_axes(ax: Any) -> str:
    import numpy as np
    from matplotlib.collections import PathCollection
    from matplotlib.patches import Rectangle, Wedge

    counts: list[tuple[str, int, str]] = []  # (kind of chart, how many, what one is called)
    wedges = [p for p in ax.patches if isinstance(p, Wedge)]
    bars = [p for c in ax.containers for p in c.patches if isinstance(p, Rectangle)] if ax.containers else []
    lines = [line for line in ax.get_lines() if len(line.get_xdata()) > 0]
    points = [c for c in ax.collections if isinstance(c, PathCollection)]
    if wedges:
        counts.append(("pie chart", len(wedges), "slice"))
    if bars:
        counts.append(("bar chart", len(bars), "bar"))
    if lines:
        counts.append(("line chart", len(lines), "line"))
    if points:
        counts.append(("scatter plot", sum(int(np.asarray(c.get_offsets()).shape[0]) for c in points), "point"))
    if ax.images:
        counts.append(("image", len(ax.images), "image"))
    if not counts:
        return ""
    kinds = " and ".join(f"{kind} with {_plural(n, one)}" for kind, n, one in counts)
    title = _part(ax.get_title())
    out = kinds + (f', titled "{title}"' if title else "")
    if wedges and len(counts) == 1 or ax.images and len(counts) == 1:
        return out  # their axes are not scales
    for name, label, limits in (("x", ax.get_xlabel(), ax.get_xlim()), ("y", ax.get_ylabel(), ax.get_ylim())):
        if name == "x" and bars and not lines and not points:
            limits = None  # bar positions are categories, not a scale
        described = ", ".join(x for x in (_part(label), _range(limits)) if x)
        if described:
            out += f"; {name}: {described}"
    return out


def _plural(n: int, one: str) -> str:
    return f"{n} {one}" if n == 1 else f"{n} {one}es" if one.endswith("h") else f"{n} {one}s"


def _part(value: object) -> str:
    return clean(str(value), MAX_PART_CHARS) if isinstance(value, str) else ""


def _range(limits: Any) -> str:
    if limits is None:
        return ""
    low, high = (float(v) for v in limits)
    return f"{low:.4g} to {high:.4g}"


def _safe(make: Any) -> str:
    try:
        value = make()
        return clean(value, MAX_ALT_CHARS) if isinstance(value, str) else ""
    except Exception:  # the code may have broken the figure in any way: describe less
        return ""
