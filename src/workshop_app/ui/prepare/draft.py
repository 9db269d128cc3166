"""What the programme dialog's tables share: a list of records edited as a draft.

The dialog edits copies; nothing is written until OK, when :meth:`Draft.changes` says
what to add, update and remove. The models keep their Qt base class and delegate the
bookkeeping here.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractItemModel, QModelIndex

from workshop_app.domain.models import Record

R = TypeVar("R", bound=Record)


class Draft(Generic[R]):
    def __init__(self, records: Sequence[R]):
        self.original: dict[str, R] = {r.id: r for r in records}
        self.rows: list[R] = [dataclasses.replace(r) for r in records]
        self.removed: list[str] = []

    def append(self, model: QAbstractItemModel, record: R) -> int:
        """Add ``record`` as the last row of ``model``; returns its row."""
        row = len(self.rows)
        model.beginInsertRows(QModelIndex(), row, row)
        self.rows.append(record)
        model.endInsertRows()
        return row

    def remove(self, model: QAbstractItemModel, row: int) -> None:
        model.beginRemoveRows(QModelIndex(), row, row)
        record = self.rows.pop(row)
        model.endRemoveRows()
        if record.id in self.original:
            self.removed.append(record.id)

    def changes(
        self, current: Sequence[R], same: Callable[[R, R], bool] = lambda a, b: a == b
    ) -> tuple[list[R], list[tuple[R, R]], list[str]]:
        """(new records, (before, after) of edited ones, ids of removed ones)."""
        added, edited = [], []
        for record in current:
            before = self.original.get(record.id)
            if before is None:
                added.append(dataclasses.replace(record))
            elif not same(before, record):
                edited.append((before, dataclasses.replace(record)))
        return added, edited, list(self.removed)
