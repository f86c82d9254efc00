"""Run `hearth bench` from the app: Hearth's engine against raw MLX on the loaded model."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout

from app.ui.i18n import translate
from runtime import Engine, run_bench

from .tasks import Task


def _num(value: float, decimals: int) -> str:
    return QLocale().toString(float(value), "f", decimals)


def format_result(r: dict) -> str:
    h, raw = r["hearth"], r["raw"]
    rows = "".join(
        f"<tr><td>{label}</td><td align='right'>{_num(h[key], 2)}</td>"
        f"<td align='right'>{_num(raw[key], 2)}</td><td align='right'>{_num(r[ratio], 3)}</td></tr>"
        for label, key, ratio in (
            (translate("BenchDialog", "Time to first token (s)"), "ttft_s", "ttft_ratio"),
            (translate("BenchDialog", "Prefill (tok/s)"), "prefill_tps", "prefill_ratio"),
            (translate("BenchDialog", "Decode (tok/s)"), "decode_tps", "decode_ratio"),
        )
    )
    raw_header = translate("BenchDialog", "raw {backend}").format(backend=r["backend"])
    ratio_header = translate("BenchDialog", "ratio")
    peak = translate("BenchDialog", "Peak memory (GB)")
    conversation = translate(
        "BenchDialog",
        "Conversation with cache reuse: turn 1 first token in {first} s, turn {last_turn} in {last} s ({factor}×).",
    ).format(
        first=_num(r["turn1_ttft_s"], 2),
        last_turn=QLocale().toString(len(r["turns"])),
        last=_num(r["turn_last_ttft_s"], 2),
        factor=_num(r["turn_last_over_turn1"], 2),
    )
    return (
        f"<p><b>{r['model']}</b> ({r['backend']})</p>"
        f"<table cellpadding='4'><tr><th></th><th>Hearth</th><th>{raw_header}</th><th>{ratio_header}</th></tr>"
        f"{rows}<tr><td>{peak}</td><td align='right'>{_num(h['peak_memory_gb'], 2)}</td>"
        f"<td align='right'>{_num(raw['peak_memory_gb'], 2)}</td><td></td></tr></table>"
        f"<p>{conversation}</p>" + _mtp_html(r.get("mtp"))
    )


def _mtp_html(m: dict | None) -> str:
    if not m:
        return "<p>{}</p>".format(
            translate("BenchDialog", "Speculative decoding: this model has no MTP drafter next to it.")
        )
    if m["identical_output"]:
        same = translate("BenchDialog", "Output: the same text as plain decoding.")
    else:
        same = "<b>{}</b>".format(translate("BenchDialog", "Output: different text from plain decoding."))
    summary = translate(
        "BenchDialog",
        "Speculative decoding (MTP, {drafter}): {off} → {on} tok/s ({speedup}×); "
        "{acceptance}% of drafted tokens accepted.",
    ).format(
        drafter=m["drafter"],
        off=_num(m["decode_tps_off"], 1),
        on=_num(m["decode_tps_on"], 1),
        speedup=_num(m["speedup"], 2),
        acceptance=QLocale().toString(round(m["acceptance"] * 100)),
    )
    return f"<p>{summary} {same}</p>"


class BenchDialog(QDialog):
    def __init__(self, engine: Engine, parent=None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.setWindowTitle(translate("BenchDialog", "Benchmark"))
        self.resize(560, 360)
        self.tokens = QSpinBox()
        self.tokens.setRange(8, 1024)
        self.tokens.setValue(64)
        self.turns = QSpinBox()
        self.turns.setRange(2, 30)
        self.turns.setValue(10)
        self.run_button = QPushButton(translate("BenchDialog", "Run benchmark"))
        self.run_button.clicked.connect(self.run)
        self.output = QLabel(
            translate(
                "BenchDialog",
                "Measures the loaded model through Hearth and through the raw library, "
                "alternating, on the same prompt. Chat waits while it runs.",
            )
        )
        self.output.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("BenchDialog", "Tokens to decode"), self.tokens)
        form.addRow(translate("BenchDialog", "Conversation turns"), self.turns)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.run_button)
        layout.addWidget(self.output, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.bench_result: dict | None = None  # not `result`: that is QDialog.result()

    def run(self) -> Task:
        if self.engine.info is None:
            self.output.setText(translate("BenchDialog", "Load a model first."))
            return Task(lambda _p: None)
        self.run_button.setEnabled(False)
        tokens, turns = self.tokens.value(), self.turns.value()
        task = Task(
            lambda p: run_bench(self.engine, tokens=tokens, turns=turns, repeats=2, log=lambda m: p(0.0, m)),
            name="hearth-bench",
        )
        task.progressed.connect(
            lambda _f, m: self.output.setText(translate("BenchDialog", "Running: {step}…").format(step=m))
        )
        task.succeeded.connect(self._show)
        task.failed.connect(self._failed)
        return task.start()

    def _failed(self, exc: BaseException) -> None:
        self.output.setText(translate("BenchDialog", "Benchmark failed: {error}").format(error=exc))
        self.run_button.setEnabled(True)

    def _show(self, result: dict) -> None:
        self.bench_result = result
        self.output.setText(format_result(result))
        self.run_button.setEnabled(True)
