"""Prepare a file the user attached: check it decodes, store it, draw its thumbnail. Qt-free.

Runs on a worker thread. Everything the model will later read is decoded here once, so a
damaged file is reported on its own chip before anything is sent.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.documents import is_document, passages
from app.documents.isolated import read_document, read_page_images
from app.documents.stored import text_path, tokens_about, write_text
from app.store.blobs import BlobStore
from runtime import MediaError, check_regular, decode_audio, decode_video, kind_of, open_image, probe

if TYPE_CHECKING:  # imported where pictures are drawn: the window shows without them
    import threading
    from collections.abc import Callable

    import numpy as np
    from PIL import Image

log = logging.getLogger(__name__)
MAX_ATTACHMENTS = 10
THUMB = 160
# A chart's thumbnail is the picture its tool card shows at 520 px: twice that for Retina
# screens. The card never paints the full PNG (up to 4 megapixels), which cost the GUI
# thread a decode and a rescale on every repaint.
FIGURE_PREVIEW = 1040
INDEX_SHARE = 0.2  # of a document's progress bar: indexing its passages, after reading it


@dataclass(frozen=True)
class Prepared:
    """An attachment ready to send: its file is in the blob store, its thumbnail drawn."""

    kind: str
    name: str
    sha256: str
    ext: str
    size_bytes: int
    path: Path
    thumb: Path
    meta: dict[str, Any] = field(default_factory=dict)
    # A voice turn's sound, already in memory (16 kHz mono float32, equal to decoding the
    # file): the model reads it for this turn; the history, later turns and regenerate read
    # the file. Never stored: record() leaves it out.
    samples: np.ndarray | None = field(default=None, compare=False, repr=False)

    @classmethod
    def from_stored(cls, a: Any) -> Prepared:
        """Re-offer an attachment that is already in the history (editing a message)."""
        return cls(a.kind, a.name, a.sha256, a.ext, a.size_bytes, a.path, a.thumb, dict(a.meta))

    def record(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "name": self.name,
            "sha256": self.sha256,
            "ext": self.ext,
            "size_bytes": self.size_bytes,
            "meta": self.meta,
        }


def kind_refused(path: Path, supported: frozenset[str]) -> tuple[str | None, str | None]:
    """(why the file cannot be read at all, None) or (None, the kind this model cannot read) or (None, None).

    The interface words the second case (app/ui/attachment_text.py)."""
    try:
        check_regular(path)  # a folder or a pipe is named as such, whatever its name ends with
        if is_document(path):
            return None, None  # every model reads text
        kind = kind_of(path)
    except MediaError as exc:
        return str(exc), None
    return None, (None if kind in supported else kind)


def prepare(
    src: Path,
    blobs: BlobStore,
    cancel: threading.Event | None = None,
    progress: Callable[[float, str], None] | None = None,
    password: str | None = None,
    index_db: Path | None = None,
) -> Prepared:
    """Decode ``src`` fully (raising MediaError with a readable reason), then store it.
    ``password`` opens an encrypted PDF; it is used for this read only, never stored.
    A document is also indexed for retrieval in the history database at ``index_db``."""
    if is_document(src):
        return prepare_document(src, blobs, cancel, progress, password, index_db)
    info = probe(src)
    sha, ext, size = blobs.put(src)
    stored = blobs.path_for(sha, ext)
    thumb = blobs.thumb_for(sha)
    if not thumb.exists():
        thumb.parent.mkdir(parents=True, exist_ok=True)
        _thumbnail(stored, info.kind).save(thumb)
    meta = {
        "width": info.width,
        "height": info.height,
        "duration": round(info.duration, 2),
        "clips": info.clips,
        "has_audio": info.has_audio,
    }
    return Prepared(info.kind, src.name, sha, ext, size, stored, thumb, meta)


def prepare_document(
    src: Path,
    blobs: BlobStore,
    cancel: threading.Event | None = None,
    progress: Callable[[float, str], None] | None = None,
    password: str | None = None,
    index_db: Path | None = None,
) -> Prepared:
    """Extract the text (app/documents, PDF and Office files in a bounded child process), store
    the file and its text side by side, and index its passages in the history at ``index_db``
    (None: later, when a reply first needs them)."""
    share = INDEX_SHARE if index_db is not None else 0.0
    scaled = (lambda f, text: progress(f * (1 - share), text)) if progress is not None else None
    doc = read_document(src, cancel, scaled, password)
    sha, ext, size = blobs.put(src)
    stored = blobs.path_for(sha, ext)
    write_text(text_path(stored, sha), doc.text)
    if index_db is not None:
        _index(
            index_db,
            sha,
            doc.text,
            doc.unit,
            cancel,
            (lambda f: progress(1 - share + f * share, "")) if progress else None,
        )
    thumb = blobs.thumb_for(sha)
    if not thumb.exists():
        thumb.parent.mkdir(parents=True, exist_ok=True)
        _document_icon(ext).save(thumb)
    meta = {
        "unit": doc.unit,
        "count": doc.count,
        "chars": len(doc.text),
        "tokens": tokens_about(doc.text),
        "bytes": size,
    }
    return Prepared("document", src.name, sha, ext, size, stored, thumb, meta)


def _index(
    db_path: Path,
    sha: str,
    text: str,
    unit: str,
    cancel: threading.Event | None,
    progress: Callable[[float], None] | None,
) -> None:
    """Index the passages now; if the history cannot be written (locked too long, disk full),
    the document is still attached and is indexed when a reply first needs it."""
    try:
        db = passages.open_for_indexing(db_path)
        try:
            passages.index(db, sha, text, unit, cancel, progress)
        finally:
            db.close()
    except sqlite3.Error as exc:
        log.warning("passages of %s not indexed now: %s", sha[:12], exc)


def prepare_page_images(
    src: Path,
    blobs: BlobStore,
    cancel: threading.Event | None = None,
    progress: Callable[[float, str], None] | None = None,
    password: str | None = None,
    max_pages: int = MAX_ATTACHMENTS,
) -> tuple[list[Prepared], int]:
    """A scanned PDF's first pages as image attachments, and how many of its pages were left out."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="hearth-pages-") as tmp:
        shots = read_page_images(src, Path(tmp), cancel, progress, password, max_pages)
        return [prepare(f, blobs) for f in shots.files], shots.left_out


