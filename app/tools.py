"""Tools the model may call, and the bookkeeping of a turn that uses them. Qt-free.

A tool call is stored as a "tool" row in the conversation (JSON: name, arguments, status,
result) right after the assistant message that made it; figures are attachments of that
row. `fold_history` turns rows back into the model's view: each assistant message carries
its calls and their results, which Gemma 4's template renders in its native format.

Besides run_python, the built-in skills (app/skills) and the tools of the user's MCP servers
(app/mcp, named ``server__tool``) are offered; the model only ever reaches the tools it was
declared.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from app.documents import DATA_EXTENSIONS
from app.documents.stored import document_block, read_block
from app.mcp import SEPARATOR, McpHub
from app.mcp import results as mcp_results
from app.mcp.schema import ToolSpec, fit
from app.skills import DECLARATIONS as SKILL_DECLARATIONS
from app.skills import Skills
from app.store import StoredMessage
from runtime import MediaRef, Message, ToolCall, ToolResult
from sandbox import Result, Sandbox, SandboxUnavailable, data_view

MAX_TOOL_ROUNDS = 5  # tool calls in a row before the turn is stopped
MODEL_OUTPUT_CHARS = 4_000  # what the model reads back of a long output
LONG_DOCUMENT = "[Too long to read whole: the passages that match the question are given as sources.]"
SAME_DOCUMENT = "[The same file as a document above.]"

RUN_PYTHON: dict[str, Any] = {
    "type": "function",
    "function": {
        "name": "run_python",
        "description": (
            "Run Python 3 code in a sandbox and get its printed output, errors and charts back. "
            "Available: math, statistics, random, datetime, json, re, collections, itertools, csv, io, numpy, "
            "pandas, matplotlib (figures are captured automatically; no network; files only in the run's "
            "own folder; read CSV text with pd.read_csv(io.StringIO(text)))."
        ),
        "parameters": {
            "type": "object",
            "properties": {"code": {"type": "string", "description": "The Python code to run"}},
            "required": ["code"],
        },
    },
}


def run_python_tool(data_names: tuple[str, ...] = ()) -> dict[str, Any]:
    """run_python's declaration; with files attached to the chat, it tells the model where they are."""
    if not data_names:
        return RUN_PYTHON
    files = ", ".join(f"data/{name}" for name in data_names)
    listed = (
        f" Files attached to this chat are there to read (read-only): {files}. Read them with pd.read_csv, "
        "pd.read_excel or pd.read_json and that path."
    )
    function: dict[str, Any] = dict(RUN_PYTHON["function"])
    function["description"] = str(function["description"]) + listed
    return {**RUN_PYTHON, "function": function}


def chat_data(messages: list[StoredMessage]) -> dict[str, Path]:
    """The chat's attached data files (CSV, TSV, XLSX, JSON) by name; a later file of the same name wins."""
    return {
        a.name: a.path
        for m in messages
        if m.role == "user"
        for a in m.attachments
        if a.kind == "document" and a.ext.lower() in DATA_EXTENSIONS and a.path.exists()
    }


@dataclass(frozen=True)
class ToolRecord:
    """The JSON stored in a tool row."""

    name: str
    arguments: dict[str, Any]
    status: str = "pending"  # pending (waiting for approval) | running | done | declined | failed
    result: dict[str, Any] = field(default_factory=dict)  # what the model reads back
    display: dict[str, Any] = field(default_factory=dict)  # what the card shows (full output, timing)
    by_user: bool = False  # the user ran a code block themselves: not a call the model made

    def to_json(self) -> str:
        data: dict[str, Any] = {
            "name": self.name,
            "arguments": self.arguments,
            "status": self.status,
            "result": self.result,
            "display": self.display,
        }
        if self.by_user:
            data["by_user"] = True
        return json.dumps(data)

    @classmethod
    def parse(cls, text: str) -> ToolRecord:
        try:
            data = json.loads(text)
            return cls(
                str(data["name"]),
                dict(data.get("arguments") or {}),
                str(data.get("status", "done")),
                dict(data.get("result") or {}),
                dict(data.get("display") or {}),
                bool(data.get("by_user", False)),
            )
        except (ValueError, KeyError, TypeError):
            return cls("unknown", {}, "failed", {"error": "This tool record could not be read."})


