"""One chat turn at a time: user message -> engine -> streamed reply -> history.

Chunks are collected by a 30 ms timer on the GUI thread (never blocking), so repaints are
batched however fast tokens come. The reply row is saved while it streams, so a crash
keeps what was already written.
"""

from __future__ import annotations

import time
from dataclasses import asdict
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from app.settings import Settings
from app.store import HistoryStore, StoredMessage
from runtime import (
    DoneChunk,
    Engine,
    Generation,
    Message,
    StatsChunk,
    TextChunk,
    ThinkingChunk,
    ToolCallChunk,
)

from app.tools import MAX_TOOL_ROUNDS, ToolBox, fold_history
from app.voice_session import VOICE_HINT
from runtime import ToolCall

from .chat_view import ChatView
from .tool_turn import ToolTurn

POLL_MS = 30
SAVE_EVERY_S = 0.5


class ChatController(QObject):
    busy_changed = Signal(bool)
    problem = Signal(str)  # a message for the user
    conversations_changed = Signal()
    reply_finished = Signal(object)  # the final StoredMessage
    reply_delta = Signal(str)  # new answer text as it streams (voice speaks it)
    reply_started_at = Signal(float)  # monotonic time the model produced its first token

    def __init__(self, store: HistoryStore, engine: Engine, settings: Settings, view: ChatView,
                 toolbox: ToolBox | None = None) -> None:  # fmt: skip
        super().__init__()
        self.store, self.engine, self.settings, self.view = store, engine, settings, view
        self.toolbox = toolbox or ToolBox()
        self.tools = ToolTurn(store, self.toolbox)
        self.tools.changed.connect(self._tools_changed)
        self.tools.finished.connect(self._tools_finished)
        self.tools.user_run_finished.connect(self._user_run_finished)
        self._rounds = 0  # tool rounds in the current turn
        self._tools_cid: int | None = None
        self.voice_turn = False  # the current turn was spoken: ask for speakable answers
        self.conversation_id: int | None = None
        self.model_key: str | None = None  # library name of the loaded model
        self.model_ready = False
        self._gen: Generation | None = None
        self._reply: StoredMessage | None = None
        self._reply_conversation: int | None = None
        self._answer = self._thinking = ""
        self._stats: dict[str, Any] | None = None
        self._tool_calls: list[ToolCall] = []
        self._saved_at = 0.0
        self._pending: tuple[int, list[Message]] | None = None
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self._poll)

    @property
    def busy(self) -> bool:
        return self._gen is not None or self._pending is not None or self.tools.active or bool(self.tools.user_runs)

    # ---- conversations -------------------------------------------------------------------

    def open_conversation(self, conversation_id: int) -> None:
        self.conversation_id = conversation_id
        messages = self.store.messages(conversation_id)
        if self._reply is not None and self._reply_conversation == conversation_id:
            self.view.set_messages([m for m in messages if m.id != self._reply.id])
            self.view.begin_live(self._reply)
            self.view.live_update(self._thinking, self._answer)
        else:
            self.view.set_messages(messages)

    def new_conversation(self) -> int:
        conv = self.store.create_conversation(model=self.model_key)
        self.conversations_changed.emit()
        self.open_conversation(conv.id)
        return conv.id

    # ---- turns ---------------------------------------------------------------------------

    def send(self, text: str, editing_id: int | None = None, attachments: list | None = None,
             voice: bool = False) -> None:  # fmt: skip
        if self.busy:
            self.problem.emit("Wait for the current reply or code run to finish, or stop it first.")
            return
        if self.conversation_id is None or self.store.conversation(self.conversation_id) is None:
            self.new_conversation()
        cid = self.conversation_id
        assert cid is not None
        if editing_id is not None:
            edited = next((m for m in self.store.messages(cid) if m.id == editing_id), None)
            if edited is not None:
                self.store.delete_messages_from(cid, edited.seq)
        message = self.store.add_message(cid, "user", text)
        if attachments:
            self.store.attach(message.id, [a.record() for a in attachments])
        spoken = f"Voice chat, {time.strftime('%-d %b %H:%M')}" if voice and not text else ""
        self._maybe_title(cid, text or spoken or ", ".join(a.name for a in attachments or []))
        self.open_conversation(cid)
        self._rounds = 0
        self.voice_turn = voice
        self._start_reply(cid)

    def regenerate(self, message_id: int) -> None:
        if self.busy or self.conversation_id is None:
            return
        target = next((m for m in self.store.messages(self.conversation_id) if m.id == message_id), None)
        if target is None or target.role != "assistant":
            return
        self.store.delete_messages_from(self.conversation_id, target.seq)
        self.open_conversation(self.conversation_id)
        self._rounds = 0
        self._start_reply(self.conversation_id)

    def stop(self) -> None:
        if self.tools.user_runs:
            self.toolbox.sandbox().cancel()
        if self.tools.active:
            self.tools.stop()
        elif self._gen is not None:
            self._gen.cancel()
        elif self._pending is not None:  # still waiting for the model: drop the request
            self._pending = None
            self._finish(DoneChunk("cancelled"))

    def shutdown(self) -> None:
        """The app is quitting: keep what the reply has written (it shows as interrupted next time)."""
        self._timer.stop()
        if self._gen is not None:
            self._gen.cancel()
            self._gen = None
        if self._reply is not None:
            self.store.update_message(self._reply.id, content=self._answer, thinking=self._thinking)
            self._reply = self._reply_conversation = None

    def on_model_ready(self, model_key: str | None) -> None:
        self.model_ready, self.model_key = True, model_key
        if self._pending is not None:
            cid, history = self._pending
            self._pending = None
            self._launch(history)

    def on_model_unloaded(self) -> None:
        self.model_ready = False

    def history_for(self, conversation_id: int) -> list[Message]:
        """The conversation as the model sees it (system prompt first, tool results folded in)."""
        system = self.settings.system_prompt
        if self.voice_turn:
            system = f"{system}\n\n{VOICE_HINT}".strip()
        return fold_history(self.store.messages(conversation_id), system)

    def run_code(self, code: str) -> None:
        """Run a Python block from the chat in the sandbox; output and charts appear in a card."""
        if not self.settings.allow_code:
            self.problem.emit("Running code is turned off in Settings.")
            return
        if self.busy:
            self.problem.emit("Wait for the current reply or code run to finish, or stop it first.")
            return
        if self.conversation_id is None:
            return
        self.tools.run_user_code(self.conversation_id, code)
        self.busy_changed.emit(True)  # Stop (and Esc) end the run

    def decide_tool(self, message_id: int, run: bool) -> None:
        self.tools.decide(message_id, run)

    def _start_reply(self, cid: int) -> None:
        history = self.history_for(cid)
        info = self.engine.info
        model_name = info.name if info else None
        self._reply = self.store.add_message(cid, "assistant", status="streaming", model=model_name)
        self._reply_conversation = cid
        self._answer = self._thinking = ""
        self._stats, self._tool_calls = None, []
        self.view.begin_live(self._reply)
        self.busy_changed.emit(True)
        if not self.model_ready:
            self._pending = (cid, history)
            self.view.live_update("", "_Waiting for the model to finish loading…_")
            return
        self._launch(history)

    def _launch(self, history: list[Message]) -> None:
        info = self.engine.info
        tools = self.toolbox.declarations() if (info and info.supports_tools and self.settings.allow_code) else ()
        params = self.settings.params(info, self.model_key, tools=tools)
        self._gen = self.engine.generate(history, params)
        self._saved_at = time.monotonic()
        self._timer.start()

    def _poll(self) -> None:
        gen = self._gen
        if gen is None:
            return
        done: DoneChunk | None = None
        before = len(self._answer)
        for chunk in gen.poll():
            if isinstance(chunk, TextChunk):
                self._answer += chunk.text
            elif isinstance(chunk, ThinkingChunk):
                self._thinking += chunk.text
            elif isinstance(chunk, ToolCallChunk):
                self._tool_calls.append(chunk.call)
            elif isinstance(chunk, StatsChunk):
                self._stats = asdict(chunk.stats)
                if chunk.stats.first_token_at:
                    self.reply_started_at.emit(chunk.stats.first_token_at)
            elif isinstance(chunk, DoneChunk):
                done = chunk
        if len(self._answer) > before:
            self.reply_delta.emit(self._answer[before:])
        if self._reply_conversation == self.conversation_id:
            self.view.live_update(self._thinking, self._answer)
        if done is not None:
            self._finish(done)
        elif time.monotonic() - self._saved_at > SAVE_EVERY_S and self._reply is not None:
            self.store.update_message(self._reply.id, content=self._answer, thinking=self._thinking)
            self._saved_at = time.monotonic()

    def _finish(self, done: DoneChunk) -> None:
        self._timer.stop()
        self._gen = None
        reply, cid = self._reply, self._reply_conversation
        self._reply = self._reply_conversation = None
        if reply is None or cid is None:
            return
        status = {"cancelled": "cancelled", "error": "error"}.get(done.finish_reason, "complete")
        error = str(done.error) if done.error else None
        answer = self._answer.rstrip()
        if self._stats is not None:
            self._stats["finish_reason"] = done.finish_reason
        self.store.update_message(reply.id, content=answer, thinking=self._thinking.strip(), status=status,
                                  error=error, stats=self._stats)  # fmt: skip
        self.store.touch(cid, self.model_key)
        final = next((m for m in self.store.messages(cid) if m.id == reply.id), reply)
        if cid == self.conversation_id:
            self.view.end_live(final)
        if error:
            self.problem.emit(error)
        if done.finish_reason == "tool_calls" and self._tool_calls:
            if self._rounds < MAX_TOOL_ROUNDS:
                self.tools.ask = self.settings.ask_before_running_code
                self._tools_cid = cid
                self.tools.start(cid, list(self._tool_calls))
                return  # still busy: the tools run, then the model continues
            self.problem.emit(f"Stopped after {MAX_TOOL_ROUNDS} rounds of tool calls in one reply.")
        self.busy_changed.emit(False)
        self.conversations_changed.emit()
        self.reply_finished.emit(final)

    def _user_run_finished(self) -> None:
        if not self.busy:
            self.busy_changed.emit(False)

    def _tools_changed(self) -> None:
        if self.conversation_id is not None:
            self.open_conversation(self.conversation_id)

    def _tools_finished(self, completed: bool) -> None:
        cid = self._tools_cid
        if completed and cid is not None:
            self._rounds += 1
            self._start_reply(cid)  # the model reads the results and continues
            return
        self.busy_changed.emit(False)
        self.conversations_changed.emit()

    def _maybe_title(self, cid: int, text: str) -> None:
        conv = self.store.conversation(cid)
        if conv is not None and conv.title == "New chat":
            words = " ".join(text.split())
            title = words if len(words) <= 48 else words[:48].rsplit(" ", 1)[0] + "…"
            self.store.rename(cid, title)
            self.conversations_changed.emit()
