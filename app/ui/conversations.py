"""The sidebar's side of the window: list, search, open, rename, delete and export chats."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from app.store import HistoryStore, to_json, to_markdown
from app.ui.i18n import translate

from .banner import Banner
from .controller import ChatController
from .sidebar import Sidebar


class Conversations:
    def __init__(
        self, store: HistoryStore, sidebar: Sidebar, chat: ChatController, banner: Banner, parent: QWidget
    ) -> None:
        self.store, self.sidebar, self.chat, self.banner, self.parent = store, sidebar, chat, banner, parent
        self._hits: dict[int, int] = {}  # chat -> the message the current search found in it
        sidebar.conversation_selected.connect(self.open)
        sidebar.rename_requested.connect(self.rename)
        sidebar.delete_requested.connect(self.delete)
        sidebar.export_requested.connect(self.export)
        sidebar.search_changed.connect(self.search)
        chat.conversations_changed.connect(self.refresh)

    def refresh(self) -> None:
        query = self.sidebar.search.text().strip()
        if query:
            self.search(query)
        else:
            self.sidebar.show_conversations(self.store.conversations(), self.chat.conversation_id)
        if self.chat.conversation_id is None:
            first = next(iter(self.store.conversations()), None)
            if first is not None:
                self.chat.open_conversation(first.id)
                self.sidebar.select(first.id)
            else:
                self.chat.view.set_messages([])

    def new(self) -> int:
        cid = self.chat.new_conversation()
        self.sidebar.search.clear()
        self.refresh()
        self.sidebar.select(cid)
        return cid

    def focus_search(self) -> None:
        self.sidebar.search.setFocus()
        self.sidebar.search.selectAll()

    def open(self, cid: int) -> None:
        """Open a chat; picked from search results, show the branch the matching message is in."""
        hit = self._hits.get(cid) if self.sidebar.search.text().strip() else None
        if hit is not None and not self.chat.busy and hit not in [m.id for m in self.store.messages(cid)]:
            self.store.switch_branch(hit)
        self.chat.open_conversation(cid)

    def search(self, text: str) -> None:
        if text.strip():
            hits = self.store.search(text)
            self._hits = {h.conversation.id: h.message_id for h in hits if h.message_id is not None}
            self.sidebar.show_hits(hits, self.chat.conversation_id)
        else:
            self.sidebar.show_conversations(self.store.conversations(), self.chat.conversation_id)

    def rename(self, cid: int, title: str) -> None:
        self.store.rename(cid, title)
        self.refresh()

    def delete(self, cid: int) -> None:
        self.store.delete_conversation(cid)
        if cid == self.chat.conversation_id:
            self.chat.conversation_id = None
        self.refresh()

    def export_current(self, fmt: str) -> None:
        if self.chat.conversation_id is not None:
            self.export(self.chat.conversation_id, fmt)

    def export(self, cid: int, fmt: str, path: str | None = None) -> Path | None:
        conv = self.store.conversation(cid)
        if conv is None:
            return None
        if path is None:
            suggested = str(Path.home() / f"{conv.title[:60].replace('/', '-')}.{fmt}")
            path, _ = QFileDialog.getSaveFileName(self.parent, translate("Conversations", "Export chat"), suggested)
            if not path:
                return None
        messages = self.store.messages(cid)
        text = to_markdown(conv, messages) if fmt == "md" else to_json(conv, messages, self.store.all_messages(cid))
        try:
            Path(path).write_text(text, encoding="utf-8")
        except OSError as exc:
            self.banner.show_message(translate("Conversations", "Could not export: {error}").format(error=exc), "error")
            return None
        self.banner.show_message(translate("Conversations", "Exported to {path}").format(path=path), "info")

        return Path(path)
