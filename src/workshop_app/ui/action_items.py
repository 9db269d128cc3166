"""Follow-ups decided in the session, and those still open from earlier sessions.

The table lists this workshop's action items, then the open ones carried over from the
earlier workshops of the programme (marked with the workshop they come from), which can
be closed here. Cells are edited in place; every edit is an undo command.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QPalette, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.enums import ActionItemStatus
from workshop_app.domain.models import ActionItem, Entry
from workshop_app.ui import entry_edits, labels
from workshop_app.ui.commands import UpdateRecords
from workshop_app.ui.date_edits import localise
from workshop_app.ui.session import WorkshopSession
from workshop_app.ui.tooltips import as_typed


class ActionItemsModel(QAbstractTableModel):
    WHAT, WHO, DUE, STATUS, ORIGIN = range(5)
    edit_requested = Signal(object, object)
    """(item before, item after) typed in a cell."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._session: WorkshopSession | None = None
        self._items: list[ActionItem] = []
        self._carried: set[str] = set()
        self._origins: dict[str, str] = {}

    def set_session(self, session: WorkshopSession | None) -> None:
        self._session = session
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._items, self._carried, self._origins = [], set(), {}
        if self._session is not None and self._session.workshop is not None:
            repo = self._session.workspace.action_items
            own = repo.for_workshop(self._session.workshop_id)
            carried = repo.open_before(self._session.workshop_id)
            self._items = own + carried
            self._carried = {i.id for i in carried}
            titles = {w.id: w.title for w in self._session.workspace.workshops.select()}
            self._origins = {i.id: titles.get(i.workshop_id, "") for i in carried}
        self.endResetModel()

    def item_at(self, row: int) -> ActionItem:
        return self._items[row]

    def is_carried(self, row: int) -> bool:
        return self._items[row].id in self._carried

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() != self.ORIGIN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or index.row() >= len(self._items):
            return None
        item = self._items[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.WHAT:
                return item.what
            if column == self.WHO:
                return item.who
            if column == self.DUE:
                return item.due_date
            if column == self.STATUS:
                return (
                    item.status.value
                    if role == Qt.ItemDataRole.EditRole
                    else labels.action_item_status(item.status)
                )
            if column == self.ORIGIN:
                return self._origins.get(item.id, self.tr("This workshop"))
        if role == Qt.ItemDataRole.ToolTipRole and column == self.WHAT:
            return as_typed(item.what)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and item.id in self._carried
            and column == self.ORIGIN
        ):
            return QBrush(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))
        return None

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        item = self._items[index.row()]
        field = {
            self.WHAT: "what",
            self.WHO: "who",
            self.DUE: "due_date",
            self.STATUS: "status",
        }.get(index.column())
        if field is None:
            return False
        if field == "status":
            value = ActionItemStatus(value)
        elif field == "what" and not str(value).strip():
            return False
        after = dataclasses.replace(item, **{field: value})
        if after == item:
            return False
        self.edit_requested.emit(item, after)
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("What"), self.tr("Who"), self.tr("By"), self.tr("Status"), self.tr("From"))[
            section
        ]


class StatusDelegate(QStyledItemDelegate):
    """A combo box for the status column."""

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        for status in ActionItemStatus:
            combo.addItem(labels.action_item_status(status), status.value)
        return combo

    def setEditorData(self, editor, index):
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ActionItemDialog(QDialog):
    """What, who, by when, status: a new follow-up, prefilled from an entry."""

    def __init__(self, what: str = "", parent=None):
        super().__init__(parent)
        self.setObjectName("actionItemDialog")
        self.setWindowTitle(self.tr("New action item"))
        self.what = QPlainTextEdit(what, self)
        self.what.setObjectName("actionItemWhat")
        self.what.setTabChangesFocus(True)
        self.who = QLineEdit(self)
        self.who.setObjectName("actionItemWho")
        self.has_due = QCheckBox(self.tr("Has a due date"), self)
        self.has_due.setChecked(True)
        self.due = QDateEdit(QDate.currentDate().addMonths(1), self)
        self.due.setObjectName("actionItemDue")
        self.due.setCalendarPopup(True)
        localise(self.due)
        self.has_due.toggled.connect(self.due.setEnabled)
        self.status = QComboBox(self)
        for status in ActionItemStatus:
            self.status.addItem(labels.action_item_status(status), status.value)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b3261e")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("What"), self.what)
        form.addRow(self.tr("Who"), self.who)
        form.addRow(self.has_due, self.due)
        form.addRow(self.tr("Status"), self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(460, 300)

    def accept(self) -> None:
        if not self.what.toPlainText().strip():
            self.error.setText(self.tr("Say what is to be done."))
            return
        super().accept()

    def item(self, workshop_id: str, entry_id: str | None) -> ActionItem:
        return ActionItem(
            workshop_id=workshop_id,
            what=self.what.toPlainText().strip(),
            who=self.who.text().strip(),
            due_date=self.due.date().toString("yyyy-MM-dd") if self.has_due.isChecked() else "",
            status=ActionItemStatus(self.status.currentData()),
            entry_id=entry_id,
        )


class ActionItemsPanel(QWidget):
    def __init__(self, undo_stack: QUndoStack, parent=None):
        super().__init__(parent)
        self.setObjectName("actionItemsPanel")
        self.undo_stack = undo_stack
        self.session: WorkshopSession | None = None
        self.model = ActionItemsModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("actionItemsView")
        self.view.setAccessibleName(self.tr("Action items"))
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(ActionItemsModel.STATUS, StatusDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setWordWrap(True)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ActionItemsModel.WHAT, QHeaderView.ResizeMode.Stretch)
        self.new_button = QPushButton(self.tr("New action item…"), self)
        self.new_button.setObjectName("newActionItemButton")
        self.new_button.clicked.connect(lambda: self.create_from(None))
        self.hint = QLabel(
            self.tr("Open items of earlier workshops are listed after this workshop's."), self
        )
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.new_button)
        self.model.edit_requested.connect(self._apply_edit)
        self.dialog: ActionItemDialog | None = None

    def set_session(self, session: WorkshopSession | None) -> None:
        self.session = session
        self.model.set_session(session)
        if session is not None:
            session.record_changed.connect(self._on_record_changed)

    def _on_record_changed(self, table: str) -> None:
        if table == "action_item":
            self.model.reload()

    def _apply_edit(self, before: ActionItem, after: ActionItem) -> None:
        self.undo_stack.push(
            UpdateRecords(
                self.session, "action_item", [before], [after], self.tr("Edit action item")
            )
        )

    def create_from(self, entry: Entry | None) -> ActionItemDialog | None:
        """Open the dialog (non-blocking); on OK the item is added as one undo step."""
        if self.session is None or self.session.workshop is None:
            return None
        shown = self.session.shown(entry.text) if entry else ""
        self.dialog = ActionItemDialog(shown, self.window())
        self.dialog.accepted.connect(
            lambda: self.undo_stack.push(
                entry_edits.add_action_item(
                    self.session,
                    self.dialog.item(self.session.workshop_id, entry.id if entry else None),
                )
            )
        )
        self.dialog.open()
        return self.dialog
