"""Settings → Memory: the on/off switch and every remembered fact, to add, edit or delete.

Not to be confused with memory_text.py (how much RAM a model needs). Edits stay in the
editor until the dialog's OK (``apply``); Cancel leaves the stored facts as they were.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.chat.memories import memory_prompt
from app.store import Memories
from app.ui.i18n import translate

from .a11y import accessible

ID_ROLE = Qt.ItemDataRole.UserRole  # the stored fact's id; None for one added here
STORED_ROLE = Qt.ItemDataRole.UserRole + 1  # its text as stored, to see what was edited


class MemoryEditor(QWidget):
    def __init__(self, memories: Memories, enabled: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.memories = memories
        self.enabled = QCheckBox(
            translate("MemoryEditor", "Remember what I ask Hearth to remember, and use it in chats")
        )
        self.enabled.setChecked(enabled)
        about = QLabel(
            translate(
                "MemoryEditor",
                "Say “remember that …” in a chat and Hearth keeps it here; nothing is remembered otherwise. "
                "Each chat's instructions include the newest facts that fit. "
                "The Chat menu turns memory off for one chat.",
            )
        )
        about.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("memoryList")
        accessible(
            self.list,
            translate("MemoryEditor", "Remembered facts"),
            translate("MemoryEditor", "Newest first. Press F2 to edit the selected fact."),
        )
        self.list.setEditTriggers(
            QListWidget.EditTrigger.DoubleClicked
            | QListWidget.EditTrigger.EditKeyPressed
            | QListWidget.EditTrigger.SelectedClicked
        )
        for memory in memories.all():
            self._insert(self.list.count(), memory.text, memory.id)
        self.list.itemChanged.connect(lambda _item: self._update_note())
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.add_button = QPushButton(translate("MemoryEditor", "Add…"))
        self.add_button.clicked.connect(self.add_new)
        self.edit_button = QPushButton(translate("MemoryEditor", "Edit"))
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button = QPushButton(translate("MemoryEditor", "Delete"))
        self.delete_button.clicked.connect(self.delete_current)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.enabled)
        layout.addWidget(about)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        self._deleted: list[int] = []
        self._update_buttons()
        self._update_note()

    def facts(self) -> list[str]:
        """The facts as edited, newest first (empty ones are dropped on OK)."""
        return [t for t in (self.list.item(r).text().strip() for r in range(self.list.count())) if t]

    def add_fact(self, text: str) -> None:
        """A new fact at the top (it is the newest)."""
        self._insert(0, text, None)
        self.list.setCurrentRow(0)
        self._update_note()

    def add_new(self) -> None:
        self.add_fact("")
        self.edit_current()

    def edit_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.list.editItem(item)

    def delete_current(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        item = self.list.takeItem(row)
        if item.data(ID_ROLE) is not None:
            self._deleted.append(int(item.data(ID_ROLE)))
        self._update_buttons()
        self._update_note()

    def apply(self) -> None:
        """Store what was added, edited and deleted (the dialog's OK)."""
        for memory_id in self._deleted:
            self.memories.delete(memory_id)
        # Oldest first, so the facts added here keep their order (the top one is the newest).
        for row in reversed(range(self.list.count())):
            item = self.list.item(row)
            text, memory_id = item.text().strip(), item.data(ID_ROLE)
            if memory_id is None:
                if text:
                    self.memories.add(text)
            elif not text:
                self.memories.delete(int(memory_id))
            elif text != item.data(STORED_ROLE):
                self.memories.update(int(memory_id), text)
        self._deleted = []

    def _insert(self, row: int, text: str, memory_id: int | None) -> None:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        item.setData(ID_ROLE, memory_id)
        item.setData(STORED_ROLE, text)
        self.list.blockSignals(True)  # itemChanged is for the user's edits
        self.list.insertItem(row, item)
        self.list.blockSignals(False)

    def _update_buttons(self) -> None:
        chosen = self.list.currentRow() >= 0
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _grey_left_out(self, used: int) -> None:
        """The facts past the budget look disabled (the note below says why)."""
        grey = self.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        normal = self.palette().brush(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
        seen = 0
        self.list.blockSignals(True)  # a colour is not an edit
        for row in range(self.list.count()):
            item = self.list.item(row)
            seen += bool(item.text().strip())
            item.setForeground(grey if seen > used else normal)
        self.list.blockSignals(False)

    def _update_note(self) -> None:
        facts = self.facts()
        block = memory_prompt(facts)
        left_out = block.left_out
        self._grey_left_out(block.used)
        if not facts:
            self.note.setText(translate("MemoryEditor", "Nothing is remembered yet."))
        elif left_out == 1:
            self.note.setText(
                translate("MemoryEditor", "The oldest fact does not fit in a chat's instructions and is left out.")
            )
        elif left_out:
            self.note.setText(
                translate(
                    "MemoryEditor",
                    "The %n oldest facts do not fit in a chat's instructions and are left out.",
                    None,
                    left_out,
                )
            )
        else:
            self.note.setText(translate("MemoryEditor", "Every fact fits in a chat's instructions."))
