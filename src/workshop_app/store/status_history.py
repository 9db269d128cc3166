"""The history of statuses: each change of an improvement's or an action item's status is
written beside it, in the same transaction, by the repositories' update hooks.

Undoing a change writes the way back as another change: what moved between two dates is
the first status before them and the last one after (:func:`net_changes`), so a change
undone in the meantime is no change.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from workshop_app.domain.ids import new_id, utc_now
from workshop_app.domain.models import StatusChange
from workshop_app.store._repo import Repository
from workshop_app.store.database import Database

_COLUMN = {"entry": "entry_id", "action_item": "action_item_id"}


class StatusChangeRepository(Repository[StatusChange]):
    table = "status_change"
    record_type = StatusChange
    order_by = "created_at, id"

    def for_records(self, table: str, ids: Iterable[str]) -> list[StatusChange]:
        """The changes of these entries or action items, oldest first."""
        ids = list(ids)
        found: list[StatusChange] = []
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            found += self.select(f"{_COLUMN[table]} IN ({marks})", chunk)
        found.sort(key=lambda c: (c.created_at, c.id))
        return found


def record_change(db: Database, table: str, record_id: str, old: str | None, new: str) -> None:
    """Write that the status of ``table``'s record went from ``old`` to ``new`` (inside
    the caller's transaction)."""
    now = utc_now()
    db.execute(
        f"""INSERT INTO status_change (id, {_COLUMN[table]}, old_status, new_status,
                created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?, NULL)""",
        [new_id(), record_id, old or "", new, now, now],
    )


def stored_status(db: Database, table: str, record_id: str) -> tuple[bool, str | None]:
    """(whether the record exists, its stored status)."""
    row = db.execute(f"SELECT status FROM {table} WHERE id = ?", [record_id]).fetchone()
    return (row is not None, row[0] if row is not None else None)


@dataclass(frozen=True)
class Moved:
    """What a record's status was before a period and is at its end."""

    record_id: str
    before: str
    after: str
    changed_at: str
    """When the last change of the period was written (UTC ISO-8601)."""


def net_changes(changes: Iterable[StatusChange], key) -> dict[str, Moved]:
    """Per record (``key(change)`` gives its id), the first status before ``changes`` and
    the last after them, when they differ. ``changes`` must be in time order."""
    first: dict[str, StatusChange] = {}
    last: dict[str, StatusChange] = {}
    for change in changes:
        record_id = key(change)
        first.setdefault(record_id, change)
        last[record_id] = change
    return {
        record_id: Moved(record_id, first[record_id].old_status, end.new_status, end.created_at)
        for record_id, end in last.items()
        if first[record_id].old_status != end.new_status
    }
