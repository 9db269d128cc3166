"""Programme-wide search (Ctrl+Shift+F): every workshop's entries, through the FTS5 index."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListView, QVBoxLayout

from workshop_app.store import Workspace
from workshop_app.store.entries import SearchHit
from workshop_app.ui import labels
from workshop_app.ui.models.roles import ID_ROLE


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self.hits = hits
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.hits)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or index.row() >= len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = " ".join(hit.entry.text.split())
            text = text if len(text) <= 160 else text[:159] + "…"
            return f"{labels.entry_kind(hit.entry.kind)} · {hit.workshop_title}\n{text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.entry.text[:2000]
        if role == ID_ROLE:
            return hit.entry.id
        return None


class SearchDialog(QDialog):
    open_entry = Signal(str, str)
    """(workshop id, entry id) chosen by the person."""
    LIMIT = 200
    """The most results shown; when they are all taken, the count says it is the first ones
    (a play-through read "200 résultats" for a word in thousands of entries)."""

    def __init__(self, workspace: Workspace, programme_id: str, parent=None):
        super().__init__(parent)
        self.setObjectName("searchDialog")
        self.setWindowTitle(self.tr("Search the programme"))
        self.workspace, self.programme_id = workspace, programme_id
        self.edit = QLineEdit(self)
        self.edit.setObjectName("programmeSearchEdit")
        self.edit.setPlaceholderText(self.tr("Words to find in every workshop of the programme"))
        self.edit.setClearButtonEnabled(True)
        self.model = SearchResultsModel(self)
        self.results = QListView(self)
        self.results.setObjectName("searchResults")
        self.results.setModel(self.model)
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.count = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.count)
        layout.addWidget(self.results, 1)
        self.timer = QTimer(self, singleShot=True, interval=120)
        self.timer.timeout.connect(self.run)
        self.edit.textChanged.connect(lambda _t: self.timer.start())
        self.edit.returnPressed.connect(self._open_first_or_current)
        self.results.activated.connect(self._open)
        self.edit.installEventFilter(self)
        self.resize(640, 480)

    def eventFilter(self, watched, event) -> bool:
        """↑ and ↓ in the search box move through the results."""
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(event.key())
            if step:
                self._search_now()
            if step and self.model.rowCount():
                row = self.results.currentIndex().row() + step
                row = max(0, min(self.model.rowCount() - 1, row))
                self.results.setCurrentIndex(self.model.index(row))
                return True
        return super().eventFilter(watched, event)

    def run(self) -> None:
        hits = self.workspace.entries.search(self.programme_id, self.edit.text(), self.LIMIT)
        self.model.set_hits(hits)
        if not self.edit.text().strip():
            self.count.setText("")
        elif len(hits) >= self.LIMIT:
            self.count.setText(
                self.tr(
                    "The first %1 results, the closest first: add a word to narrow the search"
                ).replace("%1", str(self.LIMIT))
            )
        else:
            self.count.setText(self.tr("%n result(s)", "", len(hits)))
        if hits:
            self.results.setCurrentIndex(self.model.index(0))

    def _search_now(self) -> None:
        """Run the search still waiting for the typing to pause, if any (and only then: running
        it again would put the highlight back on the first row)."""
        if self.timer.isActive():
            self.timer.stop()
            self.run()

    def _open_first_or_current(self) -> None:
        """Enter in the search box: open the highlighted result, else the first."""
        self._search_now()
        index = self.results.currentIndex()
        if not index.isValid():
            index = self.model.index(0)
        if index.isValid():
            self._open(index)

    def _open(self, index: QModelIndex) -> None:
        hit = self.model.hits[index.row()]
        self.open_entry.emit(hit.entry.workshop_id, hit.entry.id)
        self.accept()
