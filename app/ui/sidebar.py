"""Conversation list with full-text search, new / rename / delete / export."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.store import Conversation, SearchHit
from app.ui.i18n import translate

from .a11y import accessible

ID_ROLE = Qt.ItemDataRole.UserRole


class Sidebar(QWidget):
    conversation_selected = Signal(int)
    new_requested = Signal()
    rename_requested = Signal(int, str)
    delete_requested = Signal(int)
    export_requested = Signal(int, str)  # (conversation id, "md" | "json")
    search_changed = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.new_button = QPushButton(translate("Sidebar", "New chat"))
        self.new_button.setObjectName("newChatButton")
        self.new_button.clicked.connect(self.new_requested)
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("Sidebar", "Search chats"))
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName("searchField")
        accessible(self.search, translate("Sidebar", "Search chats"))
        # Search as the user types, but not on every keystroke.
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(lambda: self.search_changed.emit(self.search.text()))
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.list = QListWidget()
        self.list.setObjectName("conversationList")
        accessible(self.list, translate("Sidebar", "Chats"), translate("Sidebar", "Your conversations, newest first"))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        self.list.currentItemChanged.connect(self._on_current)
        self.list.itemDoubleClicked.connect(lambda item: self.ask_rename(item.data(ID_ROLE)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.new_button)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        self._titles: dict[int, str] = {}
        self.setMinimumWidth(220)

    def show_conversations(self, conversations: list[Conversation], current: int | None) -> None:
        self._fill([(c.id, c.title, None) for c in conversations], current)

    def show_hits(self, hits: list[SearchHit], current: int | None) -> None:
        self._fill([(h.conversation.id, h.conversation.title, h.snippet) for h in hits], current)

    def select(self, conversation_id: int) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == conversation_id:
                self.list.blockSignals(True)
                self.list.setCurrentRow(row)
                self.list.blockSignals(False)
                return

    def _fill(self, rows: list[tuple[int, str, str | None]], current: int | None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        self._titles = {}
        for ident, title, snippet in rows:
            text = title if snippet is None or snippet == title else f"{title}\n{snippet}"
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, ident)
            item.setToolTip(title)
            self.list.addItem(item)
            self._titles[ident] = title
        self.list.blockSignals(False)
        if current is not None:
            self.select(current)

    def _on_current(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is not None:
            self.conversation_selected.emit(int(item.data(ID_ROLE)))

    def ask_rename(self, conversation_id: int) -> None:
        title, ok = QInputDialog.getText(
            self,
            translate("Sidebar", "Rename chat"),
            translate("Sidebar", "Title:"),
            text=self._titles.get(conversation_id, ""),
        )
        if ok and title.strip():
            self.rename_requested.emit(conversation_id, title.strip())

    def ask_delete(self, conversation_id: int) -> None:
        answer = QMessageBox.question(
            self,
            translate("Sidebar", "Delete chat"),
            translate("Sidebar", "Delete “{title}”? This cannot be undone.").format(
                title=self._titles.get(conversation_id) or translate("Sidebar", "this chat")
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_requested.emit(conversation_id)

    def _menu(self, pos: QPoint) -> None:
        item = self.list.itemAt(pos)
        if item is None:
            return
        ident = int(item.data(ID_ROLE))
        menu = QMenu(self)
        menu.addAction(translate("Sidebar", "Rename…"), lambda: self.ask_rename(ident))
        menu.addAction(translate("Sidebar", "Export as Markdown…"), lambda: self.export_requested.emit(ident, "md"))
        menu.addAction(translate("Sidebar", "Export as JSON…"), lambda: self.export_requested.emit(ident, "json"))
        menu.addSeparator()
        menu.addAction(translate("Sidebar", "Delete…"), lambda: self.ask_delete(ident))
        menu.exec(self.list.mapToGlobal(pos))
