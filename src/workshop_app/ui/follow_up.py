"""The improvements that come back from earlier workshops, to update during this one.

The table lists the improvements of the workshop's actions (of every action when it is
linked to none) captured at earlier workshops and still proposed or planned, and those
whose status moved since the previous workshop (so that a change made here stays in sight
and can be put back). The status column is edited in place; each change is an undo step.
See :mod:`workshop_app.store.follow_up`.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.enums import ImprovementStatus
from workshop_app.domain.models import Entry
from workshop_app.store.follow_up import FollowUp, follow_up
from workshop_app.ui import labels
from workshop_app.ui.commands import UpdateRecords
from workshop_app.ui.date_edits import shown_date
from workshop_app.ui.i18n import fill
from workshop_app.ui.session import WorkshopSession
from workshop_app.ui.tooltips import as_typed

DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole


def _status(entry: Entry) -> ImprovementStatus:
    return entry.status or ImprovementStatus.PROPOSED


class FollowUpModel(QAbstractTableModel):
    STATUS, TEXT, ACTION, ORIGIN, MOVED = range(5)
    edit_requested = Signal(object, object)
    """(improvement before, improvement after) chosen in the status column."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._session: WorkshopSession | None = None
        self.result: FollowUp | None = None
        self._rows: list[Entry] = []
        self._actions: dict[str, str] = {}

    def set_session(self, session: WorkshopSession | None, *, load: bool = True) -> None:
        self._session = session
        if load:
            self.reload()
        else:  # read when shown: show nothing of the workshop left
            self.beginResetModel()
            self.result, self._rows = None, []
            self.endResetModel()

    def reload(self) -> None:
        self.beginResetModel()
        self.result, self._rows, self._actions = None, [], {}
        session = self._session
        if session is not None and session.workshop is not None:
            ws = session.workspace
            self.result = follow_up(ws, session.workshop.id)
            self._rows = list(self.result.improvements)
            self._actions = {
                a.id: fill(self.tr("%1. %2"), str(a.number), a.title)
                for a in ws.actions.select("programme_id = ?", [session.workshop.programme_id])
            }
        self.endResetModel()

    def entry_at(self, row: int) -> Entry:
        return self._rows[row]

    @property
    def open_count(self) -> int:
        return len(self.result.open_improvements) if self.result else 0

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.STATUS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or self.result is None:
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role == EDIT and column == self.STATUS:
            return _status(entry).value
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TEXT:
            text = self._session.shown(entry.text) if self._session else entry.text
            where = " — ".join(
                self.data(index.siblingAtColumn(c)) for c in (self.ACTION, self.ORIGIN)
            )
            return as_typed(f"{text}\n\n{where}")
        if role in (DISPLAY, Qt.ItemDataRole.ToolTipRole):
            if column == self.STATUS:
                return labels.improvement_status(_status(entry))
            if column == self.TEXT:
                return self._session.shown(entry.text) if self._session else entry.text
            if column == self.ACTION:
                return self._actions.get(entry.action_id or "", self.tr("No action"))
            if column == self.ORIGIN:
                origin = self.result.origins[entry.id]
                day = shown_date(origin.starts_at[:10]) if origin.starts_at else ""
                return fill(self.tr("%1 (%2)"), origin.title, day) if day else origin.title
            if column == self.MOVED:
                return self._moved(entry)
        return None

    def _moved(self, entry: Entry) -> str:
        move = self.result.moved.get(entry.id) if self.result else None
        if move is None:
            return ""
        before = labels.improvement_status(ImprovementStatus(move.before or "proposed"))
        after = labels.improvement_status(ImprovementStatus(move.after))
        return fill(self.tr("%1 → %2"), before, after)

    def setData(self, index: QModelIndex, value: Any, role: int = EDIT) -> bool:
        if role != EDIT or not index.isValid() or index.column() != self.STATUS:
            return False
        entry = self._rows[index.row()]
        try:
            status = ImprovementStatus(value)
        except ValueError:
            return False
        if status == _status(entry):
            return False
        self.edit_requested.emit(entry, dataclasses.replace(entry, status=status))
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != DISPLAY:
            return None
        return (
            self.tr("Status"),
            self.tr("Improvement"),
            self.tr("Action"),
            self.tr("From"),
            self.tr("Since last time"),
        )[section]


