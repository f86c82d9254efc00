"""Download a model repository from Hugging Face into the library: resumable and verified.

huggingface_hub lists the repository (sizes, SHA-256 of LFS files, git blob ids), builds
the file URLs and supplies its HTTP session and headers. The byte loop is ours, because
the app needs pause / resume across restarts, cancel, progress with speed, and resuming
a file after a dropped connection from where it stopped. Partial files live in
``<library>/.downloads/<name>/`` until every file is verified; then the folder is checked
and moved into the library in one rename.
"""

from __future__ import annotations

import fnmatch
import hashlib
import json
import os
import shutil
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..errors import EngineError
from ..model_folder import inspect_model_folder

WANTED = ("*.json", "*.safetensors", "*.jinja", "tokenizer.model", "*.tiktoken", "*.txt")
SKIPPED = ("README*", ".gitattributes", "*.md")
DISK_MARGIN = 512 * 1024**2
RETRIES = 6
CHUNK = 1 << 20


class DownloadFailed(EngineError):
    """The download could not complete (network, server, repository)."""


class ChecksumMismatch(DownloadFailed):
    """A file arrived, but its contents are not what the repository says."""


class NotEnoughDisk(DownloadFailed):
    """Not enough free space for what remains to download."""


class DownloadStopped(EngineError):
    def __init__(self, reason: str) -> None:
        super().__init__("Download paused." if reason == "paused" else "Download cancelled.")
        self.reason = reason


@dataclass(frozen=True)
class RemoteFile:
    name: str
    size: int
    sha256: str | None = None  # LFS files
    blob_id: str | None = None  # git object id (sha1) of small files


@dataclass(frozen=True)
class DownloadProgress:
    done: int
    total: int
    bytes_per_s: float
    file: str

    @property
    def fraction(self) -> float:
        return self.done / self.total if self.total else 0.0

    @property
    def eta_s(self) -> float | None:
        return (self.total - self.done) / self.bytes_per_s if self.bytes_per_s > 0 else None


class DownloadControl:
    """Pause or cancel a running download from another thread."""

    def __init__(self) -> None:
        self._stop: str | None = None
        self._lock = threading.Lock()

    def pause(self) -> None:
        with self._lock:
            self._stop = self._stop or "paused"

    def cancel(self) -> None:
        with self._lock:
            self._stop = "cancelled"

    def check(self) -> None:
        if self._stop:
            raise DownloadStopped(self._stop)


def staging_dir(library_root: Path, key: str) -> Path:
    return library_root / ".downloads" / key


def pending_downloads(library_root: Path) -> dict[str, str]:
    """Paused or interrupted downloads: library name -> repository."""
    out = {}
    for meta in sorted((library_root / ".downloads").glob("*/.hearth-download.json")):
        try:
            out[meta.parent.name] = json.loads(meta.read_text())["repo"]
        except (OSError, ValueError, KeyError):
            continue
    return out


def discard_download(library_root: Path, key: str) -> None:
    shutil.rmtree(staging_dir(library_root, key), ignore_errors=True)


