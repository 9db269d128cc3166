"""What a dashboard chart shows, as plain data (:class:`ChartTable`), and its numbers as a
Qt item model (:class:`ChartTableModel`) for the table view and the copied text. No
pyqtgraph here: the chart itself is drawn by :mod:`workshop_app.ui.dashboard.charts`."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, Qt

from workshop_app.reports import palette

STACKED = "stacked"
"""Bars, one per category, each series stacked on the previous ones."""
LINE = "line"
"""A line through the categories (``None`` leaves a gap); each point may have a note."""

MISSING = "—"


@dataclass
class Series:
    name: str
    values: list[float | None]
    colour: str = palette.ACCENT
    missing: list[str] = field(default_factory=list)
    """What the table says where a value is ``None`` (:data:`MISSING` when empty)."""


@dataclass
class Reference:
    """A horizontal line across a chart (an indicator's baseline or target)."""

    name: str
    value: float
    colour: str = palette.GREY
    label: str = ""
    """Written on the line ("Target: 240"); the name when empty."""
    legend: str = ""
    """In the legend ("Target: 240 à fin 2026", as written); the label when empty."""


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
    """Full names of the categories in the table and the tooltips (the labels when empty)."""
    notes: list[str] = field(default_factory=list)
    """A note per category (the number of answers…), in the table's last column."""
    note_header: str = ""
    """The table's column of notes (none when empty)."""
    chart_notes: list[str] = field(default_factory=list)
    """A line chart's note per category, written on the chart (above a point, or upright
    in the column of a missing one); none when empty."""
    bands: list[int] = field(default_factory=list)
    """Categories drawn as a grey band across the chart (a workshop under five answers)."""
    band_legend: str = ""
    y_range: tuple[float, float] | None = None
    decimals: int = 0
    positions: list[float] = field(default_factory=list)
    """Where each category stands on its axis (dates as day numbers); 0, 1, 2… when empty."""
    references: list[Reference] = field(default_factory=list)
    table_headers: list[str] = field(default_factory=list)
    """A table that lists other rows than the chart's categories (an indicator's
    measurements): its headers, and its rows in :attr:`table_rows`."""
    table_rows: list[list[str]] = field(default_factory=list)
    caption: str = ""
    """A line above the table (and first in the copied text)."""
    empty_text: str = ""
    """What the chart says when it has nothing to draw (a plain message when empty)."""
    legend_note: str = ""
    """How to read the chart, after the legend of its series."""

    def totals(self) -> list[float]:
        return [sum(s.values[i] or 0 for s in self.series) for i in range(len(self.categories))]

    def cell(self, row: int, index: int) -> str:
        """The value of series ``index`` at category ``row``, as the table writes it."""
        series = self.series[index]
        value = series.values[row]
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return series.missing[row] if row < len(series.missing) else MISSING
        return number_text(value, self.decimals)

    def x_positions(self) -> list[float]:
        return self.positions or [float(n) for n in range(len(self.categories))]

    @property
    def drawable(self) -> bool:
        """There is something to draw: a value that is not zero or missing, or (line
        charts) a note saying why a point is missing."""
        if not self.categories:
            return False
        if any(v for s in self.series for v in s.values if v is not None):
            return True
        if self.kind == LINE and any(v is not None for s in self.series for v in s.values):
            return True
        return self.kind == LINE and any(self.notes)


def number_text(value: float, decimals: int = 0) -> str:
    """``value`` as the interface's language writes it (4,17 in French)."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    if decimals:
        return locale.toString(float(value), "f", decimals)
    if float(value).is_integer():
        return locale.toString(int(value))
    return locale.toString(float(value), "f", 1)


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

    def headers(self) -> list[str]:
        if self.table.table_headers:
            return list(self.table.table_headers)
        headers = [self.first_header] + [s.name for s in self.table.series]
        if self.table.note_header:
            headers.append(self.table.note_header)
        return headers

    def rowCount(self, parent=QModelIndex()) -> int:
        if parent.isValid():
            return 0
        if self.table.table_headers:
            return len(self.table.table_rows)
        return len(self.table.categories)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        tip = Qt.ItemDataRole.ToolTipRole
        if role in (Qt.ItemDataRole.DisplayRole, tip) and orientation == Qt.Orientation.Horizontal:
            headers = self.headers()
            return headers[section] if section < len(headers) else None
        return None

    def text(self, row: int, column: int) -> str:
        table = self.table
        if table.table_headers:
            cells = table.table_rows[row]
            return cells[column] if column < len(cells) else ""
        if column == 0:
            return (table.row_headers or table.categories)[row]
        if column <= len(table.series):
            return table.cell(row, column - 1)
        return table.notes[row] if row < len(table.notes) else ""

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(index.row(), index.column())
        if (
            role == Qt.ItemDataRole.TextAlignmentRole
            and index.column() > 0
            and not self.table.table_headers
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def as_text(self) -> str:
        """The table as tab-separated lines (pastes into a spreadsheet), its caption first."""
        lines = [self.table.caption] if self.table.caption else []
        lines.append("\t".join(self.headers()))
        for row in range(self.rowCount()):
            lines.append("\t".join(self.text(row, c) for c in range(self.columnCount())))
        return "\n".join(lines)
