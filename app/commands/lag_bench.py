"""`hearth bench-ui`: how long the GUI event loop stalls while a long reply streams.

A 4 ms precise timer runs during the reply; each late tick is event-loop lag (time the GUI
thread spent on something else, mainly rendering). By default a tiny random model is
built in a temporary folder and scripted to write a long Markdown reply (headings, lists,
tables, code), so the measurement is about rendering, not about model speed.

`hearth bench-ui --harm` measures the same lag while the model's code does its worst to the
app from inside the sandbox (megabytes of output or error text, huge noisy charts, more
charts than the cap): the window must stay as responsive as during a plain reply.

`hearth bench-ui --attach-pdf 300` measures it while a generated 300-page PDF is attached:
read (app/documents/isolated.py: in a child process) and stored, as a dropped file is.
"""

from __future__ import annotations

import statistics
import time
from itertools import pairwise
from pathlib import Path
from typing import Any

from app.paths import temporary_home

PROBE_MS = 4
GOAL_P99_MS = 16.0
SETTLE_MS = 1500  # past the window's warm-up after the model loads (500 ms, then ~100 ms of imports)

# What code in the sandbox can throw at the app without escaping it. The last two write to
# the result pipe themselves, as code that got past the language layer could: they run with
# that layer off (the OS boundary still holds; tests/sandbox/test_channel.py checks the parse).
_FORGE = "import os, sys, json, base64\nos.write(int(sys.argv[1]), {})\nos._exit(0)"
_TINY_PNG_OF_25_MEGAPIXELS = (
    "(lambda z, s: b'\\x89PNG\\r\\n\\x1a\\n' + b''.join(s.pack('>I', len(d)) + k + d + s.pack('>I', z.crc32(k + d))"
    " for k, d in ((b'IHDR', s.pack('>IIBBBBB', 5000, 5000, 8, 0, 0, 0, 0)),"
    " (b'IDAT', z.compress(b'\\0' * 5001 * 5000, 9)), (b'IEND', b''))))(__import__('zlib'), __import__('struct'))"
)
OS_LAYER_ONLY = ("forged_result", "figure_bomb")
HARM_CASES = {
    "huge_output": "print('x' * 3_000_000)",
    "huge_error": "raise ValueError('y' * 2_000_000)",
    "huge_noisy_charts": (
        "import numpy as np\nimport matplotlib.pyplot as plt\nfor i in range(4):\n"
        "    plt.figure(figsize=(40, 40), dpi=100)\n    plt.imshow(np.random.rand(2000, 2000))\nprint('done')"
    ),
    "more_charts_than_the_cap": (
        "import matplotlib.pyplot as plt\nfor i in range(12):\n    plt.figure(figsize=(10, 10))\n"
        "    plt.plot(range(100))\nprint('done')"
    ),
    "forged_result": _FORGE.format(
        "json.dumps({'ok': True, 'stdout': 'FAKE' * 10**6, 'error': 'E' * 10**6, 'notes': ['n'] * 10**5,"
        " 'figures': [base64.b64encode(b'not a png').decode()] * 60}).encode()"
    ),
    "figure_bomb": _FORGE.format(
        "json.dumps({'ok': True, 'figures': [base64.b64encode("
        + _TINY_PNG_OF_25_MEGAPIXELS
        + ").decode()] * 10}).encode()"
    ),
}


def long_markdown(sections: int = 40) -> str:
    parts = []
    for i in range(sections):
        parts.append(
            f"## Section {i}\n\nThe quick brown fox jumps over the lazy dog, **again** and *again* ({i}).\n\n"
            f"- one item\n- two items with `code`\n- three\n\n"
            f"```python\ndef f{i}(x):\n    return x * {i} + sum(range(10))\n```\n\n"
            f"| a | b | c |\n|---|---|---|\n| {i} | {i * 2} | {i * 3} |\n\n"
        )
    return "".join(parts)


def run_ui_bench(model: str | None = None, sections: int = 40, history: int = 0) -> dict[str, Any]:
    with temporary_home("hearth-bench-ui-") as home:
        return _run(home, model, sections, history)


