"""A programme's theme list being edited in the programme dialog (a draft, not the store).

Default themes are stored in English ("Design") and shown translated ("Conception");
renaming one to its own translated label keeps the stored name, so a French facilitator
pressing F2 then Enter changes nothing.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from workshop_app.domain.models import Theme
from workshop_app.ui import labels
from workshop_app.ui.models.roles import ID_ROLE
from workshop_app.ui.prepare.draft import Draft

Index = QModelIndex | QPersistentModelIndex


class ThemeListModel(QAbstractListModel):
    """One theme per row, in the programme's order; editable in place."""

    def __init__(self, programme_id: str, themes: list[Theme], parent=None):
        super().__init__(parent)
        self.programme_id = programme_id
        self._draft = Draft(themes)
        self._rows = self._draft.rows

    # -- the draft --------------------------------------------------------------------
    def themes(self) -> list[Theme]:
        """The themes as they are now, positions renumbered 0, 1, 2… in list order."""
        return [dataclasses.replace(t, position=at) for at, t in enumerate(self._rows)]

    def theme_at(self, row: int) -> Theme:
        return self._rows[row]

    def add_theme(self, name: str) -> int:
        return self._draft.append(
            self, Theme(programme_id=self.programme_id, name=name, position=len(self._rows))
        )

    def remove_theme(self, row: int) -> None:
        self._draft.remove(self, row)

    def move_theme(self, row: int, delta: int) -> int:
        """Move the theme at ``row`` up (-1) or down (+1); returns its new row."""
        target = row + delta
        if not (0 <= row < len(self._rows)) or not (0 <= target < len(self._rows)):
            return row
        # beginMoveRows wants the row *before which* the moved row lands.
        destination = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._rows.insert(target, self._rows.pop(row))
        self.endMoveRows()
        return target

    def changes(self) -> tuple[list[Theme], list[tuple[Theme, Theme]], list[str]]:
        """(new themes, (before, after) of renamed or moved ones, ids of removed ones)."""
        return self._draft.changes(
            self.themes(), same=lambda a, b: (a.name, a.position) == (b.name, b.position)
        )

    # -- Qt's model interface -------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        theme = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return labels.theme_name(theme.name)
        if role == ID_ROLE:
            return theme.id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        name = str(value or "").strip()
        if not name:
            return False
        theme = self._rows[index.row()]
        if name == labels.theme_name(theme.name):
            return True
        theme.name = name
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr("Theme") if section == 0 else None
        return None
