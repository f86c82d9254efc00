"""Chips for files attached to the message being written: thumbnail, details, remove.

Two documents ask something of the user on their chip: an encrypted PDF asks for its password
(PasswordDialog; the password lives only as long as the chip), and a scanned PDF (no text
layer) offers its pages as images, for a model that reads images.
"""

from __future__ import annotations

import functools
import threading
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QToolButton, QVBoxLayout, QWidget

from app.attachments import MAX_ATTACHMENTS, Prepared, prepare, prepare_page_images
from app.documents.limits import NoTextLayer, PasswordNeeded
from app.store.blobs import BlobStore
from app.ui.attachment_text import cannot_read, describe, refusal
from app.ui.i18n import translate
from app.ui.lower_text import error_text

from .a11y import accessible
from .password_dialog import PasswordDialog
from .tasks import Progress, Task

CHIP_REASON_CHARS = 60


def _elide_name(name: str, limit: int = 32) -> str:
    return name if len(name) <= limit else name[: limit - 8] + "…" + name[-7:]


def _prepare_file(
    path: Path,
    blobs: BlobStore,
    index_db: Path | None,
    cancel: threading.Event,
    progress: Progress,
    password: str | None = None,
) -> Prepared:
    return prepare(path, blobs, cancel, progress, password, index_db)


