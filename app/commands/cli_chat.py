"""`hearth chat`: one-shot (-p) or an interactive terminal chat, on the window's ChatSession.

Same turn as in the window: the model may call run_python (Gemma 4), the built-in skills
(app/skills) and the tools of the MCP servers configured in the app's Settings. Each call is
shown and runs after a y/N on the terminal ("a": always allow that tool for this session;
--yes: code runs without asking); a file to read or a folder to save into is asked for as a
path. The model continues from the result. The conversation lives in a temporary history:
`hearth chat` keeps nothing after it exits (nor the "always" answers).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import unicodedata
from dataclasses import replace
from pathlib import Path
from typing import Any, TextIO

from runtime import Engine, MediaError

from .. import skills
from ..attachments import Prepared, prepare_document
from ..chat import (
    ChatSession,
    NotRemembered,
    Problem,
    ProjectStale,
    Remembered,
    ReplyDelta,
    ReplyFinished,
    ToolApprovalRequested,
    ToolUpdated,
    TurnFinished,
)
from ..documents import is_document
from ..documents.projects import Projects, open_projects
from ..mcp import McpHub, parse_servers
from ..model_refs import model_spec
from ..paths import data_dir
from ..presets import PresetLibrary, with_preset
from ..settings import SAMPLING_KEYS, Settings, peek_settings
from ..store import HistoryStore
from ..tools import ToolBox, ToolRecord
from .cli_models import terminal_progress
from .cli_projects import index_with_progress

HELP = "Commands: /reset (new conversation), /think on|off, /system TEXT, /exit"
POLL_S = 0.02


def run_chat(args: argparse.Namespace) -> int:
    settings = _settings(args)  # first: a preset that does not exist is said before any loading
    knowledge = _open_project(args)  # and a project that does not exist; its changed files are read now
    engine = Engine()  # first: a first-run import then does its MLX work on the engine's thread
    spec = model_spec(args.model, terminal_progress())  # (an error here: atexit closes the engine)
    with tempfile.TemporaryDirectory(prefix="hearth-chat-") as tmp:
        store = HistoryStore(Path(tmp) / "history.db")
        hub = McpHub(parse_servers(settings.mcp_servers)[0]) if settings.mcp_servers else None
        toolbox = ToolBox(Path(tmp) / "sandbox", mcp=hub)
        try:
            info = engine.load(spec).result()
            if hub is not None and info.supports_tools:
                _start_servers(hub)
            if args.think and not info.supports_thinking:
                print(f"hearth: {info.name} cannot think; answering without thinking", file=sys.stderr)
                settings.thinking = False
            extra: dict[str, Any] = {"stop": tuple(args.stop)} if args.stop else {}
            session = ChatSession(
                store, engine, settings, toolbox, projects=knowledge[0] if knowledge else None, **extra
            )
            if knowledge is not None:
                session.project_for_new_chats = knowledge[1]
            session.on_model_ready(None)
            terminal = Terminal(sys.stdout, args.stats)
            files = _attach(args.file or [], store)
            if files is None:
                return 1
            if args.prompt is not None:
                session.send(args.prompt, attachments=files)
                return 0 if terminal.follow(session) else 1
            return _repl(session, terminal, info.name, files)
        finally:
            engine.close()
            toolbox.close()
            store.close()
            if knowledge is not None:
                knowledge[0].db.close()


def _attach(paths: list[Path], store: HistoryStore) -> list[Prepared] | None:
    """Read, store and index the documents given with --file, as the window's chips do (None: one failed)."""
    files = []
    for path in paths:
        if not is_document(path):
            print(f"hearth: {path.name}: only documents can be attached here (PDF, Word, text...).", file=sys.stderr)
            return None
        try:
            files.append(prepare_document(path, store.blobs, index_db=store.path if store.writable else None))
        except MediaError as exc:
            print(f"hearth: {exc}", file=sys.stderr)
            return None
    return files


def _start_servers(hub: McpHub) -> None:
    """Start the configured MCP servers (together) and wait for them: a one-shot prompt is
    answered with their tools. Ones that fail are named and left out."""
    hub.prewarm()
    for server in hub.servers():
        status = hub.start(server.prefix)
        if status.state != "ready":
            print(f"hearth: tool server {server.name!r} is not available ({status.state})", file=sys.stderr)


def _open_project(args: argparse.Namespace) -> tuple[Projects, str] | None:
    """The project the chat reads (--project, else the preset's), indexed up to date first.
    Projects live in the window's history, not in this chat's temporary one."""
    name = args.project
    if name is None and args.preset:
        preset = PresetLibrary(data_dir() / "presets.json").get(args.preset)
        name = preset.knowledge if preset is not None else None
    if name is None:
        return None
    projects = open_projects(data_dir() / "history.db")
    project = projects.get(name)
    if project is None:
        names = ", ".join(f"'{p.name}'" for p in projects.all()) or "none yet (hearth projects add NAME FOLDER)"
        projects.db.close()
        raise SystemExit(f"hearth: no project named '{name}'. Projects: {names}.")
    if projects.stale(project):
        index_with_progress(projects.file, project, out=sys.stderr)
    return projects, project.name


