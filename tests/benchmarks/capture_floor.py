"""The floor under a capture: what any PySide6 program must do to store one line of text
and show it, measured beside Atelier in the same run (issue 18).

A plain ``sqlite3`` connection with Atelier's pragmas inserts a row into ``entry`` and
commits, then a stock QTableView over a minimal Python table model (it answers the
display role and nothing else) appends one row of the same wrapped text, sizes it to its
contents the cheapest standard way (``resizeRowToContents`` of that row alone, as a
``ResizeToContents`` header would measure every row), selects it, scrolls to it and
paints. The table holds as many rows as the board, with the board's texts, and is given
the board's column widths, viewport size and font, so that it paints the same area with
as much text in it. It has word wrap on and scrolls per pixel, as the board; nothing
else of the board (no spans, no second line, no alternate colours).
"""

from __future__ import annotations

import random
import time
import uuid
from pathlib import Path

from tests.benchmarks.bare import bare_model_class
from tests.benchmarks.harness import raw_connection


class CaptureFloor:
    """The floor's table and connection, shaped like ``board`` (a shown BoardView)."""

    def __init__(self, board, database: Path, workshop_id: str):
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView

        model = board.model()
        display = Qt.ItemDataRole.DisplayRole
        rows = [
            tuple(str(model.index(r, c).data(display) or "") for c in range(3))
            for r in range(model.rowCount())
        ]
        self.model = bare_model_class()(rows)
        view = QTableView()
        view.setWordWrap(True)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.verticalHeader().setVisible(False)
        view.setFont(board.font())
        view.setModel(self.model)
        for column in range(3):
            view.setColumnWidth(column, board.columnWidth(column))
        view.resize(board.size())
        view.show()
        QApplication.processEvents()
        wanted, got = board.viewport().size(), view.viewport().size()
        view.resize(
            view.width() + wanted.width() - got.width(),
            view.height() + wanted.height() - got.height(),
        )
        for column in range(3):  # a resize may have moved them
            view.setColumnWidth(column, board.columnWidth(column))
        for row in range(max(0, len(rows) - 40), len(rows)):
            view.resizeRowToContents(row)
        view.scrollToBottom()
        QApplication.processEvents()
        self.view = view
        self.workshop_id = workshop_id
        self.conn = raw_connection(database)
        self._rng = random.Random(1)

    def viewport_size(self) -> tuple[int, int]:
        size = self.view.viewport().size()
        return size.width(), size.height()

    def capture(self, text: str) -> tuple[float, float]:
        """Store ``text`` and show it; (seconds to commit, seconds to commit and paint)."""
        from PySide6.QtWidgets import QApplication

        from workshop_app.domain.ids import utc_now

        now = utc_now()
        entry_id = str(uuid.UUID(int=self._rng.getrandbits(128), version=4))
        start = time.perf_counter()
        self.conn.execute(
            "INSERT INTO entry (id, workshop_id, kind, text, votes, position, created_at, "
            "updated_at) VALUES (?, ?, 'issue', ?, 0, 1e9, ?, ?)",
            (entry_id, self.workshop_id, text, now, now),
        )
        self.conn.commit()
        committed = time.perf_counter()
        self.model.append((text, "", ""))
        row = self.model.rowCount() - 1
        self.view.resizeRowToContents(row)
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        QApplication.processEvents()
        return committed - start, time.perf_counter() - start

    def close(self) -> None:
        self.conn.close()
        self.view.close()
        self.view.deleteLater()
