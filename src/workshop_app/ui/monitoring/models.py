"""Table models over the store for challenges, indicators and measurements.

Each row is a record read from the workspace; an edit in a cell becomes an
:class:`~workshop_app.ui.commands.UpdateRecords` on the undo stack, and the model reloads
when the session says the table changed (an undo, a redo, another view)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QUndoStack

from workshop_app.domain.enums import IndicatorDirection, IndicatorKind
from workshop_app.domain.indicators import leading_number
from workshop_app.domain.models import Challenge, Indicator, Measurement, Record
from workshop_app.ui.commands import AddRecords, RemoveRecords, UpdateRecords
from workshop_app.ui.models.roles import ID_ROLE

Index = QModelIndex | QPersistentModelIndex


def kind_labels() -> dict[IndicatorKind, str]:
    return {
        IndicatorKind.COUNT: QCoreApplication.translate("Monitoring", "Count"),
        IndicatorKind.RATE: QCoreApplication.translate("Monitoring", "Rate (%)"),
        IndicatorKind.SCALE: QCoreApplication.translate("Monitoring", "Scale 1–5"),
        IndicatorKind.YES_NO: QCoreApplication.translate("Monitoring", "Yes/no"),
        IndicatorKind.TEXT: QCoreApplication.translate("Monitoring", "Text"),
    }


def direction_labels() -> dict[IndicatorDirection, str]:
    return {
        IndicatorDirection.UP: QCoreApplication.translate("Monitoring", "Higher is better"),
        IndicatorDirection.DOWN: QCoreApplication.translate("Monitoring", "Lower is better"),
    }


@dataclasses.dataclass(frozen=True)
class Column:
    field: str
    title: str
    show: Callable[[Any], str] = str
    parse: Callable[[str], Any] = str


class RecordTableModel(QAbstractTableModel):
    """Rows of one table of the store, columns given by :attr:`columns`."""

    table = ""
    what = ""

    def __init__(self, session, stack: QUndoStack, parent=None):
        super().__init__(parent)
        self.session = session
        self.stack = stack
        self.columns: list[Column] = self.make_columns()
        self._rows: list[Record] = []
        session.record_changed.connect(self._changed)
        self.reload()

    # -- to override ------------------------------------------------------------------
    def make_columns(self) -> list[Column]:
        raise NotImplementedError

    def load(self) -> list[Record]:
        raise NotImplementedError

    def new_record(self) -> Record | None:
        raise NotImplementedError

    # -- reading ----------------------------------------------------------------------
    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self.load()
        self.endResetModel()

    def _changed(self, table: str) -> None:
        if table != self.table:
            return
        rows = self.load()
        if [r.id for r in rows] != [r.id for r in self._rows]:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
            return
        # the same rows: changed in place, so that an editor opened by Tab on the next
        # cell stays on it (a reset after each edit sent the typing to other cells)
        self._rows = rows
        if rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(rows) - 1, self.columnCount() - 1)
            )

    def record_at(self, row: int) -> Record:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._rows[index.row()]
        column = self.columns[index.column()]
        value = getattr(record, column.field)
        if role == Qt.ItemDataRole.DisplayRole:
            return column.show(value)
        if role == Qt.ItemDataRole.EditRole:
            return value.value if isinstance(value, Enum) else column.show(value)
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
        try:
            parsed = column.parse(value if isinstance(value, str) else str(value))
        except ValueError:
            self.session.last_error = QCoreApplication.translate(
                "Monitoring", "“%1” is not a possible value here."
            ).replace("%1", str(value))
            self.session.save_failed.emit(self.session.last_error)
            return False
        if parsed == getattr(before, column.field):
            return True
        after = dataclasses.replace(before, **{column.field: parsed})
        command = UpdateRecords(
            self.session,
            self.table,
            [before],
            [after],
            QCoreApplication.translate("Monitoring", "Edit %1").replace("%1", self.what),
        )
        self.stack.push(command)
        return not command.failed

    def add_row(self) -> int:
        """Add a new record at the end (one undo step); returns its row, or -1."""
        record = self.new_record()
        if record is None:
            return -1
        command = AddRecords(
            self.session,
            self.table,
            [record],
            QCoreApplication.translate("Monitoring", "Add %1").replace("%1", self.what),
        )
        self.stack.push(command)
        if command.failed:
            return -1
        for row, shown in enumerate(self._rows):
            if shown.id == record.id:
                return row
        return -1

    def remove_row(self, row: int) -> bool:
        if not 0 <= row < len(self._rows):
            return False
        command = RemoveRecords(
            self.session,
            self.table,
            [self._rows[row].id],
            QCoreApplication.translate("Monitoring", "Remove %1").replace("%1", self.what),
        )
        self.stack.push(command)
        return not command.failed


def _choice(labels: dict) -> Callable[[str], Any]:
    """Read a label as shown ("Rate (%)") or a stored value ("rate") into its enum."""

    def parse(text: str) -> Any:
        for member, label in labels.items():
            if text.strip().casefold() in (label.casefold(), member.value):
                return member
        raise ValueError(text)

    return parse


def _number(text: str) -> float:
    number = leading_number(text)
    if number is None:
        raise ValueError(text)
    return number


class ChallengeModel(RecordTableModel):
    """The programme's challenges, in their order."""

    table = "challenge"

    def __init__(self, session, stack: QUndoStack, programme_id: str, parent=None):
        self.programme_id = programme_id
        self.what = QCoreApplication.translate("Monitoring", "challenge")
        super().__init__(session, stack, parent)

    def make_columns(self) -> list[Column]:
        return [
            Column("theme", QCoreApplication.translate("Monitoring", "Theme")),
            Column("challenge", QCoreApplication.translate("Monitoring", "Challenge")),
            Column("baseline", QCoreApplication.translate("Monitoring", "Baseline")),
            Column(
                "goal", QCoreApplication.translate("Monitoring", "What we would like to achieve")
            ),
        ]

    def load(self) -> list[Record]:
        return list(self.session.workspace.challenges.for_programme(self.programme_id))

    def new_record(self) -> Challenge:
        challenges = self.session.workspace.challenges
        return Challenge(
            programme_id=self.programme_id,
            challenge=QCoreApplication.translate("Monitoring", "New challenge"),
            position=challenges.next_position(self.programme_id),
        )