class Chip(QFrame):
    removed = Signal(object)

    def __init__(self, name: str, path: Path | None = None) -> None:
        super().__init__()
        self.setObjectName("attachmentChip")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name = name
        self.path = path
        self.prepared: Prepared | None = None
        self.error: str | None = None
        self.cancel = threading.Event()  # set when the chip is removed while its file is read
        self.password: str | None = None  # an encrypted PDF's, in memory while the chip lives
        self.dialog: PasswordDialog | None = None
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
        self.offer = QPushButton()  # what the user can do about a document that failed (scanned pages)
        self.offer.setVisible(False)
        words = QVBoxLayout()
        words.setContentsMargins(0, 0, 0, 0)
        words.setSpacing(0)
        words.addWidget(self.text)
        words.addWidget(self.offer, alignment=Qt.AlignmentFlag.AlignLeft)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 2, 2, 2)
        row.addWidget(self.picture)
        row.addLayout(words)
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

    def waiting(self, step: str) -> None:
        """Being read again (with a password, or for its pages' pictures): not sendable meanwhile."""
        self.error = None
        self.offer.setVisible(False)
        self.picture.clear()
        self.text.setStyleSheet("")
        self.setToolTip("")
        self.text.setText(f"{_elide_name(self.name)}\n{step}")
        accessible(self, f"{self.name}, {step}")

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
        for path in paths:
            chip = self._add_chip(path.name, path)
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
            self._read(chip, path)
        self.changed.emit()

    def _read(self, chip: Chip, path: Path) -> None:
        assert self.blobs is not None
        work = functools.partial(_prepare_file, path, self.blobs, self.index_db, chip.cancel, password=chip.password)
        task = Task(work, name="hearth-attach")
        task.progressed.connect(lambda fraction, _text, c=chip: self._chip_progressed(c, fraction))
        task.succeeded.connect(lambda prepared, c=chip: self._chip_ready(c, prepared))
        task.failed.connect(lambda exc, c=chip: self._chip_failed(c, exc))
        task.start()

    def _chip_progressed(self, chip: Chip, fraction: float) -> None:
        if chip in self.chips:  # removed meanwhile: its widget may be gone
            chip.progressed(fraction)

    def _chip_ready(self, chip: Chip, prepared: Prepared) -> None:
        if chip not in self.chips:
            return
        chip.password = None  # read: no longer needed
        chip.ready(prepared)
        self.changed.emit()

    def _chip_failed(self, chip: Chip, exc: BaseException) -> None:
        if chip not in self.chips:  # removed while it was read (or cancelled): nothing to show
            return
        if isinstance(exc, PasswordNeeded) and chip.path is not None:
            self._ask_password(chip, chip.path, exc.wrong)
        elif isinstance(exc, NoTextLayer) and chip.path is not None:
            self._scanned(chip, chip.path, exc.pages)
        else:
            chip.failed(error_text(exc))
        self.changed.emit()

    # ---- an encrypted PDF -----------------------------------------------------------------

    def _ask_password(self, chip: Chip, path: Path, wrong: bool) -> None:
        chip.password = None
        chip.waiting(translate("AttachmentStrip", "Waiting for the password…"))
        dialog = PasswordDialog(chip.name, wrong, self.window())
        chip.dialog = dialog
        dialog.given.connect(lambda password, c=chip: self._with_password(c, path, password))
        dialog.rejected.connect(lambda c=chip: self._no_password(c))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _with_password(self, chip: Chip, path: Path, password: str) -> None:
        chip.dialog = None
        if chip in self.chips:
            chip.password = password
            chip.waiting(translate("AttachmentStrip", "Preparing…"))
            self._read(chip, path)

    def _no_password(self, chip: Chip) -> None:
        chip.dialog = None
        if chip in self.chips:
            chip.failed(
                translate("AttachmentStrip", "{name}: it is protected by a password, and none was given.").format(
                    name=chip.name
                )
            )
            self.changed.emit()

    # ---- a scanned PDF --------------------------------------------------------------------

    def _scanned(self, chip: Chip, path: Path, pages: int) -> None:
        scanned = translate("AttachmentStrip", "{name}: no text layer; its %n pages look scanned.", None, pages)
        scanned = scanned.format(name=chip.name)
        if "image" not in self.supported:  # the model could not look at the pages either
            chip.failed(f"{scanned} {cannot_read('image', self.supported, self.model_name)}")
            return
        chip.failed(scanned)
        chip.offer.setText(translate("AttachmentStrip", "Attach pages as images"))
        accessible(
            chip.offer, translate("AttachmentStrip", "Attach the pages of {name} as images").format(name=chip.name)
        )
        chip.offer.clicked.connect(lambda: self._attach_pages(chip, path))
        chip.offer.setVisible(True)

    def _attach_pages(self, chip: Chip, path: Path) -> None:
        if chip not in self.chips or not chip.offer.isVisible():
            return
        room = MAX_ATTACHMENTS - len([c for c in self.chips if c.error is None])
        if room <= 0:
            chip.failed(
                translate(
                    "AttachmentStrip", "{name}: one message can carry at most %n files.", None, MAX_ATTACHMENTS
                ).format(name=chip.name)
            )
            return
        assert self.blobs is not None
        chip.waiting(translate("AttachmentStrip", "Reading the pages…"))
        self.changed.emit()
        work = functools.partial(
            prepare_page_images, path, self.blobs, chip.cancel, password=chip.password, max_pages=room
        )
        task = Task(lambda progress: work(progress=progress), name="hearth-attach-pages")
        task.progressed.connect(lambda fraction, _text, c=chip: self._chip_progressed(c, fraction))
        task.succeeded.connect(lambda result, c=chip: self._pages_ready(c, *result))
        task.failed.connect(lambda exc, c=chip: self._chip_failed(c, exc))
        task.start()

    def _pages_ready(self, chip: Chip, pages: list[Prepared], left_out: int) -> None:
        if chip not in self.chips:
            return
        at = self._row.indexOf(chip)
        for n, item in enumerate(pages):
            page = self._add_chip(item.name, at=at + n)
            page.ready(item)
        if left_out:  # the PDF's chip stays, saying what did not go (and so does "Sent without…")
            chip.failed(
                translate(
                    "AttachmentStrip",
                    "{name}: its first pages were attached as images; %n pages were left out.",
                    None,
                    left_out,
                ).format(name=chip.name)
            )
        else:
            self._remove(chip)
        self.changed.emit()

    def add_prepared(self, items: list[Prepared]) -> None:
        for item in items:
            self._add_chip(item.name).ready(item)
        self.changed.emit()

    def clear_all(self) -> None:
        for chip in list(self.chips):
            self._remove(chip)

    def _add_chip(self, name: str, path: Path | None = None, at: int | None = None) -> Chip:
        chip = Chip(name, path)
        chip.removed.connect(self._remove)
        self.chips.append(chip)
        self._row.insertWidget(self._row.count() - 1 if at is None else at, chip)
        self.setVisible(True)
        return chip

    def _remove(self, chip: Chip) -> None:
        chip.cancel.set()  # a document still being read stops: its reader process is killed
        chip.password = None
        if chip in self.chips:
            self.chips.remove(chip)
            if chip.dialog is not None:
                chip.dialog.reject()
            chip.setParent(None)
            chip.deleteLater()
        self.setVisible(bool(self.chips))
        self.changed.emit()