def store_figures(
    figures: tuple[bytes, ...],
    blobs: BlobStore,
    alts: tuple[str, ...] = (),
    facts: tuple[dict[str, Any] | None, ...] = (),
) -> list[dict[str, Any]]:
    """Store the sandbox's charts and draw their previews (worker thread: PNG decoding is slow).
    ``alts`` and ``facts`` (sandbox/figure_text.py) go in each chart's meta: what a screen reader
    says, in English and as data the window words in the interface language."""
    from PIL import Image

    files = []
    for i, png in enumerate(figures, 1):
        sha, ext, size = blobs.put_bytes(png, ".png")
        thumb = blobs.thumb_for(sha)
        if not thumb.exists():
            thumb.parent.mkdir(parents=True, exist_ok=True)
            with Image.open(blobs.path_for(sha, ext)) as im:
                im.thumbnail((FIGURE_PREVIEW, FIGURE_PREVIEW))
                im.save(thumb)
        meta: dict[str, Any] = {"alt": alts[i - 1]} if i <= len(alts) and alts[i - 1] else {}
        if i <= len(facts) and facts[i - 1] is not None:
            meta["alt_facts"] = facts[i - 1]
        files.append(
            {"kind": "image", "name": f"figure-{i}.png", "sha256": sha, "ext": ext, "size_bytes": size, "meta": meta}
        )
    return files


def _thumbnail(path: Path, kind: str) -> Image.Image:
    from PIL import Image

    if kind == "image":
        im = open_image(path, max_side=THUMB)
    elif kind == "video":
        frames = decode_video(path, frames=1, max_side=THUMB).frames
        im = _play_badge(Image.fromarray(frames[0].transpose(1, 2, 0)))
    else:
        im = waveform(decode_audio(path))
    im.thumbnail((THUMB, THUMB))
    return im


def waveform(wave: np.ndarray, size: tuple[int, int] = (THUMB, 48)) -> Image.Image:
    """A small picture of the sound's loudness over time."""
    import numpy as np
    from PIL import Image, ImageDraw

    w, h = size
    im = Image.new("RGB", size, (238, 234, 246))
    draw = ImageDraw.Draw(im)
    if wave.size:
        chunks = np.array_split(np.abs(wave), w)
        peaks = np.array([c.max() if c.size else 0.0 for c in chunks])
        peaks = peaks / max(float(peaks.max()), 1e-6)
        for x, p in enumerate(peaks):
            half = max(1, int(p * (h / 2 - 3)))
            draw.line((x, h / 2 - half, x, h / 2 + half), fill=(120, 90, 180))
    return im


def _document_icon(ext: str) -> Image.Image:
    """A page with the file type on it: documents have no picture of their own."""
    from PIL import Image, ImageDraw

    im = Image.new("RGB", (THUMB * 3 // 4, THUMB), (246, 244, 250))
    draw = ImageDraw.Draw(im)
    draw.rectangle((8, 8, im.width - 9, im.height - 9), outline=(120, 90, 180), width=3)
    for y in range(36, im.height - 40, 14):
        draw.line((22, y, im.width - 23, y), fill=(200, 190, 220), width=4)
    draw.text((22, im.height - 34), ext.lstrip(".").upper()[:5], fill=(120, 90, 180), font_size=22)
    return im


def _play_badge(im: Image.Image) -> Image.Image:
    from PIL import ImageDraw

    im = im.convert("RGB")
    draw = ImageDraw.Draw(im)
    cx, cy, r = im.width // 2, im.height // 2, max(8, min(im.size) // 6)
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(0, 0, 0))
    draw.polygon([(cx - r // 3, cy - r // 2), (cx - r // 3, cy + r // 2), (cx + r // 2, cy)], fill=(255, 255, 255))
    return im