class IndicatorModel(RecordTableModel):
    """The indicators of one action."""

    table = "indicator"

    def __init__(self, session, stack: QUndoStack, action_id: str | None = None, parent=None):
        self.action_id = action_id
        self.what = QCoreApplication.translate("Monitoring", "indicator")
        super().__init__(session, stack, parent)

    def set_action(self, action_id: str | None) -> None:
        self.action_id = action_id
        self.reload()

    def make_columns(self) -> list[Column]:
        kinds, directions = kind_labels(), direction_labels()
        return [
            Column("name", QCoreApplication.translate("Monitoring", "Indicator")),
            Column(
                "kind", QCoreApplication.translate("Monitoring", "Kind"), kinds.get, _choice(kinds)
            ),
            Column("unit", QCoreApplication.translate("Monitoring", "Unit")),
            Column("baseline", QCoreApplication.translate("Monitoring", "Baseline")),
            Column("target", QCoreApplication.translate("Monitoring", "Target")),
            Column(
                "direction",
                QCoreApplication.translate("Monitoring", "Direction"),
                directions.get,
                _choice(directions),
            ),
            Column("source", QCoreApplication.translate("Monitoring", "Source")),
        ]

    def load(self) -> list[Record]:
        if self.action_id is None:
            return []
        return list(self.session.workspace.indicators.for_action(self.action_id))

    def new_record(self) -> Indicator | None:
        if self.action_id is None:
            return None
        return Indicator(
            action_id=self.action_id,
            name=QCoreApplication.translate("Monitoring", "New indicator"),
        )


class MeasurementModel(RecordTableModel):
    """The measurements of one indicator, by date."""

    table = "measurement"

    def __init__(self, session, stack: QUndoStack, parent=None):
        self.indicator: Indicator | None = None
        self.what = QCoreApplication.translate("Monitoring", "measurement")
        super().__init__(session, stack, parent)

    def set_indicator(self, indicator: Indicator | None) -> None:
        self.indicator = indicator
        self.reload()

    def make_columns(self) -> list[Column]:
        return [
            Column("measured_on", QCoreApplication.translate("Monitoring", "Date")),
            Column(
                "value",
                QCoreApplication.translate("Monitoring", "Value"),
                lambda v: f"{v:g}",
                _number,
            ),
            Column("text_value", QCoreApplication.translate("Monitoring", "Text value")),
            Column("territory", QCoreApplication.translate("Monitoring", "Territory")),
            Column("note", QCoreApplication.translate("Monitoring", "Note")),
        ]

    def load(self) -> list[Record]:
        if self.indicator is None:
            return []
        return list(self.session.workspace.measurements.for_indicator(self.indicator.id))

    def new_record(self, day: str = "") -> Measurement | None:
        if self.indicator is None:
            return None
        from datetime import date

        previous = self._rows[-1] if self._rows else None
        text = self.indicator.kind is IndicatorKind.TEXT
        return Measurement(
            indicator_id=self.indicator.id,
            measured_on=day or date.today().isoformat(),
            value=0.0 if text or previous is None else previous.value,
            text_value="…" if text else "",
            territory=previous.territory if previous is not None else "",
        )

    def add_measurement(self, measurement: Measurement, text: str) -> bool:
        command = AddRecords(self.session, self.table, [measurement], text)
        self.stack.push(command)
        return not command.failed