class ImprovementStatusDelegate(QStyledItemDelegate):
    """A combo box of the improvement statuses, unfolded at once: the arrows move in the
    list, Enter (or a click) chooses and saves."""

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        combo.setObjectName("followUpStatusEditor")
        combo.setAccessibleName(self.tr("Status"))
        for status in ImprovementStatus:
            combo.addItem(labels.improvement_status(status), status.value)
        combo.activated.connect(lambda _row, c=combo: self._commit(c))
        QTimer.singleShot(0, combo.showPopup)
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor, index):
        editor.setCurrentIndex(max(0, editor.findData(index.data(EDIT))))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), EDIT)


class FollowUpPanel(QWidget):
    """The improvements of earlier workshops to follow; F2 or a double click changes one's
    status."""

    counted = Signal()

    def __init__(self, undo_stack: QUndoStack, parent=None):
        super().__init__(parent)
        self.setObjectName("followUpPanel")
        self.undo_stack = undo_stack
        self.session: WorkshopSession | None = None
        self._stale = False
        self.model = FollowUpModel(self)
        self.title = QLabel(self)
        self.title.setObjectName("followUpTitle")
        self.title.setWordWrap(True)
        self.view = QTableView(self)
        self.view.setObjectName("followUpView")
        self.view.setAccessibleName(self.tr("Improvements of earlier workshops"))
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(FollowUpModel.STATUS, ImprovementStatusDelegate(self))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.view.setWordWrap(True)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        # The improvement's text takes the room of a narrow side column; the action and the
        # workshop it comes from (long titles) are in its tooltip, their columns shown when
        # the panel is wide (a play-through found the text squeezed to "…").
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(FollowUpModel.STATUS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FollowUpModel.TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FollowUpModel.MOVED, QHeaderView.ResizeMode.ResizeToContents)
        for column in (FollowUpModel.ACTION, FollowUpModel.ORIGIN):
            header.resizeSection(column, 120)
        header.setMinimumSectionSize(40)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.empty = QLabel(self)
        self.empty.setObjectName("followUpEmpty")
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        self.model.edit_requested.connect(self._apply_edit)
        self.model.modelReset.connect(self._describe)
        self._describe()

    def set_session(self, session: WorkshopSession | None) -> None:
        if self.session is not None:
            self.session.record_changed.disconnect(self._on_record_changed)
        self.session = session
        if session is not None:
            session.record_changed.connect(self._on_record_changed)
        self.model.set_session(session, load=False)
        self._stale = True
        self._reload_if_seen()

    def _on_record_changed(self, table: str) -> None:
        if table in ("entry", "workshop", "workshop_action", "action"):
            self._stale = True
            # after the editor that made the change has closed, not under it
            QTimer.singleShot(0, self._reload_if_seen)

    def _reload_if_seen(self) -> None:
        """Earlier workshops are read when the panel is shown (not at each switch of
        workshop: on 100,000 entries that is a query over most of them)."""
        if self._stale and self.isVisible():
            self._stale = False
            self.model.reload()

    WIDE = 720
    """From this width of the panel on, the action and origin have their own columns."""

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        narrow = self.width() < self.WIDE
        for column in (FollowUpModel.ACTION, FollowUpModel.ORIGIN):
            self.view.setColumnHidden(column, narrow)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._reload_if_seen()

    def _apply_edit(self, before: Entry, after: Entry) -> None:
        self.undo_stack.push(
            UpdateRecords(
                self.session, "entry", [before], [after], self.tr("Change an improvement's status")
            )
        )

    def _describe(self) -> None:
        result = self.model.result
        if result is None:
            self.title.setText("")
            self.empty.setText("")
            self.counted.emit()
            return
        if result.previous is None:
            since = self.tr("No earlier workshop of these actions.")
        else:
            day = result.previous.starts_at[:10]
            since = fill(
                self.tr("Previous workshop: %1 (%2)."),
                result.previous.title,
                shown_date(day) if day else self.tr("no date"),
            )
        scope = (
            self.tr(
                "Improvements of earlier workshops of this workshop's actions still proposed or planned, and those whose status changed since the previous workshop."
            )
            if result.action_ids
            else self.tr(
                "Improvements of earlier workshops of the programme still proposed or planned, and those whose status changed since the previous workshop (this workshop is linked to no action)."
            )
        )
        self.title.setText(f"{scope} {since}")
        self.empty.setText(
            self.tr("Nothing to follow up: no improvement of an earlier workshop is still open.")
            if not self.model.rowCount()
            else self.tr("Change a status with F2 or a double click; Ctrl+Z puts it back.")
        )
        self.counted.emit()
