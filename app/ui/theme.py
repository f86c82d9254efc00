"""Light/dark appearance that follows the system setting."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette

from app.render.markdown import Palette


def is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme() if hints is not None else Qt.ColorScheme.Unknown
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    # Unknown (e.g. offscreen): judge by the window colour.
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def palette() -> Palette:
    return Palette.for_theme(is_dark())


def bubble_colors(dark: bool) -> dict[str, str]:
    if dark:
        return {"user": "#2c2c2e", "assistant": "#1c1c1e", "error": "#ff6961", "notice": "#ffd60a"}
    return {"user": "#eef3fb", "assistant": "#ffffff", "error": "#c62828", "notice": "#8a6d00"}
