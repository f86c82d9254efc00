"""The sandbox child: confine itself, wait for code, run it, report one JSON result.

Started by runner.py (inside bubblewrap on Linux, sandbox-exec on macOS) as
`python -I -m sandbox.child RESULT_FD`. What the code prints goes straight to stdout, so
it survives a crash or a timeout; the result goes to a private pipe. Nothing here is
trusted by the parent: code can forge or garble both, and the parent checks and caps
everything it reads. The order matters: limits first, then the slow imports (so a warm
child is ready), then the watchdog, Landlock and seccomp, then the code.
"""

from __future__ import annotations

import base64
import io
import json
import os
import sys
import time
import traceback
from pathlib import Path
from typing import Any


class OutputLimit(Exception):
    pass


MAX_ERROR_CHARS = 20_000  # the parent shows far less; this only keeps the result small


class CappedText(io.TextIOBase):
    """stdout/stderr for the user's code: written through to fd 1, stops the run at the cap."""

    def __init__(self, cap: int, fd: int = 1) -> None:
        self.cap, self.size, self.fd = cap, 0, fd

    def write(self, text: str) -> int:
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        room = self.cap - self.size
        over = len(text) > room
        self._emit(text[: max(room, 0)] if over else text)
        if over:
            self.size = self.cap
            raise OutputLimit
        self.size += len(text)
        return len(text)

    def _emit(self, text: str) -> None:
        view = memoryview(text.encode("utf-8", errors="replace"))
        while view:
            view = view[os.write(self.fd, view) :]


def main() -> None:
    result_fd = int(sys.argv[1])
    config = json.loads(os.environ["HEARTH_SANDBOX"])
    from . import confine

    confine.die_with_parent()
    root = os.geteuid() == 0  # root ignores RLIMIT_NPROC
    layers = ["separate process"]
    if config.get("boundary") == "bwrap":  # the runner started us inside it (Linux)
        layers.append("bubblewrap (no network, no other processes, read-only runtime, private /tmp)")
    elif config["isolate"] and confine.isolate_network():
        layers.append("network namespace (no network)")
    if config.get("boundary") == "seatbelt":  # the runner started us inside it (macOS)
        layers.append("sandbox-exec profile (files, network, programs)")
    confine.set_rlimits(config["memory_mb"], config["file_mb"])
    layers.append("resource limits")
    _warm_imports()
    work = Path.cwd()
    watchdog = None
    if config.get("boundary") == "bwrap":  # only a PID namespace guarantees the sleeper ends with the run
        watchdog = confine.start_watchdog(config["timeout_s"] + 2.0)
        if watchdog is not None:
            layers.append("wall-clock watchdog inside the boundary")
    if config["isolate"]:
        abi = confine.apply_landlock([Path(p) for p in config["read_only"]], [work])
        if abi:
            layers.append(f"Landlock ABI {abi} (files, TCP{', signals' if abi >= 6 else ''})")
        if confine.apply_seccomp():
            layers.append("seccomp (no programs, processes, sockets, ptrace; native calls only)")
        elif config.get("boundary") == "bwrap":  # the probe promised it: never run with less
            sys.stderr.write("seccomp could not be applied in the sandbox\n")
            os._exit(3)
        if confine.forbid_new_processes() and not root:
            layers.append("RLIMIT_NPROC=0")
    os.write(result_fd, b"R")  # ready: the parent may hand over code now
    request = json.loads(sys.stdin.readline() or "{}")
    if watchdog is not None:
        os.write(watchdog, b"S")
    confine.limit_cpu(request.get("cpu_s", 10))
    result = run_code(request.get("code", ""), config, layers)
    payload = json.dumps(result).encode()
    view = memoryview(payload)
    while view:
        view = view[os.write(result_fd, view) :]
    os._exit(0)


def _warm_imports() -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot
    import numpy  # noqa: F401
    import pandas  # noqa: F401

    from . import figure_text, policy  # noqa: F401  (RestrictedPython)


def run_code(code: str, config: dict[str, Any], layers: list[str]) -> dict[str, Any]:
    from . import policy

    out = CappedText(config["max_output_chars"])
    started = time.perf_counter()
    error, limit = None, None
    real_stdout, real_stderr = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = out
    try:
        if config.get("language_layer", True):
            exec(policy.compile_code(code), policy.restricted_globals(out.write))
        else:  # tests only: what the OS layer contains on its own
            exec(compile(code, "<sandbox>", "exec"), {"__name__": "__sandbox__"})
    except SyntaxError as exc:
        error = f"The code was refused: {exc.msg if hasattr(exc, 'msg') else exc}"
    except OutputLimit:
        limit = "output"
        error = f"Output limit reached ({config['max_output_chars']:,} characters); the run was stopped."
    except SystemExit as exc:
        if exc.code not in (None, 0):
            error = f"The code exited with status {_text(exc.code)}."
    except MemoryError:
        limit, error = "memory", f"Out of memory: the limit is {config['memory_mb']} MB."
    except BaseException as exc:  # everything else is the code's own error
        error = _user_traceback(exc)
    finally:
        sys.stdout, sys.stderr = real_stdout, real_stderr
    figures, alts, notes = _figures(config)
    return {
        "ok": error is None,
        "error": error[:MAX_ERROR_CHARS] if error else None,
        "notes": notes,
        "figures": [base64.b64encode(f).decode() for f in figures],
        "figure_facts": alts,  # one per figure: what it shows, for a screen reader (figure_text.py)
        "limit_hit": limit,
        "duration_s": time.perf_counter() - started,
        "isolation": layers,
    }


