"""Read a file the user picks, write a file into a folder the user picks. Qt-free.

The model never names a path: it asks (with a reason, or with a file name and content), and
the user's decision carries the path (the window's "Choose file…", the terminal's prompt).
Reading is capped and text only; writing never replaces a file: a taken name gets a suffix.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

READ_FILE, WRITE_FILE = "read_file", "write_file"
READ_BYTES = 1_000_000  # what is read of a file at most
MODEL_CHARS = 12_000  # what the model reads back of it
WRITE_CHARS = 1_000_000
TEXT_SUFFIXES = frozenset(
    ".txt .text .md .markdown .rst .csv .tsv .json .jsonl .yaml .yml .toml .ini .cfg .conf .log .xml .html .htm "
    ".py .js .ts .tsx .jsx .c .h .cc .cpp .hpp .java .kt .go .rs .rb .php .swift .sh .bash .zsh .sql .css .scss "
    ".r .m .tex .srt .vtt .env .gitignore".split()
)
# Common kinds that are not text, named so the model can tell the user what to do instead.
NOT_TEXT = {
    ".pdf": "PDF", ".doc": "Word", ".docx": "Word", ".xls": "Excel", ".xlsx": "Excel", ".ppt": "PowerPoint",
    ".pptx": "PowerPoint", ".odt": "OpenDocument", ".ods": "OpenDocument", ".pages": "Pages",
    ".numbers": "Numbers", ".key": "Keynote", ".rtf": "RTF", ".zip": "ZIP", ".png": "image", ".jpg": "image",
    ".jpeg": "image", ".gif": "image", ".heic": "image", ".webp": "image", ".mp3": "audio", ".wav": "audio",
    ".m4a": "audio", ".mp4": "video", ".mov": "video",
}  # fmt: skip

READ_DECLARATION = {
    "type": "function",
    "function": {
        "name": READ_FILE,
        "description": (
            "Ask the user to pick a text file (plain text, Markdown, code, CSV, JSON) and read it. The user "
            "chooses the file; say why you need it."
        ),
        "parameters": {
            "type": "object",
            "properties": {"reason": {"type": "string", "description": "Why you need a file, shown to the user"}},
            "required": ["reason"],
        },
    },
}
WRITE_DECLARATION = {
    "type": "function",
    "function": {
        "name": WRITE_FILE,
        "description": (
            "Save text as a file in a folder the user picks (the user sees the name and content first). "
            "An existing file is never replaced: a number is added to the name."
        ),
        "parameters": {
            "type": "object",
            "properties": {
                "name": {"type": "string", "description": "File name with extension, e.g. notes.md"},
                "content": {"type": "string", "description": "The text to save"},
            },
            "required": ["name", "content"],
        },
    },
}


class FileSkillError(ValueError):
    """A sentence for the user and the model."""


def read_text(path: Path) -> dict[str, Any]:
    """The text of a file the user picked (capped), or FileSkillError saying why not."""
    suffix = path.suffix.lower()
    if suffix in NOT_TEXT:
        raise FileSkillError(
            f"{path.name} is a {NOT_TEXT[suffix]} file ({suffix}), which this tool cannot read: "
            "only text files (plain text, Markdown, code, CSV, JSON) can be read. Attach it to a message instead, "
            "or export it as text."
        )
    try:
        with path.open("rb") as f:
            raw = f.read(READ_BYTES + 1)
        size = path.stat().st_size
    except IsADirectoryError:
        raise FileSkillError(f"{path.name} is a folder, not a file.") from None
    except OSError as exc:
        raise FileSkillError(f"{path.name} could not be read: {exc.strerror or exc}.") from None
    text = _decode(raw[:READ_BYTES], known_text=suffix in TEXT_SUFFIXES)
    if text is None:
        raise FileSkillError(
            f"{path.name} is not a text file this tool can read (only plain text, Markdown, code, CSV, JSON)."
        )
    shown = text[:MODEL_CHARS]
    out: dict[str, Any] = {"file": path.name, "bytes": size, "content": shown}
    if len(text) > MODEL_CHARS or size > READ_BYTES:
        out["note"] = f"Only the first {len(shown)} characters are shown; the file is {size} bytes long."
    return out


def _decode(raw: bytes, known_text: bool) -> str | None:
    if b"\x00" in raw[:8192] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None  # binary
    for codec in ("utf-8-sig", "utf-16") if raw.startswith((b"\xff\xfe", b"\xfe\xff")) else ("utf-8-sig",):
        try:
            return raw.decode(codec)
        except UnicodeDecodeError as exc:
            if exc.start > len(raw) - 4:  # a character cut by the size cap
                return raw[: exc.start].decode(codec)
    return raw.decode("latin-1") if known_text else None


def safe_name(name: str) -> str:
    """The model's file name as one plain name (no folders, no hidden file, no control characters)."""
    base = str(name).replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(c for c in base if c.isprintable() and c not in '<>:"|?*').strip().lstrip(".").strip()
    if not base:
        raise FileSkillError("The file needs a name, such as notes.txt.")
    return base[:120]


def write_text(folder: Path, name: str, content: str) -> dict[str, Any]:
    """Save ``content`` as ``name`` in ``folder``; a taken name gets " (2)", " (3)"... added."""
    if not isinstance(content, str):
        raise FileSkillError("The content must be text.")
    if len(content) > WRITE_CHARS:
        raise FileSkillError(f"The content is too long to save ({len(content)} characters; at most {WRITE_CHARS}).")
    wanted = safe_name(name)
    if not folder.is_dir():
        raise FileSkillError(f"The folder {folder} does not exist.")
    stem, suffix = Path(wanted).stem, Path(wanted).suffix
    for n in range(1, 1000):
        target = folder / (wanted if n == 1 else f"{stem} ({n}){suffix}")
        try:
            with target.open("x", encoding="utf-8", newline="") as f:  # "x": never replaces a file
                f.write(content)
        except FileExistsError:
            continue
        except OSError as exc:
            raise FileSkillError(f"{wanted} could not be saved in {folder}: {exc.strerror or exc}.") from None
        out: dict[str, Any] = {"saved_as": target.name, "folder": str(folder), "characters": len(content)}
        if n > 1:
            out["note"] = f"A file named {wanted} was already there and was left unchanged; saved as {target.name}."
        return out
    raise FileSkillError(f"Too many files named like {wanted} in {folder}.")
