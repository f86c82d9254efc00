"""`hearth bench-soak`: many turns in one app process; does anything grow or leak?

The real window with a tiny model (built in a temporary folder) is scripted through a long
conversation: plain replies; every few turns a run_python tool call that draws a chart in
the sandbox; every few turns a spoken question (espeak-ng speech fed in real time through
the microphone's code path: VAD, endpointing, the recording saved and sent as audio) whose
reply is spoken into a null sink. A new conversation starts every `new_chat_every` turns,
so what one conversation holds (its document, its KV cache) can be told apart from a leak.

Resident memory, open file descriptors, threads (OS and Python) and child processes are
counted after a warm-up that has done every kind of turn once, and again at the end after
waiting (up to a limit) for finished work to wind down; per-turn latency is reported.
"""

from __future__ import annotations

import ctypes
import gc
import os
import shutil
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.paths import temporary_home
from runtime import mlx_memory_mb

CHART_EVERY = 10  # turn % 10 == 9 draws a chart
VOICE_EVERY = 10  # turn % 10 == 4 is spoken
WARMUP_TURNS = 10  # holds one turn of each kind: lazily made pools and threads exist by then
NEW_CHAT_EVERY = 100
SETTLE_S = 30.0  # the most the end waits for threads, descriptors and children to wind down
RSS_BAR_MB = 100.0  # over 500 turns (issue 19)
CHART_CODE = "import matplotlib.pyplot as plt\nplt.plot([1, 2, 3], [3, 1, 2])\nprint('drawn')"
VOICE_LINES = [
    "What is the capital of France?",
    "Tell me a short fact about rivers.",
    "How far away is the moon?",
]
VOICE_REPLY = "Here is a short spoken answer. It has two sentences."
LEAD_S = 0.3  # silence before each spoken question
QT_POOLED = "Thread (pooled)"  # what QThreadPool names its workers


def counts() -> dict[str, Any]:
    """This process's resident memory (MB), open descriptors, OS threads (but Qt's pool
    workers, apart) and live children."""
    pid = os.getpid()
    children = 0
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    fields = fh.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            children += fields[1] == str(pid) and fields[0] != "Z"  # ppid; zombies are not leaks of ours
    names = []
    for task in os.listdir("/proc/self/task"):
        try:
            with open(f"/proc/self/task/{task}/comm") as fh:
                names.append(fh.read().strip())
        except OSError:
            continue  # ended meanwhile
    # Qt's thread pools end a worker after 30 s idle; whether one was still there depended on
    # timing, and one ending could hide a leaked thread. Pools are bounded: counted apart.
    pooled = names.count(QT_POOLED)
    return {
        "rss_mb": rss_mb(),
        "fds": len(os.listdir("/proc/self/fd")),
        "threads": len(names) - pooled,
        "qt_pool_threads": pooled,
        "children": children,
        "python_threads": sorted(t.name for t in threading.enumerate()),
    }


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        return next(int(line.split()[1]) for line in fh if line.startswith("VmRSS:")) / 1024


def run_soak(
    turns: int = 500, log=lambda _m: None, *, new_chat_every: int = NEW_CHAT_EVERY, voice: bool = True
) -> dict[str, Any]:
    with temporary_home("hearth-soak-") as home:
        return _run(home, turns, log, new_chat_every, voice)


def _run(home: Path, turns: int, log, new_chat_every: int, voice: bool) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    return _soak(app, home, turns, log, new_chat_every, voice)


