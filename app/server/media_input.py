"""Media parts of a request -> files the runtime reads (MediaRef), checked before queueing.

Images come as ``data:`` URLs, or as local paths (``file://`` URLs or absolute paths) only
inside folders the person running the server allowed with ``--allow-files``; remote URLs
are never fetched. Audio comes as ``input_audio`` (base64 WAV or MP3). Each item is written
to the request's own temporary folder and decoded once with the runtime's media functions
(the same checks as an attachment in the window), so a damaged file is a 400 naming it,
not a failure half-way through a reply. The MediaRef carries the content's SHA-256: a client
resending the same picture next turn is the same media to the prompt cache.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from runtime import MediaError, MediaRef, check_regular, kind_of, probe

from .errors import APIError, bad_request

MAX_MEDIA_PER_REQUEST = 8
MAX_ITEM_BYTES = 32 * 2**20  # one decoded picture or sound clip
IMAGE_TYPES = {
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/jpg": ".jpg",
    "image/webp": ".webp",
    "image/gif": ".gif",
    "image/bmp": ".bmp",
    "image/tiff": ".tiff",
    "image/heic": ".heic",
    "image/heif": ".heif",
}


@dataclass
class MediaBudget:
    """Counts a request's media against its limits; owns the folder the files go to."""

    folder: Path
    allowed_dirs: tuple[Path, ...] = ()
    count: int = field(default=0)

    def _take(self, param: str) -> None:
        self.count += 1
        if self.count > MAX_MEDIA_PER_REQUEST:
            raise bad_request(
                f"Too many images and sounds in one request (the limit is {MAX_MEDIA_PER_REQUEST}).",
                param=param,
                code="too_many_media",
            )

    def image(self, url: str, param: str) -> MediaRef:
        self._take(param)
        if url.startswith("data:"):
            mime, data = _data_url(url, param)
            ext = IMAGE_TYPES.get(mime)
            if ext is None:
                raise bad_request(f"Images of type {mime!r} are not supported.", param=param, code="invalid_media")
            return self._write(data, ext, "image", param)
        if url.startswith(("http://", "https://")):
            raise bad_request(
                "Remote image URLs are not fetched: send the picture as a data: URL.", param=param, code="invalid_media"
            )
        return self._local(url, param)

    def audio(self, data: str, fmt: str, param: str) -> MediaRef:
        self._take(param)
        return self._write(_base64(data, param), f".{fmt}", "audio", param)

    def _local(self, url: str, param: str) -> MediaRef:
        raw = url.removeprefix("file://")
        if "\x00" in raw:  # no file has such a name (the OS refuses it)
            raise bad_request("A file path cannot contain a NUL character.", param=param, code="invalid_media")
        if not os.path.isabs(raw):
            raise bad_request("An image must be a data: URL or an absolute file path.", param=param)
        path = Path(os.path.realpath(raw))  # links are followed first: a link cannot lead outside
        if not any(path.is_relative_to(d) for d in self.allowed_dirs):
            hint = "the server allows no local files" if not self.allowed_dirs else "it is outside the allowed folders"
            raise APIError(
                403, f"“{Path(raw).name}” cannot be read: {hint} (hearth serve --allow-files DIR).", param=param
            )
        try:
            if kind_of(path) != "image":
                raise bad_request(f"“{path.name}” is not an image.", param=param, code="invalid_media")
            check_regular(path)
        except MediaError as exc:
            raise bad_request(str(exc), param=param, code="invalid_media") from None
        # The engine reads a copy, taken now: the file checked is the file read, even if the
        # path is swapped for a link elsewhere while the request waits in the queue.
        copy = self._write(_read_once(path, param), path.suffix.lower(), "image", param, shown=path.name)
        return MediaRef("image", copy.path, path.name, digest=copy.digest)

    def _write(self, data: bytes, ext: str, kind: str, param: str, shown: str | None = None) -> MediaRef:
        if not data:
            raise bad_request("The media item is empty.", param=param, code="invalid_media")
        if len(data) > MAX_ITEM_BYTES:
            raise APIError(
                413,
                f"A media item is too large ({len(data) / 2**20:.0f} MB; the limit is {MAX_ITEM_BYTES // 2**20} MB).",
                param=param,
                code="media_too_large",
            )
        digest = hashlib.sha256(data).hexdigest()
        path = self.folder / f"{self.count:02d}-{digest[:16]}{ext}"
        path.write_bytes(data)
        try:
            probe(path)
        except MediaError as exc:
            # A data: item is "image 2" to its client, which never named the file.
            message = str(exc).replace(path.name, shown or f"{kind} {self.count}")
            raise bad_request(message, param=param, code="invalid_media") from None
        return MediaRef(kind, path, f"{kind}-{self.count}{ext}", digest=digest)  # type: ignore[arg-type]


def _read_once(path: Path, param: str) -> bytes:
    """The bytes of ``path`` (already resolved and allowed), refusing a link put there since."""
    too_large = APIError(
        413,
        f"“{path.name}” is too large (the limit is {MAX_ITEM_BYTES // 2**20} MB).",
        param=param,
        code="media_too_large",
    )
    try:
        # NONBLOCK: a pipe put in its place cannot make the read wait.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise bad_request(
            f"“{path.name}” cannot be read ({exc.strerror}).", param=param, code="invalid_media"
        ) from None
    with os.fdopen(fd, "rb") as f:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise bad_request(f"“{path.name}” is not a plain file.", param=param, code="invalid_media")
        data = f.read(MAX_ITEM_BYTES + 1)
    if len(data) > MAX_ITEM_BYTES:
        raise too_large
    return data


def _data_url(url: str, param: str) -> tuple[str, bytes]:
    head, sep, payload = url.partition(",")
    if not sep or ";base64" not in head:
        raise bad_request("A data: URL must be base64 (data:image/png;base64,...).", param=param, code="invalid_media")
    mime = head.removeprefix("data:").split(";", 1)[0].strip().lower()
    return mime, _base64(payload, param)


def _base64(text: str, param: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise bad_request("The media data is not valid base64.", param=param, code="invalid_media") from None
