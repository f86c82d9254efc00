"""What a sandbox run returns, and the limits it runs under."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Limits:
    timeout_s: float = 20.0  # wall clock, from handing over the code
    cpu_s: float = 15.0
    memory_mb: int = 1536  # address space on Linux; resident memory (watchdog) everywhere
    file_mb: int = 64  # largest file the code may write in its work folder
    max_output_chars: int = 20_000  # the child stops the code here
    max_shown_chars: int = 8_000  # stdout kept for the window and the model
    max_error_chars: int = 4_000
    max_figures: int = 10
    max_figure_pixels: int = 4_000_000
    max_figure_bytes: int = 4 * 2**20
    max_result_bytes: int = 64 * 2**20  # the whole result pipe, figures included


@dataclass(frozen=True)
class Result:
    ok: bool
    stdout: str = ""
    error: str | None = None  # a readable message (traceback lines of the user's code only)
    figures: tuple[bytes, ...] = ()  # PNG files
    figure_alts: tuple[str, ...] = ()  # each figure's alt text (same order), from the figure's own data
    figure_facts: tuple[dict[str, Any] | None, ...] = ()  # the same as data, to word in another language
    timed_out: bool = False
    duration_s: float = 0.0
    limit_hit: str | None = None  # "time" | "cpu" | "memory" | "output" | "crash"
    isolation: tuple[str, ...] = field(default=())  # the OS layers that were in force
