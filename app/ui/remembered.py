"""The window's side of remembered facts: the note when one is stored (with Forget), and the
Chat menu's "Use Memory in This Chat" switch. The facts themselves: app/chat/memories.py."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from app.chat.memories import MAX_FACT_CHARS
from app.store import HistoryStore, Memory
from app.ui.i18n import translate

from .a11y import Announcer
from .banner import Banner
from .controller import ChatController


class RememberedFacts:
    def __init__(
        self, store: HistoryStore, chat: ChatController, banner: Banner, announcer: Announcer, menu: QMenu
    ) -> None:
        self.store, self.chat, self.banner, self.announcer = store, chat, banner, announcer
        self.action = QAction(translate("RememberedFacts", "Use Memory in This Chat"), menu)
        self.action.setCheckable(True)
        self.action.triggered.connect(lambda _checked: self.toggle_chat())
        menu.addSeparator()
        menu.addAction(self.action)
        menu.aboutToShow.connect(self.sync)  # the open chat may have changed since
        chat.remembered.connect(self._on_remembered)
        chat.not_remembered.connect(self._on_not_remembered)
        self.sync()

    def sync(self) -> None:
        """The switch shows the open chat's state (off, and unavailable, without a chat)."""
        cid = self.chat.conversation_id
        self.action.setEnabled(cid is not None and self.chat.settings.memory)
        self.action.setChecked(cid is not None and self.chat.session.memory_on(cid))

    def toggle_chat(self) -> None:
        """Switch memory on or off in the open chat (from what is stored, not a stale check mark)."""
        cid = self.chat.conversation_id
        if cid is None:
            return
        off = not self.store.memories.off_in(cid)
        self.store.memories.set_off_in(cid, off)
        self.sync()
        self.announcer.say(
            translate("RememberedFacts", "Memory is off in this chat.")
            if off
            else translate("RememberedFacts", "Memory is on in this chat.")
        )

    def _on_remembered(self, memory: Memory) -> None:
        self.banner.show_message(
            translate("RememberedFacts", "Remembered: {fact}").format(fact=memory.text),
            "info",
            action=(translate("RememberedFacts", "Forget"), lambda: self.forget(memory)),
        )

    def forget(self, memory: Memory) -> None:
        self.store.memories.delete(memory.id)
        self.announcer.say(translate("RememberedFacts", "Forgotten: {fact}").format(fact=memory.text))

    def _on_not_remembered(self, fact: str, where: str) -> None:
        if where == "too_long":
            text = translate(
                "RememberedFacts",
                "“{fact}” was not remembered: a fact to remember can be up to {limit} characters. "
                "Attach longer text as a document instead.",
            ).replace("{limit}", str(MAX_FACT_CHARS))
        elif where == "chat":
            text = translate("RememberedFacts", "Memory is off in this chat, so “{fact}” was not remembered.")
        else:
            text = translate("RememberedFacts", "Memory is off in Settings, so “{fact}” was not remembered.")
        self.banner.show_message(text.format(fact=fact), "warning")
