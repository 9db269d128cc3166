"""One chart of the dashboard: the pyqtgraph plot drawing a :class:`ChartTable`, the table
view of its numbers, a tooltip naming what is under the mouse, and Copy / Save as PNG or
SVG (:mod:`~workshop_app.ui.dashboard.chart_export`)."""

from __future__ import annotations

import math
from itertools import pairwise

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCursor, QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from workshop_app.reports import palette
from workshop_app.ui.dashboard.axes import ChartAxis
from workshop_app.ui.dashboard.chart_export import ChartExport, _clear_clipboard_on_quit
from workshop_app.ui.dashboard.chart_table import (
    LINE,
    STACKED,
    ChartTable,
    ChartTableModel,
    Reference,
    Series,
)
from workshop_app.ui.dashboard.numbers_view import NumbersView
from workshop_app.ui.i18n import fill

__all__ = [
    "LINE",
    "STACKED",
    "ChartPanel",
    "ChartTable",
    "ChartTableModel",
    "Reference",
    "Series",
    "_clear_clipboard_on_quit",
]

PLOT_HEIGHT = 210


class ChartPanel(ChartExport, QWidget):
    """A titled chart with its legend, a table view of its numbers, Copy and Save."""

    saved = Signal(str)

    def __init__(self, name: str, title: str, first_header: str, parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self.title_text = title
        self.programme_title = ""
        """Part of the file name proposed by Save…"""
        self.title = QLabel(f"<b>{_escape(title)}</b>", self)
        self.title.setObjectName("chartTitle")
        self.title.setWordWrap(True)
        self.title.setMinimumWidth(120)
        self.first_header = first_header
        # compact buttons (text, no frame until hovered), so that the title keeps the room
        self.table_button = _button(self.tr("Table"), self)
        self.table_button.setCheckable(True)
        self.table_button.setToolTip(self.tr("Show the numbers of this chart as a table"))
        self.copy_button = _button(self.tr("Copy"), self)
        self.copy_button.setToolTip(self.tr("Copy the chart and its numbers"))
        self.save_button = _button(self.tr("Save…"), self)
        self.save_button.setToolTip(self.tr("Save the chart as a PNG or SVG image"))
        self.axes = {side: ChartAxis(side) for side in ("left", "bottom")}
        self.plot_widget = pg.PlotWidget(self, background="w", axisItems=self.axes)
        self.plot_widget.setMouseEnabled(False, False)
        self.plot_widget.hideButtons()
        self.plot_widget.setMinimumHeight(PLOT_HEIGHT)
        self.plot = self.plot_widget.getPlotItem()
        self.plot.setMenuEnabled(False)
        for axis in self.axes.values():
            axis.setTextPen(palette.INK)
            axis.setPen(palette.GREY)
        self.empty_label = QLabel(self.tr("No data for this selection"), self)
        self.empty_label.setObjectName("chartEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setMinimumHeight(PLOT_HEIGHT)
        self.empty_label.setStyleSheet(f"color: {palette.GREY}; background: white")
        self.empty_label.hide()
        self.legend = QLabel(self)
        self.legend.setObjectName("chartLegend")
        self.legend.setWordWrap(True)
        self.model = ChartTableModel(self)
        self.view = NumbersView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(fill(self.tr("Numbers of the chart: %1"), title))
        self.caption = QLabel(self)
        self.caption.setObjectName("tableCaption")
        self.caption.setWordWrap(True)
        self.caption.hide()
        self.stack = QStackedWidget(self)
        chart = QWidget(self)
        column = QVBoxLayout(chart)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.plot_widget, 1)
        column.addWidget(self.empty_label, 1)
        column.addWidget(self.legend)
        numbers = QWidget(self)
        rows = QVBoxLayout(numbers)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.addWidget(self.caption)
        rows.addWidget(self.view, 1)
        self.stack.addWidget(chart)
        self.stack.addWidget(numbers)
        # the title wraps beside the buttons (never cut), the chart's choice below them
        top = QHBoxLayout()
        top.addWidget(self.title, 1, Qt.AlignmentFlag.AlignTop)
        for button in (self.table_button, self.copy_button, self.save_button):
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            top.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.chooser_row = QHBoxLayout()
        self.chooser_row.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.chooser_row)
        layout.addWidget(self.stack, 1)
        self.table_button.toggled.connect(lambda on: self.stack.setCurrentIndex(int(on)))
        self.copy_button.clicked.connect(self.copy)
        self.save_button.clicked.connect(self.save_dialog)
        self.plot_widget.scene().sigMouseMoved.connect(self._hover)
        self.table = ChartTable([])
        self.bars: list[pg.BarGraphItem] = []
        self.lines: list[pg.PlotDataItem] = []
        self.note_items: list[pg.TextItem] = []
        self.reference_lines: list[pg.InfiniteLine] = []
        self.bands: list[pg.BarGraphItem] = []

    def add_chooser(self, label: str, combo: QComboBox) -> None:
        """A choice above the chart (the question, the indicator), given the panel's width."""
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(16)
        combo.setMinimumWidth(140)  # not the width of its longest text, nor its placeholder's
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        caption = QLabel(label, self)
        caption.setBuddy(combo)
        self.chooser_row.addWidget(caption)
        self.chooser_row.addWidget(combo, 1)

    # -- drawing ---------------------------------------------------------------------------
    def show_table(self, table: ChartTable) -> None:
        self.table = table
        self.model.set_table(table, self.first_header)
        self._fit_columns(table)
        self.caption.setText(_escape(table.caption))
        self.caption.setVisible(bool(table.caption))
        self.plot.clear()
        self.bars, self.lines, self.note_items, self.reference_lines = [], [], [], []
        self.bands = []
        empty = not table.drawable
        self.plot_widget.setVisible(not empty)
        self.empty_label.setVisible(empty)
        self.empty_label.setText(table.empty_text or self.tr("No data for this selection"))
        self.legend.setText(self._legend(table))
        self.legend.setVisible(bool(self.legend.text()))
        if empty:
            return
        if table.kind == LINE:
            self._draw_lines(table)
        else:
            self._draw_bars(table)
        self._label_categories(table)

    def _fit_columns(self, table: ChartTable) -> None:
        self.view.wide_column = self.model.columnCount() - 1 if table.table_headers else 0
        self.view.fit()

    def _legend(self, table: ChartTable) -> str:
        parts = []
        if len(table.series) > 1 or table.references:
            parts += [
                f'<span style="color:{s.colour}">■</span>&nbsp;{_unbroken(s.name)}'
                for s in table.series
            ]
        for reference in table.references:
            parts.append(
                f'<span style="color:{reference.colour}">╌╌</span>&nbsp;'
                + _escape(reference.legend or reference.label or reference.name)
            )
        if table.bands and table.band_legend:
            parts.append(
                f'<span style="color:{palette.HEADER_FILL}">█</span>&nbsp;'
                + _unbroken(table.band_legend)
            )
        text = "&nbsp;&nbsp; ".join(parts)
        if table.legend_note:
            note = f'<span style="color:{palette.GREY}">{_escape(table.legend_note)}</span>'
            text = f"{text}<br>{note}" if text else note
        return text

    def _draw_bars(self, table: ChartTable) -> None:
        positions = table.x_positions()
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
            self.plot.setYRange(0, top * 1.12, padding=0)  # room for the top label
            self.plot.setXRange(-0.6, len(positions) - 0.4, padding=0)

    def _draw_lines(self, table: ChartTable) -> None:
        self.plot.getViewBox().invertY(False)
        positions = table.x_positions()
        values = [v for s in table.series for v in s.values if v is not None]
        values += [r.value for r in table.references]
        low, high = table.y_range or (min(values, default=0), max(values, default=1))
        if high <= low:
            low, high = low - 1, high + 1
        top = high + (high - low) * 0.15
        if table.bands:
            where = [positions[n] for n in table.bands]
            item = pg.BarGraphItem(
                x=where, y0=low, height=top - low, width=0.7, brush=palette.HEADER_FILL, pen=None
            )
            self.plot.addItem(item)
            self.bands.append(item)
        chart_notes = table.chart_notes
        for series in table.series:
            ys = [math.nan if v is None else float(v) for v in series.values]
            self._add_notes(positions, ys, chart_notes, low)
            if all(math.isnan(y) for y in ys):  # only gaps: their notes, no line
                continue
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
        for reference in table.references:
            line = pg.InfiniteLine(
                pos=reference.value,
                angle=0,
                pen=pg.mkPen(reference.colour, width=1.5, style=Qt.PenStyle.DashLine),
                label=reference.label or reference.name,
                labelOpts={"position": 0.02, "color": reference.colour, "anchors": [(0, 1)] * 2},
            )
            line.reference_name = reference.name
            self.plot.addItem(line)
            self.reference_lines.append(line)
        room = (high - low) * 0.15
        self.plot.setYRange(low if table.y_range else low - room, top, padding=0)
        first, last = min(positions), max(positions)
        # dates: room for the first and last labels, centred on their points
        margin = 0.6 if not table.positions else max((last - first) * 0.15, 20)
        self.plot.setXRange(first - margin, last + margin, padding=0)

    def _add_notes(self, xs: list[float], ys: list[float], notes: list[str], low: float) -> None:
        """Each point's note above it; a gap's upright in its column, from the bottom (so
        that the notes of neighbouring gaps never overlap)."""
        for x, y, note in zip(xs, ys, notes, strict=False):
            if not note:
                continue
            if math.isnan(y):
                label = pg.TextItem(note, color=palette.INK, anchor=(0, 0.5), angle=90)
                label.setFont(self._small_font())
                label.setPos(x, low)
            else:
                label = pg.TextItem(note, color=palette.INK, anchor=(0.5, 1.2))
                label.setPos(x, y)
            self.plot.addItem(label)
            self.note_items.append(label)

    def _small_font(self):
        font = self.font()
        font.setPointSizeF(max(font.pointSizeF() * 0.85, 7))
        return font

    def _label_categories(self, table: ChartTable) -> None:
        category_axis = self.axes["left" if table.horizontal else "bottom"]
        value_axis = self.axes["bottom" if table.horizontal else "left"]
        category_axis.set_categories(list(zip(table.x_positions(), table.categories, strict=True)))
        value_axis.set_values(integers=True)
        left = self.axes["left"]
        if table.horizontal:  # room for the longest name, so that none is cut
            metrics = QFontMetrics(left.style.get("tickFont") or self.font())
            widest = max((metrics.horizontalAdvance(c) for c in table.categories), default=0)
            left.setWidth(widest + 16)
        else:
            left.setWidth(None)

    # -- what is under the mouse -----------------------------------------------------------
    def category_at(self, coordinate: float) -> int | None:
        """The category nearest ``coordinate`` on the category axis, if it is close."""
        positions = self.table.x_positions()
        if not positions:
            return None
        index = min(range(len(positions)), key=lambda n: abs(positions[n] - coordinate))
        spacing = min((b - a for a, b in pairwise(positions)), default=1.0)
        return index if abs(positions[index] - coordinate) <= max(spacing / 2, 0.5) else None

    def tooltip(self, index: int) -> str:
        """The full name of a category and its numbers (what the axis shortens)."""
        table = self.table
        names = table.row_headers or table.categories
        lines = [names[index]]
        for column, series in enumerate(table.series):
            lines.append(fill(self.tr("%1: %2"), series.name, table.cell(index, column)))
        if index < len(table.notes) and table.notes[index]:
            note = table.notes[index]
            header = table.note_header
            lines.append(fill(self.tr("%1: %2"), header, note) if header else note)
        return "\n".join(lines)

    def _hover(self, scene_pos) -> None:
        box = self.plot.getViewBox()
        if not self.table.drawable or not box.sceneBoundingRect().contains(scene_pos):
            return
        point = box.mapSceneToView(scene_pos)
        index = self.category_at(point.y() if self.table.horizontal else point.x())
        if index is None:
            QToolTip.hideText()
            return
        QToolTip.showText(QCursor.pos(), self.tooltip(index), self.plot_widget)


def _button(text: str, parent: QWidget) -> QToolButton:
    button = QToolButton(parent)
    button.setText(text)
    button.setAccessibleName(text.replace("…", ""))
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reached with Tab, like any button
    return button


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _unbroken(text: str) -> str:
    """A legend's name kept on one line (the legend wraps between names)."""
    return _escape(text).replace(" ", "&nbsp;")
