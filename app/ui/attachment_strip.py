"""Chips for files attached to the message being written: thumbnail, details, remove."""

from __future__ import annotations

import functools
import threading
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QToolButton, QWidget

from app.attachments import MAX_ATTACHMENTS, Prepared, prepare
from app.store.blobs import BlobStore
from app.ui.attachment_text import describe, refusal
from app.ui.i18n import translate
from app.ui.lower_text import error_text

from .a11y import accessible
from .tasks import Progress, Task

CHIP_REASON_CHARS = 60


def _elide_name(name: str, limit: int = 32) -> str:
    return name if len(name) <= limit else name[: limit - 8] + "…" + name[-7:]


def _prepare_file(
    path: Path, blobs: BlobStore, index_db: Path | None, cancel: threading.Event, progress: Progress
) -> Prepared:
    return prepare(path, blobs, cancel, progress, index_db)


class Chip(QFrame):
    removed = Signal(object)

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName("attachmentChip")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name = name
        self.prepared: Prepared | None = None
        self.error: str | None = None
        self.cancel = threading.Event()  # set when the chip is removed while its file is read
        self.picture = QLabel()
        self.picture.setFixedSize(56, 42)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel(name + "\n" + translate("AttachmentStrip", "Preparing…"))
        self.text.setWordWrap(True)
        self.text.setMaximumWidth(240)
        close = QToolButton()
        close.setText("✕")
        close.setToolTip(translate("AttachmentStrip", "Remove"))
        accessible(close, translate("AttachmentStrip", "Remove {name}").format(name=name))
        accessible(self, translate("AttachmentStrip", "{name}, preparing").format(name=name))
        close.setAutoRaise(True)
        close.clicked.connect(lambda: self.removed.emit(self))
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 2, 2, 2)
        row.addWidget(self.picture)
        row.addWidget(self.text)
        row.addWidget(close, alignment=Qt.AlignmentFlag.AlignTop)

    @property
    def preparing(self) -> bool:
        return self.prepared is None and self.error is None

    def progressed(self, fraction: float) -> None:
        if self.preparing:
            self.text.setText(
                self.name
                + "\n"
                + translate("AttachmentStrip", "Reading… {percent} %").format(percent=round(fraction * 100))
            )

    def ready(self, prepared: Prepared) -> None:
        self.prepared = prepared
        self.picture.setPixmap(
            QPixmap(str(prepared.thumb)).scaled(
                56, 42, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )
        self.text.setText(f"{self.name}\n{describe(prepared.meta, prepared.kind)}".rstrip())
        accessible(self, ", ".join(filter(None, (self.name, describe(prepared.meta, prepared.kind)))))

    def failed(self, message: str) -> None:
        self.error = message
        self.picture.setText("⚠")
        # The chip is two lines high: a short reason there, the whole message on hover.
        reason = message.removeprefix(f"{self.name}: ")
        short = reason if len(reason) <= CHIP_REASON_CHARS else reason[: CHIP_REASON_CHARS - 1].rstrip() + "…"
        self.text.setText(f"{_elide_name(self.name)}\n{short}")
        self.setToolTip(message)
        accessible(self, translate("AttachmentStrip", "{name} cannot be attached").format(name=self.name), message)
        self.text.setStyleSheet("color: #c62828;")


class AttachmentStrip(QScrollArea):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFixedHeight(70)
        accessible(self, translate("AttachmentStrip", "Attachments"))
        inner = QWidget()
        self._row = QHBoxLayout(inner)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.addStretch(1)
        self.setWidget(inner)
        self.chips: list[Chip] = []
        self.blobs: BlobStore | None = None
        self.index_db: Path | None = None  # the history file, where documents' passages are indexed
        self.supported: frozenset[str] = frozenset()
        self.model_name = translate("AttachmentStrip", "This model")
        self.setVisible(False)

    @property
    def preparing(self) -> bool:
        return any(c.preparing for c in self.chips)

    def ready(self) -> list[Prepared]:
        return [c.prepared for c in self.chips if c.prepared is not None]

    def refused(self) -> list[str]:
        """Why each file that will not go with the message was refused (full sentences)."""
        return [
            c.error if c.error.startswith(c.name) else f"{c.name}: {c.error}" for c in self.chips if c.error is not None
        ]

    def add_files(self, paths: list[Path]) -> None:
        blobs = self.blobs
        for path in paths:
            chip = self._add_chip(path.name)
            if len([c for c in self.chips if c.error is None]) > MAX_ATTACHMENTS:
                chip.failed(
                    translate(
                        "AttachmentStrip", "{name}: one message can carry at most %n files.", None, MAX_ATTACHMENTS
                    ).format(name=path.name)
                )

                continue
            reason = refusal(path, self.supported, self.model_name)
            if reason is not None:
                chip.failed(reason)
                continue
            assert blobs is not None
            task = Task(functools.partial(_prepare_file, path, blobs, self.index_db, chip.cancel), name="hearth-attach")
            task.progressed.connect(lambda fraction, _text, c=chip: self._chip_progressed(c, fraction))
            task.succeeded.connect(lambda prepared, c=chip: self._chip_ready(c, prepared))
            task.failed.connect(lambda exc, c=chip: self._chip_failed(c, exc))
            task.start()
        self.changed.emit()

    def _chip_progressed(self, chip: Chip, fraction: float) -> None:
        if chip in self.chips:  # removed meanwhile: its widget may be gone
            chip.progressed(fraction)

    def _chip_ready(self, chip: Chip, prepared: Prepared) -> None:
        if chip not in self.chips:
            return
        chip.ready(prepared)
        self.changed.emit()

    def _chip_failed(self, chip: Chip, exc: BaseException) -> None:
        if chip not in self.chips:  # removed while it was read (or cancelled): nothing to show
            return
        chip.failed(error_text(exc))
        self.changed.emit()

    def add_prepared(self, items: list[Prepared]) -> None:
        for item in items:
            self._add_chip(item.name).ready(item)
        self.changed.emit()

    def clear_all(self) -> None:
        for chip in list(self.chips):
            self._remove(chip)

    def _add_chip(self, name: str) -> Chip:
        chip = Chip(name)
        chip.removed.connect(self._remove)
        self.chips.append(chip)
        self._row.insertWidget(self._row.count() - 1, chip)
        self.setVisible(True)
        return chip

    def _remove(self, chip: Chip) -> None:
        chip.cancel.set()  # a document still being read stops at its next page or row
        if chip in self.chips:
            self.chips.remove(chip)
            chip.setParent(None)
            chip.deleteLater()
        self.setVisible(bool(self.chips))
        self.changed.emit()
