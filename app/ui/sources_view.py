"""A reply's citations: its [n] as links, the list of sources under it, and the passage a link opens.

The reply was given numbered passages of a long document (app/chat/sources.py); a click on
[n] shows that passage with the document's name and where in it the passage is, so the
claim can be checked without leaving the chat.
"""

from __future__ import annotations

import html
import re

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from app.store import StoredMessage, StoredSource
from app.ui.i18n import translate

from .a11y import accessible

_CITATION = re.compile(r"\[(\d{1,3}(?:\s*,\s*\d{1,3})*)\]")
_SKIP = re.compile(r"(<pre\b.*?</pre>|<code\b.*?</code>|<a\b.*?</a>|<[^>]+>)", re.S | re.I)


def where(s: StoredSource) -> str:
    """Where in the document the passage is, in the interface language ("" if not known)."""
    places = {
        "page": translate("Sources", "page {place}"),
        "slide": translate("Sources", "slide {place}"),
        "sheet": translate("Sources", "sheet {place}"),
        "section": translate("Sources", "section “{place}”"),
    }
    return places[s.unit].format(place=s.place) if s.unit in places else ""


def title(s: StoredSource) -> str:
    """report.pdf, page 12"""
    place = where(s)
    return translate("Sources", "{document}, {place}").format(document=s.document, place=place) if place else s.document


def href(message_id: int, n: int) -> str:
    return f"cite:{message_id}:{n}"


def link_citations(body: str, m: StoredMessage, link_color: str) -> str:
    """The reply's HTML with each [n] that names one of its sources made a link (code and links left alone)."""
    known = {s.n for s in m.sources}
    if not known:
        return body

    def numbers(match: re.Match[str]) -> str:
        ns = [int(x) for x in re.split(r"\s*,\s*", match.group(1))]
        if not all(n in known for n in ns):
            return match.group(0)
        links = ", ".join(
            f'<a href="{href(m.id, n)}" style="color:{link_color}; text-decoration: none;">{n}</a>' for n in ns
        )
        return f"[{links}]"

    parts = _SKIP.split(body)
    return "".join(part if i % 2 else _CITATION.sub(numbers, part) for i, part in enumerate(parts))


def sources_html(m: StoredMessage, link_color: str, muted: str) -> str:
    """The list under a reply: [n] document, place: each a link to the passage."""
    if not m.sources:
        return ""
    rows = [
        f'<a href="{href(m.id, s.n)}" style="color:{link_color}; text-decoration: none;">[{s.n}] '
        f"{html.escape(title(s))}</a>"
        for s in m.sources
    ]
    head = html.escape(translate("Sources", "Sources"))
    return f'<p style="color:{muted}; font-size: small; margin: 6px 0 2px 0;">{head}: ' + " · ".join(rows) + "</p>"


class SourceDialog(QDialog):
    """One passage, with its document and place; read-only, selectable, closed with Esc."""

    def __init__(self, source: StoredSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourceDialog")
        self.setWindowTitle(translate("Sources", "Source {number}").format(number=source.n))
        self.heading = QLabel(f"<b>[{source.n}]</b> {html.escape(title(source))}")
        self.heading.setWordWrap(True)
        self.passage = QTextBrowser()
        self.passage.setPlainText(source.text)
        self.passage.setOpenLinks(False)
        accessible(
            self.passage,
            translate("Sources", "Passage {number} of {document}").format(number=source.n, document=title(source)),
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.passage)
        layout.addWidget(buttons)
        self.resize(560, 420)
        self.passage.setFocus()
