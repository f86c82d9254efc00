"""Find the part of a streaming Markdown reply that can no longer change."""

from __future__ import annotations


def stable_prefix_length(text: str) -> int:
    """Length of the prefix that ends at the last blank line outside a code fence.

    Blocks before that point are complete; only the tail after it can still change as
    tokens arrive, so the view re-renders just the tail.

        stable_prefix_length("para one\\n\\npara tw") -> 10
        stable_prefix_length("```\\ncode\\n\\nmore") -> 0   (inside an open fence)
    """
    stable = 0
    fence: str | None = None
    pos = 0
    for line in text.splitlines(keepends=True):
        if not line.endswith("\n"):
            break  # the last, unfinished line decides nothing
        stripped = line.strip()
        marker = stripped[:3]
        if fence is None and marker in ("```", "~~~"):
            fence = marker
        elif fence is not None and stripped.startswith(fence) and stripped.strip(fence[0]) == "":
            fence = None
            stable = pos + len(line)  # a closed fence ends a block
        elif fence is None and not stripped:
            stable = pos + len(line)
        pos += len(line)
    return stable
