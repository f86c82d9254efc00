"""The sandbox child: confine itself, wait for code, run it, report one JSON result.

Started by runner.py as `python -I -m sandbox.child RESULT_FD`. The result goes to a
private pipe, so nothing the code prints can forge it. The order matters: the network
namespace and limits first, then the slow imports (so a warm child is ready), then
Landlock and seccomp, then the code.
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


class CappedText(io.TextIOBase):
    """stdout/stderr for the user's code: stops the run when the cap is reached."""

    def __init__(self, cap: int) -> None:
        self.cap, self.parts, self.size, self.truncated = cap, [], 0, False

    def write(self, text: str) -> int:
        room = self.cap - self.size
        if len(text) > room:
            self.parts.append(text[: max(room, 0)])
            self.size = self.cap
            self.truncated = True
            raise OutputLimit
        self.parts.append(text)
        self.size += len(text)
        return len(text)

    def getvalue(self) -> str:
        return "".join(self.parts)


def main() -> None:
    result_fd = int(sys.argv[1])
    config = json.loads(os.environ["HEARTH_SANDBOX"])
    from . import confine

    confine.die_with_parent()
    root = os.geteuid() == 0  # root ignores RLIMIT_NPROC; decide before the user namespace
    layers = ["separate process"]
    if config["isolate"] and confine.isolate_network():
        layers.append("network namespace (no network)")
    if config.get("seatbelt"):  # the runner started us inside it (macOS)
        layers.append("sandbox-exec profile (files, network, programs)")
    confine.set_rlimits(config["memory_mb"], config["file_mb"])
    layers.append("resource limits")
    _warm_imports()
    work = Path.cwd()
    if config["isolate"]:
        abi = confine.apply_landlock([Path(p) for p in config["read_only"]], [work])
        if abi:
            layers.append(f"Landlock ABI {abi} (files, TCP{', signals' if abi >= 6 else ''})")
        if confine.apply_seccomp():
            layers.append("seccomp (no new programs or processes)")
        if confine.forbid_new_processes() and not root:
            layers.append("RLIMIT_NPROC=0")
    os.write(result_fd, b"R")  # ready: the parent may hand over code now
    request = json.loads(sys.stdin.readline() or "{}")
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
    import matplotlib.pyplot  # noqa: F401
    import numpy  # noqa: F401
    import pandas  # noqa: F401

    from . import policy  # noqa: F401  (RestrictedPython)


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
            error = f"The code exited with status {exc.code}."
    except MemoryError:
        limit, error = "memory", f"Out of memory: the limit is {config['memory_mb']} MB."
    except BaseException as exc:  # everything else is the code's own error
        error = _user_traceback(exc)
    finally:
        sys.stdout, sys.stderr = real_stdout, real_stderr
    figures, notes = _figures(config)
    text = out.getvalue() + "".join(notes)
    return {
        "ok": error is None,
        "stdout": text,
        "error": error,
        "figures": [base64.b64encode(f).decode() for f in figures],
        "limit_hit": limit,
        "duration_s": time.perf_counter() - started,
        "isolation": layers,
    }


def _user_traceback(exc: BaseException) -> str:
    """Only the lines of the user's code: no host paths, no library internals."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == "<sandbox>"]
    lines = [f"  line {f.lineno}" for f in frames[-3:]]
    head = "Traceback (most recent call last):\n" + "\n".join(lines) + "\n" if lines else ""
    return f"{head}{type(exc).__name__}: {exc}"


def _figures(config: dict[str, Any]) -> tuple[list[bytes], list[str]]:
    import matplotlib.pyplot as plt

    pngs: list[bytes] = []
    notes: list[str] = []
    numbers = plt.get_fignums()
    for number in numbers[: config["max_figures"]]:
        fig = plt.figure(number)
        width, height = fig.get_size_inches()
        dpi = min(float(fig.dpi), (config["max_figure_pixels"] / max(width * height, 1e-6)) ** 0.5)
        if dpi < 10:
            notes.append(f"\n[figure {number} skipped: {width:.0f}×{height:.0f} inches is too large]\n")
            continue
        buf = io.BytesIO()
        try:
            fig.savefig(buf, format="png", dpi=dpi)
        except Exception as exc:  # a figure that cannot render is reported, not fatal
            notes.append(f"\n[figure {number} could not be drawn: {exc}]\n")
            continue
        pngs.append(buf.getvalue())
    if len(numbers) > config["max_figures"]:
        notes.append(f"\n[{len(numbers) - config['max_figures']} more figures not shown]\n")
    plt.close("all")
    return pngs, notes


def build_font_cache() -> None:
    """Run trusted, before any child: children may read matplotlib's font cache, not write it."""
    import matplotlib.pyplot as plt

    plt.figure()


def entry() -> None:
    """`sandbox.child RESULT_FD` runs code; `sandbox.child --fonts` builds the font cache."""
    # A packaged app's matplotlib hook points MPLCONFIGDIR at a throw-away folder, which would
    # rebuild the font cache in every child: use the shared one the runner names.
    if os.environ.get("HEARTH_MPLCONFIGDIR"):
        os.environ["MPLCONFIGDIR"] = os.environ["HEARTH_MPLCONFIGDIR"]
    build_font_cache() if sys.argv[1:] == ["--fonts"] else main()


if __name__ == "__main__":
    entry()
