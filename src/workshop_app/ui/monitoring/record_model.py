"""A table model over one table of the store, edited as undo steps.

Each row is a record read from the workspace; a typed cell is read by its
:class:`Column` and becomes an :class:`~workshop_app.ui.commands.UpdateRecords` on the
undo stack. What cannot be read ("abc" for a number) is refused in plain words
(:attr:`RecordTableModel.problem`) and kept in the cell as typed, flagged, until it is
corrected or dropped: nothing typed is lost, nothing wrong is written.

The model follows the store: when the session says the table changed (an undo, a redo,
another view), rows are updated in place, removed or inserted, never reset, so that the
editor Tab opens on the next cell and the current row stay where they are.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6 import QtGui
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QStyle

from workshop_app.domain.models import Record
from workshop_app.domain.validation import MAX_TEXT_CHARS
from workshop_app.ui.commands import AddRecords, RemoveRecords, UpdateRecords
from workshop_app.ui.i18n import fill
from workshop_app.ui.models.roles import ID_ROLE
from workshop_app.ui.monitoring.wording import DISPLAY_LIMIT, not_saved, undo_keys

Index = QModelIndex | QPersistentModelIndex


class Refused(ValueError):
    """A typed value that cannot be written; ``str(error)`` says why, translated."""


def as_typed(field: str) -> Callable[[Record, str], dict]:
    """Parse a free text: kept exactly as typed (spaces, markup, any script)."""

    def parse(_record: Record, text: str) -> dict:
        if len(text) > MAX_TEXT_CHARS:
            raise Refused(
                fill(
                    QCoreApplication.translate(
                        "Monitoring", "This text is %1 characters long; the limit is %2."
                    ),
                    f"{len(text):,}".replace(",", "\u202f"),
                    f"{MAX_TEXT_CHARS:,}".replace(",", "\u202f"),
                )
            )
        return {field: text}

    return parse


def required(field: str, why: str) -> Callable[[Record, str], dict]:
    """Parse a text that cannot be blank (``why`` says so)."""
    typed = as_typed(field)

    def parse(record: Record, text: str) -> dict:
        if not text.strip():
            raise Refused(why)
        return typed(record, text)

    return parse


@dataclasses.dataclass(frozen=True)
class Column:
    """How one column reads a record, shows it and reads what is typed in it.

    ``show`` gives the cell's text, ``edit`` the editor's (``show`` if ``None``),
    ``parse`` the fields to change from a typed text (raises :class:`Refused`), ``misfit``
    why the stored value no longer fits (a kind changed), ``editor`` which editor the view
    opens: ``"text"``, ``"date"``, ``"choice"`` (``choices``: label, stored value) or
    ``"territory"``."""

    field: str
    title: str
    show: Callable[[Record], str]
    parse: Callable[[Record, str], dict]
    edit: Callable[[Record], str] | None = None
    misfit: Callable[[Record], str | None] = lambda _record: None
    editor: str = "text"
    choices: Callable[[], list[tuple[str, str]]] | None = None
    command: Callable[[Record], str] | None = None
    """The undo step's name for an edit of this column (the model's own if ``None``)."""


def plain_tip(text: str) -> str:
    """A tooltip that shows ``text`` as written: "<b>" stays "<b>", never bold."""
    if len(text) > DISPLAY_LIMIT:
        text = text[:DISPLAY_LIMIT] + "…"
    return QtGui.Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)


class RecordTableModel(QAbstractTableModel):
    """Rows of one table of the store, columns given by :meth:`make_columns`."""

    table = ""
    watched: tuple[str, ...] = ()
    """Other tables whose changes change how rows read (an indicator's kind…)."""
    problem = Signal(str)
    """An edit was refused: why, in plain words, for the status line."""
    notice = Signal(str)
    """Something worth saying after an edit (values that no longer fit, a removal…)."""

    def __init__(self, session, stack: QUndoStack, parent=None):
        super().__init__(parent)
        self.session = session
        self.stack = stack
        self.columns: list[Column] = self.make_columns()
        self._rows: list[Record] = []
        self.drafts: dict[tuple[str, str], tuple[str, str]] = {}
        """(record id, field) → (what was typed, why it was refused)."""
        session.record_changed.connect(self._changed)
        self.reload()

    # -- to override ------------------------------------------------------------------
    def make_columns(self) -> list[Column]:
        raise NotImplementedError

    def load(self) -> list[Record]:
        raise NotImplementedError

    def new_record(self) -> Record | None:
        raise NotImplementedError

    def add_text(self) -> str:
        raise NotImplementedError

    def edit_text(self, record: Record) -> str:
        raise NotImplementedError

    def remove_text(self, record: Record) -> str:
        raise NotImplementedError

    def before_refresh(self, table: str) -> None:
        """Called when a watched table changed, before the rows are read again."""

    # -- reading ----------------------------------------------------------------------
    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self.load()
        self.endResetModel()

    def _changed(self, table: str) -> None:
        if table == self.table or table in self.watched:
            self.before_refresh(table)
            self.refresh()

    def refresh(self) -> None:
        """Read the rows again and change the table row by row: removed rows go, kept
        rows are updated where they are, new ones come in at their place."""
        fresh = self.load()
        by_id = {r.id: r for r in fresh}
        for row in reversed(range(len(self._rows))):
            if self._rows[row].id not in by_id:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
        self._rows = [by_id[r.id] for r in self._rows]
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1)
            )
        shown = {r.id for r in self._rows}
        for position, record in enumerate(fresh):
            if record.id in shown:
                continue
            earlier = {r.id for r in fresh[:position]}
            at = max((i + 1 for i, r in enumerate(self._rows) if r.id in earlier), default=0)
            self.beginInsertRows(QModelIndex(), at, at)
            self._rows.insert(at, record)
            self.endInsertRows()
            shown.add(record.id)

    def record_at(self, row: int) -> Record:
        return self._rows[row]

    def row_of(self, record_id: str) -> int:
        return next((row for row, r in enumerate(self._rows) if r.id == record_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return super().headerData(section, orientation, role)

    def warning(self, index: Index) -> str | None:
        """Why the cell is flagged: a refused typing kept in it, or a stored value that no
        longer fits; ``None`` if it is fine."""
        record = self._rows[index.row()]
        column = self.columns[index.column()]
        draft = self.drafts.get((record.id, column.field))
        if draft is not None:
            return draft[1]
        return column.misfit(record)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        record = self._rows[index.row()]
        column = self.columns[index.column()]
        draft = self.drafts.get((record.id, column.field))
        if role == Qt.ItemDataRole.DisplayRole:
            text = draft[0] if draft else column.show(record)
            return text if len(text) <= DISPLAY_LIMIT else text[:DISPLAY_LIMIT] + "…"
        if role == Qt.ItemDataRole.EditRole:
            if draft:
                return draft[0]
            return (column.edit or column.show)(record)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            why = self.warning(index)
            if why is None:
                shown = column.show(record)
                if len(shown) < 40:
                    return None
                return plain_tip(shown) if role == Qt.ItemDataRole.ToolTipRole else None
            return plain_tip(why) if role == Qt.ItemDataRole.ToolTipRole else why
        if role == Qt.ItemDataRole.DecorationRole and self.warning(index) is not None:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == ID_ROLE:
            return record.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.isValid() else flags

    # -- writing ----------------------------------------------------------------------
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        before = self._rows[index.row()]
        column = self.columns[index.column()]
        text = "" if value is None else value if isinstance(value, str) else str(value)
        key = (before.id, column.field)
        try:
            changes = column.parse(before, text)
        except Refused as refused:
            return self._refuse(index, key, text, str(refused))
        if all(getattr(before, name) == new for name, new in changes.items()):
            self.drop_draft(index)
            return True
        after = dataclasses.replace(before, **changes)
        name = (column.command or self.edit_text)(before)
        command = UpdateRecords(self.session, self.table, [before], [after], name)
        self.stack.push(command)
        if command.failed:
            why = self.session.last_error or QCoreApplication.translate(
                "Monitoring", "The change could not be written."
            )
            return self._refuse(index, key, text, why)
        self.drop_draft(self.index(self.row_of(before.id), index.column()))
        self.after_edit(before, after, column)
        return True

    def after_edit(self, before: Record, after: Record, column: Column) -> None:
        """Called once an edit is written (to say what it changed elsewhere)."""

    def _refuse(self, index: Index, key: tuple[str, str], text: str, why: str) -> bool:
        self.drafts[key] = (text, why)
        self.dataChanged.emit(index, index)
        self.problem.emit(not_saved(why))
        return False

    def drop_draft(self, index: Index) -> None:
        """Forget what was typed and refused in this cell: it shows the stored value again."""
        if not index.isValid() or index.row() >= len(self._rows):
            return
        key = (self._rows[index.row()].id, self.columns[index.column()].field)
        if self.drafts.pop(key, None) is not None:
            self.dataChanged.emit(index, index)

    def add_row(self) -> int:
        """Add a new record (one undo step); returns its row, or -1."""
        record = self.new_record()
        if record is None:
            return -1
        command = AddRecords(self.session, self.table, [record], self.add_text())
        self.stack.push(command)
        if command.failed:
            return -1
        return self.row_of(record.id)

    def remove_row(self, row: int) -> bool:
        if not 0 <= row < len(self._rows):
            return False
        record = self._rows[row]
        name = self.remove_text(record)
        command = RemoveRecords(self.session, self.table, [record.id], name)
        self.stack.push(command)
        if command.failed:
            return False
        self.notice.emit(
            fill(
                QCoreApplication.translate("Monitoring", "Done: %1. %2 brings it back."),
                name,
                undo_keys(),
            )
        )
        return True