def _soak(app, home: Path, turns: int, log, new_chat_every: int, voice: bool) -> dict[str, Any]:
    from app.main import build_window, close_services
    from runtime import build_tiny_gemma4

    build_tiny_gemma4(home / "models" / "tiny")
    window = build_window(app)
    window.show()
    window.load_model("tiny")
    window.settings.ask_before_running_code = False
    _wait(app, lambda: window.chat.model_ready, 120)
    speech = _voice_rig(window) if voice else None

    def script(text: str) -> None:
        window.engine.call(lambda b: b.script_next_reply(text)).result(timeout=30)

    def message_count() -> int:
        cid = window.chat.conversation_id
        return len(window.store.messages(cid)) if cid is not None else 0

    kinds: list[str] = []
    latencies: list[float] = []
    rss: list[float] = []
    conversations: list[dict[str, float]] = []  # RSS just before leaving each conversation, and after
    before: dict[str, Any] = {}
    mlx_before: dict[str, float] = {}
    messages = 0
    for turn in range(turns):
        if turn == WARMUP_TURNS:
            _quiet(window)
            _settle(app)
            before, mlx_before = counts(), mlx_memory_mb()
        if new_chat_every and turn and turn % new_chat_every == 0:
            messages += message_count()
            _settle(app)
            leaving = rss_mb()
            window.new_chat()
            _settle(app)
            conversations.append(
                {"at_turn": turn, "rss_before_mb": round(leaving, 1), "rss_after_mb": round(rss_mb(), 1)}
            )
        t0 = time.perf_counter()
        if speech is not None and turn % VOICE_EVERY == 4:
            kind = "voice"
            speech.turn(turn, script, message_count)
        else:
            if turn % CHART_EVERY == CHART_EVERY - 1:
                kind = "chart"
                script(f'Drawing.<|tool_call>call:run_python{{code:<|"|>{CHART_CODE}<|"|>}}<tool_call|>')
                script(f"Here is chart {turn}.")
            else:
                kind = "text"
                script(f"Reply number {turn}: the quick brown fox jumps over the lazy dog.")
            window.composer.editor.setPlainText(f"Turn {turn}: tell me something.")
            window.composer._on_send()
            _wait(app, lambda: not window.chat.busy, 120)
        latencies.append(time.perf_counter() - t0)
        kinds.append(kind)
        rss.append(rss_mb())
        if (turn + 1) % 50 == 0:
            log(f"{turn + 1} turns, {rss[-1]:.0f} MB, {len(os.listdir('/proc/self/task'))} threads")
    messages += message_count()
    _quiet(window)
    settled_in = _settle_to(app, before) if before else 0.0
    after, mlx_after = counts(), mlx_memory_mb()
    trimmed = _malloc_trim_rss()
    window.close()  # closes voice too (the speaker's threads)
    close_services(window)
    return _report(
        turns,
        kinds,
        latencies,
        rss,
        before,
        after,
        mlx_before,
        mlx_after,
        trimmed,
        settled_in,
        conversations,
        messages,
        speech,
    )


class _VoiceRig:
    """Spoken questions through the real voice path: the window's VoiceBridge reads them
    from an array source (real-time pace, as from a microphone) instead of the microphone,
    and speaks the replies with espeak-ng into a null sink instead of a sound card."""

    def __init__(self, window, clips: list) -> None:
        from voice import EspeakSynthesizer, NullSink, PcmSpeaker

        self.window, self.clips = window, clips
        self.turns = 0
        self.audio_s = 0.0
        self.speaker = PcmSpeaker(EspeakSynthesizer(), NullSink(keep_s=5.0))
        window.voice.speaker_factory = lambda: self.speaker

    def turn(self, turn: int, script: Callable[[str], None], message_count: Callable[[], int]) -> None:
        import numpy as np

        from voice import ArraySource

        clip = self.clips[self.turns % len(self.clips)]
        self.turns += 1
        self.audio_s += LEAD_S + len(clip) / 16_000
        lead = np.zeros(int(LEAD_S * 16_000), np.float32)
        self.window.voice.source_factory = lambda: ArraySource(np.concatenate([lead, clip]), realtime=True)
        script(VOICE_REPLY)
        app = _app()
        start = message_count()
        toggle = self.window.composer.voice.conversation
        toggle.click()  # hands-free voice on, as the user would
        _wait(app, lambda: message_count() >= start + 2 and not self.window.chat.busy, 120, poll=0.02)
        _wait(app, lambda: not self.speaker.speaking, 60)  # the reply was spoken to its end
        toggle.click()  # and off: the listening thread ends


def _voice_rig(window) -> _VoiceRig | None:
    """None when speech cannot be made here (no espeak-ng): the soak runs without voice turns."""
    if not (shutil.which("espeak-ng") or shutil.which("espeak")):
        return None
    from voice import EspeakSynthesizer

    synth = EspeakSynthesizer()
    return _VoiceRig(window, [synth.synthesize(line) for line in VOICE_LINES])


