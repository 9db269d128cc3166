"""The table view of a chart's numbers, for people who do not read charts."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView


class NumbersView(QTableView):
    """A chart's numbers: each number as wide as it needs, the long texts (workshop names,
    notes) in the rest of the width, wrapped (whole in their tooltips)."""

    MIN_TEXT = 120

    def __init__(self, parent=None):
        super().__init__(parent)
        self.wide_column = 0
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(False)

    def fit(self) -> None:
        header = self.horizontalHeader()
        columns = header.count()
        if not columns:
            return
        wide = min(self.wide_column, columns - 1)
        for column in range(columns):
            if column != wide:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(wide, QHeaderView.ResizeMode.Interactive)
        others = sum(header.sectionSize(c) for c in range(columns) if c != wide)
        header.resizeSection(wide, max(self.MIN_TEXT, self.viewport().width() - others))
        self.resizeRowsToContents()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.fit()
