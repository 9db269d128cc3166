"""Editing a workshop's agenda: timed steps in a table, saved as one undo step on OK."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from workshop_app.domain.models import AgendaStep
from workshop_app.ui.commands import AddRecords, RemoveRecords, SessionCommand, UpdateRecords
from workshop_app.ui.prepare.commands import push_as_one_step
from workshop_app.ui.prepare.dialog_parts import ErrorLabel, accept_on_ctrl_enter, named
from workshop_app.ui.session import WorkshopSession

MIN_MINUTES, MAX_MINUTES = 1, 600
AnyIndex = QModelIndex | QPersistentModelIndex


class AgendaTableModel(QAbstractTableModel):
    """A draft of the steps (copies): nothing is written until the dialog's OK."""

    TITLE, MINUTES, NOTE = range(3)
    FIELDS = ("title", "planned_minutes", "method_note")

    def __init__(self, steps: list[AgendaStep], workshop_id: str, parent=None):
        super().__init__(parent)
        self.workshop_id = workshop_id
        self.steps = [dataclasses.replace(s) for s in steps]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.steps)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return (self.tr("Step"), self.tr("Minutes"), self.tr("Method note"))[section]

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        step = self.steps[index.row()]
        value = getattr(step, self.FIELDS[index.column()])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return value
        if role == Qt.ItemDataRole.ToolTipRole and index.column() != self.MINUTES:
            return value or None  # the whole note when the cell cuts it off
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.MINUTES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: AnyIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        if index.column() == self.MINUTES:
            try:
                value = int(str(value).strip())
            except ValueError:
                return False
        else:
            value = str(value).strip()
        row = index.row()
        self.steps[row] = dataclasses.replace(
            self.steps[row], **{self.FIELDS[index.column()]: value}
        )
        self.dataChanged.emit(index, index)
        return True

    # -- rows -------------------------------------------------------------------------
    def add_step(self, title: str, minutes: int = 10) -> int:
        row = len(self.steps)
        self.beginInsertRows(QModelIndex(), row, row)
        self.steps.append(
            AgendaStep(workshop_id=self.workshop_id, title=title, planned_minutes=minutes)
        )
        self.endInsertRows()
        return row

    def remove_step(self, row: int) -> None:
        if 0 <= row < len(self.steps):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.steps[row]
            self.endRemoveRows()

    def move_step(self, row: int, delta: int) -> int:
        """Move a row up (-1) or down (+1); returns where it is now."""
        target = row + delta
        if not (0 <= row < len(self.steps) and 0 <= target < len(self.steps)):
            return row
        destination = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self.steps.insert(target, self.steps.pop(row))
        self.endMoveRows()
        return target

    def ordered_steps(self) -> list[AgendaStep]:
        """The draft with positions following the rows."""
        return [dataclasses.replace(s, position=n) for n, s in enumerate(self.steps)]


class AgendaEditor(QDialog):
    """The agenda of the open workshop; OK writes every change as one "Edit agenda" step."""

    def __init__(self, session: WorkshopSession, undo_stack: QUndoStack, parent=None):
        super().__init__(parent)
        assert session.workshop is not None
        self.setObjectName("agendaEditor")
        self.setWindowTitle(self.tr("Agenda of “%1”").replace("%1", session.workshop.title))
        self.session, self.undo_stack = session, undo_stack
        self.original = session.workspace.agenda.for_workshop(session.workshop.id)
        self.model = AgendaTableModel(self.original, session.workshop.id, self)
        self._build()
        self.resize(720, 420)

    def _build(self) -> None:
        self.view = named(QTableView(self), "agendaTable", self.tr("Agenda steps"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(AgendaTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(
            AgendaTableModel.MINUTES, QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(AgendaTableModel.NOTE, QHeaderView.ResizeMode.Stretch)

        row_buttons = QHBoxLayout()
        self.add_button = self._button("agendaAddButton", self.tr("&Add step"), self.add_step)
        self.remove_button = self._button("agendaRemoveButton", self.tr("&Remove"), self.remove)
        self.up_button = self._button("agendaUpButton", self.tr("Move &up"), lambda: self.move(-1))
        self.down_button = self._button(
            "agendaDownButton", self.tr("Move &down"), lambda: self.move(1)
        )
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            row_buttons.addWidget(button)
        row_buttons.addStretch(1)

        self.error_label = ErrorLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        accept_on_ctrl_enter(self, self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row_buttons)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def _button(self, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # -- rows -------------------------------------------------------------------------
    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def _select(self, row: int, column: int = AgendaTableModel.TITLE) -> None:
        self.view.setCurrentIndex(self.model.index(row, column))

    def add_step(self) -> None:
        row = self.model.add_step(self.tr("New step"))
        self._select(row)
        self.view.edit(self.view.currentIndex())

    def remove(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        self.model.remove_step(row)
        if self.model.rowCount():
            self._select(min(row, self.model.rowCount() - 1))

    def move(self, delta: int) -> None:
        row = self.current_row()
        if row >= 0:
            self._select(self.model.move_step(row, delta), self.view.currentIndex().column())

    # -- OK ---------------------------------------------------------------------------
    def problem(self) -> tuple[str, int, int] | None:
        """What stops OK: (message, row, column), or ``None``."""
        for row, step in enumerate(self.model.steps):
            if not step.title:
                return self.tr("Step %1 needs a title.").replace("%1", str(row + 1)), row, 0
            if not MIN_MINUTES <= step.planned_minutes <= MAX_MINUTES:
                text = self.tr("Step %1: the planned time must be between 1 and 600 minutes.")
                return text.replace("%1", str(row + 1)), row, AgendaTableModel.MINUTES
        return None

    def commands(self, text: str) -> list[SessionCommand]:
        s, table = self.session, "agenda_step"
        # The file's versions: the timer may have recorded a duration since the dialog opened.
        before = {step.id: step for step in s.workspace.agenda.for_workshop(self.model.workshop_id)}
        after = [
            dataclasses.replace(step, actual_seconds=before[step.id].actual_seconds)
            if step.id in before
            else step
            for step in self.model.ordered_steps()
        ]
        kept = [step for step in after if step.id in before]
        new = [step for step in after if step.id not in before]
        removed = [i for i in before if i not in {step.id for step in after}]
        changed = [step for step in kept if step != before[step.id]]
        steps: list[SessionCommand] = []
        if removed:
            steps.append(RemoveRecords(s, table, removed, text))
        if changed:
            old = [before[step.id] for step in changed]
            steps.append(UpdateRecords(s, table, old, changed, text))
        if new:
            steps.append(AddRecords(s, table, new, text))
        return steps

    def apply(self) -> bool:
        """Check and write the agenda as one undo step; ``False`` keeps the dialog open."""
        problem = self.problem()
        if problem is not None:
            message, row, column = problem
            self.error_label.show_error(message)
            self._select(row, column)
            self.view.setFocus()
            return False
        text = self.tr("Edit agenda")
        if not push_as_one_step(self.undo_stack, text, self.commands(text)):
            self.error_label.show_error(self.session.last_error or self.tr("Nothing was saved."))
            return False
        self.error_label.clear_error()
        return True

    def accept(self) -> None:
        if self.apply():
            super().accept()
