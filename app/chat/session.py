"""One chat, turn by turn, for any front end: the window, `hearth chat`, a server. Qt-free.

A turn: the user's message is stored, the model's reply streams into a row that is saved
every half second (a crash keeps what was written), tool calls become rows that wait for the
user's Run or Skip (or run at once), their results go back to the model, which continues, up
to ``MAX_TOOL_ROUNDS`` rounds. Commands (``send``, ``stop``, ``decide_tool``...) return at
once; what happens is reported by ``poll()`` as typed events (app/chat/events.py), which the
front end calls often (the window every 30 ms). Everything runs on the thread that calls
``poll``, except the model (its engine thread) and the sandbox runs (worker threads).
"""

from __future__ import annotations

import logging
import sqlite3
import time
from concurrent.futures import Future
from dataclasses import asdict, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import skills
from app.documents.projects import Project, Projects
from app.mcp.config import tool_prefix
from app.presets import Preset, PresetLibrary, with_preset
from app.settings import Settings
from app.store import HistoryStore, StoredMessage, StoredSource
from app.store.history import AT_LEAF
from app.tools import MAX_TOOL_ROUNDS, ToolBox, chat_data, fold_history
from runtime import (
    DoneChunk,
    Engine,
    Generation,
    GenerationParams,
    MediaRef,
    Message,
    StatsChunk,
    TextChunk,
    ThinkingChunk,
    ToolCall,
    ToolCallChunk,
)

from .events import (
    BusyChanged,
    ChatEvent,
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
    TurnFinished,
)
from .language_hint import language_hint
from .memories import MAX_FACT_CHARS, memory_prompt, remember_request
from .sources import Knowledge, long_documents, retrieve, sources_prompt
from .tool_runs import ToolRuns

if TYPE_CHECKING:
    from app.attachments import Prepared

# Added to the system prompt of a spoken turn (the voice stack itself is loaded only when used).
VOICE_HINT = (
    "The user is talking to you by voice and hears your reply spoken aloud. Answer in short, "
    "natural spoken sentences; no Markdown, lists, tables or code unless asked."
)

log = logging.getLogger(__name__)

SAVE_EVERY_S = 0.5
# Characters of MCP tool declarations per token of context (about 4
# characters a token: a quarter of the context); what does not fit is left out.
MCP_CHARS_PER_CONTEXT_TOKEN = 1
BUSY = "Wait for the current reply or code run to finish, or stop it first."


