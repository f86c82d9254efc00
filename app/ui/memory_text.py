"""A memory estimate in the interface language (runtime's own summary is English, for logs and the CLI)."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from app.ui.i18n import translate
from runtime import MemoryEstimate
from runtime.memory import GB, SLOW_ON_CPU_BYTES


def memory_summary(est: MemoryEstimate) -> str:
    locale = QLocale()

    def gb(n: int, decimals: int = 1) -> str:
        return locale.toString(n / GB, "f", decimals)

    text = translate(
        "MemorySummary",
        "Needs about {total} GB ({weights} GB weights + {kv} GB for a {context}-token context); "
        "this computer has {memory} GB of memory, ~{usable} GB usable for models.",
    ).format(
        total=gb(est.total_bytes),
        weights=gb(est.weights_bytes),
        kv=gb(est.kv_bytes),
        context=locale.toString(est.context),
        memory=gb(est.system_bytes, 0),
        usable=gb(est.budget_bytes, 0),
    )
    if est.verdict == "fits":
        verdict = translate("MemorySummary", "Fits comfortably.")
    elif est.verdict == "tight":
        verdict = translate("MemorySummary", "Fits, but little memory will be left for other apps.")
    else:
        verdict = translate(
            "MemorySummary", "Too big: expect heavy swapping or a failed load. Pick a smaller model or context."
        )
    text += " " + verdict
    if not est.gpu and est.weights_bytes > SLOW_ON_CPU_BYTES and est.verdict != "too_big":
        text += " " + translate(
            "MemorySummary",
            "But this computer has no GPU that MLX can use: a model this size runs on the CPU "
            "and will answer slowly (a few words a second at best).",
        )
    return text
