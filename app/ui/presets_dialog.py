"""Presets… : see, make, change, delete, import and export presets (app/presets.py)."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.presets import MAX_NAME_CHARS, Preset, PresetError, PresetLibrary
from app.ui.a11y import accessible
from app.ui.i18n import translate
from app.ui.lower_text import error_text
from app.ui.preset_text import preset_label
from app.ui.settings_dialog import _double

FOLLOW, ON, OFF = "follow", "on", "off"


def _tri_state(value: bool | None) -> QComboBox:
    box = QComboBox()
    box.addItem(translate("PresetsDialog", "As in Settings"), FOLLOW)
    box.addItem(translate("PresetsDialog", "On"), ON)
    box.addItem(translate("PresetsDialog", "Off"), OFF)
    box.setCurrentIndex(box.findData(FOLLOW if value is None else ON if value else OFF))
    return box


def _flag(box: QComboBox) -> bool | None:
    value = box.currentData()
    return None if value == FOLLOW else value == ON


class PresetsDialog(QDialog):
    def __init__(
        self,
        library: PresetLibrary,
        models: list[tuple[str, str]],
        parent: QWidget | None = None,
        projects: list[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PresetsDialog", "Presets"))
        self.library, self.models = library, models
        self.projects = projects or []  # names of the projects a preset may read (app/documents/projects.py)
        self.list = QListWidget()
        accessible(self.list, translate("PresetsDialog", "Presets"))
        self.list.currentItemChanged.connect(lambda item, _old: self._show(item))
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_NAME_CHARS)
        self.prompt = QPlainTextEdit()
        self.prompt.setPlaceholderText(translate("PresetsDialog", "What the assistant should do in chats that use it"))
        self.model = QComboBox()
        self.temperature = _double(0.0, 2.0, 0.05, None)
        self.top_p = _double(0.05, 1.0, 0.05, None)
        self.thinking = _tri_state(None)
        self.code = _tri_state(None)
        # MCP tool servers (app/mcp): all those on in Settings, none, or only the ones named.
        self.tool_choice = QComboBox()
        self.tool_choice.addItem(translate("PresetsDialog", "All that are on in Settings"), FOLLOW)
        self.tool_choice.addItem(translate("PresetsDialog", "None"), OFF)
        self.tool_choice.addItem(translate("PresetsDialog", "Only these"), ON)
        self.tool_names = QLineEdit()
        self.tool_names.setPlaceholderText(translate("PresetsDialog", "Server names, separated by commas"))
        accessible(self.tool_names, translate("PresetsDialog", "Tool server names"))
        self.tool_choice.currentIndexChanged.connect(
            lambda _i: self.tool_names.setEnabled(self.tool_choice.currentData() == ON)
        )
        tools_row = QWidget()
        tools_layout = QHBoxLayout(tools_row)
        tools_layout.setContentsMargins(0, 0, 0, 0)
        tools_layout.addWidget(self.tool_choice)
        tools_layout.addWidget(self.tool_names, 1)
        self.knowledge = QComboBox()  # a project whose documents chats with the preset read
        self.schema = QPlainTextEdit()
        self.schema.setPlaceholderText(
            translate("PresetsDialog", "Optional: a JSON schema every reply must match (replies are then JSON)")
        )
        self.schema.setFixedHeight(70)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.save = QPushButton(translate("PresetsDialog", "&Save"))
        self.save.clicked.connect(self.save_current)
        new = QPushButton(translate("PresetsDialog", "&New"))
        new.clicked.connect(self._new)
        self.delete = QPushButton(translate("PresetsDialog", "&Delete"))
        self.delete.clicked.connect(self.delete_current)
        import_button = QPushButton(translate("PresetsDialog", "&Import…"))
        import_button.clicked.connect(lambda: self.import_from(None))
        export_button = QPushButton(translate("PresetsDialog", "E&xport…"))
        export_button.clicked.connect(lambda: self.export_to(None))

        form = QFormLayout()
        rows: list[tuple[str, QWidget]] = [
            (translate("PresetsDialog", "Name"), self.name),
            (translate("PresetsDialog", "Instructions"), self.prompt),
            (translate("PresetsDialog", "Model"), self.model),
            (translate("PresetsDialog", "Temperature"), self.temperature),
            (translate("PresetsDialog", "Top P"), self.top_p),
            (translate("PresetsDialog", "Thinking"), self.thinking),
            (translate("PresetsDialog", "Python code"), self.code),
            (translate("PresetsDialog", "Tool servers (MCP)"), self.tool_choice),
            (translate("PresetsDialog", "Knowledge (project)"), self.knowledge),
            (translate("PresetsDialog", "Reply format"), self.schema),
        ]
        for label, field in rows:
            form.addRow(label, tools_row if field is self.tool_choice else field)
            accessible(field, label)  # screen readers name each field by its label
        side = QVBoxLayout()
        side.addWidget(self.list, 1)
        for button in (new, self.delete, import_button, export_button):
            side.addWidget(button)
        editor = QVBoxLayout()
        editor.addLayout(form, 1)
        editor.addWidget(self.status)
        editor.addWidget(self.save, 0, Qt.AlignmentFlag.AlignRight)
        columns = QHBoxLayout()
        columns.addLayout(side, 1)
        columns.addLayout(editor, 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(close)
        self.resize(760, 480)
        if library.problem:
            self.status.setText(error_text(PresetError(library.problem)))
        self._fill(None)

    # ---- the list ------------------------------------------------------------------------

    def _fill(self, select: str | None) -> None:
        self.list.clear()
        for preset in self.library.all():
            label = preset_label(preset)
            if preset.builtin:
                label = translate("PresetsDialog", "{name} (built-in)").format(name=label)
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, preset.name)
            self.list.addItem(item)
            if preset.name == select:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None:
            self.list.setCurrentRow(0)

    def current(self) -> Preset | None:
        item = self.list.currentItem()
        return self.library.get(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _show(self, item: QListWidgetItem | None) -> None:
        preset = self.library.get(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None
        preset = preset or Preset("")
        # A built-in preset is kept as it is: changing one saves a copy, under a name of its own.
        copy_name = translate("PresetsDialog", "{name} (copy)").format(name=preset_label(preset))
        self.name.setText(copy_name if preset.builtin else preset.name)
        self.prompt.setPlainText(preset.system_prompt)
        self.model.clear()
        self.model.addItem(translate("PresetsDialog", "The model that is loaded"), "")
        for key, label in self.models:
            self.model.addItem(label, key)
        if preset.model and self.model.findData(preset.model) < 0:
            self.model.addItem(preset.model, preset.model)  # not in this library (an imported preset)
        self.model.setCurrentIndex(max(0, self.model.findData(preset.model or "")))
        for box, key in ((self.temperature, "temperature"), (self.top_p, "top_p")):
            value = preset.sampling.get(key)
            box.setValue(float(value) if value is not None else box.minimum())
        self.thinking.setCurrentIndex(
            self.thinking.findData(FOLLOW if preset.thinking is None else ON if preset.thinking else OFF)
        )
        self.schema.setPlainText(json.dumps(preset.json_schema, indent=2) if preset.json_schema else "")
        self.code.setCurrentIndex(
            self.code.findData(FOLLOW if preset.allow_code is None else ON if preset.allow_code else OFF)
        )
        servers = preset.tool_servers
        self.tool_choice.setCurrentIndex(
            self.tool_choice.findData(FOLLOW if servers is None else ON if servers else OFF)
        )
        self.tool_names.setText(", ".join(servers or ()))
        self.tool_names.setEnabled(bool(servers))
        self.knowledge.clear()
        self.knowledge.addItem(translate("PresetsDialog", "None"), "")
        for name in self.projects:
            self.knowledge.addItem(name, name)
        if preset.knowledge and self.knowledge.findData(preset.knowledge) < 0:
            self.knowledge.addItem(preset.knowledge, preset.knowledge)  # not here (an imported preset): kept
        self.knowledge.setCurrentIndex(max(0, self.knowledge.findData(preset.knowledge or "")))
        self.delete.setEnabled(bool(preset.name) and not preset.builtin)
        self.save.setText(
            translate("PresetsDialog", "&Save as a copy") if preset.builtin else translate("PresetsDialog", "&Save")
        )
        self.status.clear()

    def _new(self) -> None:
        self.list.setCurrentRow(-1)
        self._show(None)
        self.name.setFocus()

    # ---- actions (public: the tests drive them without file dialogs) ---------------------

    def edited(self) -> Preset:
        original = self.current()
        sampling = dict(original.sampling) if original is not None else {}  # keys this form does not show stay
        for box, key in ((self.temperature, "temperature"), (self.top_p, "top_p")):
            sampling.pop(key, None)
            if box.value() != box.minimum():
                sampling[key] = round(box.value(), 2)
        schema_text = self.schema.toPlainText().strip()
        try:
            schema = json.loads(schema_text) if schema_text else None
        except ValueError as exc:
            raise PresetError(f"The JSON schema is not plain JSON: {exc}") from None
        return Preset(
            self.name.text().strip(),
            self.prompt.toPlainText(),
            str(self.model.currentData() or "") or None,
            sampling,
            _flag(self.thinking),
            _flag(self.code),
            schema,
            self._tool_servers(),
            knowledge=str(self.knowledge.currentData() or "") or None,
        )

    def _tool_servers(self) -> tuple[str, ...] | None:
        choice = self.tool_choice.currentData()
        if choice == FOLLOW:
            return None
        names = [n.strip() for n in self.tool_names.text().split(",")] if choice == ON else []
        return tuple(n for n in names if n)

    def save_current(self) -> bool:
        original = self.current()
        replacing = original.name if original is not None and not original.builtin else None
        try:
            saved = self.library.save(self.edited(), replacing=replacing)
        except PresetError as exc:
            self.status.setText(error_text(exc))
            return False
        self._fill(saved.name)
        self.status.setText(translate("PresetsDialog", "Saved “{name}”.").format(name=saved.name))
        return True

    def delete_current(self) -> None:
        preset = self.current()
        if preset is not None and not preset.builtin:
            self.library.remove(preset.name)
            self._fill(None)

    def import_from(self, path: Path | None) -> None:
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self, translate("PresetsDialog", "Import presets"), "", translate("PresetsDialog", "Presets (*.json)")
            )
            if not chosen:
                return
            path = Path(chosen)
        try:
            added = self.library.import_file(path)
        except PresetError as exc:
            self.status.setText(error_text(exc))
            return
        self._fill(added[0].name if added else None)
        self.status.setText(translate("PresetsDialog", "Imported %n preset(s).", None, len(added)))

    def export_to(self, path: Path | None) -> None:
        preset = self.current()
        if preset is None:
            return
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                translate("PresetsDialog", "Export preset"),
                f"{preset.name}.json",
                translate("PresetsDialog", "Presets (*.json)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        try:
            self.library.export([preset.name], path)
        except OSError as exc:
            self.status.setText(
                translate("PresetsDialog", "Could not write {file}: {reason}").format(
                    file=path.name, reason=exc.strerror or exc
                )
            )
            return
        self.status.setText(
            translate("PresetsDialog", "Exported “{name}” to {file}.").format(name=preset.name, file=path.name)
        )
