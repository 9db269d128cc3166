"""Programmes and, under each, its workshops: the navigation tree of the main window."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from workshop_app.domain.models import Programme, Workshop
from workshop_app.store import Workspace
from workshop_app.ui import labels
from workshop_app.ui.date_edits import shown_date
from workshop_app.ui.models.roles import ID_ROLE, NODE_ROLE

_TOP = 0
"""internalId of a programme row; a workshop row stores its programme's row + 1."""


@dataclass
class _ProgrammeNode:
    programme: Programme
    workshops: list[Workshop] = field(default_factory=list)


class WorkspaceTreeModel(QAbstractItemModel):
    """Two levels: programmes (top) and their workshops, with date and status.

    Kind, place and territory are shown by the workshop header and the tooltip, so the
    tree stays readable in a narrow side panel.
    """

    TITLE, DATE, STATUS = range(3)

    def __init__(self, workspace: Workspace | None = None, parent=None):
        super().__init__(parent)
        self._nodes: list[_ProgrammeNode] = []
        self._workspace = workspace
        self.reload()

    # -- loading ------------------------------------------------------------------
    def set_workspace(self, workspace: Workspace | None) -> None:
        self._workspace = workspace
        self.reload()

    def reload(self) -> None:
        """Read programmes and workshops again (after opening a workspace)."""
        self.beginResetModel()
        self._nodes = []
        if self._workspace is not None:
            workshops_by_programme: dict[str, list[Workshop]] = {}
            for workshop in self._workspace.workshops.select():
                workshops_by_programme.setdefault(workshop.programme_id, []).append(workshop)
            self._nodes = [
                _ProgrammeNode(programme, workshops_by_programme.get(programme.id, []))
                for programme in self._workspace.programmes.select()
            ]
        self.endResetModel()

    # -- lookup -------------------------------------------------------------------
    def workshop_at(self, index: QModelIndex) -> Workshop | None:
        if not index.isValid() or index.internalId() == _TOP:
            return None
        return self._nodes[index.internalId() - 1].workshops[index.row()]

    def programme_at(self, index: QModelIndex) -> Programme | None:
        if not index.isValid():
            return None
        row = index.row() if index.internalId() == _TOP else index.internalId() - 1
        return self._nodes[row].programme

    def index_of_workshop(self, workshop_id: str) -> QModelIndex:
        for p_row, node in enumerate(self._nodes):
            for w_row, workshop in enumerate(node.workshops):
                if workshop.id == workshop_id:
                    return self.index(w_row, 0, self.index(p_row, 0))
        return QModelIndex()

    # -- QAbstractItemModel -------------------------------------------------------
    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP)
        if parent.internalId() == _TOP:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index=QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _TOP)

    def rowCount(self, parent=QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._nodes)
        if parent.column() == 0 and parent.internalId() == _TOP:
            return len(self._nodes[parent.row()].workshops)
        return 0

    def columnCount(self, parent=QModelIndex()) -> int:
        return 3

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _TOP:
            return self._programme_data(self._nodes[index.row()], index.column(), role)
        workshop = self._nodes[index.internalId() - 1].workshops[index.row()]
        return self._workshop_data(workshop, index.column(), role)

    def _programme_data(self, node: _ProgrammeNode, column: int, role: int) -> Any:
        if role == ID_ROLE:
            return node.programme.id
        if role == NODE_ROLE:
            return "programme"
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and column == 0:
            return node.programme.title
        if role == Qt.ItemDataRole.DisplayRole and column == self.DATE:
            return self.tr("%n workshop(s)", "", len(node.workshops))
        return None

    def _workshop_data(self, workshop: Workshop, column: int, role: int) -> Any:
        if role == ID_ROLE:
            return workshop.id
        if role == NODE_ROLE:
            return "workshop"
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TITLE:
                return workshop.title
            if column == self.DATE:
                return shown_date(workshop.starts_at[:10])
            if column == self.STATUS:
                return labels.workshop_status(workshop.status)
        if role == Qt.ItemDataRole.ToolTipRole:
            details = [labels.workshop_kind(workshop.kind), workshop.place, workshop.territory]
            return "\n".join([workshop.title, " · ".join(d for d in details if d)])
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Programme / workshop"),
            self.tr("Date"),
            self.tr("Status"),
        )[section]
