"""A chart from a code run, full size, with Save PNG."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout

from app.ui.i18n import translate

from .a11y import accessible


class FigureDialog(QDialog):
    def __init__(self, path: Path, name: str, parent=None, alt: str = "") -> None:
        super().__init__(parent)
        self.path, self.name = path, name
        self.setWindowTitle(name)
        reader = QImageReader(str(path))
        reader.setAllocationLimit(256)  # MB: the PNG came from untrusted code
        image = reader.read()
        label = QLabel()
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if image.isNull():
            label.setText(
                translate("FigureDialog", "This chart could not be shown ({reason}).").format(
                    reason=reader.errorString()
                )
            )
        else:
            label.setPixmap(QPixmap.fromImage(image))
            accessible(label, alt or name, alt)  # the chart's alt text (sandbox/figure_text.py)
        scroll = QScrollArea()
        accessible(scroll, translate("FigureDialog", "Chart {name}").format(name=name))
        scroll.setWidget(label)
        scroll.setWidgetResizable(True)
        save = QPushButton(translate("FigureDialog", "Save PNG…"))
        save.clicked.connect(self.save)
        close = QPushButton(translate("FigureDialog", "Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(save)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.resize(
            min(image.width() + 60, 1400) if not image.isNull() else 480,
            min(image.height() + 100, 1000) if not image.isNull() else 200,
        )

    def save(self, target: str | None = None) -> Path | None:
        if target is None:
            target, _ = QFileDialog.getSaveFileName(
                self,
                translate("FigureDialog", "Save chart"),
                str(Path.home() / self.name),
                translate("FigureDialog", "PNG image (*.png)"),
            )

        if not target:
            return None
        shutil.copyfile(self.path, target)
        return Path(target)
