"""One chart of the dashboard: its numbers (:class:`ChartTable`), their table view (a Qt
item model), the pyqtgraph plot drawing them, and Copy / Save as PNG or SVG."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

import pyqtgraph as pg
import pyqtgraph.exporters
from PySide6.QtCore import QAbstractTableModel, QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workshop_app.reports import palette
from workshop_app.ui.i18n import fill

STACKED = "stacked"
"""Bars, one per category, each series stacked on the previous ones."""
LINE = "line"
"""A line through the categories (``None`` leaves a gap); each point may have a note."""


@dataclass
class Series:
    name: str
    values: list[float | None]
    colour: str = palette.ACCENT


@dataclass
class ChartTable:
    """What a chart shows, as a table: a row per category, a column per series."""

    categories: list[str]
    """Short labels on the chart's axis."""
    series: list[Series] = field(default_factory=list)
    kind: str = STACKED
    horizontal: bool = False
    """Bars along the horizontal axis, categories (long names) down the left."""
    row_headers: list[str] = field(default_factory=list)
    """Full names of the categories in the table (the labels when empty)."""
    notes: list[str] = field(default_factory=list)
    """A line chart's note per category (the number of answers…), written on the chart."""
    note_header: str = ""
    y_range: tuple[float, float] | None = None
    decimals: int = 0

    def totals(self) -> list[float]:
        return [sum(s.values[i] or 0 for s in self.series) for i in range(len(self.categories))]