def list_remote_files(
    repo: str, *, endpoint: str | None = None, revision: str = "main", token: str | None = None
) -> tuple[str, list[RemoteFile]]:
    """The commit a revision points at, and the model files to fetch from it."""
    from huggingface_hub import HfApi
    from huggingface_hub.errors import GatedRepoError, HfHubHTTPError, OfflineModeIsEnabled, RepositoryNotFoundError

    try:
        info = HfApi(endpoint=_endpoint(endpoint)).model_info(repo, revision=revision, files_metadata=True, token=token)
    except GatedRepoError as exc:
        raise DownloadFailed(f"'{repo}' needs you to accept its license on Hugging Face first.") from exc
    except RepositoryNotFoundError as exc:
        raise DownloadFailed(f"There is no model '{repo}' on Hugging Face (or it is private).") from exc
    except HfHubHTTPError as exc:
        status = getattr(exc.response, "status_code", None)
        if status in (401, 404):
            raise DownloadFailed(f"There is no model '{repo}' on Hugging Face (or it is private).") from exc
        raise DownloadFailed(f"Hugging Face answered with an error: {exc}") from exc
    except OfflineModeIsEnabled as exc:
        raise DownloadFailed("Downloads are off: HF_HUB_OFFLINE is set.") from exc
    except Exception as exc:  # network failures arrive as many types
        raise DownloadFailed(f"Could not reach Hugging Face: {exc}") from exc
    files = []
    for s in info.siblings or []:
        name = s.rfilename
        if any(fnmatch.fnmatch(Path(name).name, p) for p in SKIPPED):
            continue
        if not any(fnmatch.fnmatch(Path(name).name, p) for p in WANTED) or ".." in Path(name).parts:
            continue
        files.append(RemoteFile(name, int(s.size or 0), s.lfs.sha256 if s.lfs else None, s.blob_id))
    if not any(f.name.endswith(".safetensors") for f in files):
        raise DownloadFailed(f"'{repo}' has no MLX weights (*.safetensors); it is not an MLX model.")
    return str(info.sha or revision), files


def download_model(
    repo: str,
    library_root: Path,
    key: str,
    *,
    drafter_repo: str | None = None,
    endpoint: str | None = None,
    revision: str = "main",
    token: str | None = None,
    control: DownloadControl | None = None,
    progress: Callable[[DownloadProgress], None] | None = None,
) -> Path:
    """Fetch ``repo`` into ``library_root/key``; resumes a paused download of the same name.

    ``drafter_repo`` (an MTP drafter for speculative decoding) lands in ``key/drafter/``.
    It is optional: if it cannot be listed, the model comes without it and says why.
    """
    control = control or DownloadControl()
    report = progress or (lambda _p: None)
    dest = library_root / key
    if dest.exists():
        raise DownloadFailed(f"A model named '{key}' is already in your library.")
    stage = staging_dir(library_root, key)
    stage.mkdir(parents=True, exist_ok=True)
    marker = stage / ".hearth-download.json"
    if drafter_repo is None and marker.exists():  # resuming: the drafter chosen at the start
        drafter_repo = json.loads(marker.read_text()).get("drafter_repo")
    commit, files = list_remote_files(repo, endpoint=endpoint, revision=revision, token=token)
    parts = [(repo, commit, files, stage)]
    notes = []
    if drafter_repo:
        try:
            d_commit, d_files = list_remote_files(drafter_repo, endpoint=endpoint, token=token)
            parts.append((drafter_repo, d_commit, d_files, stage / "drafter"))
        except DownloadFailed as exc:
            notes.append(f"Speculative decoding is unavailable: its drafter could not be downloaded ({exc})")
    marker.write_text(json.dumps({"repo": repo, "revision": commit, "drafter_repo": drafter_repo}))
    total = sum(f.size for _r, _c, fs, _s in parts for f in fs)
    meter = _Meter(total, report)
    _check_disk(stage, total - sum(_bytes_present(where, fs) for _r, _c, fs, where in parts))
    try:
        for source, rev, fs, where in parts:
            for f in fs:
                _fetch_file(source, rev, f, where, endpoint, token, control, meter)
        meter.report(files[-1].name if files else "", force=True)
        inspect_model_folder(stage)  # refuse to add something that will not load
        meta = {
            "format": 1,
            "source": "huggingface",
            "repo": repo,
            "revision": commit,
            "display_name": repo.split("/")[-1],
        }
        if len(parts) > 1:
            meta["drafter_repo"] = drafter_repo
        if notes:
            meta["notes"] = notes
        (stage / "hearth.json").write_text(json.dumps(meta, indent=2))
        marker.unlink()
        os.replace(stage, dest)
    except DownloadStopped as exc:
        if exc.reason == "cancelled":
            discard_download(library_root, key)
        raise
    return dest


