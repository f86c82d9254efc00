"""Render assets/hearth.svg into assets/hearth.icns (every size macOS asks for, up to 1024).

QT_QPA_PLATFORM=offscreen python packaging/make_icns.py
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ASSETS = Path(__file__).resolve().parent.parent / "assets"


def render_png(svg: Path, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(data))).convert("RGBA")


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv)
    big = render_png(ASSETS / "hearth.svg", 1024)
    sizes = [(s, s) for s in (16, 32, 64, 128, 256, 512, 1024)]
    big.save(ASSETS / "hearth.icns", format="ICNS", sizes=sizes)
    print(f"wrote {ASSETS / 'hearth.icns'} ({(ASSETS / 'hearth.icns').stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
