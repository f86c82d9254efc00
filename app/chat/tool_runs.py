"""One round of tool calls, and the code blocks the user runs: ask, run in the sandbox, store.

Rows are written before anything runs, so the conversation always shows what was asked for;
results (output and charts) are written as each call finishes. Each run has its own worker
thread, which also stores the charts and draws their previews (PNG decoding is slow); the
results wait in a queue until the session polls, so the history is only written from the
thread that polls.
"""

from __future__ import annotations

import logging
import queue
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app import skills
from app.attachments import store_figures
from app.store import HistoryStore
from app.tools import ToolBox, ToolRecord
from runtime import ToolCall
from sandbox import Result

from .events import ChatEvent, ToolApprovalRequested, ToolUpdated

log = logging.getLogger(__name__)
FINAL = ("done", "declined", "failed")


@dataclass(frozen=True)
class _Outcome:
    message_id: int
    response: dict[str, Any]
    result: Result | None
    figures: list[dict[str, Any]]


class ToolRuns:
    def __init__(self, store: HistoryStore, toolbox: ToolBox, emit: Callable[[ChatEvent], None]) -> None:
        self.store, self.toolbox, self._emit = store, toolbox, emit
        self.rows: dict[int, tuple[int, ToolRecord]] = {}  # message id -> (conversation, record): this round
        self.user_runs: dict[int, tuple[int, ToolRecord]] = {}  # code blocks the user ran, outside any round
        self.ask = True  # ask before running code (run_python)
        self.allowed: frozenset[str] = frozenset()  # MCP tools the user said to always allow
        self._picks: dict[int, Path] = {}  # message id -> the file or folder the user chose for it
        self._stopped = False
        self._outcomes: queue.SimpleQueue[_Outcome] = queue.SimpleQueue()

    @property
    def active(self) -> bool:
        """A round of the model's calls is under way (waiting for approval or running)."""
        return bool(self.rows)

    def start(self, conversation_id: int, calls: list[ToolCall]) -> None:
        self._stopped = False
        now: list[int] = []
        for call in calls:
            ask = self.asks(call.name)
            record = ToolRecord(call.name, call.arguments, "pending" if ask else "running")
            row = self.store.add_message(conversation_id, "tool", record.to_json())
            self.rows[row.id] = (conversation_id, record)
            self._emit(ToolUpdated(row.id, conversation_id, record))
            if ask:
                self._emit(ToolApprovalRequested(row.id, record))
            else:
                now.append(row.id)
        for ident in now:
            self._run(ident)

    def asks(self, name: str) -> bool:
        """Whether a call waits for the user: code as Settings say; the clock never; a file
        skill always (the user picks the path each time); any other tool unless the user chose
        "Always allow" for it (only the user can: nothing a tool returns can)."""
        if name == "run_python":
            return self.ask
        if name in skills.HARMLESS:
            return False
        return skills.pick_for(name) is not None or name not in self.allowed

    def run_user_code(self, conversation_id: int, code: str) -> None:
        """Run a code block the user clicked; the result is shown, the model is not asked."""
        record = ToolRecord("run_python", {"code": code}, "running", by_user=True)
        row = self.store.add_message(conversation_id, "tool", record.to_json())
        self.user_runs[row.id] = (conversation_id, record)
        self._emit(ToolUpdated(row.id, conversation_id, record))
        self._run(row.id)

    def decide(self, message_id: int, run: bool, always: bool = False, pick: Path | None = None) -> str | None:
        """The user's answer for a pending call (Run, Skip, or Always allow: the tool's name is
        returned for the caller to remember; other calls of it in this round run too). A skill
        that reads or writes a file runs only with ``pick``, the file or folder the user chose."""
        entry = self.rows.get(message_id)
        if entry is None or entry[1].status != "pending":
            return None
        record = entry[1]
        needs = skills.pick_for(record.name)
        if run and needs is not None:
            if pick is None:  # Run without a choice: nothing to read or write into
                result = {"error": skills.NO_PICK_MESSAGES[needs]}
                self._save(message_id, ToolRecord(record.name, record.arguments, "declined", result, result))
                return None
            self._picks[message_id] = pick
            always = False  # each file is the user's choice, every time
        if run and always and record.name != "run_python":
            self.allowed |= {record.name}
            for ident, (_, other) in list(self.rows.items()):
                if other.status == "pending" and other.name == record.name:
                    self._save(ident, ToolRecord(other.name, other.arguments, "running"))
                    self._run(ident)
            return record.name
        if run:
            self._save(message_id, ToolRecord(record.name, record.arguments, "running"))
            self._run(message_id)
        else:
            code = record.name == "run_python"
            result = {
                "error": "The user chose not to run this code." if code else "The user chose not to use this tool."
            }
            self._save(message_id, ToolRecord(record.name, record.arguments, "declined", result, result))
        return None

    def stop(self) -> None:
        """Stop the round: cancel what runs, decline what waits."""
        self._stopped = True
        if any(r.status == "running" for _, r in self.rows.values()):
            self.toolbox.cancel()
        for ident, (_, record) in list(self.rows.items()):
            if record.status == "pending":
                stopped = {"error": "Stopped."}
                self._save(ident, ToolRecord(record.name, record.arguments, "declined", stopped, stopped))

    def cancel_user_runs(self) -> None:
        if self.user_runs:
            self.toolbox.sandbox().cancel()

    def collect(self) -> tuple[bool, bool | None]:
        """Store finished runs. Returns (a user run finished, the round's end: True complete,
        False stopped, None still going)."""
        user_finished = False
        while True:
            try:
                outcome = self._outcomes.get_nowait()
            except queue.Empty:
                break
            user_finished |= self._store(outcome)
        return user_finished, self._round_end()

    def _round_end(self) -> bool | None:
        if self.rows and all(r.status in FINAL for _, r in self.rows.values()):
            self.rows = {}
            return not self._stopped
        return None

    def _run(self, message_id: int) -> None:
        _, record = self.rows.get(message_id) or self.user_runs[message_id]
        call = ToolCall(record.name, record.arguments)
        blobs = self.store.blobs
        pick = self._picks.get(message_id)

        def work() -> None:
            try:
                response, result = self.toolbox.execute(call, pick)
                figures = (
                    store_figures(result.figures, blobs, result.figure_alts, result.figure_facts)
                    if result is not None
                    else []
                )
                self._outcomes.put(_Outcome(message_id, response, result, figures))
            except Exception as exc:  # reported in the card, never raised into the front end
                log.exception("tool run failed")
                self._outcomes.put(_Outcome(message_id, {"error": f"The tool failed: {exc}"}, None, []))

        threading.Thread(target=work, name="hearth-tool", daemon=True).start()

    def _store(self, outcome: _Outcome) -> bool:
        """Write one finished run; True if it was a code block the user ran."""
        mid = outcome.message_id
        entry = self.rows.get(mid) or self.user_runs.get(mid)
        if entry is None:
            return False
        _, record = entry
        result = outcome.result
        status = "done" if result is not None and result.ok else "failed"
        display: dict[str, Any] = {"error": outcome.response.get("error")}
        if (pick := self._picks.pop(mid, None)) is not None:
            display["pick"] = str(pick)  # the card says which file was read, or where it was saved
        try:
            if result is not None:
                display.update(
                    stdout=result.stdout,
                    duration_s=round(result.duration_s, 3),
                    limit_hit=result.limit_hit,
                    figures=len(result.figures),
                )
            if outcome.figures:
                self.store.attach(mid, outcome.figures)
            self._save(
                mid, ToolRecord(record.name, record.arguments, status, outcome.response, display, record.by_user)
            )
        except sqlite3.IntegrityError:  # the row was deleted while it ran (chat deleted): nothing to show
            pass
        return self.user_runs.pop(mid, None) is not None

    def _save(self, message_id: int, record: ToolRecord) -> None:
        table = self.user_runs if message_id in self.user_runs else self.rows
        cid = table[message_id][0]
        table[message_id] = (cid, record)
        self.store.update_message(message_id, content=record.to_json())
        self._emit(ToolUpdated(message_id, cid, record))
