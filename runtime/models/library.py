"""The user's model library: one folder per model under the app's data directory."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..drafter import is_drafter_folder
from ..errors import EngineError, ImportFailed, ModelNotFound
from ..model_folder import inspect_model_folder
from .staging import remove_stale_partials, staged_folder

Progress = Callable[[float, str], None]


@dataclass(frozen=True)
class LibraryEntry:
    name: str
    path: Path
    display_name: str
    size_bytes: int
    model_type: str = "?"
    backend: str = "?"
    modalities: frozenset[str] = frozenset()
    problem: str | None = None  # why it cannot be loaded, if it cannot


class ModelLibrary:
    def __init__(self, root: Path) -> None:
        self.root = root

    def entries(self) -> list[LibraryEntry]:
        """Every model folder, broken ones included (with the reason) so users can remove them."""
        if not self.root.is_dir():
            return []
        remove_stale_partials(self.root)
        out = []
        folders = (p for p in self.root.iterdir() if p.is_dir() and not p.name.startswith("."))
        for path in sorted(p for p in folders if not is_drafter_folder(p)):  # drafters serve a model
            size = sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
            try:
                folder = inspect_model_folder(path)
            except EngineError as exc:
                out.append(LibraryEntry(path.name, path, path.name, size, problem=str(exc)))
                continue
            out.append(
                LibraryEntry(
                    name=path.name,
                    path=path,
                    display_name=folder.name,
                    size_bytes=size,
                    model_type=folder.model_type,
                    backend=folder.backend,
                    modalities=folder.modalities,
                )
            )
        return out

    def resolve(self, ref: str) -> Path:
        """A library name or a folder path -> the model folder."""
        candidate = Path(ref).expanduser()
        if candidate.exists():
            return candidate
        if _valid_name(ref) and (self.root / ref).is_dir():
            return self.root / ref
        names = ", ".join(e.name for e in self.entries()) or "none yet"
        raise ModelNotFound(f"No model named '{ref}'. Models in your library: {names}.")

    def import_model(
        self,
        src: Path,
        name: str | None = None,
        *,
        dtype: str | None = None,
        progress: Progress | None = None,
    ) -> Path:
        """Import a .gguf file (converted) or an MLX model folder (checked, then copied)."""
        src = src.expanduser()
        if not src.exists():
            raise ImportFailed(f"'{src}' does not exist.")
        name = name or _slug(src.stem if src.is_file() else src.name)
        if not _valid_name(name):
            raise ImportFailed(f"'{name}' cannot be used as a model name.")
        dest = self.root / name
        if dest.exists():
            raise ImportFailed(f"A model named '{name}' already exists; remove it or pick another name.")
        if src.is_file():
            from .gguf_import import import_gguf  # numpy and gguf load here, not at start-up

            return import_gguf(src, dest, dtype=dtype, progress=progress)
        folder = inspect_model_folder(src)  # refuse broken folders before copying gigabytes
        report = progress or (lambda _f, _m: None)
        with staged_folder(dest) as out:
            report(0.0, "Copying model files")
            shutil.copytree(src, out, dirs_exist_ok=True)
            meta = dict(folder.meta, source="folder", source_path=str(src))
            meta.setdefault("display_name", folder.name)
            (out / "hearth.json").write_text(json.dumps(meta, indent=2))
            report(1.0, "Done")
        return dest

    def remove(self, name: str) -> None:
        if not _valid_name(name) or not (self.root / name).is_dir():
            raise ModelNotFound(f"No model named '{name}' in the library.")
        shutil.rmtree(self.root / name)


def _valid_name(name: str) -> bool:
    return bool(re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}", name)) and ".." not in name


def _slug(text: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-._").lower()
    return slug[:100] or "model"
