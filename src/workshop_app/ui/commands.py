"""Undoable edits. Each command changes the session (the document), never a widget.

A command that fails on its first ``redo`` (the disk is full…) marks itself obsolete, so
the undo stack drops it, and sets :attr:`failed` so the caller can keep what was typed.
Several records changed together (an issue moved with its improvements) are one command.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtGui import QUndoCommand

from workshop_app.domain.models import Record
from workshop_app.ui.session import WorkshopSession


class SessionCommand(QUndoCommand):
    def __init__(self, session: WorkshopSession, text: str, parent: QUndoCommand | None = None):
        super().__init__(text, parent)
        self.session = session
        self.failed = False
        self._done_once = False

    def _first_redo(self, ok: bool) -> None:
        if not self._done_once:
            self._done_once = True
            if not ok:
                self.failed = True
                self.setObsolete(True)


class AddRecords(SessionCommand):
    """Add new records; undo removes them, redo brings the same records back."""

    def __init__(self, session, table: str, records: list[Record], text: str, parent=None):
        super().__init__(session, text, parent)
        self.table = table
        self.records = [dataclasses.replace(r) for r in records]

    def redo(self) -> None:
        if not self._done_once:
            self._first_redo(self.session.add_records(self.table, self.records))
        else:
            self.session.restore_records(self.table, [r.id for r in self.records])

    def undo(self) -> None:
        self.session.remove_records(self.table, [r.id for r in reversed(self.records)])


class UpdateRecords(SessionCommand):
    """Replace records by new versions; undo writes the old versions back.

    ``merge_key`` lets consecutive edits of the same kind on the same records merge into
    one undo step (pressing "+" five times is one "add votes").
    """

    MERGE_IDS: dict[str, int] = {}

    def __init__(
        self,
        session,
        table: str,
        before: list[Record],
        after: list[Record],
        text: str,
        merge_key: str | None = None,
        parent=None,
    ):
        super().__init__(session, text, parent)
        self.table = table
        self.before = [dataclasses.replace(r) for r in before]
        self.after = [dataclasses.replace(r) for r in after]
        self.merge_key = merge_key

    def id(self) -> int:
        if self.merge_key is None:
            return -1
        return self.MERGE_IDS.setdefault(self.merge_key.split(":")[0], 1000 + len(self.MERGE_IDS))

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, UpdateRecords) or other.merge_key != self.merge_key:
            return False
        if other.failed:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        self._first_redo(self.session.update_records(self.table, self.after))

    def undo(self) -> None:
        self.session.update_records(self.table, self.before)


class RemoveRecords(SessionCommand):
    """Soft-delete records; undo restores them."""

    def __init__(self, session, table: str, ids: list[str], text: str, parent=None):
        super().__init__(session, text, parent)
        self.table = table
        self.ids = list(ids)

    def redo(self) -> None:
        self._first_redo(self.session.remove_records(self.table, self.ids))

    def undo(self) -> None:
        self.session.restore_records(self.table, self.ids)


class SetWorkshopActions(SessionCommand):
    """Change which actions a workshop concerns."""

    def __init__(
        self, session, workshop_id: str, before: list[str], after: list[str], text: str, parent=None
    ):
        super().__init__(session, text, parent)
        self.workshop_id, self.before, self.after = workshop_id, list(before), list(after)

    def redo(self) -> None:
        self._first_redo(self.session.set_workshop_actions(self.workshop_id, self.after))

    def undo(self) -> None:
        self.session.set_workshop_actions(self.workshop_id, self.before)


def changed(record: Record, **fields) -> Record:
    """A copy of ``record`` with ``fields`` replaced."""
    return dataclasses.replace(record, **fields)
