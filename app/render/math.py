"""TeX math -> PNG with matplotlib's mathtext (offline, no TeX install needed)."""

from __future__ import annotations

import base64
import functools
import html
import io
import logging

log = logging.getLogger(__name__)


@functools.lru_cache(maxsize=512)
def math_png(tex: str, display: bool, color: str) -> bytes | None:
    """Render one formula; None when mathtext cannot parse it (the caller shows the source)."""
    import matplotlib
    from matplotlib import mathtext
    from matplotlib.font_manager import FontProperties

    buf = io.BytesIO()
    try:
        with matplotlib.rc_context({"savefig.transparent": True}):  # sits on light and dark themes
            mathtext.math_to_image(
                f"${tex.strip()}$",
                buf,
                prop=FontProperties(size=15 if display else 12),
                dpi=110,
                format="png",
                color=color,
            )
    except Exception as exc:  # mathtext raises ValueError/ParseFatalException on unsupported TeX
        log.debug("mathtext could not render %r: %s", tex, exc)
        return None
    return buf.getvalue()


def math_html(tex: str, display: bool, color: str) -> str:
    png = math_png(tex, display, color)
    if png is None:
        code = f"<code>{html.escape(tex)}</code>"
        return f'<p align="center">{code}</p>' if display else code
    src = "data:image/png;base64," + base64.b64encode(png).decode()
    img = f'<img src="{src}" alt="{html.escape(tex, quote=True)}" style="vertical-align: middle">'
    return f'<p align="center">{img}</p>' if display else img
