"""A chart's alt text (made in the sandbox from the figure's data) is stored with it and reaches
the chat's <img> and the full-size dialog; charts stored before alt texts existed still get a name."""

from __future__ import annotations

import io
from pathlib import Path

from PySide6.QtWidgets import QLabel

from app.attachments import store_figures
from app.render import MarkdownRenderer
from app.store import HistoryStore, StoredAttachment
from app.tools import ToolRecord
from app.ui.figure_alt import figure_alt
from app.ui.figure_dialog import FigureDialog
from app.ui.tool_card import tool_card_html

HOSTILE = 'Chart: line chart, titled "<img src=x onerror=alert(1)>"'


def png() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 100, 50)).save(buf, format="PNG")
    return buf.getvalue()


def stored_tool_row(tmp_path: Path, alts: tuple[str, ...]):
    store = HistoryStore(tmp_path / "history.db")
    conv = store.create_conversation(model=None)
    record = ToolRecord("run_python", {"code": "plot()"}, status="done", result={"stdout": "", "figures": 2})
    row = store.add_message(conv.id, "tool", record.to_json())
    store.attach(row.id, store_figures((png(), png()), store.blobs, alts))
    return store, store.messages(conv.id)[0]


def test_alt_text_is_stored_with_the_chart_and_escaped_in_the_card(tmp_path: Path, qapp) -> None:
    store, row = stored_tool_row(tmp_path, (HOSTILE, ""))
    try:
        first, second = row.attachments
        assert first.meta["alt"] == HOSTILE and "alt" not in second.meta
        html = tool_card_html(row, MarkdownRenderer(), {})
        assert 'alt="Chart: line chart, titled &quot;&lt;img src=x onerror=alert(1)&gt;&quot;"' in html
        assert "<img src=x" not in html
        assert 'alt="Chart figure-2.png"' in html  # no alt text (an old chart): its name
    finally:
        store.close()


def test_the_full_size_chart_tells_screen_readers_what_it_shows(tmp_path: Path, qtbot) -> None:
    store, row = stored_tool_row(tmp_path, ("Chart: pie chart with 3 slices", ""))
    try:
        chart: StoredAttachment = row.attachments[0]
        dialog = FigureDialog(chart.path, chart.name, None, figure_alt(chart))
        qtbot.addWidget(dialog)
        labels = [label for label in dialog.findChildren(QLabel) if not label.pixmap().isNull()]
        assert len(labels) == 1
        assert labels[0].accessibleName() == "Chart: pie chart with 3 slices"
        assert labels[0].accessibleDescription() == "Chart: pie chart with 3 slices"
    finally:
        store.close()


def test_alt_text_is_worded_in_the_interface_language(tmp_path: Path, qapp) -> None:
    """The sandbox keeps what a chart shows as data; the window words it (with plurals) in German."""
    from app.ui.i18n import install_language

    facts = {
        "title": "Umsatz",
        "plots": [{"kinds": [["line", 1], ["scatter", 40]], "title": "2024", "axes": [["x", "Monat", 1.0, 12.0]]}],
        "more": 0,
    }
    store = HistoryStore(tmp_path / "history.db")
    try:
        conv = store.create_conversation(model=None)
        row = store.add_message(conv.id, "tool", "{}")
        store.attach(row.id, store_figures((png(),), store.blobs, ("Chart: Umsatz. line chart with 1 line",), (facts,)))
        (chart,) = store.messages(conv.id)[0].attachments
        assert figure_alt(chart) == "Chart: Umsatz. line chart with 1 line"  # English: the sandbox's own words
        install_language(qapp, "de")
        german = figure_alt(chart)
    finally:
        install_language(qapp, "en")
        store.close()
    assert (
        german
        == "Diagramm: Umsatz. Liniendiagramm mit 1 Linie und Streudiagramm mit 40 Punkten, Titel „2024“; x: Monat, 1 bis 12"
    )
