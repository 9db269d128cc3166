"""The actions of a programme being edited in the programme dialog (a draft, not the store).

The dialog edits copies; nothing is written until OK, when :meth:`ActionTableModel.changes`
says what to add, update and remove.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from workshop_app.domain.models import Action
from workshop_app.ui.models.roles import ID_ROLE
from workshop_app.ui.prepare.draft import Draft

CELL_LIMIT = 120
"""A long text shows its first line, clipped to this many characters, in the table."""

Index = QModelIndex | QPersistentModelIndex


def _cell(text: str) -> str:
    first = text.strip().splitlines()[0] if text.strip() else ""
    if len(first) > CELL_LIMIT or first != text.strip():
        return first[:CELL_LIMIT].rstrip() + "…"
    return first


class ActionTableModel(QAbstractTableModel):
    """Number | Title | Context | Description | Stakeholders | Budget | Monitoring criteria."""

    NUMBER, TITLE, CONTEXT, DESCRIPTION, STAKEHOLDERS, BUDGET, CRITERIA = range(7)
    FIELDS = (
        "number",
        "title",
        "context",
        "description",
        "stakeholders",
        "budget",
        "monitoring_criteria",
    )

    def __init__(self, programme_id: str, actions: list[Action], parent=None):
        super().__init__(parent)
        self.programme_id = programme_id
        self._draft = Draft(actions)
        self._rows = self._draft.rows

    # -- the draft --------------------------------------------------------------------
    def actions(self) -> list[Action]:
        """The actions as they are now in the dialog, in table order."""
        return [dataclasses.replace(a) for a in self._rows]

    def action_at(self, row: int) -> Action:
        return self._rows[row]

    def add_action(self, title: str = "") -> int:
        """Append a new action numbered after the highest; returns its row."""
        number = max((a.number for a in self._rows), default=0) + 1
        return self._draft.append(
            self, Action(programme_id=self.programme_id, number=number, title=title)
        )

    def remove_action(self, row: int) -> None:
        self._draft.remove(self, row)

    def changes(self) -> tuple[list[Action], list[tuple[Action, Action]], list[str]]:
        """(new actions, (before, after) of edited ones, ids of removed ones)."""
        return self._draft.changes(self._rows)

    # -- Qt's model interface -------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.FIELDS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        action = self._rows[index.row()]
        value = getattr(action, self.FIELDS[index.column()])
        if role == Qt.ItemDataRole.DisplayRole:
            return str(value) if index.column() == self.NUMBER else _cell(value)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.ToolTipRole and index.column() != self.NUMBER and value:
            return value[:2000]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return action.id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        action = self._rows[index.row()]
        field = self.FIELDS[index.column()]
        if index.column() == self.NUMBER:
            try:
                value = int(value)
            except (TypeError, ValueError):
                return False
            if value < 0:
                return False
        else:
            value = "" if value is None else str(value)
        if getattr(action, field) == value:
            return True
        setattr(action, field, value)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        if not (0 <= section < len(self.FIELDS)):
            return None
        return self.column_titles()[section]

    def column_titles(self) -> tuple[str, ...]:
        return (
            self.tr("No."),
            self.tr("Title"),
            self.tr("Context"),
            self.tr("Description"),
            self.tr("Stakeholders"),
            self.tr("Budget"),
            self.tr("Monitoring criteria"),
        )