def _app():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance()


def _report(
    turns,
    kinds,
    latencies,
    rss,
    before,
    after,
    mlx_before,
    mlx_after,
    trimmed,
    settled_in,
    conversations,
    messages,
    speech,
) -> dict[str, Any]:
    def pcts(values: list[float]) -> dict[str, float]:
        if not values:
            return {}
        ordered = sorted(values)
        pick = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))]  # noqa: E731
        return {"p50": round(pick(0.5), 3), "p90": round(pick(0.9), 3), "max": round(ordered[-1], 3), "n": len(values)}

    deciles = []
    size = max(1, -(-turns // 10))  # ten rows (fewer for a short run)
    for start in range(0, turns, size):
        rows = list(zip(kinds[start : start + size], latencies[start : start + size], strict=True))
        deciles.append(
            {
                "turns": f"{start + 1}-{start + len(rows)}",
                "rss_end_mb": round(rss[start + len(rows) - 1], 1),
                **{kind: pcts([s for k, s in rows if k == kind]) for kind in ("text", "chart", "voice")},
            }
        )
    growth = round(after["rss_mb"] - before["rss_mb"], 1) if before else 0.0
    leaks = {key: after[key] - before[key] for key in ("fds", "threads", "children")} if before else {}
    checks = {
        "rss": growth < RSS_BAR_MB,
        "fds": bool(before) and after["fds"] <= before["fds"],
        "threads": bool(before) and after["threads"] <= before["threads"],
        "python_threads": bool(before) and len(after["python_threads"]) <= len(before["python_threads"]),
        "children": bool(before) and after["children"] <= before["children"],
    }
    return {
        "turns": turns,
        "warmup_turns": WARMUP_TURNS,
        "messages": messages,
        "chart_turns": kinds.count("chart"),
        "voice_turns": kinds.count("voice"),
        "voice_audio_s": round(speech.audio_s, 1) if speech is not None else 0.0,
        "voice_skipped": None if speech is not None or "voice" in kinds else "espeak-ng is not installed",
        "before": before,
        "after": after,
        "settled_in_s": round(settled_in, 1),
        "leaks": leaks,
        "rss_growth_mb": growth,
        "rss_bar_mb": RSS_BAR_MB,
        "rss_after_malloc_trim_mb": trimmed,
        "mlx_memory_mb": {"before": mlx_before, "after": mlx_after},
        "conversations": conversations,
        "latency_s": {
            kind: pcts([s for k, s in zip(kinds, latencies, strict=True) if k == kind])
            for kind in ("text", "chart", "voice")
        },
        "deciles": deciles,
        "checks": checks,
        "passed": all(checks.values()),
    }


def _malloc_trim_rss() -> float | None:
    """RSS once glibc hands freed heap back (measured after the counts, for the report only):
    the gap to the RSS before it is memory freed but kept by the allocator, not live objects."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        return None
    return round(rss_mb(), 1)


def _wait(app, done, timeout: float, poll: float = 0.002) -> None:
    end = time.monotonic() + timeout
    while not done():
        if time.monotonic() > end:
            raise TimeoutError("the soak turn did not finish")
        app.processEvents()
        time.sleep(poll)


def _settle(app) -> None:
    """Let Qt deliver queued signals and deferred deletions before counting."""
    from PySide6.QtCore import QCoreApplication, QEvent

    for _ in range(20):
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        time.sleep(0.01)
    gc.collect()


def _quiet(window) -> None:
    """The sandbox replaces its warm child after every run, in the background: count only
    once the replacement is ready (a condition, not a pause), so both counts see one child."""
    window.toolbox.sandbox().wait_warm(60)


def _settle_to(app, baseline: dict[str, Any], limit: float = SETTLE_S) -> float:
    """Wait until threads, descriptors and children are back to the baseline (or `limit`
    passes: a leak stays and is reported). Returns the seconds it took."""
    t0 = time.monotonic()
    while True:
        _settle(app)
        now = counts()
        if all(now[k] <= baseline[k] for k in ("fds", "threads", "children")):
            break
        if time.monotonic() - t0 > limit:
            break
        time.sleep(0.1)
    return time.monotonic() - t0