class _Meter:
    """Progress with a smoothed speed, throttled to a few reports a second."""

    def __init__(self, total: int, report: Callable[[DownloadProgress], None]) -> None:
        self.total, self._report = total, report
        self.done_before = 0  # bytes of finished files
        self.current = 0  # bytes of the file in progress
        self._speed, self._last_t, self._last_done = 0.0, time.monotonic(), 0

    def report(self, name: str, force: bool = False) -> None:
        now = time.monotonic()
        done = self.done_before + self.current
        if not force and now - self._last_t < 0.25:
            return
        dt = now - self._last_t
        if dt > 0:
            rate = max(done - self._last_done, 0) / dt
            self._speed = rate if self._speed == 0 else 0.7 * self._speed + 0.3 * rate
        self._last_t, self._last_done = now, done
        self._report(DownloadProgress(done, self.total, self._speed, name))


def _fetch_file(
    repo: str,
    commit: str,
    f: RemoteFile,
    stage: Path,
    endpoint: str | None,
    token: str | None,
    control: DownloadControl,
    meter: _Meter,
) -> None:
    from huggingface_hub import hf_hub_url
    from huggingface_hub.utils import build_hf_headers, get_session

    final = stage / f.name
    part = final.with_name(final.name + ".part")
    final.parent.mkdir(parents=True, exist_ok=True)
    if final.exists() and final.stat().st_size == f.size:
        meter.done_before += f.size
        return
    url = hf_hub_url(repo, f.name, revision=commit, endpoint=_endpoint(endpoint))
    failures = 0
    while True:
        control.check()
        have = part.stat().st_size if part.exists() else 0
        if have > f.size:
            part.unlink()
            have = 0
        meter.current = have
        if have == f.size:
            break
        headers = build_hf_headers(token=token)
        if have:
            headers["Range"] = f"bytes={have}-"
        try:
            with get_session().stream("GET", url, headers=headers, follow_redirects=True, timeout=30) as r:
                if r.status_code not in (200, 206):
                    raise DownloadFailed(f"The server refused '{f.name}' (HTTP {r.status_code}).")
                if have and r.status_code == 200:  # range ignored: start the file again
                    have = meter.current = 0
                with open(part, "ab" if have else "wb") as out:
                    for block in r.iter_bytes():  # as it arrives: a drop loses nothing read
                        control.check()
                        out.write(block)
                        meter.current += len(block)
                        meter.report(f.name)
            failures = 0
        except DownloadStopped:
            raise
        except DownloadFailed:
            raise
        except Exception as exc:  # dropped connections, timeouts: resume from what we have
            failures += 1
            if failures > RETRIES:
                raise DownloadFailed(f"The connection kept failing while fetching '{f.name}': {exc}") from exc
            time.sleep(min(0.2 * 2**failures, 10))
    _verify(part, f)
    os.replace(part, final)
    meter.done_before += f.size
    meter.current = 0


def _verify(path: Path, f: RemoteFile) -> None:
    if f.sha256:
        digest = hashlib.sha256()
        expected = f.sha256
    elif f.blob_id:
        digest = hashlib.sha1(f"blob {f.size}\0".encode())  # git's object id
        expected = f.blob_id
    else:
        return
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    if digest.hexdigest() != expected:
        path.unlink(missing_ok=True)
        raise ChecksumMismatch(
            f"'{f.name}' arrived damaged (its checksum does not match the repository); it was discarded. "
            "Try the download again."
        )


def _bytes_present(stage: Path, files: list[RemoteFile]) -> int:
    present = 0
    for f in files:
        final, part = stage / f.name, stage / (f.name + ".part")
        if final.exists():
            present += final.stat().st_size
        elif part.exists():
            present += part.stat().st_size
    return present


def _check_disk(stage: Path, remaining: int) -> None:
    free = shutil.disk_usage(stage).free
    if remaining + DISK_MARGIN > free:
        raise NotEnoughDisk(
            f"Not enough disk space: the download needs {remaining / 1024**3:.1f} GB more, "
            f"and only {free / 1024**3:.1f} GB is free."
        )


def _endpoint(endpoint: str | None) -> str:
    from huggingface_hub import constants

    return (endpoint or os.environ.get("HF_ENDPOINT") or constants.ENDPOINT).rstrip("/")
