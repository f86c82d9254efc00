"""Model management: the catalog, downloads, GGUF import, the user's library, the bundled model.

The engine (``runtime``) loads a model folder; this package gets folders there. It depends
on the engine's side (errors, memory estimates, folder checks), never the other way round,
so ``import runtime`` does not pull it in.
"""

from typing import TYPE_CHECKING

from .bundled import BUNDLED_NAME, ensure_bundled
from .catalog import CATALOG, CatalogEntry, catalog_entry, recommend
from .download import (
    ChecksumMismatch,
    DownloadControl,
    DownloadFailed,
    DownloadProgress,
    DownloadStopped,
    NotEnoughDisk,
    discard_download,
    download_model,
    pending_downloads,
)
from .library import LibraryEntry, ModelLibrary

if TYPE_CHECKING:
    from .gguf_import import import_gguf

__all__ = [
    "BUNDLED_NAME",
    "CATALOG",
    "CatalogEntry",
    "ChecksumMismatch",
    "DownloadControl",
    "DownloadFailed",
    "DownloadProgress",
    "DownloadStopped",
    "LibraryEntry",
    "ModelLibrary",
    "NotEnoughDisk",
    "catalog_entry",
    "discard_download",
    "download_model",
    "ensure_bundled",
    "import_gguf",
    "pending_downloads",
    "recommend",
]


def __getattr__(name: str) -> object:
    # The GGUF importer loads numpy and gguf: imported when a model is imported, not at start-up.
    if name == "import_gguf":
        from .gguf_import import import_gguf

        return import_gguf
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