class ChatSession:
    def __init__(
        self,
        store: HistoryStore,
        engine: Engine,
        settings: Settings,
        toolbox: ToolBox | None = None,
        presets: PresetLibrary | None = None,
        projects: Projects | None = None,
        **extra_params: Any,
    ) -> None:
        self.store, self.engine, self.settings = store, engine, settings
        self.presets = presets  # None: chats use the global settings only (the API server)
        self.projects = projects  # None: chats read no project (the API server)
        self.project_for_new_chats: str | None = None  # `hearth chat --project`: every chat it starts
        self.toolbox = toolbox or ToolBox()
        self.extra_params = extra_params  # e.g. stop strings from the command line
        self._events: list[ChatEvent] = []
        self.tools = ToolRuns(store, self.toolbox, self._events.append)
        self.conversation_id: int | None = None
        self.model_key: str | None = None  # library name of the loaded model
        self.model_ready = False
        self.voice_turn = False  # the current turn was spoken: ask for speakable answers
        self.interface_language: str | None = None  # resolved by the front end; None: say nothing
        self.memories_left_out = 0  # remembered facts the last prompt had no room for (the UI may say so)
        self.sources: tuple[StoredSource, ...] = ()  # passages of long documents the last prompt carried
        self._rounds = 0  # tool rounds in the current turn
        self._round_cid: int | None = None  # the conversation whose tool round runs
        self._reply_cid: int | None = None  # the conversation the current reply belongs to
        self._gen: Generation | None = None
        self._pending: tuple[int, list[Message]] | None = None  # waiting for the model to load
        self.reply: StoredMessage | None = None  # the row being written
        self.answer = self.thinking = ""
        self._stats: dict[str, Any] | None = None
        self._tool_calls: list[ToolCall] = []
        self._saved_at = 0.0
        self._stop_asked = False  # Stop was pressed during this reply: no tool round follows it
        # Sound the last message brought in memory (a voice turn), by blob SHA-256: the model
        # reads it instead of decoding and resampling the WAV on the engine thread.
        self._in_memory: dict[str, Any] = {}
        self._prefill: Future[int] | None = None  # the last prefill queued (history, pause)

    @property
    def busy(self) -> bool:
        return self._gen is not None or self._pending is not None or self.tools.active or bool(self.tools.user_runs)

    # ---- conversations -------------------------------------------------------------------

    def open(self, conversation_id: int) -> None:
        self.conversation_id = conversation_id

    def new_conversation(self, preset: str | None = None) -> int:
        conv = self.store.create_conversation(model=self.model_key)
        if preset is not None:
            self.store.set_preset(conv.id, preset)
        if self.project_for_new_chats is not None:
            self.store.set_project(conv.id, self.project_for_new_chats)
        self.conversation_id = conv.id
        self._events.append(ConversationListChanged())
        return conv.id

    def preset_of(self, conversation_id: int | None) -> Preset | None:
        """The preset a chat uses (None: none, or one that was deleted since)."""
        if self.presets is None or conversation_id is None:
            return None
        return self.presets.get(self.store.preset(conversation_id))

    def set_preset(self, conversation_id: int, name: str | None) -> None:
        """Use a preset in a chat from its next reply on (None: the global settings)."""
        self.store.set_preset(conversation_id, name)

    def project_of(self, conversation_id: int | None) -> Project | None:
        """The project a chat reads from: its own choice, else its preset's (None: none, or deleted)."""
        if self.projects is None or conversation_id is None:
            return None
        name = self.store.project(conversation_id)
        if name is None and (preset := self.preset_of(conversation_id)) is not None:
            name = preset.knowledge
        return self.projects.get(name)

    def set_project(self, conversation_id: int, name: str | None) -> None:
        """Read from a project in a chat from its next reply on (None: its preset's, if any)."""
        self.store.set_project(conversation_id, name)

    def _knowledge(self, conversation_id: int) -> Knowledge | None:
        """The chat's project, checked for changed files first (a stat each: cheap enough per reply)."""
        project = self.project_of(conversation_id)
        if project is None or self.projects is None:
            return None
        if changed := self.projects.stale(project):
            self._events.append(ProjectStale(project.name, changed))
        return Knowledge(self.projects.db, self.projects.documents(project))

    def settings_for(self, conversation_id: int | None) -> Settings:
        """The settings a chat's replies use: the global ones, with its preset's choices over them."""
        preset = self.preset_of(conversation_id)
        return with_preset(self.settings, preset) if preset is not None else self.settings

    def history_for(self, conversation_id: int, before: int | None = None) -> list[Message]:
        """The conversation as the model sees it (system prompt first, tool results folded in):
        its active path, up to (not including) message ``before`` if given."""
        system = self.settings_for(conversation_id).system_prompt
        if hint := language_hint(self.interface_language):
            system = f"{system}\n\n{hint}".strip()
        if self.voice_turn:
            system = f"{system}\n\n{VOICE_HINT}".strip()
        self.memories_left_out = 0
        if self.memory_on(conversation_id):
            remembered = memory_prompt([m.text for m in self.store.memories.all()])
            system = f"{system}\n\n{remembered.text}".strip()
            self.memories_left_out = remembered.left_out
        path = self.store.messages(conversation_id)
        if before is not None:
            path = path[: next((i for i, m in enumerate(path) if m.id == before), len(path))]
        context = self.settings_for(conversation_id).context_length
        try:
            self.sources = retrieve(self.store.db, path, context, self._knowledge(conversation_id))
        except sqlite3.OperationalError as exc:  # the history is busy (another Hearth indexing): say so, go on
            self.sources = ()
            self._events.append(
                Problem(
                    f"The chat's documents could not be searched just now ({exc}); this reply was written without their passages. Ask again in a moment."
                )
            )
        long = frozenset(long_documents(path, context))
        told = sources_prompt(self.sources, documents_above=bool(long)) if self.sources else ""
        history = fold_history(path, system, long, told)
        if not self._in_memory:
            return history
        return [
            replace(m, media=tuple(replace(r, samples=self._in_memory.get(r.digest)) for r in m.media))
            if m.media
            else m
            for m in history
        ]

    def memory_on(self, conversation_id: int) -> bool:
        """Remembered facts are used in this chat: memory is on in Settings and in the chat."""
        return self.settings.memory and not self.store.memories.off_in(conversation_id)

    def _remember(self, cid: int, text: str) -> None:
        """Store the fact the message asks to remember, and say so (or say why not)."""
        fact = remember_request(text)
        if fact is None:
            return
        if len(fact) > MAX_FACT_CHARS:  # a document, not a fact: said, not silently dropped
            self._events.append(NotRemembered(cid, fact[:60].rstrip() + "…", "too_long"))
        elif not self.settings.memory:
            self._events.append(NotRemembered(cid, fact, "settings"))
        elif self.store.memories.off_in(cid):
            self._events.append(NotRemembered(cid, fact, "chat"))
        else:
            known = next((m for m in self.store.memories.all() if m.text.casefold() == fact.casefold()), None)
            self._events.append(Remembered(cid, known or self.store.memories.add(fact)))  # once, however often asked

    # ---- commands ------------------------------------------------------------------------

    def send(
        self, text: str, editing_id: int | None = None, attachments: list | None = None, voice: bool = False
    ) -> None:
        """The user's message, or an edit of an earlier one: a new version beside it (the old one
        and what followed it stay, as another branch)."""
        if self.busy:
            self._events.append(Problem(BUSY))
            return
        if self.conversation_id is None or self.store.conversation(self.conversation_id) is None:
            self.new_conversation()
        cid = self.conversation_id
        assert cid is not None
        place: dict[str, Any] = {}
        if editing_id is not None:
            edited = next((m for m in self.store.messages(cid) if m.id == editing_id), None)
            if edited is not None:
                place["parent_id"] = edited.parent_id
        self._remember(cid, text)  # before the reply: the model already reads the new fact
        message = self.store.add_message(cid, "user", text, **place)
        self._in_memory = {a.sha256: a.samples for a in attachments or () if getattr(a, "samples", None) is not None}
        if attachments:
            self.store.attach(message.id, [a.record() for a in attachments])
        spoken = f"Voice chat, {time.strftime('%-d %b %H:%M')}" if voice and not text else ""
        self._maybe_title(cid, text or spoken or ", ".join(a.name for a in attachments or []))
        self._events.append(MessagesChanged(cid))
        self._rounds = 0
        self.voice_turn = voice
        self._start_reply(cid)

    def prefill_spoken(self, clip: Prepared) -> None:
        """The user paused mid-turn: compute the turn so far while they may still go on.

        ``clip`` is the voice clip (app/voice_clip.py) of the turn so far. If the endpoint
        confirms the pause, send() brings the same samples and the reply starts from this work
        (voice/events.py TurnPaused); if the user goes on, the longer clip differs and only its
        own part is computed again. Nothing is stored. Only at the end of the open chat's path:
        not while a reply runs, and not in a chat that has none yet.
        """
        cid = self.conversation_id
        if self.busy or not self.model_ready or cid is None or not self._prefillable(cid):
            return
        spoken, self.voice_turn = self.voice_turn, True  # the system prompt of a spoken turn
        try:
            history = self.history_for(cid)
        finally:
            self.voice_turn = spoken
        ref = MediaRef("audio", clip.path, clip.name, samples=clip.samples, digest=clip.sha256)
        self._queue_prefill([*history, Message("user", "", media=(ref,))], cid)

    def _prefillable(self, cid: int) -> bool:
        """Whether computing a chat's prompt ahead of its next turn can pay off: not where every
        turn moves its sources to the new question (a project, long documents), so the prompt
        differs from the history on."""
        if self.store.conversation(cid) is None or self.project_of(cid) is not None:
            return False
        return not long_documents(self.store.messages(cid), self.settings_for(cid).context_length)

    def regenerate(self, message_id: int) -> None:
        """Answer again: a new version of this reply, beside it (the old one stays as a branch)."""
        if self.busy or self.conversation_id is None:
            return
        cid = self.conversation_id
        target = next((m for m in self.store.messages(cid) if m.id == message_id), None)
        if target is None or target.role != "assistant":
            return
        self._events.append(MessagesChanged(cid))
        self._rounds = 0
        self._start_reply(cid, after=target.parent_id, before=target.id)

    def switch_branch(self, message_id: int) -> None:
        """Show another version of a message (‹ 2/3 ›), with the path it had below it."""
        if self.busy:  # the reply being written, and its tool rows, belong to the path shown
            self._events.append(Problem(BUSY))
            return
        cid = self.store.switch_branch(message_id)
        if cid is not None:
            self._events.append(MessagesChanged(cid))

    def fork(self, message_id: int) -> int | None:
        """Continue in a new chat: a copy of the path up to ``message_id``; it becomes the open chat."""
        if self.busy:  # the reply being written would be copied half done
            self._events.append(Problem(BUSY))
            return None
        conv = self.store.fork(message_id)
        if conv is None:
            return None
        self.conversation_id = conv.id
        self._events.append(ConversationListChanged())
        return conv.id

    def stop(self) -> None:
        self.tools.cancel_user_runs()
        if self.tools.active:
            self.tools.stop()
        elif self._gen is not None:
            self._stop_asked = True  # the reply may have ended already: its tool calls must not run
            self._gen.cancel()
        elif self._pending is not None:  # still waiting for the model: drop the request
            self._pending = None
            self._finish(DoneChunk("cancelled"))

    def run_code(self, code: str) -> None:
        """Run a Python block from the chat in the sandbox; output and charts appear in a card."""
        if not self.settings.allow_code:
            self._events.append(Problem("Running code is turned off in Settings."))
            return
        if self.busy:
            self._events.append(Problem(BUSY))
            return
        if self.conversation_id is None:
            return
        self.toolbox.data = chat_data(self.store.messages(self.conversation_id))
        self.tools.run_user_code(self.conversation_id, code)
        self._events.append(BusyChanged(True))  # Stop (and Esc) end the run

    def decide_tool(self, message_id: int, run: bool, always: bool = False, pick: Path | None = None) -> None:
        """Run or Skip a waiting call; ``always`` also allows that tool from now on (saved in the
        settings, which the front end writes); ``pick``: the file or folder the user chose for a
        skill that needs one (app.skills.pick_for)."""
        allowed = self.tools.decide(message_id, run, always, pick)
        if allowed and allowed not in self.settings.mcp_always_allow:
            self.settings.mcp_always_allow.append(allowed)

    def on_model_ready(self, model_key: str | None) -> None:
        self.model_ready, self.model_key = True, model_key
        if self._pending is not None:
            history = self._pending[1]
            self._pending = None
            self._launch(history)

    def on_model_unloaded(self) -> None:
        self.model_ready = False

    def shutdown(self) -> None:
        """The app is quitting: keep what the reply has written (it shows as interrupted next time)."""
        if self._gen is not None:
            self._gen.cancel()
            self._gen = None
        if self.reply is not None:
            self.store.update_message(self.reply.id, content=self.answer, thinking=self.thinking)
            self.reply = None

    # ---- progress ------------------------------------------------------------------------

    def poll(self) -> list[ChatEvent]:
        """Advance the turn (new model output, finished tool runs); return what happened."""
        if self._gen is not None:
            self._poll_generation(self._gen)
        user_run_finished, round_end = self.tools.collect()
        if round_end is not None:
            self._round_finished(round_end)
        elif user_run_finished and not self.busy:
            self._events.append(BusyChanged(False))
        events, self._events[:] = list(self._events), []
        return events

    def _start_reply(self, cid: int, after: int | None = AT_LEAF, before: int | None = None) -> None:
        """Ask the model for a reply; it goes after message ``after`` (by default at the end of
        the active path), and the model reads the path up to ``before`` (by default all of it)."""
        history = self.history_for(cid, before)
        info = self.engine.info
        self.reply = self.store.add_message(
            cid, "assistant", status="streaming", model=info.name if info else None, parent_id=after
        )
        if self.sources:  # kept with the reply: its [n] open them, in the chat and in exports
            self.store.set_sources(self.reply.id, self.sources)
            self.reply = replace(self.reply, sources=self.sources)
        self._reply_cid = cid
        self.answer = self.thinking = ""
        self._stats, self._tool_calls = None, []
        self._stop_asked = False
        self._events += [ReplyStarted(self.reply), BusyChanged(True)]
        if not self.model_ready:
            self._pending = (cid, history)
            return
        self._launch(history)

    def _launch(self, history: list[Message]) -> None:
        self._gen = self.engine.generate(history, self._params_for(self._reply_cid))
        self._saved_at = time.monotonic()

    def _params_for(self, cid: int | None) -> GenerationParams:
        """What a reply in chat ``cid`` is generated with: the settings, its preset, its tools."""
        info = self.engine.info
        settings = self.settings_for(cid)
        preset = self.preset_of(cid)
        schema = preset.json_schema if preset is not None else None  # a structured reply calls no tools
        mcp_chars = settings.context_length * MCP_CHARS_PER_CONTEXT_TOKEN
        offer = info and info.supports_tools and schema is None
        servers = (
            frozenset(map(tool_prefix, preset.tool_servers)) if preset and preset.tool_servers is not None else None
        )
        if cid is not None:  # the chat's attached data files, for run_python
            self.toolbox.data = chat_data(self.store.messages(cid))
        on = skills.enabled(settings.skills_off, settings.web_fetch)
        tools = self.toolbox.declarations(settings.allow_code, mcp_chars, servers, on) if offer else ()
        return settings.params(info, self.model_key, tools=tools, json_schema=schema, **self.extra_params)

    def _prefill_history(self, cid: int) -> None:
        """After a spoken turn, compute the history as the next turn will read it.

        The engine is idle while the reply is spoken and the user answers. The next prompt
        writes this reply differently from how it was generated (without the opening of its
        thought channel, as the reference template does), so without this the next turn would
        prefill the reply again before the user's new words (runtime/window_checkpoint.py).
        """
        if not self.voice_turn or not self.model_ready or not self._prefillable(cid):
            return
        self._queue_prefill(self.history_for(cid), cid)

    def _queue_prefill(self, messages: list[Message], cid: int) -> None:
        """Queue work ahead of a turn. Only the newest can be what the next reply reads (the
        next one extends the history, or is a longer clip): one still waiting is dropped (pause
        after pause, they ran one after another before the reply). The reply keeps it: it may
        be the reply's own prompt."""
        if self._prefill is not None:
            self._prefill.cancel()  # only while it waits: one that runs finishes
        self._prefill = self.engine.prefill(messages, self._params_for(cid))
        self._prefill.add_done_callback(_log_failure)

    def _poll_generation(self, gen: Generation) -> None:
        done: DoneChunk | None = None
        answer, thinking = len(self.answer), len(self.thinking)
        for chunk in gen.poll():
            if isinstance(chunk, TextChunk):
                self.answer += chunk.text
            elif isinstance(chunk, ThinkingChunk):
                self.thinking += chunk.text
            elif isinstance(chunk, ToolCallChunk):
                self._tool_calls.append(chunk.call)
            elif isinstance(chunk, StatsChunk):
                self._stats = asdict(chunk.stats)
                if chunk.stats.first_token_at:
                    self._events.append(FirstToken(chunk.stats.first_token_at))
            elif isinstance(chunk, DoneChunk):
                done = chunk
        reply = self.reply
        if reply is not None and (len(self.answer) > answer or len(self.thinking) > thinking):
            self._events.append(
                ReplyDelta(
                    reply.id,
                    reply.conversation_id,
                    self.answer[answer:],
                    self.thinking[thinking:],
                    self.answer,
                    self.thinking,
                )
            )
        if done is not None:
            self._finish(done)
        elif reply is not None and time.monotonic() - self._saved_at > SAVE_EVERY_S:
            self.store.update_message(reply.id, content=self.answer, thinking=self.thinking)
            self._saved_at = time.monotonic()

    def _finish(self, done: DoneChunk) -> None:
        self._gen = None
        reply, self.reply = self.reply, None
        if reply is None:
            return
        cid = reply.conversation_id
        status = {"cancelled": "cancelled", "error": "error"}.get(done.finish_reason, "complete")
        error = str(done.error) if done.error else None
        if self._stats is not None:
            self._stats["finish_reason"] = done.finish_reason
        final = replace(
            reply,
            content=self.answer.rstrip(),
            thinking=self.thinking.strip(),
            status=status,
            error=error,
            stats=self._stats,
        )  # the row as stored: no need to read the chat back
        self.store.update_message(
            reply.id, content=final.content, thinking=final.thinking, status=status, error=error, stats=self._stats
        )
        self.store.touch(cid, self.model_key)
        self._events.append(ReplyFinished(final))
        if error:
            self._events.append(Problem(error))
        more_tools = self._tool_round_follows(done, cid)
        if more_tools:
            self.tools.ask = self.settings.ask_before_running_code
            self.tools.allowed = frozenset(self.settings.mcp_always_allow)
            self._round_cid = cid
            self.tools.start(cid, list(self._tool_calls))
            return  # still busy: the tools run, then the model continues
        self._events += [BusyChanged(False), ConversationListChanged(), TurnFinished(final)]
        if status in ("complete", "cancelled"):  # a reply cut off by the user's voice is history too
            self._prefill_history(cid)

    def _tool_round_follows(self, done: DoneChunk, cid: int) -> bool:
        """The reply ended in tool calls: run them, unless something says not to (and why)."""
        if done.finish_reason != "tool_calls" or not self._tool_calls or self._stop_asked:
            return False
        if self.store.conversation(cid) is None:  # the chat was deleted while the reply streamed
            return False
        if not self.settings_for(cid).allow_code and any(c.name == "run_python" for c in self._tool_calls):
            self._events.append(
                Problem("The model asked to run code, but running code is turned off in Settings.")
                if not self.settings.allow_code
                else Problem("The model asked to run code, but running code is turned off for this chat's preset.")
            )
            return False
        if self._rounds >= MAX_TOOL_ROUNDS:
            self._events.append(Problem(f"Stopped after {MAX_TOOL_ROUNDS} rounds of tool calls in one reply."))
            return False
        return True

    def _round_finished(self, completed: bool) -> None:
        cid = self._round_cid
        if completed and cid is not None and self.store.conversation(cid) is not None:
            self._rounds += 1
            self._start_reply(cid)  # the model reads the results and continues
            return
        self._events += [BusyChanged(False), ConversationListChanged()]

    def _maybe_title(self, cid: int, text: str) -> None:
        conv = self.store.conversation(cid)
        if conv is not None and conv.title == "New chat":
            words = " ".join(text.split())
            title = words if len(words) <= 48 else words[:48].rsplit(" ", 1)[0] + "…"
            self.store.rename(cid, title)
            self._events.append(ConversationListChanged())


def _log_failure(prefill: Future[int]) -> None:
    """A prefill is work ahead of time: if it fails the turn computes its prompt itself (and
    meets the same problem, which it reports). Logged, not shown."""
    if not prefill.cancelled() and (exc := prefill.exception()) is not None:
        log.warning("prefill failed: %s", exc)
