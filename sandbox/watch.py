"""Parent-side checks: the child's memory, and that figures really are sane PNG files."""

from __future__ import annotations

import io
import subprocess
import sys

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MAX_PNG_BYTES = 16 * 2**20
MAX_PNG_PIXELS = 25_000_000


def resident_mb(pid: int) -> float:
    """Resident memory of a process in MB (0 when it is gone)."""
    if sys.platform.startswith("linux"):
        try:
            with open(f"/proc/{pid}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        return int(line.split()[1]) / 1024
        except OSError:
            return 0.0
        return 0.0
    out = subprocess.run(["ps", "-o", "rss=", "-p", str(pid)], capture_output=True, text=True, check=False)
    return int(out.stdout.strip() or 0) / 1024


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