def _refresh_project(session: ChatSession) -> None:
    """Read the project's files that changed since the last message, before this one is answered."""
    projects, name = session.projects, session.project_for_new_chats
    project = projects.get(name) if projects is not None else None
    if projects is not None and project is not None and projects.stale(project):
        index_with_progress(projects.file, project, out=sys.stderr)


def _settings(args: argparse.Namespace) -> Settings:
    """The preset's choices (if one is named), with the options given on the command line over
    them; tools as in the app's Settings (its MCP servers, skills switched off, web fetch)."""
    saved = peek_settings(data_dir() / "settings.json")
    settings = Settings(
        ask_before_running_code=not args.yes,
        mcp_servers=saved.mcp_servers if not args.no_tools else [],
        skills_off=saved.skills_off if not args.no_tools else list(skills.NAMES),
        web_fetch=(saved.web_fetch or args.web) and not args.no_tools,
    )
    if args.preset:
        library = PresetLibrary(data_dir() / "presets.json")
        preset = library.get(args.preset)
        if preset is None:
            names = ", ".join(f"'{p.name}'" for p in library.all())
            raise SystemExit(f"hearth: no preset named '{args.preset}'. Presets: {names}.")
        settings = with_preset(settings, preset)
    given = {key: getattr(args, key) for key in SAMPLING_KEYS if getattr(args, key) is not None}
    if args.system is not None:
        given["system_prompt"] = args.system
    if args.think:
        given["thinking"] = True
    if args.context_length is not None:
        given["context_length"] = args.context_length
    if args.no_tools:
        given["allow_code"] = False
    return replace(settings, **given)


def _repl(session: ChatSession, terminal: Terminal, name: str, files: list[Prepared]) -> int:
    print(f"Chatting with {name}. {HELP}", file=sys.stderr)
    while True:
        try:
            line = input("\nyou> ").strip()
        except (EOFError, KeyboardInterrupt):
            print(file=sys.stderr)
            return 0
        if not line:
            continue
        if line.startswith("/"):
            if _command(line, session):
                return 0
            continue
        _refresh_project(session)
        session.send(line, attachments=files)
        files = []  # attached to the first message; later ones read them from the chat
        terminal.follow(session)


def _command(line: str, session: ChatSession) -> bool:
    cmd, _, rest = line.partition(" ")
    info = session.engine.info
    if cmd in ("/exit", "/quit"):
        return True
    if cmd == "/reset":
        session.new_conversation()
        session.engine.reset_cache()
        print("(new conversation)", file=sys.stderr)
    elif cmd == "/think":
        if info is not None and not info.supports_thinking:
            print(f"({info.name} cannot think; nothing changed)", file=sys.stderr)
            return False
        session.settings.thinking = rest.strip() != "off"
        print(f"(thinking {'on' if session.settings.thinking else 'off'})", file=sys.stderr)
    elif cmd == "/system":
        session.settings.system_prompt = rest
    else:
        print(HELP, file=sys.stderr)
    return False


