"""`hearth bench-tools`: what tools cost the app, apart from the tools' own work.

Round trip: a tiny random Gemma 4 model is scripted to call current_time (a trivial tool that
runs without asking); the overhead is the time from the engine parsing the call to the engine
starting the follow-up reply's prefill, minus the tool's own time. It is measured with the
session polled as the terminal (20 ms) and the window (30 ms) poll it, and in a tight loop
(1 ms: the app's own work). Goal: under 50 ms.

Start: the real app is launched (as `hearth bench-startup` does) with no MCP servers and with
20 configured ones (real processes: mcp-server-time behind a line that notes each start);
servers start lazily, so the window's interactive time should not change and none should
have started by the time the bundled model is ready.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

GOAL_MS = 50.0
POLLS_S = {"tight (1 ms)": 0.001, "terminal (20 ms)": 0.02, "window (30 ms)": 0.03}
CALL = '<|tool_call>call:current_time{timezone:<|"|>Europe/Paris<|"|>}<tool_call|>'
# A stdio MCP server that notes its start in a file, then is the reference time server.
NOTING_SERVER = (
    "import sys, runpy; open(sys.argv[1], 'a').write('started\\n'); sys.argv = sys.argv[:1]; "
    "runpy.run_module('mcp_server_time', run_name='__main__')"
)


def run_tools_bench(turns: int = 20, launches: int = 3, servers: int = 20, start: bool = True) -> dict[str, Any]:
    result: dict[str, Any] = {"goal_ms": GOAL_MS, "round_trip": round_trips(turns)}
    if start:
        result["start"] = window_start(launches, servers)
    return result


def round_trips(turns: int) -> dict[str, Any]:
    from runtime import Engine, ModelSpec, build_tiny_gemma4

    from ..chat import ChatSession
    from ..settings import Settings
    from ..store import HistoryStore
    from ..tools import ToolBox

    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="hearth-bench-tools-") as tmp:
        folder = build_tiny_gemma4(Path(tmp) / "tiny")
        engine = Engine()
        try:
            engine.load(ModelSpec(folder)).result()
            marks: dict[str, list[float]] = {"parsed": [], "prefill": [], "tool": []}
            engine.call(lambda b: _instrument(b, marks)).result()
            for label, poll_s in POLLS_S.items():
                store = HistoryStore(Path(tmp) / f"{poll_s}.db")
                toolbox = ToolBox(Path(tmp) / "sandbox")
                _time_tools(toolbox, marks)
                session = ChatSession(store, engine, Settings(max_tokens=64, allow_code=False), toolbox)
                session.on_model_ready("tiny")
                overheads, tools = [], []
                for _ in range(turns):
                    for key in marks:
                        marks[key].clear()
                    engine.call(lambda b: b.script_next_reply(CALL)).result()
                    engine.call(lambda b: b.script_next_reply("Done.")).result()
                    session.send("What time is it in Paris?")
                    while session.poll() or session.busy:  # as the terminal follows a turn
                        time.sleep(poll_s)
                    if len(marks["prefill"]) != 2 or not marks["parsed"] or not marks["tool"]:
                        raise RuntimeError(f"the scripted round did not run as planned: {marks}")
                    tool_s = marks["tool"][0]
                    overheads.append((marks["prefill"][1] - marks["parsed"][0] - tool_s) * 1000)
                    tools.append(tool_s * 1000)
                out[label] = {**_stats(overheads), "tool_ms_p50": round(statistics.median(tools), 3)}
                toolbox.close()
                store.close()
        finally:
            engine.close()
    return out


def _instrument(backend: Any, marks: dict[str, list[float]]) -> None:
    """On the engine thread: note when each reply's prefill starts and when a call is parsed."""
    from runtime import ToolCallChunk

    inner = backend.stream

    def stream(*args: Any, **kwargs: Any) -> Iterator[Any]:
        marks["prefill"].append(time.perf_counter())
        for chunk in inner(*args, **kwargs):
            if isinstance(chunk, ToolCallChunk):
                marks["parsed"].append(time.perf_counter())
            yield chunk

    backend.stream = stream


