"""The bare Qt pieces the floors are made of: a table model that holds rows of three
strings and nothing more, and a window shown and waited for, as Atelier's is."""

from __future__ import annotations

import time


def bare_model_class():
    """The class of the least a table model can be (made on first use: Qt is imported
    only when a benchmark runs)."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

    class BareModel(QAbstractTableModel):
        """Rows of three strings, the display role only."""

        def __init__(self, rows: list[tuple[str, str, str]]):
            super().__init__()
            self.rows = rows

        def rowCount(self, parent=QModelIndex()) -> int:
            return 0 if parent.isValid() else len(self.rows)

        def columnCount(self, parent=QModelIndex()) -> int:
            return 0 if parent.isValid() else 3

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.rows[index.row()][index.column()]
            return None

        def append(self, row: tuple[str, str, str]) -> None:
            at = len(self.rows)
            self.beginInsertRows(QModelIndex(), at, at)
            self.rows.append(row)
            self.endInsertRows()

        def show(self, rows: list[tuple[str, str, str]]) -> None:
            """Other rows, by a reset (as a filter's keystroke resets Atelier's board)."""
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()

    return BareModel


def show_and_wait(window) -> None:
    """Show ``window`` and run the event loop until it is exposed (at most 5 s), then a
    few passes more, so that nothing of its first paint falls inside a measure."""
    from PySide6.QtWidgets import QApplication

    window.show()
    deadline = time.perf_counter() + 5
    while not (window.windowHandle() and window.windowHandle().isExposed()):
        QApplication.processEvents()
        if time.perf_counter() > deadline:
            break
    for _ in range(3):
        QApplication.processEvents()
