"""The model manager: your library (use, delete, import), downloads (catalog or any repo) and
remote models (served by another machine)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.model_refs import library
from app.ui.catalog_text import model_description
from app.ui.i18n import translate
from app.ui.lower_text import error_text, in_interface_language
from app.ui.memory_text import memory_summary
from runtime import estimate
from runtime.models import CATALOG, CatalogEntry, LibraryEntry

from .a11y import accessible
from .remote_models_tab import RemoteModelsTab
from .tasks import Task

GB = 1024**3


class ModelManagerDialog(QDialog):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(translate("ModelManagerDialog", "Models"))
        self.resize(860, 560)
        tabs = QTabWidget()
        accessible(tabs, translate("ModelManagerDialog", "Model sources"))
        tabs.addTab(self._library_tab(), translate("ModelManagerDialog", "Your models"))
        tabs.addTab(self._download_tab(), translate("ModelManagerDialog", "Download", "tab"))
        self.remote = RemoteModelsTab(window, self.accept)
        tabs.addTab(self.remote, translate("ModelManagerDialog", "Remote"))
        close = QPushButton(translate("ModelManagerDialog", "Close"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(close, alignment=Qt.AlignmentFlag.AlignRight)
        window.downloads.changed.connect(self._download_changed)
        window.downloads.completed.connect(lambda _k: self.refresh_library())
        self.refresh_library()

    # ---- library ---------------------------------------------------------------------------

    def _library_tab(self) -> QWidget:
        self.table = QTableWidget(0, 4)
        accessible(self.table, translate("ModelManagerDialog", "Your models"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("ModelManagerDialog", "Model"),
                translate("ModelManagerDialog", "Size"),
                translate("ModelManagerDialog", "Kind"),
                translate("ModelManagerDialog", "Status"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.itemSelectionChanged.connect(self._selected_changed)
        self.fit = QLabel()
        self.fit.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 1000)
        self.busy.setVisible(False)
        self.busy_label = QLabel()
        buttons = QHBoxLayout()
        for text, slot in (
            (translate("ModelManagerDialog", "Use"), self._use),
            (translate("ModelManagerDialog", "Delete…"), self._delete),
            (translate("ModelManagerDialog", "Import GGUF…"), self._import_gguf),
            (translate("ModelManagerDialog", "Import MLX folder…"), self._import_folder),
        ):
            b = QPushButton(text)
            b.clicked.connect(slot)
            buttons.addWidget(b)
        buttons.addStretch(1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.fit)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.busy)
        layout.addLayout(buttons)
        self.entries: list[LibraryEntry] = []
        return page

    def refresh_library(self) -> None:
        task = Task(lambda _p: library().entries(), name="hearth-list-library")
        task.succeeded.connect(self._show_library)
        task.start()

    def _show_library(self, entries: list[LibraryEntry]) -> None:
        self.entries = entries
        self.table.setRowCount(len(entries))
        for row, e in enumerate(entries):
            kind = "+".join(sorted(e.modalities)) if e.modalities else "?"
            if e.problem:
                status = translate("ModelManagerDialog", "Broken: {problem}").format(
                    problem=in_interface_language(e.problem)
                )
            else:
                status = translate("ModelManagerDialog", "Ready")
            size = translate("ModelManagerDialog", "{size} GB").format(
                size=QLocale().toString(e.size_bytes / GB, "f", 2)
            )
            for col, text in enumerate((e.display_name, size, kind, status)):
                item = QTableWidgetItem(text)
                item.setToolTip(str(e.path))
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()

    def _selected(self) -> LibraryEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None

    def _selected_changed(self) -> None:
        e = self._selected()
        if e is None or e.problem:
            self.fit.setText(in_interface_language(e.problem or "") if e else "")
            return
        try:
            est = self.window_.models.memory_estimate(e.path, self.window_.settings.context_length)
            self.fit.setText(memory_summary(est))
        except Exception as exc:  # advice only
            self.fit.setText(
                translate("ModelManagerDialog", "Memory estimate unavailable: {error}").format(error=error_text(exc))
            )

    def _use(self) -> None:
        e = self._selected()
        if e is None or e.problem or not self.window_.confirm_fit(e.name):
            return
        self.window_.settings.model = e.name
        self.window_.save_settings()
        self.window_.load_model(e.name)
        self.accept()

    def _delete(self) -> None:
        e = self._selected()
        if e is None:
            return
        if e.name == self.window_.models.current_key:
            QMessageBox.information(
                self,
                translate("ModelManagerDialog", "In use"),
                translate("ModelManagerDialog", "Switch to another model before deleting this one."),
            )
            return
        if (
            QMessageBox.question(
                self,
                translate("ModelManagerDialog", "Delete model"),
                translate("ModelManagerDialog", "Delete “{name}” ({size} GB)?").format(
                    name=e.display_name, size=QLocale().toString(e.size_bytes / GB, "f", 1)
                ),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        library().remove(e.name)
        self.refresh_library()

    def _import_gguf(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("ModelManagerDialog", "Import a GGUF model"),
            str(Path.home()),
            translate("ModelManagerDialog", "GGUF models (*.gguf)"),
        )
        if path:
            self.import_path(Path(path))

    def _import_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self, translate("ModelManagerDialog", "Import an MLX model folder"), str(Path.home())
        )
        if path:
            self.import_path(Path(path))

    def import_path(self, path: Path) -> Task:
        self.busy.setVisible(True)
        self.busy_label.setText(translate("ModelManagerDialog", "Importing {name}…").format(name=path.name))
        task = Task(lambda progress: library().import_model(path, progress=progress), name="hearth-import")
        task.progressed.connect(self._import_progressed)
        task.succeeded.connect(
            lambda dest: self._import_done(
                translate("ModelManagerDialog", "Imported as “{name}”.").format(name=Path(dest).name)
            )
        )
        task.failed.connect(
            lambda exc: self._import_done(
                translate("ModelManagerDialog", "Import failed: {error}").format(error=error_text(exc))
            )
        )
        return task.start()

    def _import_progressed(self, fraction: float, message: str) -> None:
        self.busy.setValue(int(fraction * 1000))
        self.busy_label.setText(in_interface_language(message))

    def _import_done(self, message: str) -> None:
        self.busy.setVisible(False)
        self.busy_label.setText(message)
        self.refresh_library()

    # ---- downloads -----------------------------------------------------------------------

    def _download_tab(self) -> QWidget:
        self.rows: dict[str, _DownloadRow] = {}
        inner = QWidget()
        layout = QVBoxLayout(inner)
        for entry in CATALOG:
            row = _DownloadRow(self.window_, entry.key, entry.repo, entry)
            self.rows[entry.key] = row
            layout.addWidget(row)
        for key, state in self.window_.downloads.states.items():
            if key not in self.rows:
                self.rows[key] = _DownloadRow(self.window_, key, state.repo, None)
                layout.addWidget(self.rows[key])
        custom = QHBoxLayout()
        self.repo_field = QLineEdit()
        accessible(
            self.repo_field,
            translate("ModelManagerDialog", "Hugging Face model to download"),
            translate("ModelManagerDialog", "Any MLX model, for example mlx-community/gemma-4-e2b-it-4bit"),
        )
        self.repo_field.setPlaceholderText(
            translate("ModelManagerDialog", "Any MLX model on Hugging Face, e.g. mlx-community/gemma-4-e2b-it-4bit")
        )
        get = QPushButton(translate("ModelManagerDialog", "Download"))
        get.clicked.connect(self._download_custom)
        custom.addWidget(self.repo_field, 1)
        custom.addWidget(get)
        layout.addLayout(custom)
        layout.addStretch(1)
        scroll = QScrollArea()
        accessible(scroll, translate("ModelManagerDialog", "Models to download"))
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self._download_layout = layout
        return scroll

    def _download_custom(self) -> None:
        repo = self.repo_field.text().strip()
        if repo.count("/") != 1:
            QMessageBox.information(
                self,
                translate("ModelManagerDialog", "Download"),
                translate("ModelManagerDialog", "Enter a repository as owner/name."),
            )
            return
        key = repo.split("/")[1].lower()
        if key not in self.rows:
            self.rows[key] = _DownloadRow(self.window_, key, repo, None)
            self._download_layout.insertWidget(len(self.rows) - 1, self.rows[key])
        self.window_.downloads.start(repo, key)

    def _download_changed(self, key: str) -> None:
        if key in self.rows:
            self.rows[key].refresh()


class _DownloadRow(QFrame):
    def __init__(self, window, key: str, repo: str, entry: CatalogEntry | None) -> None:
        super().__init__()
        self.window_, self.key, self.repo = window, key, repo
        self.setFrameShape(QFrame.Shape.StyledPanel)
        title = entry.title if entry else repo
        badge = "  ·  <b>{}</b>".format(translate("_DownloadRow", "Recommended")) if entry and entry.recommended else ""
        head = QLabel(
            f"<b>{title}</b>{badge}<br><span>{model_description(entry.description) if entry else repo}</span>"
        )
        head.setWordWrap(True)
        self.fit = QLabel(self._fit_text(entry))
        self.fit.setWordWrap(True)
        self.status = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.start_button = QPushButton(translate("_DownloadRow", "Download"))
        drafter = entry.drafter_repo if entry else None
        self.start_button.clicked.connect(lambda: window.downloads.start(repo, key, drafter))
        self.pause_button = QPushButton(translate("_DownloadRow", "Pause"))
        self.pause_button.clicked.connect(lambda: window.downloads.pause(key))
        self.cancel_button = QPushButton(translate("_DownloadRow", "Cancel"))
        self.cancel_button.clicked.connect(lambda: window.downloads.cancel(key))
        grid = QGridLayout(self)
        grid.addWidget(head, 0, 0, 1, 4)
        grid.addWidget(self.fit, 1, 0, 1, 4)
        grid.addWidget(self.bar, 2, 0)
        grid.addWidget(self.start_button, 2, 1)
        grid.addWidget(self.pause_button, 2, 2)
        grid.addWidget(self.cancel_button, 2, 3)
        grid.addWidget(self.status, 3, 0, 1, 4)
        self.refresh()

    def _fit_text(self, entry: CatalogEntry | None) -> str:
        if entry is None:
            return ""
        est = estimate(entry.config_hint, entry.approx_bytes, self.window_.settings.context_length)
        size = translate("_DownloadRow", "About {size} GB to download.").format(
            size=QLocale().toString(entry.approx_bytes / GB, "f", 1)
        )
        return f"{size} {memory_summary(est)}"

    def refresh(self) -> None:
        state = self.window_.downloads.states.get(self.key)
        installed = (library().root / self.key).is_dir()
        running = state is not None and state.status == "running"
        self.bar.setVisible(state is not None and state.status != "done")
        if state and state.progress:
            self.bar.setValue(int(state.progress.fraction * 1000))
        if installed:
            self.status.setText(translate("_DownloadRow", "In your library"))
        else:
            self.status.setText(state.describe() if state else "")
        self.start_button.setEnabled(not running and not installed)
        if state and state.status in ("paused", "failed"):
            self.start_button.setText(translate("_DownloadRow", "Resume"))
        else:
            self.start_button.setText(translate("_DownloadRow", "Download"))
        self.pause_button.setEnabled(running)
        self.cancel_button.setEnabled(state is not None and state.status != "done")
