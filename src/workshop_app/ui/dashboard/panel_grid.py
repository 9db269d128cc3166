"""The dashboard's charts in a grid that wraps: two columns when both fit side by side
without cutting anything (title, buttons, chooser), one otherwise, so that nothing goes
past the right edge of the window (1,280 pixels wide and less)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QGridLayout, QLayout, QWidget

MAX_COLUMNS = 2


class PanelGrid(QWidget):
    def __init__(self, panels: list[QWidget], parent=None):
        super().__init__(parent)
        self.setObjectName("dashboardGrid")
        self.panels: list[QWidget] = []
        self.columns = MAX_COLUMNS
        self.layout_ = QGridLayout(self)
        # the width the grid may shrink to is one column's: narrower than two, it wraps
        self.layout_.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        for panel in panels:
            self.add(panel)

    def add(self, panel: QWidget) -> None:
        panel.setParent(self)
        self.panels.append(panel)
        self._place()

    def panel_width(self) -> int:
        """The narrowest a chart can be with nothing cut."""
        return max((p.minimumSizeHint().width() for p in self.panels), default=0)

    def minimumSizeHint(self) -> QSize:
        margins = self.layout_.contentsMargins()
        height = super().minimumSizeHint().height()
        return QSize(self.panel_width() + margins.left() + margins.right(), height)

    def columns_for(self, width: int) -> int:
        margins = self.layout_.contentsMargins()
        room = width - margins.left() - margins.right()
        spacing = self.layout_.horizontalSpacing()
        need = self.panel_width()
        for columns in range(MAX_COLUMNS, 1, -1):
            if columns * need + (columns - 1) * spacing <= room:
                return columns
        return 1

    def _place(self) -> None:
        for panel in self.panels:
            self.layout_.removeWidget(panel)
        for n, panel in enumerate(self.panels):
            self.layout_.addWidget(panel, n // self.columns, n % self.columns)
        for column in range(MAX_COLUMNS):
            self.layout_.setColumnStretch(column, 1 if column < self.columns else 0)

    def resizeEvent(self, event) -> None:
        columns = self.columns_for(event.size().width())
        if columns != self.columns:
            self.columns = columns
            self._place()
        super().resizeEvent(event)
