"""The model manager's "Remote" tab: models other machines serve, and the dialog that adds one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.model_refs import library
from app.remote_models import (
    CLEAR_KEY_WARNING,
    KEYS,
    RemoteModel,
    RemoteModelError,
    add_remote,
    check_url,
    default_name,
    key_sent_in_clear,
    remote_models,
    remove_remote,
    valid_name,
)
from app.ui.i18n import translate
from app.ui.lower_text import error_text, in_interface_language
from runtime.remote import api_root, list_models
from runtime.types import RemoteEndpoint

from .tasks import Task


def help_html() -> str:
    return translate(
        "RemoteModelsTab",
        "Chat with a model served by a bigger Mac or a GPU machine: <code>hearth serve</code>, "
        "<code>mlx_lm.server</code>, <code>mlx_vlm.server</code>, vLLM, LM Studio or Ollama.",
    )


class RemoteModelsTab(QWidget):
    def __init__(self, window, on_used: Callable[[], None]) -> None:
        super().__init__()
        self.window_, self._on_used = window, on_used  # on_used: close the manager
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(translate("RemoteModelsTab", "Remote models"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("RemoteModelsTab", "Name"),
                translate("RemoteModelsTab", "Model"),
                translate("RemoteModelsTab", "Server"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        buttons = QHBoxLayout()
        for text, slot in (
            (translate("RemoteModelsTab", "Use"), self._use),
            (translate("RemoteModelsTab", "Forget…"), self._forget),
            (translate("RemoteModelsTab", "Add remote model…"), self.add),
        ):
            b = QPushButton(text)
            b.clicked.connect(slot)
            buttons.addWidget(b)
        buttons.addStretch(1)
        intro = QLabel(help_html())
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.models: list[RemoteModel] = []
        self.refresh()

    def refresh(self) -> None:
        self.models = remote_models()
        self.table.setRowCount(len(self.models))
        for row, m in enumerate(self.models):
            for col, text in enumerate((m.name, m.model, m.base_url)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def add(self) -> AddRemoteDialog:
        dialog = AddRemoteDialog(self)
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.open()
        return dialog

    def _selected(self) -> RemoteModel | None:
        rows = self.table.selectionModel().selectedRows()
        return self.models[rows[0].row()] if rows else None

    def _use(self) -> None:
        m = self._selected()
        if m is None:
            return
        self.window_.settings.model = m.name
        self.window_.save_settings()
        self.window_.load_model(m.name)
        self._on_used()

    def _forget(self) -> None:
        m = self._selected()
        if m is None:
            return
        if m.name == self.window_.models.current_key:
            QMessageBox.information(
                self,
                translate("RemoteModelsTab", "In use"),
                translate("RemoteModelsTab", "Switch to another model before forgetting this one."),
            )
            return
        if (
            QMessageBox.question(
                self,
                translate("RemoteModelsTab", "Forget"),
                translate("RemoteModelsTab", "Forget “{name}” and its API key?").format(name=m.name),
            )
            == QMessageBox.StandardButton.Yes
        ):
            remove_remote(m.name)
            self.refresh()


class AddRemoteDialog(QDialog):
    """Base URL and optional key -> the server's models -> pick one, name it, save it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("AddRemoteDialog", "Add remote model"))
        self.setMinimumWidth(560)  # the address, its button and the notes under the key, unclipped
        self.url = QLineEdit()
        self.url.setAccessibleName(translate("AddRemoteDialog", "Server address"))
        self.url.setPlaceholderText("http://studio.local:8080")
        self.key = QLineEdit()
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setPlaceholderText(translate("AddRemoteDialog", "optional"))
        self.list_button = QPushButton(translate("AddRemoteDialog", "List models"))
        self.list_button.clicked.connect(self.list_models)
        self.model = QComboBox()
        self.model.currentTextChanged.connect(self._suggest_name)
        self.name = QLineEdit()
        self.images = QCheckBox(translate("AddRemoteDialog", "It reads images"))
        self.audio = QCheckBox(translate("AddRemoteDialog", "It reads audio"))
        self.status = QLabel("")
        self.status.setWordWrap(True)
        keychain = KEYS.keychain_available()
        where = QLabel(
            translate("AddRemoteDialog", "The key is kept in your system keychain.")
            if keychain
            else translate("AddRemoteDialog", "No system keychain here: the key is kept in memory until Hearth quits.")
        )
        where.setWordWrap(True)
        self.clear_key_note = QLabel(CLEAR_KEY_WARNING)
        self.clear_key_note.setWordWrap(True)
        self.clear_key_note.setVisible(False)
        self.url.textChanged.connect(self._note_clear_key)
        self.key.textChanged.connect(self._note_clear_key)
        url_row = QHBoxLayout()
        url_row.addWidget(self.url, 1)
        url_row.addWidget(self.list_button)
        form = QFormLayout()
        form.addRow(translate("AddRemoteDialog", "Server"), url_row)
        form.addRow(translate("AddRemoteDialog", "API key"), self.key)
        form.addRow("", where)
        form.addRow("", self.clear_key_note)
        form.addRow(translate("AddRemoteDialog", "Model"), self.model)
        form.addRow(translate("AddRemoteDialog", "Name in Hearth"), self.name)
        form.addRow("", self.images)
        form.addRow("", self.audio)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.added: RemoteModel | None = None

    def list_models(self) -> Task | None:
        url = self.url.text().strip()
        if not url:
            self.status.setText(translate("AddRemoteDialog", "Enter the server's address first."))
            return None
        try:
            check_url(url)
        except RemoteModelError as exc:
            self.status.setText(error_text(exc))
            return None
        endpoint = RemoteEndpoint(url, "", api_key=self.key.text().strip() or None)
        self.list_button.setEnabled(False)
        self.status.setText(
            translate("AddRemoteDialog", "Asking {server} for its models…").format(server=api_root(url))
        )
        task = Task(lambda _p: [m["id"] for m in list_models(endpoint)], name="hearth-list-remote")
        task.succeeded.connect(self._listed)
        task.failed.connect(self._list_failed)
        return task.start()

    def _listed(self, ids: list[str]) -> None:
        self.list_button.setEnabled(True)
        self.model.clear()
        self.model.addItems(ids)
        if ids:
            self.status.setText(translate("AddRemoteDialog", "The server lists %n model(s).", None, len(ids)))
        else:
            self.status.setText(translate("AddRemoteDialog", "The server lists no models."))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(bool(ids))

    def _list_failed(self, error: object) -> None:
        self.list_button.setEnabled(True)
        self.status.setText(in_interface_language(str(error)))

    def _note_clear_key(self) -> None:
        url, key = self.url.text().strip(), self.key.text().strip()
        try:
            shown = bool(url and key) and key_sent_in_clear(url)
        except ValueError:  # an address still being typed
            shown = False
        if shown == self.clear_key_note.isHidden():  # (isVisible is False until the dialog shows)
            self.clear_key_note.setVisible(shown)
            self.adjustSize()  # make room for the note (or give it back) instead of squeezing the rows

    def _suggest_name(self, model_id: str) -> None:
        if model_id:
            self.name.setText(default_name(self.url.text().strip(), model_id))

    def accept(self) -> None:
        name = self.name.text().strip()
        if not valid_name(name):
            self.status.setText(
                translate("AddRemoteDialog", "Pick a name of letters, digits, dots, dashes or underscores.")
            )
            return
        if (library().root / name).exists():
            self.status.setText(
                translate("AddRemoteDialog", "A model in your library is already named “{name}”.").format(name=name)
            )
            return
        modalities = tuple(k for k, box in (("image", self.images), ("audio", self.audio)) if box.isChecked())
        model = RemoteModel(name, api_root(self.url.text()), self.model.currentText(), modalities)
        add_remote(model, self.key.text().strip() or None)
        self.added = model
        super().accept()
