"""Model downloads that outlive the dialog that started them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, QObject, Signal

from app.model_refs import library
from app.ui.i18n import translate
from app.ui.lower_text import in_interface_language
from runtime.models import (
    DownloadControl,
    DownloadProgress,
    DownloadStopped,
    discard_download,
    download_model,
    pending_downloads,
)

from .tasks import Task


@dataclass
class DownloadState:
    key: str
    repo: str
    status: str = "running"  # running | paused | failed | done
    progress: DownloadProgress | None = None
    error: str | None = None
    control: DownloadControl | None = None

    def describe(self) -> str:
        p = self.progress
        if self.status == "failed":
            return translate("DownloadManager", "Failed: {error}").format(error=in_interface_language(self.error or ""))
        if self.status == "done":
            return translate("DownloadManager", "Downloaded")
        if p is None or not p.total:
            if self.status == "running":
                return translate("DownloadManager", "Starting…")
            return translate("DownloadManager", "Paused")
        locale = QLocale()
        text = translate("DownloadManager", "{done} of {total} GB ({percent}%)").format(
            done=locale.toString(p.done / 1024**3, "f", 2),
            total=locale.toString(p.total / 1024**3, "f", 2),
            percent=locale.toString(round(p.fraction * 100)),
        )
        if self.status == "paused":
            return translate("DownloadManager", "Paused · {progress}").format(progress=text)
        speed = ""
        if p.bytes_per_s:
            speed = translate("DownloadManager", "{speed} MB/s").format(
                speed=locale.toString(p.bytes_per_s / 1024**2, "f", 1)
            )
        eta = ""
        if p.eta_s and p.eta_s > 60:
            minutes = round(p.eta_s / 60)
            eta = ", " + translate("DownloadManager", "%n min left", None, minutes)
        return f"{text} · {speed}{eta}"


class DownloadManager(QObject):
    changed = Signal(str)  # library key
    completed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.states: dict[str, DownloadState] = {}
        for key, repo in pending_downloads(library().root).items():
            self.states[key] = DownloadState(key, repo, status="paused")

    def start(self, repo: str, key: str, drafter_repo: str | None = None) -> None:
        state = self.states.get(key)
        if state is not None and state.status == "running":
            return
        control = DownloadControl()
        state = DownloadState(key, repo, control=control, progress=state.progress if state else None)
        self.states[key] = state
        latest: dict[str, DownloadProgress] = {}  # the newest figures; the signal only wakes the GUI

        def work(wake) -> object:
            def progress(p: DownloadProgress) -> None:
                latest["p"] = p
                wake(p.fraction, key)

            return download_model(
                repo, library().root, key, drafter_repo=drafter_repo, control=control, progress=progress
            )

        task = Task(work, name=f"hearth-download-{key}")
        task.progressed.connect(lambda _f, _k: self._progress(key, latest.get("p")))
        task.succeeded.connect(lambda _path: self._done(key))
        task.failed.connect(lambda exc: self._failed(key, exc))
        task.start()
        self.changed.emit(key)

    def pause(self, key: str) -> None:
        state = self.states.get(key)
        if state and state.control:
            state.control.pause()

    def cancel(self, key: str) -> None:
        state = self.states.get(key)
        if state is None:
            return
        if state.status == "running" and state.control:
            state.control.cancel()
        else:
            discard_download(library().root, key)
            del self.states[key]
            self.changed.emit(key)

    def _progress(self, key: str, p: DownloadProgress | None) -> None:
        state = self.states.get(key)
        if state is not None and p is not None:
            state.progress = p
            self.changed.emit(key)

    def _done(self, key: str) -> None:
        self.states[key].status = "done"
        self.changed.emit(key)
        self.completed.emit(key)

    def _failed(self, key: str, exc: object) -> None:
        state = self.states.get(key)
        if state is None:
            return
        if isinstance(exc, DownloadStopped) and exc.reason == "cancelled":
            del self.states[key]
        elif isinstance(exc, DownloadStopped):
            state.status = "paused"
        else:
            state.status, state.error = "failed", str(exc)
        self.changed.emit(key)