def _time_tools(toolbox: Any, marks: dict[str, list[float]]) -> None:
    inner = toolbox.execute

    def execute(*args: Any, **kwargs: Any) -> Any:
        t0 = time.perf_counter()
        try:
            return inner(*args, **kwargs)
        finally:
            marks["tool"].append(time.perf_counter() - t0)

    toolbox.execute = execute


def _stats(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    return {
        "p50_ms": round(statistics.median(ordered), 2),
        "p90_ms": round(ordered[int(0.9 * (len(ordered) - 1))], 2),
        "max_ms": round(ordered[-1], 2),
        "runs": len(ordered),
    }


def window_start(launches: int, count: int) -> dict[str, Any]:
    """Warm launches of the app, alternating no servers and ``count`` servers."""
    from ..settings import load_settings, save_settings
    from .startup_bench import launch

    with tempfile.TemporaryDirectory(prefix="hearth-bench-tools-start-") as tmp:
        home = Path(tmp)
        notes = home / "server-starts.txt"
        configured = [
            {"name": f"time{i}", "command": sys.executable, "args": ["-c", NOTING_SERVER, str(notes)]}
            for i in range(count)
        ]
        settings = load_settings(home / "settings.json")
        settings.welcome_done = True
        save_settings(settings, home / "settings.json")
        launch(home, "prepare")  # imports the bundled model once, outside the measurement
        runs: dict[str, list[float]] = {"none": [], "servers": []}
        for i in range(launches):
            for side in ("none", "servers"):
                settings.mcp_servers = configured if side == "servers" else []
                save_settings(settings, home / "settings.json")
                runs[side].append(launch(home, f"{side}-{i}")["window_s"])
        started = _starts(notes)
        counted = _counter_works(configured[0], notes)
    return {
        "servers": count,
        "window_s_none": runs["none"],
        "window_s_servers": runs["servers"],
        "median_none_s": round(statistics.median(runs["none"]), 3),
        "median_servers_s": round(statistics.median(runs["servers"]), 3),
        "servers_started_before_ready": started,
        "start_counter_checked": counted,  # one of those servers, started on purpose, was counted
    }


def _starts(notes: Path) -> int:
    return len(notes.read_text().splitlines()) if notes.exists() else 0


def _counter_works(server: dict[str, Any], notes: Path) -> bool:
    """Start one of the configured servers by hand: its start must be noted (else a 0 above
    would mean nothing)."""
    from ..mcp import McpHub, parse_servers

    before = _starts(notes)
    hub = McpHub(parse_servers([server])[0])
    try:
        ready = hub.start(server["name"]).state == "ready"
    finally:
        hub.close()
    return ready and _starts(notes) == before + 1


def report(result: dict[str, Any]) -> str:
    lines = [
        f"Tool-call round trip overhead (call parsed -> follow-up prefill, minus the tool; goal < {GOAL_MS:.0f} ms):"
    ]
    for label, r in result["round_trip"].items():
        lines.append(
            f"  polled {label}: p50 {r['p50_ms']:.1f} ms, p90 {r['p90_ms']:.1f} ms, max {r['max_ms']:.1f} ms "
            f"({r['runs']} rounds; the tool itself {r['tool_ms_p50']:.2f} ms)"
        )
    start = result.get("start")
    if start:
        lines.append(
            f"Window interactive, median of {len(start['window_s_none'])} warm launches: "
            f"no servers {start['median_none_s']:.3f} s, {start['servers']} servers {start['median_servers_s']:.3f} s; "
            f"servers started by the time the model was ready: {start['servers_started_before_ready']}"
            f"{'' if start['start_counter_checked'] else ' (WARNING: the start counter did not work)'}"
        )
    return "\n".join(lines)


def run_tools_bench_cli(args: Any) -> int:
    result = run_tools_bench(args.turns, args.launches, args.servers, not args.no_start)
    print(json.dumps(result, indent=2) if args.json else report(result))
    return 0
