"""Find text a layout cut off: labels, buttons and tabs narrower (or shorter) than their text.

Used on every window and dialog in every shipped language: a German label is often a third
longer than the English one, and a fixed width that fitted English clips it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QTabBar, QWidget

SLACK_PX = 1  # rounding between a size hint and the laid-out size


def clipped_texts(root: QWidget) -> list[str]:
    """One line per visible text under ``root`` that does not fit the space it was given."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if _outside_window(widget, root):
            found.append(f"{type(widget).__name__} {_text(widget)[:60]!r}: reaches outside the window")
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            found += _label(widget)
        elif isinstance(widget, QAbstractButton) and widget.text():
            if widget.width() + SLACK_PX < widget.sizeHint().width():
                found.append(_say(widget, widget.text(), widget.width(), widget.sizeHint().width()))
        elif isinstance(widget, QTabBar) and not widget.elideMode().value:
            for i in range(widget.count()):
                need, got = widget.tabSizeHint(i).width(), widget.tabRect(i).width()
                if got + SLACK_PX < need:
                    found.append(_say(widget, widget.tabText(i), got, need))
    return found


def _outside_window(widget: QWidget, root: QWidget) -> bool:
    """A text widget laid out (partly) beyond the window's edges: a too-small window cuts it."""
    if not _text(widget) or any(isinstance(a, QAbstractScrollArea) for a in _ancestors(widget, root)):
        return False  # inside a scroll area, text beyond the view is scrolled to, not lost
    top_left = widget.mapTo(root, QPoint(0, 0))
    return not root.rect().adjusted(-1, -1, 1, 1).contains(QRect(top_left, widget.size()))


def _ancestors(widget: QWidget, root: QWidget) -> list[QWidget]:
    found, parent = [], widget.parentWidget()
    while parent is not None and parent is not root:
        found.append(parent)
        parent = parent.parentWidget()
    return found


def _text(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    value = text() if callable(text) else ""
    return value if isinstance(value, str) else ""


def _label(label: QLabel) -> list[str]:
    if label.wordWrap():  # wraps to its width: it needs the height its lines take
        need = label.heightForWidth(label.width())
        if need > label.height() + SLACK_PX:
            return [_say(label, label.text(), label.height(), need, "tall")]
        return []
    need = label.sizeHint().width()
    if label.width() + SLACK_PX < need:
        return [_say(label, label.text(), label.width(), need)]
    return []


def _say(widget: QWidget, text: str, got: int, need: int, what: str = "wide") -> str:
    return f"{type(widget).__name__} {text[:60]!r}: {got} px {what}, needs {need}"