def _text(value: object) -> str:
    """str() of something the code made: it may raise, recurse or be huge."""
    try:
        return str(value)[:MAX_ERROR_CHARS]
    except BaseException:
        return f"<{type(value).__name__} that cannot be shown>"


def _user_traceback(exc: BaseException) -> str:
    """Only the lines of the user's code: no host paths, no library internals."""
    try:
        frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == "<sandbox>"]
    except BaseException:
        frames = []
    lines = [f"  line {f.lineno}" for f in frames[-3:]]
    head = "Traceback (most recent call last):\n" + "\n".join(lines) + "\n" if lines else ""
    return f"{head}{type(exc).__name__}: {_text(exc)}{_suggestion(exc)}"


def _suggestion(exc: BaseException) -> str:
    """Point at the likely typo (np.meen -> mean), as Python's own traceback would."""
    import difflib

    try:
        name = getattr(exc, "name", None)
        if isinstance(exc, AttributeError) and isinstance(name, str):
            candidates = [n for n in dir(exc.obj) if not n.startswith("_")]
        elif isinstance(exc, NameError) and isinstance(name, str):
            candidates = _names_in_scope(exc)
        else:
            return ""
        close = difflib.get_close_matches(name, candidates, n=1)
        return f" Did you mean: '{close[0]}'?" if close else ""
    except BaseException:
        return ""


def _names_in_scope(exc: BaseException) -> list[str]:
    """Names the user's innermost frame could see: its locals, globals and builtins."""
    tb, frame = exc.__traceback__, None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<sandbox>":
            frame = tb.tb_frame
        tb = tb.tb_next
    if frame is None:
        return []
    builtins = frame.f_globals.get("__builtins__", {})
    names = [*frame.f_locals, *frame.f_globals, *(builtins if isinstance(builtins, dict) else dir(builtins))]
    return [n for n in names if isinstance(n, str) and not n.startswith("_")]


def _figures(config: dict[str, Any]) -> tuple[list[bytes], list[dict[str, Any] | None], list[str]]:
    import matplotlib.pyplot as plt

    from .figure_text import facts

    pngs: list[bytes] = []
    alts: list[dict[str, Any] | None] = []
    notes: list[str] = []
    try:
        numbers = list(plt.get_fignums())
    except BaseException:
        return [], [], ["\n[figures could not be collected]\n"]
    for number in numbers[: config["max_figures"]]:
        try:
            png, note = _render(plt.figure(number), number, config["max_figure_pixels"], config["max_figure_bytes"])
        except BaseException as exc:  # a figure that cannot render is reported, not fatal
            png, note = None, f"\n[figure {number} could not be drawn: {type(exc).__name__}: {_text(exc)[:200]}]\n"
        if png is not None:
            pngs.append(png)
            try:
                alts.append(facts(plt.figure(number)))
            except BaseException:
                alts.append(None)
        if note:
            notes.append(note)
    if len(numbers) > config["max_figures"]:
        notes.append(f"\n[{len(numbers) - config['max_figures']} more figures not shown]\n")
    try:
        plt.close("all")
    except BaseException:
        pass
    return pngs, alts, notes


def _render(fig: Any, number: int, max_pixels: int, max_bytes: int) -> tuple[bytes | None, str]:
    width, height = (float(v) for v in fig.get_size_inches())
    dpi = min(float(fig.dpi), (max_pixels / max(width * height, 1e-6)) ** 0.5)
    if dpi < 10:
        return None, f"\n[figure {number} skipped: {width:.0f}×{height:.0f} inches is too large]\n"
    for _ in range(4):  # noisy charts compress badly: halve the pixels until the PNG fits
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=dpi)
        if buf.tell() <= max_bytes:
            return buf.getvalue(), ""
        dpi /= 2**0.5
    return None, f"\n[figure {number} skipped: its image is larger than {max_bytes / 2**20:.0f} MB]\n"


def build_font_cache() -> None:
    """Run trusted, before any child: children may read matplotlib's font cache, not write it."""
    import matplotlib.pyplot as plt

    plt.figure()


def entry() -> None:
    """`sandbox.child RESULT_FD` runs code; `--fonts` builds the font cache; `--probe` reports isolation."""
    # A packaged app's matplotlib hook points MPLCONFIGDIR at a throw-away folder, which would
    # rebuild the font cache in every child: use the shared one the runner names.
    if os.environ.get("HEARTH_MPLCONFIGDIR"):
        os.environ["MPLCONFIGDIR"] = os.environ["HEARTH_MPLCONFIGDIR"]
    if sys.argv[1:] == ["--fonts"]:
        build_font_cache()
    elif sys.argv[1:] == ["--probe"]:
        from .isolation import facts_inside

        print(json.dumps(facts_inside()), flush=True)
    else:
        main()


if __name__ == "__main__":
    entry()
