"""Content-addressed files next to the history database (attachments, thumbnails)."""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import time
from pathlib import Path


class BlobStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, sha256: str, ext: str) -> Path:
        return self.root / sha256[:2] / f"{sha256}{ext}"

    def thumb_for(self, sha256: str) -> Path:
        return self.root / "thumbs" / f"{sha256}.png"

    def put(self, src: Path) -> tuple[str, str, int]:
        """Copy ``src`` in (once per distinct content); returns (sha256, extension, size)."""
        digest = hashlib.sha256()
        with open(src, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
        sha, ext = digest.hexdigest(), src.suffix.lower()[:10]
        dest = self.path_for(sha, ext)
        if not dest.exists():
            dest.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=dest.parent, prefix=".incoming-")
            os.close(fd)
            try:
                shutil.copyfile(src, tmp)
                os.replace(tmp, dest)  # readers never see a half-copied file
            finally:
                Path(tmp).unlink(missing_ok=True)
        return sha, ext, dest.stat().st_size

    def put_bytes(self, data: bytes, ext: str) -> tuple[str, str, int]:
        """Store generated content (e.g. a chart); same addressing as ``put``."""
        sha = hashlib.sha256(data).hexdigest()
        dest = self.path_for(sha, ext)
        if not dest.exists():
            dest.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=dest.parent, prefix=".incoming-")
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, dest)
        return sha, ext, len(data)

    def collect_garbage(self, referenced: set[str], older_than_s: float = 86_400) -> int:
        """Delete files no message refers to (e.g. attached, then removed before sending)."""
        removed = 0
        cutoff = time.time() - older_than_s
        for path in self.root.glob("*/*"):
            sha = path.stem.split(".")[0]
            if len(sha) == 64 and sha not in referenced and path.stat().st_mtime < cutoff:
                path.unlink(missing_ok=True)
                removed += 1
        return removed
