"""What an attachment is and why one cannot be attached, in the interface language.

app/attachments.py decides (Qt-free); the words a user reads are made here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale

from app.attachments import kind_refused
from app.ui.i18n import translate
from app.ui.lower_text import in_interface_language


def describe(meta: dict[str, Any], kind: str) -> str:
    """ "0:42 · read as 2 clips of up to 30 s", "1920×1080", "12 pages · 84 KB"... for chips and message bubbles."""
    if kind == "document":
        return _document(meta)
    if kind == "image":
        return f"{meta.get('width', 0)}×{meta.get('height', 0)}" if meta.get("width") else ""
    seconds = float(meta.get("duration") or 0)
    text = f"{int(seconds // 60)}:{int(seconds % 60):02d}"
    clips = int(meta.get("clips", 1) or 1)
    if kind == "audio" and clips > 1:
        text += " · " + translate("AttachmentText", "read as %n clips of up to 30 s", None, clips)
    if kind == "video" and not meta.get("has_audio"):
        text += " · " + translate("AttachmentText", "no sound")
    return text


def _document(meta: dict[str, Any]) -> str:
    count = int(meta.get("count") or 0)
    unit = {
        "pages": translate("AttachmentText", "%n pages", None, count),
        "slides": translate("AttachmentText", "%n slides", None, count),
        "paragraphs": translate("AttachmentText", "%n paragraphs", None, count),
        "rows": translate("AttachmentText", "%n rows", None, count),
    }.get(str(meta.get("unit")), translate("AttachmentText", "%n lines", None, count))
    size = int(meta.get("bytes") or 0)
    return f"{unit} · {QLocale().formattedDataSize(size, 0)}" if size else unit


def _kinds(kind: str) -> str:
    if kind == "image":
        return translate("AttachmentText", "images")
    if kind == "audio":
        return translate("AttachmentText", "audio")
    return translate("AttachmentText", "video")


def refusal(path: Path, supported: frozenset[str], model_name: str) -> str | None:
    """Why this model cannot take the file, or None if it can."""
    reason, kind = kind_refused(path, supported)
    if reason is not None:
        return in_interface_language(reason)  # the file itself: a folder, a pipe, an unknown format (media layer)
    if kind is None:
        return None
    return cannot_read(kind, supported, model_name)


def cannot_read(kind: str, supported: frozenset[str], model_name: str) -> str:
    """ "{model} cannot read images. It reads text only. Load Gemma 4 to attach images." """
    can = [_kinds(k) for k in ("image", "audio", "video") if k in supported]
    reads = (
        translate("AttachmentText", "It reads {kinds}.").format(kinds=QLocale().createSeparatedList(can))
        if can
        else translate("AttachmentText", "It reads text only.")
    )
    # Whole sentences per kind: languages that inflect the noun or need an article can say them.
    cannot, load = {
        "image": (
            translate("AttachmentText", "{model} cannot read images."),
            translate("AttachmentText", "Load Gemma 4 to attach images."),
        ),
        "audio": (
            translate("AttachmentText", "{model} cannot read audio."),
            translate("AttachmentText", "Load Gemma 4 to attach audio."),
        ),
    }.get(
        kind,
        (
            translate("AttachmentText", "{model} cannot read video."),
            translate("AttachmentText", "Load Gemma 4 to attach video."),
        ),
    )
    cannot = cannot.format(model=model_name)
    return f"{cannot} {reads} {load}"
