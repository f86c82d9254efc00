"""One round of tool calls: ask (if the user wants to be asked), run in the sandbox, store.

Rows are written before anything runs, so the conversation always shows what was asked
for; results (output and charts) are written as each call finishes.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QObject, Signal

from app.attachments import store_figures
from app.store import HistoryStore
from app.tools import ToolBox, ToolRecord
from runtime import ToolCall

from .tasks import Task


class ToolTurn(QObject):
    changed = Signal()  # a tool row was added or updated
    finished = Signal(bool)  # True: every call has an answer; False: stopped by the user
    user_run_finished = Signal()  # a code block the user ran has its result (or its row is gone)

    def __init__(self, store: HistoryStore, toolbox: ToolBox) -> None:
        super().__init__()
        self.store, self.toolbox = store, toolbox
        self.rows: dict[int, ToolRecord] = {}  # message id -> record, for this round
        self.user_runs: dict[int, ToolRecord] = {}  # code blocks the user ran: outside any round
        self.ask = True
        self._stopped = False

    @property
    def active(self) -> bool:
        return bool(self.rows)

    def start(self, conversation_id: int, calls: list[ToolCall]) -> None:
        self._stopped = False
        for call in calls:
            record = ToolRecord(call.name, call.arguments, "pending" if self.ask else "running")
            row = self.store.add_message(conversation_id, "tool", record.to_json())
            self.rows[row.id] = record
        self.changed.emit()
        if not self.ask:
            for ident in list(self.rows):
                self._run(ident)

    def run_user_code(self, conversation_id: int, code: str) -> None:
        """Run a code block the user clicked; the result is shown, the model is not asked."""
        record = ToolRecord("run_python", {"code": code}, "running", by_user=True)
        row = self.store.add_message(conversation_id, "tool", record.to_json())
        self.user_runs[row.id] = record
        self.changed.emit()
        self._run(row.id)

    def decide(self, message_id: int, run: bool) -> None:
        """The user's answer for a pending call (Run or Skip)."""
        record = self.rows.get(message_id)
        if record is None or record.status != "pending":
            return
        if run:
            self._save(message_id, ToolRecord(record.name, record.arguments, "running"))
            self._run(message_id)
        else:
            result = {"error": "The user chose not to run this code."}
            self._save(message_id, ToolRecord(record.name, record.arguments, "declined", result, result))
            self._maybe_finish()

    def stop(self) -> None:
        self._stopped = True
        if any(r.status == "running" for r in self.rows.values()):
            self.toolbox.sandbox().cancel()
        for ident, record in list(self.rows.items()):
            if record.status == "pending":
                stopped = {"error": "Stopped."}
                self._save(ident, ToolRecord(record.name, record.arguments, "declined", stopped, stopped))
        self._maybe_finish()

    def _run(self, message_id: int) -> None:
        record = self.rows.get(message_id) or self.user_runs[message_id]
        call = ToolCall(record.name, record.arguments)
        blobs = self.store.blobs

        def run_and_store(_progress: object) -> tuple[dict, object, list[dict]]:
            response, result = self.toolbox.execute(call)
            return response, result, store_figures(result.figures, blobs) if result is not None else []

        task = Task(run_and_store, name="hearth-tool")
        task.succeeded.connect(lambda outcome: self._done(message_id, *outcome))
        task.failed.connect(lambda exc: self._done(message_id, {"error": f"The tool failed: {exc}"}, None, []))
        task.start()

    def _done(self, message_id: int, response: dict, result, figures: list[dict]) -> None:  # type: ignore[no-untyped-def]
        record = self.rows.get(message_id) or self.user_runs.get(message_id)
        if record is None:
            return
        status = "done" if result is not None and result.ok else "failed"
        display: dict = {"error": response.get("error")}
        try:
            if result is not None:
                display.update(stdout=result.stdout, duration_s=round(result.duration_s, 3),
                               limit_hit=result.limit_hit, figures=len(result.figures))  # fmt: skip
            if figures:
                self.store.attach(message_id, figures)
            self._save(message_id, ToolRecord(record.name, record.arguments, status, response, display, record.by_user))
        except sqlite3.IntegrityError:  # the row was deleted while it ran (chat deleted): nothing to show
            pass
        finally:
            if self.user_runs.pop(message_id, None) is not None:
                self.user_run_finished.emit()
            else:
                self._maybe_finish()

    def _save(self, message_id: int, record: ToolRecord) -> None:
        (self.user_runs if message_id in self.user_runs else self.rows)[message_id] = record
        self.store.update_message(message_id, content=record.to_json())
        self.changed.emit()

    def _maybe_finish(self) -> None:
        if self.rows and all(r.status in ("done", "declined", "failed") for r in self.rows.values()):
            self.rows = {}
            self.finished.emit(not self._stopped)
