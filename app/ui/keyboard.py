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

from app.ui.i18n import translate

from .a11y import accessible


def widget_keys() -> list[tuple[str, str]]:
    """(keys, what it does) for the keys handled by widgets themselves, not by menu actions."""
    return [
        ("Enter", translate("ShortcutsDialog", "Send the message")),
        ("Shift+Enter", translate("ShortcutsDialog", "New line in the message")),
        ("Ctrl+Enter", translate("ShortcutsDialog", "Send the message")),
        ("Esc", translate("ShortcutsDialog", "Stop the reply, or cancel an edit")),
        (translate("ShortcutsDialog", "F5 (hold)"), translate("ShortcutsDialog", "Talk while held (voice)")),
        (
            "Tab / Shift+Tab",
            translate("ShortcutsDialog", "Move between the chat list, the conversation and the message box"),
        ),
    ]


def menu_shortcuts(menus: QMenuBar) -> list[tuple[str, str]]:
    """(keys, what it does) for every menu command that has a shortcut, in menu order."""
    found = []
    for menu_action in menus.actions():
        menu = menu_action.menu()
        if not isinstance(menu, QMenu):
            continue
        for action in menu.actions():
            if isinstance(action, QAction) and not action.isSeparator() and action.shortcuts():
                keys = translate("ShortcutsDialog", " or ", "between two shortcuts of one command").join(
                    s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts() if not s.isEmpty()
                )
                found.append((keys, action.text().replace("&", "").rstrip("…")))
    return found


class ShortcutsDialog(QDialog):
    """The keyboard cheat sheet: every shortcut, readable by a screen reader as a table."""

    def __init__(self, menus: QMenuBar, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ShortcutsDialog", "Keyboard Shortcuts"))
        rows = [*menu_shortcuts(menus), *widget_keys()]
        self.table = QTableWidget(len(rows), 2)
        accessible(self.table, translate("ShortcutsDialog", "Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels(
            [translate("ShortcutsDialog", "Keys"), translate("ShortcutsDialog", "Does")]
        )
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
