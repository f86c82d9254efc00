"""Everything by keyboard: the shortcuts the menus do not show, and the cheat sheet (Ctrl+/).

The cheat sheet is read from the window's own menus, so a shortcut added there is listed
without anyone updating a second table. On a Mac, Qt shows Ctrl as ⌘.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QMenu,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from .a11y import accessible

# Keys handled by widgets themselves, not by menu actions.
WIDGET_KEYS = (
    ("Enter", "Send the message"),
    ("Shift+Enter", "New line in the message"),
    ("Ctrl+Enter", "Send the message"),
    ("Esc", "Stop the reply, or cancel an edit"),
    ("F5 (hold)", "Talk while held (voice)"),
    ("Tab / Shift+Tab", "Move between the chat list, the conversation and the message box"),
)


def menu_shortcuts(menus: QMenuBar) -> list[tuple[str, str]]:
    """(keys, what it does) for every menu command that has a shortcut, in menu order."""
    found = []
    for menu_action in menus.actions():
        menu = menu_action.menu()
        if not isinstance(menu, QMenu):
            continue
        for action in menu.actions():
            if isinstance(action, QAction) and not action.isSeparator() and action.shortcuts():
                keys = " or ".join(
                    s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts() if not s.isEmpty()
                )
                found.append((keys, action.text().replace("&", "").rstrip("…")))
    return found


class ShortcutsDialog(QDialog):
    """The keyboard cheat sheet: every shortcut, readable by a screen reader as a table."""

    def __init__(self, menus: QMenuBar, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard Shortcuts")
        rows = [*menu_shortcuts(menus), *WIDGET_KEYS]
        self.table = QTableWidget(len(rows), 2)
        accessible(self.table, "Keyboard shortcuts")
        self.table.setHorizontalHeaderLabels(["Keys", "Does"])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for row, (keys, what) in enumerate(rows):
            for col, text in enumerate((keys, what)):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(520, 520)
        self.table.setFocus()
