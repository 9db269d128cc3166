"""The programme's roster as a table: name, role, organisation, present in this workshop.

Edits made in the table become undo steps through :class:`RosterEditor`. When the session
says participants or attendance changed, the model reads the roster again and tells the
views only what moved: rows removed, moved, inserted or changed (never a full reset).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QUndoStack

from workshop_app.domain.enums import ParticipantRole
from workshop_app.domain.models import Attendance, Participant
from workshop_app.ui import labels
from workshop_app.ui.models.roles import ID_ROLE
from workshop_app.ui.prepare.name_completer import FOLD_ROLE, fold
from workshop_app.ui.prepare.roster_edits import RosterEditor
from workshop_app.ui.session import WorkshopSession

Index = QModelIndex | QPersistentModelIndex

WATCHED_TABLES = ("participant", "attendance")


@dataclass(frozen=True)
class RosterRow:
    participant: Participant
    attendance: Attendance | None

    @property
    def present(self) -> bool:
        return RosterEditor.is_present(self.attendance)


class RosterModel(QAbstractTableModel):
    """Name | Role | Organisation | Present, one row per person of the programme."""

    NAME, ROLE, ORGANISATION, PRESENT = range(4)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._session: WorkshopSession | None = None
        self.editor: RosterEditor | None = None
        self._rows: list[RosterRow] = []

    # -- loading ----------------------------------------------------------------------
    def set_session(self, session: WorkshopSession | None, undo_stack: QUndoStack | None) -> None:
        """Show the roster of ``session``'s programme (``None``: nothing)."""
        if self._session is not None:
            with contextlib.suppress(RuntimeError, TypeError):  # the old session may be gone
                self._session.record_changed.disconnect(self._on_record_changed)
        self.beginResetModel()
        self._session = session
        self.editor = (
            RosterEditor(session, undo_stack)
            if session is not None and undo_stack is not None
            else None
        )
        self._rows = self._read()
        self.endResetModel()
        if session is not None:
            session.record_changed.connect(self._on_record_changed)

    @property
    def has_workshop(self) -> bool:
        return self._session is not None and self._session.workshop is not None

    def _read(self) -> list[RosterRow]:
        s = self._session
        if s is None or s.programme is None:
            return []
        # By name ignoring case and accents, so that "Élodie" comes before "Fatou".
        people = sorted(
            s.workspace.participants.for_programme(s.programme.id),
            key=lambda p: (fold(p.display_name), p.created_at),
        )
        attendance: dict[str, Attendance] = {}
        if s.workshop is not None:
            rows = s.workspace.attendance.select(
                "workshop_id = ?", [s.workshop.id], include_deleted=True
            )
            attendance = {a.participant_id: a for a in rows}
        return [RosterRow(p, attendance.get(p.id)) for p in people]

    def _on_record_changed(self, table: str) -> None:
        if table in WATCHED_TABLES:
            self.refresh()

    def refresh(self) -> None:
        """Read the roster again and report the differences row by row."""
        new = self._read()
        wanted = [r.participant.id for r in new]
        keep = set(wanted)
        # 1. rows that are gone (removed, erased), from the bottom up
        for row in range(len(self._rows) - 1, -1, -1):
            if self._rows[row].participant.id not in keep:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
        # 2. rows whose place changed (a rename sorts differently)
        order = [pid for pid in wanted if pid in {r.participant.id for r in self._rows}]
        for target, pid in enumerate(order):
            current = next(i for i, r in enumerate(self._rows) if r.participant.id == pid)
            if current != target:
                self.beginMoveRows(QModelIndex(), current, current, QModelIndex(), target)
                self._rows.insert(target, self._rows.pop(current))
                self.endMoveRows()
        # 3. new rows, at their place
        for target, row in enumerate(new):
            if target >= len(self._rows) or self._rows[target].participant.id != row.participant.id:
                self.beginInsertRows(QModelIndex(), target, target)
                self._rows.insert(target, row)
                self.endInsertRows()
        # 4. rows whose content changed
        for at, row in enumerate(new):
            if self._rows[at] != row:
                self._rows[at] = row
                self.dataChanged.emit(self.index(at, 0), self.index(at, self.PRESENT))

    # -- reading rows -----------------------------------------------------------------
    def participant_at(self, row: int) -> Participant:
        return self._rows[row].participant

    def row_of(self, participant_id: str) -> int:
        for at, row in enumerate(self._rows):
            if row.participant.id == participant_id:
                return at
        return -1

    def is_present(self, row: int) -> bool:
        return self._rows[row].present

    def present_count(self) -> int:
        return sum(1 for r in self._rows if r.present)

    # -- Qt's model interface -------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editor is None:
            return flags
        if index.column() == self.PRESENT:
            if self.has_workshop:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            else:
                flags &= ~Qt.ItemFlag.ItemIsEnabled
            return flags
        return flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        person = row.participant
        column = index.column()
        if role == ID_ROLE:
            return person.id
        if column == self.NAME:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return person.display_name
            if role == FOLD_ROLE:
                return fold(person.display_name)
            if role == Qt.ItemDataRole.ToolTipRole and person.organisation:
                return person.organisation
        elif column == self.ROLE:
            if role == Qt.ItemDataRole.DisplayRole:
                return labels.participant_role(person.role)
            if role == Qt.ItemDataRole.EditRole:
                return person.role.value
        elif column == self.ORGANISATION:
            if role in (
                Qt.ItemDataRole.DisplayRole,
                Qt.ItemDataRole.EditRole,
                Qt.ItemDataRole.ToolTipRole,
            ):
                return person.organisation
        elif column == self.PRESENT and self.has_workshop:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if row.present else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self.tr("Present") if row.present else self.tr("Absent")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.editor is None or not (0 <= index.row() < len(self._rows)):
            return False
        person = self._rows[index.row()].participant
        column = index.column()
        if column == self.PRESENT and role == Qt.ItemDataRole.CheckStateRole:
            checked = _check_state(value) == Qt.CheckState.Checked
            return self.has_workshop and self.editor.set_present(person.id, checked)
        if role != Qt.ItemDataRole.EditRole:
            return False
        if column == self.NAME:
            return self.editor.update_person(person.id, display_name=str(value or "").strip())
        if column == self.ROLE:
            try:
                new_role = ParticipantRole(value)
            except ValueError:
                return False
            return self.editor.update_person(person.id, role=new_role)
        if column == self.ORGANISATION:
            return self.editor.update_person(person.id, organisation=str(value or "").strip())
        return False

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (self.tr("Name"), self.tr("Role"), self.tr("Organisation"), self.tr("Present"))
        return titles[section] if 0 <= section < len(titles) else None


def _check_state(value: Any) -> Qt.CheckState:
    if isinstance(value, Qt.CheckState):
        return value
    try:
        return Qt.CheckState(int(value))
    except (TypeError, ValueError):
        return Qt.CheckState.Unchecked