class Terminal:
    """Prints a session's turn as it happens; asks y/N for each call (a path for the file
    skills); Ctrl-C stops the turn. Questions and the calls go to stderr: stdout may be the
    answer's file."""

    def __init__(self, out: TextIO, stats: bool, answers: TextIO | None = None) -> None:
        self.out, self.stats = out, stats
        self.answers = answers  # where the user's answers are read (None: stdin)
        tty = out.isatty()
        self.dim, self.reset = ("\033[2m", "\033[0m") if tty else ("", "")
        self._thinking = False

    def follow(self, session: ChatSession) -> bool:
        """Until the turn is over; False if its last reply failed."""
        ok = True
        while True:
            try:
                events = session.poll()
                for event in events:
                    ok = self._show(session, event, ok)
                if not session.busy and not events:
                    return ok
                time.sleep(POLL_S)
            except KeyboardInterrupt:
                session.stop()

    def _show(self, session: ChatSession, event: Any, ok: bool) -> bool:
        out = self.out
        if isinstance(event, ReplyDelta):
            if event.thinking_delta:
                if not self._thinking:
                    out.write(f"{self.dim}[thinking] ")
                    self._thinking = True
                out.write(event.thinking_delta)
            if event.answer_delta:
                self._end_thinking()
                out.write(event.answer_delta)
            out.flush()
        elif isinstance(event, ReplyFinished):
            self._end_thinking()
            out.write(self.reset + "\n")
            out.flush()
            self._finished(event.message)
            ok = event.message.status != "error"
        elif isinstance(event, ToolApprovalRequested):
            run, always, pick = self._approve(event.record)
            session.decide_tool(event.message_id, run, always, pick)
        elif isinstance(event, ToolUpdated):
            self._tool(event.record)
        elif isinstance(event, Problem):
            print(f"hearth: {event.text}", file=sys.stderr)
        elif isinstance(event, ProjectStale):
            print(
                f"({event.changed} file(s) of {event.project!r} changed; read before your next message)",
                file=sys.stderr,
            )
        elif isinstance(event, Remembered):
            print(f"(remembered for this session: {event.memory.text})", file=sys.stderr)
        elif isinstance(event, NotRemembered):
            print(f"(not remembered: memory is off; {event.fact!r} was not stored)", file=sys.stderr)
        elif isinstance(event, TurnFinished):
            pass
        return ok

    def _end_thinking(self) -> None:
        if self._thinking:
            self.out.write(f"{self.reset}\n")
            self._thinking = False

    def _finished(self, message: Any) -> None:
        stats = message.stats or {}
        reason = stats.get("finish_reason")
        if message.status == "cancelled":
            print("(stopped)", file=sys.stderr)
        elif reason == "repetition":
            print("(stopped: the reply kept repeating itself)", file=sys.stderr)
        if message.sources:  # what its [n] refer to: part of the answer, so on stdout
            print("Sources:", file=self.out)
            for s in message.sources:
                where = f", {s.unit} {s.place}" if s.unit else ""
                print(_printable(f"[{s.n}] {s.document}{where}"), file=self.out)
        if self.stats and stats:
            print(
                f"{self.dim}[{stats['generated_tokens']} tokens, TTFT {stats['ttft_s']:.2f}s, "
                f"prefill {stats['prefill_tps']:.0f} tok/s, decode {stats['decode_tps']:.1f} tok/s, "
                f"cached {stats['cached_tokens']}/{stats['prompt_tokens']}, "
                f"peak {stats['peak_memory_gb']:.2f} GB]{self.reset}",
                file=sys.stderr,
            )

    def _approve(self, record: ToolRecord) -> tuple[bool, bool, Path | None]:
        """(run, always allow, the file or folder picked) for a waiting call."""
        args = record.arguments
        pick = skills.pick_for(record.name)
        if record.name == "run_python":
            print(f"\n[the model wants to run this Python]\n{args.get('code', args)}\n", file=sys.stderr)
        elif record.name == skills.READ_FILE:
            print(f"\n[the model asks to read a file you choose: {args.get('reason', '')}]", file=sys.stderr)
        elif record.name == skills.WRITE_FILE:
            content = str(args.get("content", ""))
            shown = content if len(content) <= 2000 else content[:2000] + f"\n[... {len(content) - 2000} more]"
            print(
                f"\n[the model asks to save {args.get('name', '')!r} in a folder you choose]\n{shown}\n",
                file=sys.stderr,
            )
        else:
            print(f"\n[the model wants to use {record.name}]\n{json.dumps(args, ensure_ascii=False)}", file=sys.stderr)
        answers = self.answers or sys.stdin
        if not answers.isatty():
            print("(not run: no terminal to ask; pass --yes to run code without asking)", file=sys.stderr)
            return False, False, None
        if pick is not None:  # "" (or end of input): skip
            question = "File to read" if pick == "file" else "Folder to save it in"
            print(f"{question} (a path; empty to skip): ", end="", file=sys.stderr, flush=True)
            path = answers.readline().strip()
            return (True, False, Path(path).expanduser()) if path else (False, False, None)
        always = record.name != "run_python"  # code follows Settings (--yes), not "always"
        print("Run it? [y/N" + ("/a = always" if always else "") + "] ", end="", file=sys.stderr, flush=True)
        answer = answers.readline().strip().lower()  # "" at end of input: no
        return answer in ("y", "yes", "a") if always else answer in ("y", "yes"), always and answer == "a", None

    def _tool(self, record: ToolRecord) -> None:
        if record.status == "running":
            where = "in the sandbox" if record.name in ("run_python", skills.CALCULATE) else record.name
            print(f"[running {where}…]", file=sys.stderr)
        elif record.status in ("done", "failed"):
            shown = record.display or record.result
            if shown.get("stdout"):
                self.out.write(str(shown["stdout"]).rstrip() + "\n")
            if shown.get("error"):
                print(f"[error] {shown['error']}", file=sys.stderr)
            if shown.get("figures"):
                print(f"[{shown['figures']} chart(s) drawn: charts show in the app's window]", file=sys.stderr)
            self.out.flush()


def _printable(text: str) -> str:
    """A document's words on the terminal without its control characters: a name or heading that is
    an escape sequence would set the window's title or (OSC 52) write the clipboard."""
    return "".join(c for c in text if unicodedata.category(c) != "Cc")
