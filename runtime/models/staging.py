"""Write a folder completely or not at all."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def staged_folder(dest: Path) -> Iterator[Path]:
    """Yield an empty folder beside ``dest``; it becomes ``dest`` only if the block succeeds.

    On any exception (or KeyboardInterrupt) the partial folder is removed, so a failed
    import never leaves a half-written model behind. The rename is atomic on one filesystem.
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{dest.name}.partial-{os.getpid()}-", dir=dest.parent))
    os.chmod(tmp, 0o755)  # mkdtemp makes it private; a model folder is ordinary data
    try:
        yield tmp
        if dest.exists():
            raise FileExistsError(f"{dest} appeared while it was being written")
        os.replace(tmp, dest)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def remove_stale_partials(folder: Path) -> None:
    """Delete leftovers of imports whose process was killed before it could clean up."""
    if not folder.is_dir():
        return
    for child in folder.iterdir():
        if not (child.name.startswith(".") and ".partial-" in child.name):
            continue
        pid = child.name.split(".partial-", 1)[1].split("-", 1)[0]
        if not pid.isdigit() or not _alive(int(pid)):
            shutil.rmtree(child, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