def fill_history(window: Any, messages: int) -> int:
    """A conversation of ``messages`` rows like a real one: questions, Markdown answers with
    code blocks, and two tool rows with a chart each. Returns its id."""
    import io

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from app.attachments import store_figures
    from app.tools import ToolRecord

    store = window.store
    cid = store.create_conversation(title="A long conversation").id
    charts_at = {messages // 3, 2 * messages // 3}
    for i in range(messages):
        if i in charts_at:
            fig = plt.figure(figsize=(6.4, 4.8))
            plt.plot(range(50), [x * x for x in range(50)])
            png = io.BytesIO()
            fig.savefig(png, format="png")
            plt.close(fig)
            record = ToolRecord("run_python", {"code": "plt.plot(xs, ys)"}, "done", {"stdout": ""}, {"stdout": ""})
            row = store.add_message(cid, "tool", record.to_json())
            store.attach(row.id, store_figures((png.getvalue(),), store.blobs))
        elif i % 2 == 0:
            store.add_message(cid, "user", f"Question {i}: how do I sum a list in Python?")
        else:
            store.add_message(cid, "assistant", long_markdown(1).replace("Section 0", f"Answer {i}"))
    return cid


def run_attach_bench(pages: int) -> dict[str, Any]:
    with temporary_home("hearth-bench-attach-") as home:
        return _run_attach(home, pages)


def run_harm_bench() -> dict[str, Any]:
    with temporary_home("hearth-bench-harm-") as home:
        return _run_harm(home)


class _LagProbe:
    """A precise 4 ms timer on the GUI thread; how late each tick came is the event-loop lag."""

    def __init__(self) -> None:
        from PySide6.QtCore import QElapsedTimer, Qt, QTimer

        self.ticks: list[float] = []
        self._clock = QElapsedTimer()
        self._timer = QTimer(interval=PROBE_MS, timerType=Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(lambda: self.ticks.append(self._clock.nsecsElapsed() / 1e6))

    def start(self) -> None:
        self.ticks.clear()
        self._clock.start()
        self._timer.start()

    def stop(self) -> dict[str, float | int]:
        self._timer.stop()
        lags = sorted(max(0.0, b - a - PROBE_MS) for a, b in pairwise(self.ticks))
        pct = lambda q: lags[min(len(lags) - 1, int(q * len(lags)))] if lags else 0.0  # noqa: E731
        return {
            "samples": len(lags),
            "p50": pct(0.5),
            "p90": pct(0.9),
            "p99": pct(0.99),
            "max": lags[-1] if lags else 0.0,
            "mean": statistics.fmean(lags) if lags else 0.0,
        }


def _open_window(home: Path, model: str | None) -> tuple[Any, Any]:
    from PySide6.QtWidgets import QApplication

    from app.main import build_window
    from runtime import build_tiny_gemma4

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)  # instance() is typed as the QCoreApplication base
    if model is None:
        build_tiny_gemma4(home / "models" / "tiny")
    else:
        (home / "models").mkdir(parents=True, exist_ok=True)
        (home / "models" / "bench").symlink_to(Path(model).resolve(), target_is_directory=True)
    window = build_window(app)
    window.resize(1100, 800)
    window.show()
    window.load_model("tiny" if model is None else "bench")
    return app, window


def _send(window: Any, text: str) -> None:
    window.composer.editor.setPlainText(text)
    window.composer._on_send()


def _when(condition: Any, then: Any, every_ms: int = 20) -> None:
    """Call ``then`` once ``condition()`` holds, polling from the event loop."""
    from PySide6.QtCore import QTimer

    if condition():
        then()
    else:
        QTimer.singleShot(every_ms, lambda: _when(condition, then, every_ms))


def _run(home: Path, model: str | None, sections: int, history: int) -> dict[str, Any]:
    from PySide6.QtCore import QTimer

    app, window = _open_window(home, model)
    if history:
        window.chat.open_conversation(fill_history(window, history))
    text = long_markdown(sections)
    window.settings.max_tokens = 20_000 if model is None else 1024
    probe = _LagProbe()
    state: dict[str, Any] = {}

    def start() -> None:
        if model is None:
            window.engine.call(lambda b: b.script_next_reply(text)).result()
        probe.start()
        state["t0"] = time.perf_counter()
        _send(window, "Write a long, well-formatted document.")
        state["send_ms"] = (time.perf_counter() - state["t0"]) * 1000  # the view's update for the new message
        QTimer.singleShot(100, lambda: _when(lambda: not window.chat.busy, finish))

    def finish() -> None:
        state["lag"] = probe.stop()
        state["seconds"] = time.perf_counter() - state["t0"]
        state["reply"] = window.store.messages(window.chat.conversation_id)[-1]
        window.close()
        app.quit()  # closes the engine and the store (aboutToQuit)

    QTimer.singleShot(0, lambda: _when(lambda: window.chat.model_ready, start, 50))
    app.exec()
    reply, lag = state["reply"], state["lag"]
    return {
        "reply_chars": len(reply.content),
        "generated_tokens": (reply.stats or {}).get("generated_tokens"),
        "stream_seconds": state.get("seconds"),
        "history_messages": history,
        "send_ms": state.get("send_ms"),
        "probe_ms": PROBE_MS,
        "samples": lag.pop("samples"),
        "lag_ms": lag,
        "goal_p99_ms": GOAL_P99_MS,
    }


def tool_call_reply(code: str) -> str:
    """A Gemma 4 reply that asks to run ``code`` (what the scripted tiny model writes)."""
    return 'Running it.<|tool_call>call:run_python{code:<|"|>' + code + '<|"|>}<tool_call|>'


def _run_harm(home: Path) -> dict[str, Any]:
    from PySide6.QtCore import QTimer

    app, window = _open_window(home, None)
    window.settings.ask_before_running_code = False
    probe = _LagProbe()
    cases = list(HARM_CASES.items())
    results: dict[str, Any] = {}

    def next_case() -> None:
        if not cases:
            window.close()
            app.quit()
            return
        name, code = cases.pop(0)
        if (name in OS_LAYER_ONLY) != (not window.toolbox.language_layer):
            window.toolbox.close()  # the next run starts a sandbox with the layer on or off
            window.toolbox.language_layer = name not in OS_LAYER_ONLY
        window.engine.call(lambda b: b.script_next_reply(tool_call_reply(code))).result()
        window.engine.call(lambda b: b.script_next_reply("Noted.")).result()
        t0 = time.perf_counter()
        probe.start()
        _send(window, f"Case {name}")
        QTimer.singleShot(100, lambda: _when(lambda: not window.chat.busy, lambda: record(name, t0)))

    def record(name: str, t0: float) -> None:
        lag = probe.stop()
        tool = next(m for m in window.store.messages(window.chat.conversation_id) if m.role == "tool")
        history = window.chat.history_for(window.chat.conversation_id)
        results[name] = {
            "seconds": round(time.perf_counter() - t0, 1),
            "lag_ms": lag,
            "stored_tool_row_chars": len(tool.content),
            "chars_the_model_reads": sum(len(str(r.response)) for m in history for r in m.tool_results),
            "figures_kept": len(tool.attachments),
        }
        window.chat.new_conversation()
        QTimer.singleShot(200, next_case)

    QTimer.singleShot(0, lambda: _when(lambda: window.chat.model_ready, next_case, 50))
    app.exec()
    worst = max((r["lag_ms"]["p99"] for r in results.values()), default=0.0)
    return {"probe_ms": PROBE_MS, "cases": results, "worst_p99_ms": worst, "goal_p99_ms": GOAL_P99_MS}


def _run_attach(home: Path, pages: int) -> dict[str, Any]:
    from PySide6.QtCore import QTimer

    from app.commands.sample_pdf import report_pdf

    pdf = report_pdf(home / f"report-{pages}-pages.pdf", pages)
    app, window = _open_window(home, None)
    strip = window.composer.strip
    probe = _LagProbe()
    state: dict[str, Any] = {}

    def start() -> None:
        probe.start()
        state["t0"] = time.perf_counter()
        strip.add_files([pdf])
        state["add_ms"] = (time.perf_counter() - state["t0"]) * 1000
        QTimer.singleShot(50, lambda: _when(lambda: not strip.preparing, finish))

    def finish() -> None:
        state["lag"] = probe.stop()
        state["seconds"] = time.perf_counter() - state["t0"]
        chip = strip.chips[0]
        state["chip"] = chip.error or "ready"
        state["chars"] = chip.prepared.meta["chars"] if chip.prepared else None
        window.close()
        app.quit()

    # Attached once the window has settled: after the model loads it warms up Markdown and the
    # code highlighter on the GUI thread (main_window.WARM_UP_AFTER_MS), a start-up cost of its own.
    settled = lambda: QTimer.singleShot(SETTLE_MS, start)  # noqa: E731
    QTimer.singleShot(0, lambda: _when(lambda: window.chat.model_ready, settled, 50))
    app.exec()
    lag = state["lag"]
    return {
        "pages": pages,
        "pdf_bytes": pdf.stat().st_size,
        "attach_seconds": state["seconds"],
        "add_files_ms": state["add_ms"],
        "chip": state["chip"],
        "probe_ms": PROBE_MS,
        "samples": lag.pop("samples"),
        "lag_ms": lag,
        "goal_p99_ms": GOAL_P99_MS,
    }
