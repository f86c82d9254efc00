"""The window's side of a chat: a ChatSession's events become view updates and Qt signals.

The turn itself (streaming, saving, tool rounds, approval) is app/chat/session.py, shared with
`hearth chat`. Here a 30 ms timer polls the session while it is busy (never blocking), so
repaints are batched however fast tokens come.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from app.attachments import Prepared
from app.chat import (
    BusyChanged,
    ChatEvent,
    ChatSession,
    ConversationListChanged,
    FirstToken,
    MessagesChanged,
    NotRemembered,
    Problem,
    ProjectStale,
    Remembered,
    ReplyDelta,
    ReplyFinished,
    ReplyStarted,
    ToolApprovalRequested,
    ToolUpdated,
    TurnFinished,
)
from app.documents.projects import Projects
from app.presets import PresetLibrary
from app.settings import Settings
from app.store import HistoryStore
from app.tools import ToolBox
from app.ui.i18n import translate
from runtime import Engine, Message

from .chat_view import ChatView
from .i18n import interface_language

POLL_MS = 30


def waiting_for_model() -> str:
    """Markdown shown in a reply that waits for the model to load."""
    return "_" + translate("ChatController", "Waiting for the model to finish loading…") + "_"


class ChatController(QObject):
    busy_changed = Signal(bool)
    problem = Signal(str)  # a message for the user
    conversations_changed = Signal()
    reply_finished = Signal(object)  # the final StoredMessage of a turn
    reply_delta = Signal(str)  # new answer text as it streams (voice speaks it)
    reply_started_at = Signal(float)  # monotonic time the model produced its first token
    tool_waiting = Signal(str)  # a tool call (its name) waits for the user's Run or Skip
    conversation_shown = Signal(int)  # a chat was opened (or made): its id
    project_stale = Signal(str, int)  # (project, files changed): re-index it in the background
    remembered = Signal(object)  # the Memory a "remember that …" message stored
    not_remembered = Signal(str, str)  # (the fact, "settings" | "chat"): memory is off there

    def __init__(
        self,
        store: HistoryStore,
        engine: Engine,
        settings: Settings,
        view: ChatView,
        toolbox: ToolBox | None = None,
        presets: PresetLibrary | None = None,
    ) -> None:
        super().__init__()
        self.session = ChatSession(store, engine, settings, toolbox, presets, Projects(store.db))
        self.preset_for_new_chats: str | None = None  # the preset last picked: a new chat starts with it
        self.session.interface_language = interface_language()
        self.store, self.engine, self.settings, self.view = store, engine, settings, view
        self.toolbox = self.session.toolbox
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self._pump)

    # The session's state, as the window and its tests read it.
    busy = property(lambda self: self.session.busy)
    model_ready = property(lambda self: self.session.model_ready)
    model_key = property(lambda self: self.session.model_key)
    voice_turn = property(lambda self: self.session.voice_turn)
    tools = property(lambda self: self.session.tools)
    _answer = property(lambda self: self.session.answer)

    @property
    def conversation_id(self) -> int | None:
        return self.session.conversation_id

    @conversation_id.setter
    def conversation_id(self, value: int | None) -> None:  # the open chat was deleted: None
        self.session.conversation_id = value

    # ---- conversations -------------------------------------------------------------------

    def open_conversation(self, conversation_id: int) -> None:
        self.session.open(conversation_id)
        self._show(conversation_id, self.view.set_messages)
        self.conversation_shown.emit(conversation_id)

    def _show(self, conversation_id: int, show) -> None:
        """Put the stored messages on screen with ``show``; a reply being written streams after them."""
        messages = self.store.messages(conversation_id)
        reply = self.session.reply
        if reply is not None and reply.conversation_id == conversation_id:
            show([m for m in messages if m.id != reply.id])
            if self.view.live_message_id != reply.id:
                self.view.begin_live(reply)
                if self.session.answer or self.session.thinking or self.session.model_ready:
                    self.view.live_update(self.session.thinking, self.session.answer)
                else:
                    self.view.live_update("", waiting_for_model())
        else:
            show(messages)

    def new_conversation(self) -> int:
        cid = self.session.new_conversation(self.preset_for_new_chats)
        self.open_conversation(cid)
        self._pump()
        return cid

    def history_for(self, conversation_id: int) -> list[Message]:
        return self.session.history_for(conversation_id)

    # ---- commands: each is the session's, then what it reports is shown at once -----------

    def send(
        self, text: str, editing_id: int | None = None, attachments: list | None = None, voice: bool = False
    ) -> None:
        self.session.send(text, editing_id, attachments, voice)
        self._pump()

    def prefill_spoken(self, clip: Prepared) -> None:
        self.session.prefill_spoken(clip)

    def regenerate(self, message_id: int) -> None:
        self.session.regenerate(message_id)
        self._pump()

    def switch_branch(self, message_id: int) -> None:
        """Show another version of a message (‹ 2/3 ›) and the path below it."""
        self.session.switch_branch(message_id)
        self._pump()

    def fork(self, message_id: int) -> int | None:
        """Continue in a new chat from ``message_id``; the new chat is opened."""
        cid = self.session.fork(message_id)
        if cid is not None:
            self.open_conversation(cid)
        self._pump()
        return cid

    def stop(self) -> None:
        self.session.stop()
        self._pump()

    def run_code(self, code: str) -> None:
        self.session.run_code(code)
        self._pump()

    def decide_tool(self, message_id: int, run: bool, always: bool = False, pick: Path | None = None) -> None:
        self.session.decide_tool(message_id, run, always, pick)
        self._pump()

    def on_model_ready(self, model_key: str | None) -> None:
        self.session.on_model_ready(model_key)
        self._pump()

    def on_model_unloaded(self) -> None:
        self.session.on_model_unloaded()

    def shutdown(self) -> None:
        """The app is quitting: keep what the reply has written (it shows as interrupted next time)."""
        self._timer.stop()
        self.session.shutdown()

    # ---- events --------------------------------------------------------------------------

    def _pump(self) -> None:
        events = self.session.poll()
        stale: int | None = None  # a conversation to show again, once per batch of row changes
        for event in events:
            if isinstance(event, MessagesChanged | ToolUpdated):
                stale = event.conversation_id
                continue
            if stale is not None:
                self._show_again(stale)
                stale = None
            self._apply(event)
        if stale is not None:
            self._show_again(stale)
        if self.session.busy:
            self._timer.start()
        else:
            self._timer.stop()

    def _show_again(self, conversation_id: int) -> None:
        """Rows of the open chat changed: redraw from the first changed message only."""
        if conversation_id == self.session.conversation_id:
            self._show(conversation_id, self.view.show_messages)

    def _apply(self, event: ChatEvent) -> None:
        current = self.session.conversation_id
        if isinstance(event, ReplyDelta):
            if event.answer_delta:
                self.reply_delta.emit(event.answer_delta)
            if event.conversation_id == current:
                self.view.live_update(event.thinking, event.answer)
        elif isinstance(event, ReplyStarted):
            if event.message.conversation_id == current and self.view.live_message_id != event.message.id:
                self.view.begin_live(event.message)
                if not self.session.model_ready:
                    self.view.live_update("", waiting_for_model())
        elif isinstance(event, FirstToken):
            self.reply_started_at.emit(event.at)
        elif isinstance(event, ReplyFinished):
            if event.message.conversation_id == current:
                self.view.end_live(event.message)
        elif isinstance(event, TurnFinished):
            self.reply_finished.emit(event.message)
        elif isinstance(event, BusyChanged):
            self.busy_changed.emit(event.busy)
        elif isinstance(event, Problem):
            self.problem.emit(event.text)
        elif isinstance(event, ConversationListChanged):
            self.conversations_changed.emit()
        elif isinstance(event, ToolApprovalRequested):
            self.tool_waiting.emit(event.record.name)
        elif isinstance(event, Remembered):
            self.remembered.emit(event.memory)
        elif isinstance(event, NotRemembered):
            self.not_remembered.emit(event.fact, event.where)
        elif isinstance(event, ProjectStale):
            self.project_stale.emit(event.project, event.changed)
