"""The axes of the dashboard's charts: categories (workshops, roles, dates) labelled without
overlapping however many there are, and values written as the interface's language writes
numbers."""

from __future__ import annotations

import math
from itertools import pairwise

import pyqtgraph as pg
from PySide6.QtGui import QFontMetrics

from workshop_app.ui.dashboard.chart_table import number_text

_GAP = 10
"""Pixels kept free between two labels of the axis."""


class ChartAxis(pg.AxisItem):
    """An axis of categories at given positions (:meth:`set_categories`) or, without
    them, of values (whole numbers only when :attr:`integers`)."""

    def __init__(self, orientation: str, **kwargs):
        super().__init__(orientation, **kwargs)
        self.categories: list[tuple[float, str]] = []
        self.integers = True

    def set_categories(self, categories: list[tuple[float, str]]) -> None:
        self.categories = list(categories)
        self.picture = None
        self.update()

    def set_values(self, integers: bool) -> None:
        self.categories = []
        self.integers = integers
        self.picture = None
        self.update()

    def shown_categories(self, low: float, high: float, size: float) -> list[tuple[float, str]]:
        """The categories labelled on ``size`` pixels showing ``low`` to ``high``: every
        one if they fit, otherwise as many as fit, evenly, the first one always."""
        inside = [(p, label) for p, label in self.categories if low - 1e-9 <= p <= high + 1e-9]
        if not inside or high <= low or size <= 0:
            return inside
        metrics = QFontMetrics(self.style.get("tickFont") or pg.QtGui.QFont())
        per_unit = size / (high - low)
        if self.orientation in ("left", "right"):
            room = metrics.height() + 2
        else:
            room = max(metrics.horizontalAdvance(label) for _p, label in inside) + _GAP
        spacing = min((b[0] - a[0] for a, b in pairwise(inside)), default=high - low)
        step = max(1, math.ceil(room / max(spacing * per_unit, 1e-9)))
        return inside[::step]

    def tickValues(self, minVal, maxVal, size):  # noqa: N803 - pyqtgraph's names
        if not self.categories:
            levels = super().tickValues(minVal, maxVal, size)
            if not self.integers:
                return levels
            whole = []
            for spacing, values in levels:
                if spacing < 1:
                    continue
                whole.append((spacing, [v for v in values if float(v).is_integer()]))
            # counts of people read 0, 1, 2 — never 0,2 … 0,8 (a play-through saw it)
            units = [float(v) for v in range(math.ceil(minVal), math.floor(maxVal) + 1)]
            return whole or ([(1.0, units)] if units else levels)
        low, high = sorted((minVal, maxVal))
        return [(1.0, [p for p, _label in self.shown_categories(low, high, size)])]

    def tickStrings(self, values, scale, spacing):
        if self.categories:
            labels = dict(self.categories)
            return [labels.get(v, "") for v in values]
        return [number_text(v * scale, 0 if float(v).is_integer() else 1) for v in values]
