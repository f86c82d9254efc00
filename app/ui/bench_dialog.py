"""Run `hearth bench` from the app: Hearth's engine against raw MLX on the loaded model."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout

from runtime import Engine, run_bench

from .tasks import Task


def format_result(r: dict) -> str:
    h, raw = r["hearth"], r["raw"]
    rows = "".join(
        f"<tr><td>{label}</td><td align='right'>{h[key]:.2f}</td><td align='right'>{raw[key]:.2f}</td>"
        f"<td align='right'>{r[ratio]:.3f}</td></tr>"
        for label, key, ratio in (
            ("Time to first token (s)", "ttft_s", "ttft_ratio"),
            ("Prefill (tok/s)", "prefill_tps", "prefill_ratio"),
            ("Decode (tok/s)", "decode_tps", "decode_ratio"),
        )
    )
    return (
        f"<p><b>{r['model']}</b> ({r['backend']})</p>"
        f"<table cellpadding='4'><tr><th></th><th>Hearth</th><th>raw {r['backend']}</th><th>ratio</th></tr>"
        f"{rows}<tr><td>Peak memory (GB)</td><td align='right'>{h['peak_memory_gb']:.2f}</td>"
        f"<td align='right'>{raw['peak_memory_gb']:.2f}</td><td></td></tr></table>"
        f"<p>Conversation with cache reuse: turn 1 first token in {r['turn1_ttft_s']:.2f} s, "
        f"turn {len(r['turns'])} in {r['turn_last_ttft_s']:.2f} s ({r['turn_last_over_turn1']:.2f}×).</p>"
        + _mtp_html(r.get("mtp"))
    )


def _mtp_html(m: dict | None) -> str:
    if not m:
        return "<p>Speculative decoding: this model has no MTP drafter next to it.</p>"
    same = "the same text" if m["identical_output"] else "<b>different text</b>"
    return (
        f"<p>Speculative decoding (MTP, {m['drafter']}): {m['decode_tps_off']:.1f} → "
        f"{m['decode_tps_on']:.1f} tok/s ({m['speedup']:.2f}×); {m['acceptance']:.0%} of drafted "
        f"tokens accepted; {same} as plain decoding.</p>"
    )


class BenchDialog(QDialog):
    def __init__(self, engine: Engine, parent=None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.setWindowTitle("Benchmark")
        self.resize(560, 360)
        self.tokens = QSpinBox()
        self.tokens.setRange(8, 1024)
        self.tokens.setValue(64)
        self.turns = QSpinBox()
        self.turns.setRange(2, 30)
        self.turns.setValue(10)
        self.run_button = QPushButton("Run benchmark")
        self.run_button.clicked.connect(self.run)
        self.output = QLabel(
            "Measures the loaded model through Hearth and through the raw library, "
            "alternating, on the same prompt. Chat waits while it runs."
        )
        self.output.setWordWrap(True)
        form = QFormLayout()
        form.addRow("Tokens to decode", self.tokens)
        form.addRow("Conversation turns", self.turns)
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
            self.output.setText("Load a model first.")
            return Task(lambda _p: None)
        self.run_button.setEnabled(False)
        tokens, turns = self.tokens.value(), self.turns.value()
        task = Task(
            lambda p: run_bench(self.engine, tokens=tokens, turns=turns, repeats=2, log=lambda m: p(0.0, m)),
            name="hearth-bench",
        )
        task.progressed.connect(lambda _f, m: self.output.setText(f"Running: {m}…"))
        task.succeeded.connect(self._show)
        task.failed.connect(self._failed)
        return task.start()

    def _failed(self, exc: BaseException) -> None:
        self.output.setText(f"Benchmark failed: {exc}")
        self.run_button.setEnabled(True)

    def _show(self, result: dict) -> None:
        self.bench_result = result
        self.output.setText(format_result(result))
        self.run_button.setEnabled(True)
