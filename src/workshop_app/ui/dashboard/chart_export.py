"""Copy and Save of a dashboard chart: the chart as an image (PNG, SVG) and its numbers
as text, under a readable file name (:mod:`workshop_app.ui.dashboard.file_names`).

:class:`ChartExport` is a part of :class:`~workshop_app.ui.dashboard.charts.ChartPanel`;
its strings keep the panel's translation context ("ChartPanel")."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pyqtgraph as pg
import pyqtgraph.exporters
from PySide6.QtCore import QCoreApplication, QMimeData, QStandardPaths
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from workshop_app.ui.dashboard.file_names import chart_file_name


class ChartExport:
    """Needs ``plot``, ``plot_widget``, ``table``, ``model``, ``title_text``,
    ``programme_title`` and a ``saved`` signal (those of a chart panel)."""

    def image(self):
        exporter = pg.exporters.ImageExporter(self.plot)
        exporter.parameters()["width"] = max(600, int(self.plot_widget.width()))
        return exporter.export(toBytes=True)

    def copy(self) -> None:
        """The chart as an image, and its numbers as tab-separated text."""
        data = QMimeData()
        if self.table.drawable:
            data.setImageData(self.image())
        data.setText(self.model.as_text())
        QGuiApplication.clipboard().setMimeData(data)
        _clear_clipboard_on_quit()

    def save_to(self, path: str | Path) -> Path:
        path = Path(path)
        if path.suffix.lower() == ".svg":
            try:
                pg.exporters.SVGExporter(self.plot).export(str(path))
            except ValueError:  # pyqtgraph 0.13 misreads the paths of newer Qt versions
                self._svg_with_qt(path)
        else:
            if path.suffix.lower() != ".png":
                path = path.with_name(path.name + ".png")
            self.image().save(str(path), "PNG")
        self.saved.emit(str(path))
        return path

    def _svg_with_qt(self, path: Path) -> None:
        from PySide6.QtCore import QRect, QSize
        from PySide6.QtGui import QPainter
        from PySide6.QtSvg import QSvgGenerator

        size = self.plot_widget.size()
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(QSize(size.width(), size.height()))
        generator.setViewBox(QRect(0, 0, size.width(), size.height()))
        generator.setTitle(self.title_text)
        painter = QPainter(generator)
        try:
            self.plot_widget.render(painter)
        finally:
            painter.end()

    def suggested_file_name(self, today: date | None = None) -> str:
        """ "Title - programme - date.png", in the interface's language, safe to save."""
        day = (today or date.today()).isoformat()
        return chart_file_name(self.title_text, self.programme_title, day) + ".png"

    def save_dialog(self) -> None:
        png, svg = (
            QCoreApplication.translate("ChartPanel", "PNG image (*.png)"),
            QCoreApplication.translate("ChartPanel", "SVG image (*.svg)"),
        )
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        start = str(Path(folder) / self.suggested_file_name()) if folder else ""
        path, chosen = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("ChartPanel", "Save the Chart"),
            start or self.suggested_file_name(),
            f"{png};;{svg}",
        )
        if path:
            if chosen == svg and not path.lower().endswith(".svg"):
                path = path[: -len(".png")] if path.lower().endswith(".png") else path
                path += ".svg"
            self.save_to(path)


def _clear_clipboard_on_quit() -> None:
    """Data put on the clipboard by Python is freed twice when the application object goes
    at exit (a segmentation fault, seen with PySide 6.11 offscreen): what Atelier put there
    is taken back as it quits."""
    app = QGuiApplication.instance()
    if app is None or getattr(app, "_atelier_clears_clipboard", False):
        return
    app._atelier_clears_clipboard = True

    # (not only if it "owns" the clipboard: the offscreen platform says it never does)
    app.aboutToQuit.connect(lambda: QGuiApplication.clipboard().clear())
