"""The monitoring tables and their cell editors, made for the keyboard.

Typing in a cell starts editing it; Tab and Shift+Tab write the cell and edit the next
or previous one; Enter writes it (and, on a cell not being edited, starts editing);
Escape drops what was typed in the cell (only the cell: the window stays open). Insert
adds a row, Delete removes the current one (an undo step, like every change).

Editors: a drop-down of translated labels for a kind or a direction, a date field in the
locale's format, a drop-down of the programme's known territories that takes a new one,
and a one-line text field without Qt's 32,767-character cap for the rest.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QDate, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from workshop_app.domain.validation import MAX_TEXT_CHARS
from workshop_app.ui.date_edits import localise
from workshop_app.ui.monitoring.record_model import Index, RecordTableModel


class CellDelegate(QStyledItemDelegate):
    """The editor each column asks for (see :class:`~.record_model.Column`)."""

    def __init__(self, view: QTableView, territories: Callable[[], list[str]]):
        super().__init__(view)
        self.view = view
        self.territories = territories

    def _column(self, index: Index):
        return index.model().columns[index.column()]

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = self._column(index)
        if column.editor == "date":
            editor = QDateEdit(parent)
            editor.setCalendarPopup(True)
            localise(editor)
        elif column.editor == "choice":
            editor = QComboBox(parent)
            for label, value in column.choices():
                editor.addItem(label, value)
        elif column.editor == "territory":
            editor = QComboBox(parent)
            editor.setEditable(True)
            editor.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            editor.addItems(self.territories())
            editor.lineEdit().setMaxLength(MAX_TEXT_CHARS)
        else:
            editor = QLineEdit(parent)
            editor.setFrame(False)
            editor.setMaxLength(MAX_TEXT_CHARS)  # Qt's default cuts at 32,767 characters
        editor.setObjectName(f"{column.field}Editor")
        editor.setAccessibleName(column.title)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole) or ""
        if isinstance(editor, QDateEdit):
            day = QDate.fromString(value, "yyyy-MM-dd")
            editor.setDate(day if day.isValid() else QDate.currentDate())
        elif isinstance(editor, QComboBox) and editor.isEditable():
            editor.setEditText(value)
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        else:
            editor.setText(value)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QDateEdit):
            typed = editor.date().toString("yyyy-MM-dd")
        elif isinstance(editor, QComboBox) and editor.isEditable():
            typed = editor.currentText()
        elif isinstance(editor, QComboBox):
            typed = editor.currentData()
        else:
            typed = editor.text()
        if typed != index.data(Qt.ItemDataRole.EditRole) or model.warning(index):
            model.setData(index, typed, Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index):
        rect = option.rect
        if not isinstance(editor, QLineEdit):
            rect.setHeight(max(rect.height(), editor.sizeHint().height()))
            rect.setWidth(max(rect.width(), editor.sizeHint().width()))
        editor.setGeometry(rect)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
            and isinstance(editor, QWidget)
        ):
            # Escape drops the cell's typing (and a refused value kept in it), nothing else
            self.view.model().drop_draft(self.view.currentIndex())
        return super().eventFilter(editor, event)


class RecordTable(QTableView):
    """A table of records: Insert adds a row and edits it, Delete removes the current one,
    Enter edits the current cell (when no cell is being edited)."""

    def __init__(self, model: RecordTableModel, territories, parent: QWidget | None = None):
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(CellDelegate(self, territories))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setTabKeyNavigation(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setTextElideMode(Qt.TextElideMode.ElideNone)

    def model(self) -> RecordTableModel:
        return super().model()

    def editing(self) -> bool:
        return self.state() == QAbstractItemView.State.EditingState

    def add_row(self) -> int:
        """Add a row at the model's place for it, make it current and edit its first
        cell that is worth typing in (the challenge's text, an indicator's name…)."""
        model = self.model()
        row = model.add_row()
        if row >= 0:
            index = model.index(row, getattr(model, "first_column", 0))
            self.setCurrentIndex(index)
            self.scrollTo(index)
            self.edit(index)
        return row

    def remove_current(self) -> bool:
        current = self.currentIndex()
        if not current.isValid():
            return False
        return self.model().remove_row(current.row())

    def keyPressEvent(self, event) -> None:
        if not self.editing() and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            if event.key() == Qt.Key.Key_Insert:
                self.add_row()
                return
            if event.key() == Qt.Key.Key_Delete and self.currentIndex().isValid():
                self.remove_current()
                return
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
                self.currentIndex().isValid()
            ):
                self.edit(self.currentIndex())
                return
        super().keyPressEvent(event)

    def current_row(self) -> int:
        current = self.currentIndex()
        return current.row() if current.isValid() else -1

    def select_row(self, row: int, column: int = 0) -> None:
        model = self.model()
        if 0 <= row < model.rowCount():
            self.setCurrentIndex(model.index(row, column))
