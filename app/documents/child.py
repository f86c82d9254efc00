"""The child side of isolated.py: read one document, answer in JSON lines on stdout.

    python -m app.documents.child        (a packaged app runs itself: Hearth --document-child)

The request is one JSON line on stdin (never argv or the environment, which other processes can
read: it may carry a password): {"op": "text" | "pages", "path", "password", "out", "max_pages",
"memory_mb", "cpu_s"}. The answers: {"ready": true} once the libraries are imported and the limits set, then
{"progress": 0.25, "step": "3/12"} per page, then one result: {"text", "unit", "count"} or
{"files", "pages", "left_out"} or {"error", "kind"} (kind: "password", "scanned", "memory", "").
"""

from __future__ import annotations

import json
import logging
import os
import sys
import warnings
from pathlib import Path
from typing import Any

OUT_OF_MEMORY_EXIT = 3  # the answer itself could not be written after a MemoryError (isolated.py)


def _send(message: dict[str, Any]) -> None:
    sys.stdout.buffer.write(json.dumps(message, ensure_ascii=False).encode() + b"\n")
    sys.stdout.buffer.flush()


def _limit(memory_mb: int, cpu_s: float) -> None:
    """Address space (Linux; macOS ignores RLIMIT_AS, the parent watches RSS there) and CPU time."""
    import resource

    from sandbox.confine import limit_cpu

    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        limit = memory_mb * 2**20
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    limit_cpu(cpu_s)


def main() -> int:
    from sandbox.confine import die_with_parent

    die_with_parent()
    request = json.loads(sys.stdin.readline())
    # Imported before the limits: the limits are about the document, not about start-up.
    import docx  # noqa: F401
    import openpyxl  # noqa: F401
    import pptx  # noqa: F401
    import pypdf  # noqa: F401

    from runtime import MediaError

    from .extract import extract
    from .limits import Budget, DocumentError, NoTextLayer, PasswordNeeded
    from .office import unreadable
    from .pdf import page_images

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # a damaged file warns once per object
    warnings.simplefilter("ignore")
    _limit(int(request["memory_mb"]), float(request["cpu_s"]))
    _send({"ready": True})
    path = Path(request["path"])
    password = request.get("password")

    def progress(fraction: float, step: str) -> None:
        _send({"progress": fraction, "step": step})

    try:
        if request["op"] == "pages":
            budget = Budget(path.name, progress=progress)
            images = page_images(path, Path(request["out"]), budget, password, int(request["max_pages"]))
            _send({"files": [str(f) for f in images.files], "pages": images.pages, "left_out": images.left_out})
        else:
            doc = extract(path, progress=progress, password=password)
            _send({"text": doc.text, "unit": doc.unit, "count": doc.count})
    except MemoryError:
        try:
            _send({"error": "", "kind": "memory"})
        except MemoryError:
            os._exit(OUT_OF_MEMORY_EXIT)
    except PasswordNeeded as exc:
        _send({"error": str(exc), "kind": "password", "wrong": exc.wrong})
    except NoTextLayer as exc:
        _send({"error": str(exc), "kind": "scanned", "pages": exc.pages})
    except DocumentError as exc:
        _send({"error": str(exc), "kind": ""})
    except MediaError as exc:  # not a regular file, for one
        _send({"error": str(exc), "kind": ""})
    except Exception as exc:  # a library's own error on a damaged file
        _send({"error": str(unreadable(path.name, exc)), "kind": ""})
    return 0


if __name__ == "__main__":
    sys.exit(main())
