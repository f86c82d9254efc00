"""Settings: system prompt, sampling, context length, thinking; per-model sampling defaults;
remembered facts (a tab of their own, app/ui/memory_editor.py); MCP tool servers (another tab,
app/ui/mcp_dialog.py)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.languages import LANGUAGES
from app.mcp import McpHub
from app.settings import SAMPLING_KEYS, Settings
from app.store import Memories
from app.ui.a11y import accessible
from app.ui.i18n import chosen_language, interface_language, system_language, translate
from app.ui.lower_text import error_text
from app.ui.mcp_dialog import McpServersTab
from app.ui.memory_editor import MemoryEditor
from app.ui.memory_text import memory_summary
from app.ui.skills_tab import SkillsTab
from runtime import ModelInfo, estimate, inspect_model_folder

CONTEXTS = [4096, 8192, 16384, 32768, 65536, 131072, 262144]


def voice_outputs() -> list[tuple[str, str]]:
    return [
        ("auto", translate("SettingsDialog", "Automatic")),
        ("system", translate("SettingsDialog", "System voice (Qt speech)")),
        ("espeak", translate("SettingsDialog", "Built-in voice (say / espeak-ng)")),
        ("off", translate("SettingsDialog", "Off: show text only")),
    ]


SpinBox = TypeVar("SpinBox", bound=QAbstractSpinBox)


def _typeable(box: SpinBox) -> SpinBox:
    """Numbers a keyboard can type: a locale with other digits (Arabic-Indic) would refuse "0.5"."""
    if QLocale().zeroDigit() != "0":
        box.setLocale(QLocale.c())
    return box


def _model_default() -> str:
    return translate("SettingsDialog", "Model default")


def _double(lo: float, hi: float, step: float, value: float | None) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    _typeable(box)
    box.setRange(lo - step, hi)  # the lowest value stands for "model default"
    box.setSingleStep(step)
    box.setDecimals(2)
    box.setSpecialValueText(_model_default())
    box.setValue(value if value is not None else lo - step)
    return box


def _int(lo: int, hi: int, value: int | None) -> QSpinBox:
    box = QSpinBox()
    _typeable(box)
    box.setRange(lo - 1, hi)
    box.setSpecialValueText(_model_default())
    box.setValue(value if value is not None else lo - 1)
    return box


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        info: ModelInfo | None,
        model_key: str | None,
        parent=None,
        memories: Memories | None = None,
        mcp: McpHub | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        self.settings, self.info, self.model_key = settings, info, model_key
        s = settings.sampling(model_key)
        self.system = QPlainTextEdit(settings.system_prompt)
        self.system.setPlaceholderText(translate("SettingsDialog", "Optional instructions for every chat"))
        self.system.setFixedHeight(90)
        self.fields: dict[str, QSpinBox | QDoubleSpinBox] = {
            "temperature": _double(0.0, 2.0, 0.05, s.get("temperature")),
            "top_p": _double(0.05, 1.0, 0.05, s.get("top_p")),
            "top_k": _int(1, 1000, s.get("top_k")),
            "min_p": _double(0.0, 1.0, 0.01, s.get("min_p")),
            "repetition_penalty": _double(1.0, 2.0, 0.05, s.get("repetition_penalty")),
            "max_tokens": _int(16, 262144, s.get("max_tokens")),
            "seed": _int(0, 2**31 - 1, s.get("seed")),
        }
        self.per_model = QCheckBox(
            translate("SettingsDialog", "Save sampling as defaults for {model}").format(model=info.name) if info else ""
        )
        self.per_model.setVisible(info is not None)
        self.per_model.setChecked(bool(model_key and settings.per_model.get(model_key)))
        self.context = QComboBox()
        for n in CONTEXTS:
            self.context.addItem(translate("SettingsDialog", "{count}K tokens").format(count=n // 1024), n)
        self.context.setCurrentIndex(max(0, self.context.findData(settings.context_length)))
        self.context.currentIndexChanged.connect(self._update_memory)
        self.memory = QLabel()
        self.memory.setWordWrap(True)
        self.thinking = QCheckBox(translate("SettingsDialog", "Think before answering (when the model supports it)"))
        self.thinking.setChecked(settings.thinking)
        self.budget = _typeable(QSpinBox())
        self.budget.setRange(0, 65536)
        self.budget.setSpecialValueText(translate("SettingsDialog", "Unlimited"))
        self.budget.setValue(settings.thinking_budget or 0)
        self.speculative = QCheckBox(
            translate("SettingsDialog", "Speculative decoding (MTP) when the model has a drafter")
        )
        self.speculative.setChecked(settings.speculative)
        self.speculative.setToolTip(
            translate(
                "SettingsDialog",
                "Same replies, usually faster: a small drafter guesses a few tokens and the model checks them in one pass.",
            )
        )
        if info is not None and info.drafter is None:
            self.speculative.setToolTip(
                translate("SettingsDialog", "{model} has no drafter next to it, so this has no effect.").format(
                    model=info.name
                )
            )
        self.stats = QCheckBox(translate("SettingsDialog", "Show speed figures under replies"))
        self.stats.setChecked(settings.show_stats)
        self.allow_code = QCheckBox(
            translate("SettingsDialog", "Let the model write and run Python (in a sandbox) when it can call tools")
        )
        self.allow_code.setChecked(settings.allow_code)
        self.ask_code = QCheckBox(translate("SettingsDialog", "Ask before running code"))
        self.ask_code.setChecked(settings.ask_before_running_code)
        self.voice_stop = _typeable(QSpinBox())
        self.voice_stop.setRange(200, 3000)
        self.voice_stop.setSingleStep(50)
        self.voice_stop.setSuffix(translate("SettingsDialog", " ms of silence"))
        self.voice_stop.setValue(settings.voice_stop_ms)
        self.voice_stop.setToolTip(
            translate("SettingsDialog", "How long you pause before Hearth answers. Longer suits slower speakers.")
        )
        self.voice_output = QComboBox()
        for value, label in voice_outputs():
            self.voice_output.addItem(label, value)
        self.voice_output.setCurrentIndex(max(0, self.voice_output.findData(settings.voice_output)))
        self.serve_api = QCheckBox(translate("SettingsDialog", "Serve the loaded model to other apps on this computer"))
        self.serve_api.setChecked(settings.serve_api)
        self.serve_api.setToolTip(
            translate(
                "SettingsDialog",
                "An OpenAI-compatible API on 127.0.0.1 (no key needed; nothing outside this computer can reach it)."
                " Use `hearth serve --host 0.0.0.0` to serve other machines, with a key.",
            )
        )
        self.serve_port = QSpinBox()
        self.serve_port.setLocale(QLocale.c())  # part of an address to copy into other apps: plain digits
        self.serve_port.setRange(1024, 65535)
        self.serve_port.setValue(settings.serve_port)
        self.serve_port.setPrefix("http://127.0.0.1:")
        self.serve_port.setSuffix("/v1")

        self.language = QComboBox()
        system = LANGUAGES[system_language()]
        self.language.addItem(translate("SettingsDialog", "System ({language})").format(language=system), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.ui_language)))
        accessible(
            self.language,
            translate("SettingsDialog", "Interface language"),
            translate("SettingsDialog", "The language of Hearth's menus, buttons and messages"),
        )
        self.language_note = QLabel()
        self.language_note.setWordWrap(True)
        self.language.currentIndexChanged.connect(self._update_language_note)

        form = QFormLayout()
        form.addRow(translate("SettingsDialog", "Language"), self.language)
        form.addRow("", self.language_note)
        form.addRow(translate("SettingsDialog", "System prompt"), self.system)
        labels = {
            "temperature": translate("SettingsDialog", "Temperature"),
            "top_p": translate("SettingsDialog", "Top-p"),
            "top_k": translate("SettingsDialog", "Top-k"),
            "min_p": translate("SettingsDialog", "Min-p"),
            "repetition_penalty": translate("SettingsDialog", "Repetition penalty"),
            "max_tokens": translate("SettingsDialog", "Max reply tokens"),
            "seed": translate("SettingsDialog", "Seed"),
        }
        for key, label in labels.items():
            form.addRow(label, self.fields[key])
        form.addRow("", self.per_model)
        form.addRow(translate("SettingsDialog", "Context length"), self.context)
        form.addRow("", self.memory)
        form.addRow(translate("SettingsDialog", "Thinking"), self.thinking)
        form.addRow(translate("SettingsDialog", "Thinking budget"), self.budget)
        form.addRow("", self.stats)
        form.addRow(translate("SettingsDialog", "Speed"), self.speculative)
        form.addRow(translate("SettingsDialog", "Code"), self.allow_code)
        form.addRow("", self.ask_code)
        form.addRow(translate("SettingsDialog", "Voice: answer after"), self.voice_stop)
        form.addRow(translate("SettingsDialog", "Spoken replies"), self.voice_output)
        form.addRow(translate("SettingsDialog", "API for other apps"), self.serve_api)
        form.addRow(translate("SettingsDialog", "API address"), self.serve_port)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        general = QWidget()
        general.setLayout(form)
        self.tabs = QTabWidget()
        accessible(self.tabs, translate("SettingsDialog", "Settings pages"))
        self.tabs.addTab(general, translate("SettingsDialog", "General"))
        # Remembered facts live in the history database: editable when the window passes it.
        self.remembered = MemoryEditor(memories, settings.memory) if memories is not None else None
        if self.remembered is not None:
            self.tabs.addTab(self.remembered, translate("SettingsDialog", "Memory"))
        self.skills = SkillsTab(settings)
        self.tabs.addTab(self.skills, translate("SettingsDialog", "Skills"))
        # MCP servers (app/ui/mcp_dialog.py): the window passes its hub, to show where each stands.
        self.tool_servers = McpServersTab(settings, mcp) if mcp is not None else None
        if self.tool_servers is not None:
            self.tabs.addTab(self.tool_servers, translate("SettingsDialog", "Tool servers (MCP)"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self._update_memory()
        self._update_language_note()

    def values(self) -> dict[str, float | int | None]:
        out: dict[str, float | int | None] = {}
        for key, box in self.fields.items():
            out[key] = None if box.value() == box.minimum() else box.value()
        return out

    def _update_language_note(self) -> None:
        """Widgets keep the words they were built with: a new language shows at the next start."""
        chosen = chosen_language(str(self.language.currentData()))
        self.language_note.setText(
            translate("SettingsDialog", "Hearth will use {language} the next time it starts.").format(
                language=LANGUAGES[chosen]
            )
        )
        self.language_note.setVisible(chosen != interface_language())

    def _update_memory(self) -> None:
        if self.info is None:
            self.memory.setText(translate("SettingsDialog", "Load a model to see how much memory this context needs."))
            return
        if self.info.remote_url:
            self.memory.setText(
                translate("SettingsDialog", "Served by {address}: its memory is that machine's.").format(
                    address=self.info.remote_url
                )
            )
            return
        try:
            folder = inspect_model_folder(self.info.path)
        except Exception as exc:  # the estimate is advice; never block the dialog
            self.memory.setText(
                translate("SettingsDialog", "Memory estimate unavailable: {error}").format(error=error_text(exc))
            )
            return
        est = estimate(folder.config, folder.weight_bytes, int(self.context.currentData()))
        self.memory.setText(memory_summary(est))

    def accept(self) -> None:
        values = self.values()
        s = self.settings
        if self.per_model.isChecked() and self.model_key:
            s.per_model[self.model_key] = {k: v for k, v in values.items() if v is not None}
        else:
            if self.model_key:
                s.per_model.pop(self.model_key, None)
            for key in SAMPLING_KEYS:
                setattr(s, key, values[key])
        s.system_prompt = self.system.toPlainText()
        s.context_length = int(self.context.currentData())
        s.thinking = self.thinking.isChecked()
        s.thinking_budget = self.budget.value() or None
        s.show_stats = self.stats.isChecked()
        s.speculative = self.speculative.isChecked()
        s.allow_code = self.allow_code.isChecked()
        s.ask_before_running_code = self.ask_code.isChecked()
        s.voice_stop_ms = self.voice_stop.value()
        s.voice_output = str(self.voice_output.currentData())
        s.serve_api = self.serve_api.isChecked()
        s.serve_port = self.serve_port.value()
        s.ui_language = str(self.language.currentData())
        if self.remembered is not None:
            s.memory = self.remembered.enabled.isChecked()
            self.remembered.apply()
        self.skills.apply()
        if self.tool_servers is not None:
            self.tool_servers.apply()
        super().accept()
