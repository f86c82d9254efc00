"""Settings → Tool servers (MCP): the servers whose tools the model may use, where each stands,
and adding them by hand or from the ``mcpServers`` JSON of another app.

Added, removed or switched servers take effect when the settings are saved (``apply``: the hub
stops a removed or changed server; it starts again when next needed); Restart acts at once.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.chat.session import MCP_CHARS_PER_CONTEXT_TOKEN
from app.mcp import ConfigError, McpHub, ServerConfig, ServerStatus, import_mcp_servers, parse_servers
from app.mcp.config import kept_grants, server_from_form
from app.mcp.schema import fit
from app.settings import Settings
from app.ui.a11y import accessible
from app.ui.i18n import translate
from app.ui.lower_text import in_interface_language

STATUS_EVERY_MS = 500


def status_words(status: ServerStatus, enabled: bool) -> str:
    if not enabled:
        return translate("McpDialog", "Off")
    if status.state == "starting":
        return translate("McpDialog", "Starting…")
    if status.state == "ready" and status.detail:  # some of its tools were left out
        note = in_interface_language(status.detail)
        return translate("McpDialog", "Running · %n tools · {note}", None, status.tools).format(note=note)
    if status.state == "ready":
        return translate("McpDialog", "Running · %n tools", None, status.tools)
    if status.state == "crashed":
        return translate("McpDialog", "Stopped unexpectedly; starts again when needed")
    if status.state == "failed":
        return translate("McpDialog", "Failed: {reason}").format(reason=in_interface_language(status.detail))
    return translate("McpDialog", "Starts when a model uses tools")


class McpServersTab(QWidget):
    def __init__(self, settings: Settings, hub: McpHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings, self.hub = settings, hub
        self.servers, problems = parse_servers(settings.mcp_servers)
        intro = QLabel(
            translate(
                "McpDialog",
                "Programs that give the model more tools, through the Model Context Protocol. Hearth asks before "
                "each call unless you chose “Always allow” for that tool. What they return is shown as plain text.",
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        accessible(self.table, translate("McpDialog", "Tool servers"))
        self.table.setHorizontalHeaderLabels(
            [translate("McpDialog", "Name"), translate("McpDialog", "Connection"), translate("McpDialog", "Status")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.itemChanged.connect(self._on_item_changed)
        self.note = QLabel("\n".join(in_interface_language(p) for p in problems))
        self.note.setWordWrap(True)
        self.note.setVisible(bool(problems))
        self.budget = QLabel()  # when the tools outgrow their share of the context
        self.budget.setWordWrap(True)
        self.budget.setVisible(False)
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (
            ("add", translate("McpDialog", "Add…"), self.add),
            ("import", translate("McpDialog", "Import JSON…"), self.import_json),
            ("remove", translate("McpDialog", "Remove"), self.remove),
            ("restart", translate("McpDialog", "Restart"), self.restart),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch(1)
        # The "Always allow" grants, each of which the user can take back.
        self.revoked: set[str] = set()
        self.grants_label = QLabel(translate("McpDialog", "Tools that run without asking (“Always allow”):"))
        self.grants = QListWidget()
        accessible(self.grants, translate("McpDialog", "Tools that run without asking"))
        self.grants.setMaximumHeight(90)
        self.grants.addItems(settings.mcp_always_allow)
        self.revoke_button = QPushButton(translate("McpDialog", "Ask again"))
        accessible(
            self.revoke_button,
            translate("McpDialog", "Ask again"),
            translate("McpDialog", "The selected tool asks before each call again"),
        )
        self.revoke_button.clicked.connect(self.revoke)
        grants_row = QHBoxLayout()
        grants_row.addWidget(self.grants, 1)
        grants_row.addWidget(self.revoke_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.budget)
        layout.addLayout(row)
        layout.addWidget(self.grants_label)
        layout.addLayout(grants_row)
        self._show_grants()
        self.refresh()
        self._timer = QTimer(self)  # where each server stands changes on the hub's thread
        self._timer.timeout.connect(self.refresh_status)
        self._timer.start(STATUS_EVERY_MS)

    def refresh(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.servers))
        for row, server in enumerate(self.servers):
            name = QTableWidgetItem(server.name)
            name.setFlags(name.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            name.setCheckState(Qt.CheckState.Checked if server.enabled else Qt.CheckState.Unchecked)
            name.setToolTip(translate("McpDialog", "Tick to offer this server's tools to the model"))
            where = server.url or " ".join([server.command, *server.args])
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, QTableWidgetItem(where))
            self.table.setItem(row, 2, QTableWidgetItem())
        self.table.blockSignals(False)
        self.refresh_status()
        self.table.resizeColumnsToContents()

    def refresh_status(self) -> None:
        tools = self.hub.tools()
        left_out = fit(tools, self.settings.context_length * MCP_CHARS_PER_CONTEXT_TOKEN)[1]
        self.budget.setVisible(left_out > 0)
        if left_out:
            self.budget.setText(
                translate(
                    "McpDialog",
                    "{left_out} of {total} tools do not fit in their share of the context and are not offered to "
                    "the model. A longer context length (Settings) makes room; so does turning a server off.",
                ).format(left_out=left_out, total=len(tools))
            )
        for row, server in enumerate(self.servers):
            item = self.table.item(row, 2)
            if item is not None:
                status = self.hub.status(server.prefix)
                text = status_words(status, server.enabled)
                if item.text() != text:
                    item.setText(text)
                    item.setToolTip(status.log)  # the server's own last words, untranslated

    def add(self) -> None:
        dialog = AddServerDialog(self)
        if dialog.exec() and dialog.server is not None:
            self._put([dialog.server])

    def import_json(self) -> None:
        dialog = ImportDialog(self)
        if dialog.exec():
            self._put(dialog.servers)

    def remove(self) -> None:
        row = self._selected()
        if row is not None:
            del self.servers[row]
            self.refresh()

    def revoke(self) -> None:
        """The selected tool asks again once the settings are saved."""
        item = self.grants.currentItem()
        if item is not None:
            self.revoked.add(item.text())
            self.grants.takeItem(self.grants.row(item))
            self._show_grants()

    def _show_grants(self) -> None:
        shown = self.grants.count() > 0
        for widget in (self.grants_label, self.grants, self.revoke_button):
            widget.setVisible(shown)

    def restart(self) -> None:
        row = self._selected()
        if row is not None:
            self.hub.restart(self.servers[row].prefix)
            self.refresh_status()

    def _selected(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != 0 or not 0 <= item.row() < len(self.servers):
            return
        server = self.servers[item.row()]
        enabled = item.checkState() == Qt.CheckState.Checked
        if enabled != server.enabled:
            self.servers[item.row()] = replace(server, enabled=enabled)
            self.refresh()

    def _put(self, servers: list[ServerConfig]) -> None:
        """Add servers; one with the name of a server already here replaces it."""
        for server in servers:
            same = next((i for i, s in enumerate(self.servers) if s.prefix == server.prefix), None)
            if same is None:
                self.servers.append(server)
            else:
                self.servers[same] = server
        self.refresh()

    def apply(self) -> None:
        """The settings are saved: the hub uses the servers as they are now; "Always allow"
        grants of servers removed or replaced (another program under the same name) are dropped."""
        before, _problems = parse_servers(self.settings.mcp_servers)
        grants = [g for g in self.settings.mcp_always_allow if g not in self.revoked]
        self.settings.mcp_always_allow = kept_grants(grants, before, self.servers)
        self.grants.clear()
        self.grants.addItems(self.settings.mcp_always_allow)
        self._show_grants()
        self.settings.mcp_servers = [s.to_dict() for s in self.servers]
        self.hub.set_servers(self.servers)


class AddServerDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("McpDialog", "Add a tool server"))
        self.server: ServerConfig | None = None
        self.name = QLineEdit()
        accessible(self.name, translate("McpDialog", "Server name"))
        self.command = QLineEdit()
        self.command.setPlaceholderText("uvx mcp-server-time")
        accessible(
            self.command,
            translate("McpDialog", "Command"),
            translate("McpDialog", "The program that runs the server, with its arguments"),
        )
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://example.com/mcp")
        accessible(
            self.url, translate("McpDialog", "Address"), translate("McpDialog", "A Streamable HTTP server's URL")
        )
        self.pairs = QPlainTextEdit()
        self.pairs.setPlaceholderText("NAME=value")
        self.pairs.setFixedHeight(70)
        accessible(
            self.pairs,
            translate("McpDialog", "Environment or headers"),
            translate("McpDialog", "One NAME=value a line: the command's environment, or the address's HTTP headers"),
        )
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        form = QFormLayout()
        form.addRow(translate("McpDialog", "Name"), self.name)
        form.addRow(translate("McpDialog", "Command"), self.command)
        form.addRow(translate("McpDialog", "or address"), self.url)
        form.addRow(translate("McpDialog", "Environment or headers"), self.pairs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            self.server = server_from_form(
                self.name.text(), self.command.text(), self.url.text(), self.pairs.toPlainText()
            )
        except ConfigError as exc:
            self.error.setText(in_interface_language(str(exc)))
            self.error.setVisible(True)
            return
        super().accept()


class ImportDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("McpDialog", "Import tool servers"))
        self.servers: list[ServerConfig] = []
        intro = QLabel(
            translate(
                "McpDialog",
                "Paste the <code>mcpServers</code> JSON from another app's settings (Claude Desktop, Cursor, VS Code).",
            )
        )
        intro.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText('{"mcpServers": {"time": {"command": "uvx", "args": ["mcp-server-time"]}}}')
        accessible(self.text, translate("McpDialog", "mcpServers JSON"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, 320)

    def accept(self) -> None:
        try:
            self.servers = import_mcp_servers(self.text.toPlainText())
        except ConfigError as exc:
            self.error.setText(in_interface_language(str(exc)))
            self.error.setVisible(True)
            return
        super().accept()
