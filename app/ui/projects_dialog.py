"""Projects… : folders and files chats read as their knowledge (app/documents/projects.py).

Make, rename and delete projects; add folders and files; see how many documents are indexed
and why a file could not be read; re-index (in the background, with progress and Cancel);
search a project with the same BM25 search replies use, and open a passage found.
"""

from __future__ import annotations

import html
import threading
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.documents.projects import IndexReport, Project, ProjectError, ProjectHit, Projects, index_apart
from app.store import StoredSource
from app.ui.i18n import translate
from app.ui.lower_text import error_text, in_interface_language

from .a11y import accessible
from .sources_view import SourceDialog, where
from .tasks import Task

SNIPPET_CHARS = 160


def _hit_source(n: int, hit: ProjectHit) -> StoredSource:
    p = hit.hit.passage
    return StoredSource(n, hit.name, hit.hit.sha256, p.unit, p.place, p.text)


class ProjectsDialog(QDialog):
    indexed = Signal(object)  # the IndexReport, or the exception, when a re-index ends

    def __init__(self, projects: Projects, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectsDialog")
        self.setWindowTitle(translate("ProjectsDialog", "Projects"))
        self.projects = projects
        self.cancel: threading.Event | None = None  # set: the running re-index stops
        self.hits: list[ProjectHit] = []

        self.list = QListWidget()
        accessible(self.list, translate("ProjectsDialog", "Projects"))
        self.list.currentItemChanged.connect(lambda _item, _old: self._show())
        new = QPushButton(translate("ProjectsDialog", "&New…"))
        new.clicked.connect(self._ask_new)
        self.rename_button = QPushButton(translate("ProjectsDialog", "&Rename…"))
        self.rename_button.clicked.connect(self._ask_rename)
        self.delete_button = QPushButton(translate("ProjectsDialog", "&Delete"))
        self.delete_button.clicked.connect(self._ask_delete)

        self.paths = QListWidget()
        accessible(self.paths, translate("ProjectsDialog", "Folders and files"))
        add_folder = QPushButton(translate("ProjectsDialog", "Add &Folder…"))
        add_folder.clicked.connect(self._pick_folder)
        add_files = QPushButton(translate("ProjectsDialog", "Add F&iles…"))
        add_files.clicked.connect(self._pick_files)
        self.remove_button = QPushButton(translate("ProjectsDialog", "Re&move"))
        self.remove_button.clicked.connect(self.remove_selected_path)
        self.state = QLabel()
        self.state.setWordWrap(True)
        accessible(self.state, translate("ProjectsDialog", "Index state"))
        self.failures = QListWidget()
        accessible(self.failures, translate("ProjectsDialog", "Files that could not be read"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        accessible(self.progress, translate("ProjectsDialog", "Indexing progress"))
        self.reindex_button = QPushButton(translate("ProjectsDialog", "Re-index &Now"))
        self.reindex_button.clicked.connect(self.reindex)
        self.cancel_button = QPushButton(translate("ProjectsDialog", "&Cancel Indexing"))
        self.cancel_button.clicked.connect(self.cancel_indexing)
        self.cancel_button.setVisible(False)

        self.query = QLineEdit()
        self.query.setPlaceholderText(translate("ProjectsDialog", "Search this project"))
        self.query.returnPressed.connect(self.search)
        self.results = QListWidget()
        self.results.itemActivated.connect(lambda item: self.open_hit(self.results.row(item)))
        for widget, name in (
            (new, translate("ProjectsDialog", "New project")),
            (self.rename_button, translate("ProjectsDialog", "Rename project")),
            (self.delete_button, translate("ProjectsDialog", "Delete project")),
            (add_folder, translate("ProjectsDialog", "Add a folder")),
            (add_files, translate("ProjectsDialog", "Add files")),
            (self.remove_button, translate("ProjectsDialog", "Remove the selected folder or file")),
            (self.reindex_button, translate("ProjectsDialog", "Re-index now")),
            (self.cancel_button, translate("ProjectsDialog", "Cancel indexing")),
            (self.query, translate("ProjectsDialog", "Search this project")),
            (self.results, translate("ProjectsDialog", "Passages found")),
        ):
            accessible(widget, name)

        side = QVBoxLayout()
        side.addWidget(self.list, 1)
        for button in (new, self.rename_button, self.delete_button):
            side.addWidget(button)
        path_buttons = QHBoxLayout()
        for button in (add_folder, add_files, self.remove_button):
            path_buttons.addWidget(button)
        index_row = QHBoxLayout()
        index_row.addWidget(self.progress, 1)
        index_row.addWidget(self.reindex_button)
        index_row.addWidget(self.cancel_button)
        detail = QVBoxLayout()
        detail.addWidget(QLabel(translate("ProjectsDialog", "Folders and files")))
        detail.addWidget(self.paths, 1)
        detail.addLayout(path_buttons)
        detail.addWidget(self.state)
        detail.addWidget(self.failures, 1)
        detail.addLayout(index_row)
        detail.addWidget(self.query)
        detail.addWidget(self.results, 2)
        columns = QHBoxLayout()
        columns.addLayout(side, 1)
        columns.addLayout(detail, 3)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(close)
        self.resize(820, 620)
        self._fill(None)

    # ---- the list ------------------------------------------------------------------------

    def current(self) -> Project | None:
        item = self.list.currentItem()
        return self.projects.get(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _fill(self, select: str | None) -> None:
        self.list.clear()
        for project in self.projects.all():
            item = QListWidgetItem(project.name)
            item.setData(Qt.ItemDataRole.UserRole, project.name)
            self.list.addItem(item)
            if project.name == select:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._show()

    def _show(self) -> None:
        project = self.current()
        for widget in (self.rename_button, self.delete_button, self.remove_button, self.reindex_button, self.query):
            widget.setEnabled(project is not None and self.cancel is None)
        self.paths.clear()
        self.failures.clear()
        self.results.clear()
        self.hits = []
        if project is None:
            self.state.setText(translate("ProjectsDialog", "Make a project, then add the folders it should read."))
            return
        for path in project.paths:
            shown = path if Path(path).exists() else translate("ProjectsDialog", "{path} (not found)").format(path=path)
            item = QListWidgetItem(shown)
            item.setData(Qt.ItemDataRole.UserRole, path)
            self.paths.addItem(item)
        files = self.projects.files(project)
        failed = [f for f in files if f.error]
        stale = self.projects.stale(project)
        text = translate("ProjectsDialog", "%n document(s) indexed.", None, len(files) - len(failed))
        if failed:
            text += " " + translate("ProjectsDialog", "%n file(s) could not be read:", None, len(failed))
        if stale:
            text += " " + translate("ProjectsDialog", "%n file(s) changed since: re-index to read them.", None, stale)
        self.state.setText(text)
        for f in failed:
            self.failures.addItem(f"{f.name}: {in_interface_language(f.error or '')}")
        self.failures.setVisible(bool(failed))

    # ---- actions (public: the tests drive them without the file and input dialogs) -------

    def create_project(self, name: str) -> bool:
        try:
            project = self.projects.create(name)
        except ProjectError as exc:
            self.state.setText(error_text(exc))
            return False
        self._fill(project.name)
        return True

    def rename_project(self, name: str) -> bool:
        project = self.current()
        if project is None:
            return False
        try:
            renamed = self.projects.rename(project, name)
        except ProjectError as exc:
            self.state.setText(error_text(exc))
            return False
        self._fill(renamed.name)
        return True

    def delete_project(self) -> None:
        project = self.current()
        if project is not None:
            self.projects.delete(project)
            self._fill(None)

    def add_paths(self, paths: list[Path]) -> None:
        """Add folders or files and read them at once."""
        project = self.current()
        if project is None or not paths:
            return
        try:
            self.projects.add_paths(project, paths)
        except ProjectError as exc:
            self.state.setText(error_text(exc))
            return
        self._show()
        self.reindex()

    def remove_selected_path(self) -> None:
        project, item = self.current(), self.paths.currentItem()
        if project is None or item is None:
            return
        self.projects.remove_path(project, item.data(Qt.ItemDataRole.UserRole))
        self._show()
        self.reindex()

    def reindex(self) -> None:
        """Read new and changed files (and try failed ones again) on a worker thread."""
        project = self.current()
        if project is None or self.cancel is not None:
            return
        cancel = self.cancel = threading.Event()
        db_path = self.projects.file
        task = Task(lambda progress: index_apart(db_path, project, cancel, progress, True), name="hearth-project")
        task.progressed.connect(self._progressed)
        task.succeeded.connect(lambda report: self._indexed(project.name, report))
        task.failed.connect(lambda exc: self._indexed(project.name, exc))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.state.setText(translate("ProjectsDialog", "Indexing “{name}”…").format(name=project.name))
        self._show_busy()
        task.start()

    def cancel_indexing(self) -> None:
        if self.cancel is not None:
            self.cancel.set()

    def _show_busy(self) -> None:
        for widget in (self.rename_button, self.delete_button, self.remove_button, self.reindex_button):
            widget.setEnabled(False)

    def _progressed(self, fraction: float, text: str) -> None:
        self.progress.setValue(round(fraction * 100))
        if text:
            self.progress.setFormat(f"%p %  {text}")

    def _indexed(self, name: str, result: IndexReport | BaseException) -> None:
        self.cancel = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self._fill(name)
        if isinstance(result, BaseException):
            self.state.setText(self.state.text() + " " + error_text(result))
        else:
            note = translate("ProjectsDialog", "Read %n file(s) now.", None, len(result.indexed))
            if result.scan.left_out or result.scan.over_cap:
                left = len(result.scan.left_out) + result.scan.over_cap
                note += " " + translate(
                    "ProjectsDialog",
                    "%n file(s) left out (too large, outside the folder, or past the limit).",
                    None,
                    left,
                )
            self.state.setText(self.state.text() + " " + note)
        self.indexed.emit(result)

    def search(self) -> None:
        project = self.current()
        self.results.clear()
        self.hits = self.projects.search(project, self.query.text()) if project is not None else []
        for n, hit in enumerate(self.hits, 1):
            source = _hit_source(n, hit)
            place = where(source)
            snippet = " ".join(hit.hit.passage.text.split())[:SNIPPET_CHARS]
            head = f"{hit.name} · {place}" if place else hit.name
            item = QListWidgetItem(f"{head}\n{snippet}")
            item.setToolTip(html.escape(hit.path))
            self.results.addItem(item)
        if not self.hits and self.query.text().strip():
            self.results.addItem(translate("ProjectsDialog", "Nothing found."))

    def open_hit(self, row: int) -> SourceDialog | None:
        if not 0 <= row < len(self.hits):
            return None
        dialog = SourceDialog(_hit_source(row + 1, self.hits[row]), self)
        dialog.open()
        return dialog

    # ---- the buttons' dialogs --------------------------------------------------------------

    def _ask_new(self) -> None:
        name, ok = QInputDialog.getText(
            self, translate("ProjectsDialog", "New Project"), translate("ProjectsDialog", "Name:")
        )
        if ok and name.strip():
            self.create_project(name)

    def _ask_rename(self) -> None:
        project = self.current()
        if project is None:
            return
        name, ok = QInputDialog.getText(
            self, translate("ProjectsDialog", "Rename Project"), translate("ProjectsDialog", "Name:"), text=project.name
        )
        if ok and name.strip():
            self.rename_project(name)

    def _ask_delete(self) -> None:
        project = self.current()
        if project is None:
            return
        answer = QMessageBox.question(
            self,
            translate("ProjectsDialog", "Delete Project"),
            translate(
                "ProjectsDialog", "Delete “{name}”? Its files stay where they are; only the index is removed."
            ).format(name=project.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_project()

    def _pick_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, translate("ProjectsDialog", "Add a Folder"))
        if folder:
            self.add_paths([Path(folder)])

    def _pick_files(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(self, translate("ProjectsDialog", "Add Files"))
        self.add_paths([Path(f) for f in files])