class ChartTableModel(QAbstractTableModel):
    """The numbers of a :class:`ChartTable`, for people who do not read charts."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.table = ChartTable([])
        self.first_header = ""

    def set_table(self, table: ChartTable, first_header: str) -> None:
        self.beginResetModel()
        self.table, self.first_header = table, first_header
        self.endResetModel()

    def _headers(self) -> list[str]:
        headers = [self.first_header] + [s.name for s in self.table.series]
        if self.table.note_header:
            headers.append(self.table.note_header)
        return headers

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.table.categories)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers())

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            headers = self._headers()
            return headers[section] if section < len(headers) else None
        return None

    def text(self, row: int, column: int) -> str:
        table = self.table
        if column == 0:
            return (table.row_headers or table.categories)[row]
        if column <= len(table.series):
            value = table.series[column - 1].values[row]
            if value is None or (isinstance(value, float) and math.isnan(value)):
                return "—"
            return f"{value:.{table.decimals}f}" if table.decimals else str(int(value))
        return table.notes[row] if row < len(table.notes) else ""

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def as_text(self) -> str:
        """The table as tab-separated lines (pastes into a spreadsheet)."""
        lines = ["\t".join(self._headers())]
        for row in range(self.rowCount()):
            lines.append("\t".join(self.text(row, c) for c in range(self.columnCount())))
        return "\n".join(lines)


class ChartPanel(QWidget):
    """A titled chart with its legend, a table view of its numbers, Copy and Save."""

    saved = Signal(str)

    def __init__(self, name: str, title: str, first_header: str, parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self.title = QLabel(f"<b>{title}</b>", self)
        self.title.setObjectName("chartTitle")
        self.first_header = first_header
        self.table_button = QPushButton(self.tr("Table"), self)
        self.table_button.setCheckable(True)
        self.table_button.setToolTip(self.tr("Show the numbers of this chart as a table"))
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.setToolTip(self.tr("Copy the chart and its numbers"))
        self.save_button = QPushButton(self.tr("Save as…"), self)
        self.save_button.setToolTip(self.tr("Save the chart as a PNG or SVG image"))
        self.plot_widget = pg.PlotWidget(self, background="w")
        self.plot_widget.setMouseEnabled(False, False)
        self.plot_widget.hideButtons()
        self.plot_widget.setMinimumHeight(230)
        self.plot = self.plot_widget.getPlotItem()
        self.plot.setMenuEnabled(False)
        for axis in ("left", "bottom"):
            self.plot.getAxis(axis).setTextPen(palette.INK)
            self.plot.getAxis(axis).setPen(palette.GREY)
        self.legend = QLabel(self)
        self.legend.setObjectName("chartLegend")
        self.legend.setWordWrap(True)
        self.model = ChartTableModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.setAccessibleName(fill(self.tr("Numbers of the chart: %1"), title))
        self.stack = QStackedWidget(self)
        chart = QWidget(self)
        column = QVBoxLayout(chart)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.plot_widget, 1)
        column.addWidget(self.legend)
        self.stack.addWidget(chart)
        self.stack.addWidget(self.view)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        for button in (self.table_button, self.copy_button, self.save_button):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self.table_button.toggled.connect(lambda on: self.stack.setCurrentIndex(int(on)))
        self.copy_button.clicked.connect(self.copy)
        self.save_button.clicked.connect(self.save_dialog)
        self.bars: list[pg.BarGraphItem] = []
        self.lines: list[pg.PlotDataItem] = []
        self.note_items: list[pg.TextItem] = []
        self.empty_label = QLabel(self.tr("Nothing to show for this selection."), self)
        self.empty_label.setStyleSheet(f"color: {palette.GREY}")
        layout.addWidget(self.empty_label)
        self.empty_label.hide()

    # -- drawing ---------------------------------------------------------------------------
    def show_table(self, table: ChartTable) -> None:
        self.table = table
        self.model.set_table(table, self.first_header)
        self.plot.clear()
        self.bars, self.lines, self.note_items = [], [], []
        empty = not table.categories or not any(
            v for s in table.series for v in s.values if v is not None
        )
        self.empty_label.setVisible(empty)
        self.legend.setText(
            "  ".join(
                f'<span style="color:{s.colour}">■</span>&nbsp;{_escape(s.name)}'
                for s in table.series
            )
            if len(table.series) > 1
            else ""
        )
        if table.kind == LINE:
            self._draw_lines(table)
        else:
            self._draw_bars(table)
        self._label_categories(table)

    def _draw_bars(self, table: ChartTable) -> None:
        positions = list(range(len(table.categories)))
        base = [0.0] * len(positions)
        for series in table.series:
            values = [v or 0 for v in series.values]
            if table.horizontal:
                item = pg.BarGraphItem(
                    y=positions, x0=base, width=values, height=0.6, brush=series.colour, pen="w"
                )
            else:
                item = pg.BarGraphItem(
                    x=positions, y0=base, height=values, width=0.6, brush=series.colour, pen="w"
                )
            item.series_name = series.name
            self.plot.addItem(item)
            self.bars.append(item)
            base = [b + v for b, v in zip(base, values, strict=True)]
        top = max(base, default=0) or 1
        if table.horizontal:
            self.plot.setXRange(0, top * 1.05, padding=0)
            self.plot.setYRange(-0.6, len(positions) - 0.4, padding=0)
            self.plot.getViewBox().invertY(True)
        else:
            self.plot.getViewBox().invertY(False)
            self.plot.setYRange(0, top * 1.08, padding=0)
            self.plot.setXRange(-0.6, len(positions) - 0.4, padding=0)

    def _draw_lines(self, table: ChartTable) -> None:
        self.plot.getViewBox().invertY(False)
        positions = list(range(len(table.categories)))
        low, high = table.y_range or (0, 1)
        for series in table.series:
            ys = [math.nan if v is None else float(v) for v in series.values]
            item = pg.PlotDataItem(
                positions,
                ys,
                pen=pg.mkPen(series.colour, width=2),
                symbol="o",
                symbolBrush=series.colour,
                symbolPen="w",
                connect="finite",
            )
            item.series_name = series.name
            self.plot.addItem(item)
            self.lines.append(item)
            for x, (y, note) in enumerate(zip(ys, table.notes, strict=False)):
                shown = not math.isnan(y)
                label = pg.TextItem(
                    note, color=palette.INK if shown else palette.GREY, anchor=(0.5, 1.2)
                )
                label.setPos(x, y if shown else low)
                self.plot.addItem(label)
                self.note_items.append(label)
        self.plot.setYRange(low, high + (high - low) * 0.15, padding=0)
        self.plot.setXRange(-0.6, len(positions) - 0.4, padding=0)

    def _label_categories(self, table: ChartTable) -> None:
        ticks = [list(enumerate(table.categories))]
        category_axis = self.plot.getAxis("left" if table.horizontal else "bottom")
        value_axis = self.plot.getAxis("bottom" if table.horizontal else "left")
        category_axis.setTicks(ticks)
        value_axis.setTicks(None)
        left = self.plot.getAxis("left")
        if table.horizontal:  # room for the longest name, so that none is cut
            metrics = QFontMetrics(left.style.get("tickFont") or self.font())
            widest = max((metrics.horizontalAdvance(c) for c in table.categories), default=0)
            left.setWidth(widest + 16)
        else:
            left.setWidth(None)

    # -- copy and save -----------------------------------------------------------------------
    def image(self):
        exporter = pg.exporters.ImageExporter(self.plot)
        exporter.parameters()["width"] = max(600, int(self.plot_widget.width()))
        return exporter.export(toBytes=True)

    def copy(self) -> None:
        """The chart as an image, and its numbers as tab-separated text."""
        data = QMimeData()
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
                path = path.with_suffix(".png")
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
        generator.setTitle(self.title.text().replace("<b>", "").replace("</b>", ""))
        painter = QPainter(generator)
        try:
            self.plot_widget.render(painter)
        finally:
            painter.end()

    def save_dialog(self) -> None:
        png, svg = self.tr("PNG image (*.png)"), self.tr("SVG image (*.svg)")
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save the Chart"), self.objectName() + ".png", f"{png};;{svg}"
        )
        if path:
            if chosen == svg and not path.lower().endswith(".svg"):
                path += ".svg"
            self.save_to(path)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


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
