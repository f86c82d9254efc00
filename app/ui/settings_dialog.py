"""Settings: system prompt, sampling, context length, thinking; per-model sampling defaults."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
)

from app.settings import SAMPLING_KEYS, Settings
from runtime import ModelInfo, estimate, inspect_model_folder

CONTEXTS = [4096, 8192, 16384, 32768, 65536, 131072, 262144]
DEFAULT = "Model default"
VOICE_OUTPUTS = [
    ("auto", "Automatic"),
    ("system", "System voice (Qt speech)"),
    ("espeak", "Built-in voice (say / espeak-ng)"),
    ("off", "Off: show text only"),
]


def _double(lo: float, hi: float, step: float, value: float | None) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(lo - step, hi)  # the lowest value stands for "model default"
    box.setSingleStep(step)
    box.setDecimals(2)
    box.setSpecialValueText(DEFAULT)
    box.setValue(value if value is not None else lo - step)
    return box


def _int(lo: int, hi: int, value: int | None) -> QSpinBox:
    box = QSpinBox()
    box.setRange(lo - 1, hi)
    box.setSpecialValueText(DEFAULT)
    box.setValue(value if value is not None else lo - 1)
    return box


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, info: ModelInfo | None, model_key: str | None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.settings, self.info, self.model_key = settings, info, model_key
        s = settings.sampling(model_key)
        self.system = QPlainTextEdit(settings.system_prompt)
        self.system.setPlaceholderText("Optional instructions for every chat")
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
        self.per_model = QCheckBox(f"Save sampling as defaults for {info.name}" if info else "")
        self.per_model.setVisible(info is not None)
        self.per_model.setChecked(bool(model_key and settings.per_model.get(model_key)))
        self.context = QComboBox()
        for n in CONTEXTS:
            self.context.addItem(f"{n // 1024}K tokens", n)
        self.context.setCurrentIndex(max(0, self.context.findData(settings.context_length)))
        self.context.currentIndexChanged.connect(self._update_memory)
        self.memory = QLabel()
        self.memory.setWordWrap(True)
        self.thinking = QCheckBox("Think before answering (when the model supports it)")
        self.thinking.setChecked(settings.thinking)
        self.budget = QSpinBox()
        self.budget.setRange(0, 65536)
        self.budget.setSpecialValueText("Unlimited")
        self.budget.setValue(settings.thinking_budget or 0)
        self.speculative = QCheckBox("Speculative decoding (MTP) when the model has a drafter")
        self.speculative.setChecked(settings.speculative)
        self.speculative.setToolTip(
            "Same replies, usually faster: a small drafter guesses a few tokens and the model checks them in one pass."
        )
        if info is not None and info.drafter is None:
            self.speculative.setToolTip(f"{info.name} has no drafter next to it, so this has no effect.")
        self.stats = QCheckBox("Show speed figures under replies")
        self.stats.setChecked(settings.show_stats)
        self.allow_code = QCheckBox("Let the model write and run Python (in a sandbox) when it can call tools")
        self.allow_code.setChecked(settings.allow_code)
        self.ask_code = QCheckBox("Ask before running code")
        self.ask_code.setChecked(settings.ask_before_running_code)
        self.voice_stop = QSpinBox()
        self.voice_stop.setRange(200, 3000)
        self.voice_stop.setSingleStep(50)
        self.voice_stop.setSuffix(" ms of silence")
        self.voice_stop.setValue(settings.voice_stop_ms)
        self.voice_stop.setToolTip("How long you pause before Hearth answers. Longer suits slower speakers.")
        self.voice_output = QComboBox()
        for value, label in VOICE_OUTPUTS:
            self.voice_output.addItem(label, value)
        self.voice_output.setCurrentIndex(max(0, self.voice_output.findData(settings.voice_output)))
        self.serve_api = QCheckBox("Serve the loaded model to other apps on this computer")
        self.serve_api.setChecked(settings.serve_api)
        self.serve_api.setToolTip(
            "An OpenAI-compatible API on 127.0.0.1 (no key needed; nothing outside this computer can reach it)."
            " Use `hearth serve --host 0.0.0.0` to serve other machines, with a key."
        )
        self.serve_port = QSpinBox()
        self.serve_port.setRange(1024, 65535)
        self.serve_port.setValue(settings.serve_port)
        self.serve_port.setPrefix("http://127.0.0.1:")
        self.serve_port.setSuffix("/v1")

        form = QFormLayout()
        form.addRow("System prompt", self.system)
        for key, label in (
            ("temperature", "Temperature"),
            ("top_p", "Top-p"),
            ("top_k", "Top-k"),
            ("min_p", "Min-p"),
            ("repetition_penalty", "Repetition penalty"),
            ("max_tokens", "Max reply tokens"),
            ("seed", "Seed"),
        ):
            form.addRow(label, self.fields[key])
        form.addRow("", self.per_model)
        form.addRow("Context length", self.context)
        form.addRow("", self.memory)
        form.addRow("Thinking", self.thinking)
        form.addRow("Thinking budget", self.budget)
        form.addRow("", self.stats)
        form.addRow("Speed", self.speculative)
        form.addRow("Code", self.allow_code)
        form.addRow("", self.ask_code)
        form.addRow("Voice: answer after", self.voice_stop)
        form.addRow("Spoken replies", self.voice_output)
        form.addRow("API for other apps", self.serve_api)
        form.addRow("API address", self.serve_port)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._update_memory()

    def values(self) -> dict[str, float | int | None]:
        out: dict[str, float | int | None] = {}
        for key, box in self.fields.items():
            out[key] = None if box.value() == box.minimum() else box.value()
        return out

    def _update_memory(self) -> None:
        if self.info is None:
            self.memory.setText("Load a model to see how much memory this context needs.")
            return
        if self.info.remote_url:
            self.memory.setText(f"Served by {self.info.remote_url}: its memory is that machine's.")
            return
        try:
            folder = inspect_model_folder(self.info.path)
        except Exception as exc:  # the estimate is advice; never block the dialog
            self.memory.setText(f"Memory estimate unavailable: {exc}")
            return
        est = estimate(folder.config, folder.weight_bytes, int(self.context.currentData()))
        self.memory.setText(est.summary())

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
        super().accept()
