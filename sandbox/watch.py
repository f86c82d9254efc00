"""Parent-side checks: the child's memory, and that figures really are sane PNG files."""

from __future__ import annotations

import io

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MAX_PNG_BYTES = 16 * 2**20
MAX_PNG_PIXELS = 25_000_000


def resident_mb(pid: int) -> float:
    """Resident memory of a process in MB (0 when it is gone). psutil reads the kernel's own
    counters on Linux and macOS, instead of starting `ps` for every check."""
    import psutil

    try:
        return float(psutil.Process(pid).memory_info().rss) / 2**20
    except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
        return 0.0


def valid_png(data: bytes) -> bool:
    """Figures come from untrusted code: check them before anything displays them."""
    if not data.startswith(PNG_SIGNATURE) or len(data) > MAX_PNG_BYTES:
        return False
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as im:
            if im.format != "PNG" or im.width * im.height > MAX_PNG_PIXELS:
                return False
            im.verify()
    except Exception:
        return False
    return True