def fold_history(
    messages: list[StoredMessage], system_prompt: str = "", long: frozenset[str] = frozenset(), sources: str = ""
) -> list[Message]:
    """Stored rows -> what the model reads; tool rows join the assistant message before them.
    Documents in ``long`` (SHA-256s) are too long to read whole: the last user message carries
    ``sources`` instead (app/chat/sources.py)."""
    out = [Message("system", system_prompt)] if system_prompt.strip() else []
    last_user = max((i for i, m in enumerate(messages) if m.role == "user"), default=-1)
    for i, m in enumerate(messages):
        if m.role == "tool":
            record = ToolRecord.parse(m.content)
            if record.by_user:  # the model did not ask for it: a call and result it never made
                continue
            if out and out[-1].role == "assistant" and record.status in ("done", "declined", "failed"):
                last = out[-1]
                out[-1] = replace(
                    last,
                    tool_calls=(*last.tool_calls, ToolCall(record.name, record.arguments)),
                    tool_results=(*last.tool_results, ToolResult(record.name, record.result)),
                )
        elif m.role == "user":
            # The blob's SHA-256 identifies the clip to the prompt cache, as on the voice turn
            # that first sent it from memory (app/voice_clip.py): the warm cache stays usable.
            media = tuple(
                MediaRef(a.kind, a.path, a.name, digest=a.sha256)  # type: ignore[arg-type]
                for a in m.attachments
                if a.kind != "document"
            )
            text = with_documents(m, long, sources if i == last_user else "")
            out.append(Message("user", text, media=media, pinned=m.pinned))
        elif m.role == "assistant" and (m.content.strip() or m.status == "complete"):
            out.append(Message("assistant", m.content, pinned=m.pinned))
    return out


def with_documents(m: StoredMessage, long: frozenset[str] = frozenset(), sources: str = "") -> str:
    """Each attached document's text, delimited (app/documents/stored.py), then the message's own
    text; a document in ``long`` is only named, and ``sources`` (its passages) follow the blocks."""
    blocks, seen = [], set()
    for a in (a for a in m.attachments if a.kind == "document"):
        if a.sha256 in long:
            blocks.append(document_block(a.name, a.meta, LONG_DOCUMENT))
        elif a.sha256 in seen:  # the same file attached twice: its text once
            blocks.append(document_block(a.name, a.meta, SAME_DOCUMENT))
        else:
            blocks.append(read_block(a.name, a.path, a.sha256, a.meta))
        seen.add(a.sha256)
    if sources:
        blocks.append(sources)
    return "\n\n".join([*blocks, m.content] if m.content.strip() else blocks) if blocks else m.content


