"""Render Atelier's icon from its SVG sources into every file the app and the installers use.

    .venv/bin/python scripts/make-icons.py          (after editing an SVG; the results are
                                                     committed: building does not need this)

In src/workshop_app/resources/icons/:
    atelier.svg, atelier-small.svg    the sources (the small one is drawn for 16 px)
    atelier-16.png … atelier-512.png  the window's icon and the Linux hicolor theme's
    atelier.ico                       Windows (16, 24, 32, 48, 64, 128, 256)
    atelier.icns                      macOS (16 … 1024)

Rendered with Qt's own SVG renderer (QtSvg, in PySide6-Essentials); the .ico and .icns are
written by Pillow (already installed with reportlab).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "src" / "workshop_app" / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)
SMALL_UP_TO = 16
"""Sizes drawn from atelier-small.svg: the full drawing's lines blur into one at 16 px."""


def render(size: int) -> Image.Image:
    source = ICONS / ("atelier-small.svg" if size <= SMALL_UP_TO else "atelier.svg")
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"{source} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    from io import BytesIO

    return Image.open(BytesIO(bytes(data))).convert("RGBA")


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    images = {size: render(size) for size in sorted({*PNG_SIZES, *ICO_SIZES, *ICNS_SIZES})}
    for size in PNG_SIZES:
        images[size].save(ICONS / f"atelier-{size}.png", optimize=True)
    largest = images[max(ICO_SIZES)]
    largest.save(
        ICONS / "atelier.ico",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    biggest = images[max(ICNS_SIZES)]
    biggest.save(
        ICONS / "atelier.icns",
        append_images=[images[s] for s in ICNS_SIZES if s != max(ICNS_SIZES)],
    )
    for name in sorted(p.name for p in ICONS.iterdir()):
        print(f"{name:22} {(ICONS / name).stat().st_size:>8} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