class ToolBox:
    """Runs tool calls. The sandbox starts lazily and then keeps a warm child."""

    def __init__(
        self, cache_dir: Path | None = None, *, language_layer: bool = True, mcp: McpHub | None = None
    ) -> None:
        self._cache_dir = cache_dir or Path(tempfile.gettempdir()) / "hearth-sandbox"
        self._sandbox: Sandbox | None = None
        self.mcp = mcp  # the user's MCP servers (None: none configured, e.g. `hearth chat`)
        self.skills = Skills(self.sandbox)
        self.left_out = 0  # MCP tools the last declarations() had no room for
        # What the model was last offered: declared name → (MCP server prefix, the tool's own
        # name); a skill's server prefix is "".
        self.declared: dict[str, tuple[str, str]] = {}
        # False only for `hearth bench-ui --harm`: code that got past the language layer, which
        # is a guard-rail, must still not hurt the app; the OS boundary is what holds.
        self.language_layer = language_layer
        # The current chat's attached data files: the code reads them as data/<name>, read-only
        # (bound into the sandbox one by one; no other chat's files, no folders).
        self.data: dict[str, Path] = {}

    def declarations(
        self,
        code: bool = True,
        mcp_chars: int = 0,
        servers: frozenset[str] | None = None,
        skills: tuple[str, ...] = (),
    ) -> tuple[dict[str, Any], ...]:
        """What the model is offered: run_python if ``code``, the ``skills`` named, and the MCP
        servers' tools, skills first, within ``mcp_chars`` characters of declarations. Servers
        still starting offer none yet (the window starts them when a model that calls tools is
        loaded). ``servers`` (prefixes) narrows the offer, for a chat whose preset names its
        servers. Only what was declared last can be called."""
        offered: list[dict[str, Any]] = []
        budget = mcp_chars
        for name in skills:
            size = len(json.dumps(SKILL_DECLARATIONS[name]))
            if size <= budget:
                offered.append(SKILL_DECLARATIONS[name])
                budget -= size
        self.declared = {d["function"]["name"]: ("", d["function"]["name"]) for d in offered}
        if self.mcp is not None and budget > 0:
            self.mcp.prewarm()  # servers added or crashed since: their tools are there next turn
            specs: list[ToolSpec] = [t for t in self.mcp.tools() if servers is None or t.server in servers]
            mcp, self.left_out = fit(specs, budget)
            routes = {t.qualified: (t.server, t.name) for t in specs}
            self.declared.update({d["function"]["name"]: routes[d["function"]["name"]] for d in mcp})
            offered += mcp
        return (run_python_tool(data_view_names(self.data)), *offered) if code else tuple(offered)

    def is_mcp(self, name: str) -> bool:
        return SEPARATOR in name and name != "run_python"

    def prewarm(self, code: bool = True) -> None:
        if code:
            self.sandbox()
        if self.mcp is not None:
            self.mcp.prewarm()

    def sandbox(self) -> Sandbox:
        if self._sandbox is None:
            self._sandbox = Sandbox(cache_dir=self._cache_dir, language_layer=self.language_layer)
        return self._sandbox

    def execute(self, call: ToolCall, pick: Path | None = None) -> tuple[dict[str, Any], Result | None]:
        """Run one call; returns (what the model reads, the sandbox result for display).
        ``pick``: the file or folder the user chose for a skill that needs one."""
        if call.name in SKILL_DECLARATIONS:
            if call.name not in self.declared:  # switched off, or not offered in this chat
                return {"error": f"There is no tool named {call.name!r}."}, None
            return self.skills.run(call.name, call.arguments, pick)
        if self.mcp is not None and self.is_mcp(call.name):
            route = self.declared.get(call.name)
            if route is None:  # never offered (or not in this chat): not callable
                return {"error": f"There is no tool named {call.name!r}."}, None
            server, tool = route
            result = self.mcp.call(server, tool, call.arguments)
            return mcp_results.model_view(result), result
        if call.name != "run_python":
            return {"error": f"There is no tool named {call.name!r}."}, None
        code = call.arguments.get("code")
        if not isinstance(code, str) or not code.strip():
            return {"error": "run_python needs a non-empty 'code' string."}, None
        try:
            result = self.sandbox().run(code, self.data)
        except SandboxUnavailable as exc:
            return {"error": str(exc)}, None
        return model_view(result), result

    def cancel(self) -> None:
        """Stop what runs: the sandbox's code and the MCP calls in flight."""
        if self._sandbox is not None:
            self._sandbox.cancel()
        if self.mcp is not None:
            self.mcp.cancel_calls()

    def close(self) -> None:
        """Stop the sandbox's child and the MCP servers; a later call starts fresh ones."""
        if self.mcp is not None:
            self.mcp.close()
        if self._sandbox is not None:
            self._sandbox.close()
            self._sandbox = None


def data_view_names(data: dict[str, Path]) -> tuple[str, ...]:
    """The names the sandbox shows the files under (cleaned and made unique there)."""
    return tuple(name for name, _source in data_view(data))


def model_view(result: Result) -> dict[str, Any]:
    out = result.stdout
    if len(out) > MODEL_OUTPUT_CHARS:
        out = out[:MODEL_OUTPUT_CHARS] + f"\n[... {len(result.stdout) - MODEL_OUTPUT_CHARS} more characters]"
    view: dict[str, Any] = {"stdout": out, "figures": len(result.figures)}
    if result.error:
        view["error"] = result.error
    return view
