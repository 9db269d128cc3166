"""What every aggregate's repository shares: mapping rows to dataclasses and safe writes."""

from __future__ import annotations

import contextlib
import dataclasses
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from enum import Enum
from typing import Any, ClassVar, Generic, TypeVar

from workshop_app.domain.ids import utc_now
from workshop_app.domain.models import Record
from workshop_app.store import dbapi
from workshop_app.store.database import Database
from workshop_app.store.errors import NotFound, WriteFailed

R = TypeVar("R", bound=Record)


def tolerant(vocabulary: type[Enum], fallback: Enum) -> Callable[[Any], Enum]:
    """A converter reading a stored value into ``vocabulary``; a value this version does not
    know (written by a newer Atelier, or by hand) reads as ``fallback`` instead of failing."""

    # Looked up by value first: the enum machinery's own call was most of the time of
    # reading 10,000 entries (a search's 200 hits, a workshop opened; issue 18). Anything
    # the table does not hold (an odd type, an unknown word) takes the plain path.
    members = {member.value: member for member in vocabulary}

    def convert(value: Any) -> Enum:
        if type(value) is str:
            member = members.get(value)
            if member is not None:
                return member
        try:
            return vocabulary(value)
        except ValueError:
            return fallback

    return convert


def to_row(record: Record) -> dict[str, Any]:
    """A dataclass as a row: enums become their value, booleans 0/1."""
    row = {}
    for field in dataclasses.fields(record):
        value = getattr(record, field.name)
        if isinstance(value, Enum):
            value = value.value
        elif isinstance(value, bool):
            value = int(value)
        row[field.name] = value
    return row


@contextlib.contextmanager
def write_transaction(db: Database, what: str = "the change") -> Iterator[Database]:
    """One transaction for one user-level write; SQLite failures become :class:`WriteFailed`.

    On failure nothing of the transaction is kept and the message says why in plain words.
    """
    try:
        with db.atomic():
            yield db
    except dbapi.OperationalError as error:
        raise WriteFailed(None, _explain(error, what)) from error
    except dbapi.DatabaseError as error:
        if isinstance(error, dbapi.IntegrityError):
            raise
        raise WriteFailed(None, _explain(error, what)) from error


def _explain(error: sqlite3.Error, what: str) -> str:
    text = str(error).lower()
    if "full" in text:
        reason = "the disk is full. Free some space; what was saved before is safe"
    elif "readonly" in text or "read-only" in text:
        reason = "the workspace file has become read-only"
    elif "locked" in text or "busy" in text:
        reason = "another program is using the workspace. Try again in a moment"
    elif "disk i/o" in text or "unable to open" in text:
        reason = "the file could not be written (was the USB key removed?)"
    else:
        reason = str(error)
    return f"Atelier could not save {what}: {reason}."


class Repository(Generic[R]):
    """Reads and writes one table of records of type ``record_type``.

    >>> workshops = Repository(db)               # doctest: +SKIP
    >>> workshops.add(Workshop(programme_id=p.id, title="Atelier 1"))  # doctest: +SKIP
    """

    table: ClassVar[str]
    record_type: ClassVar[type]
    converters: ClassVar[dict[str, Callable[[Any], Any]]] = {}
    order_by: ClassVar[str] = "created_at"
    validate: ClassVar[Callable[[Any], None] | None] = None

    def __init__(self, db: Database):
        self.db = db
        self._fields = [f.name for f in dataclasses.fields(self.record_type)]
        self._columns = ", ".join(self._fields)
        self._texts = {
            f.name for f in dataclasses.fields(self.record_type) if f.type in ("str", str)
        }
        """Fields that are always text: a NULL there (a tampered file) reads as ""."""
        self._text_positions = [n for n, name in enumerate(self._fields) if name in self._texts]
        self._converter_positions = [
            (self._fields.index(name), convert)
            for name, convert in self.converters.items()
            if name in self._fields
        ]

    # -- reading ---------------------------------------------------------------------
    def from_row(self, row: sqlite3.Row | Sequence[Any]) -> R:
        # Positions worked out once per repository (``_text_positions``, ``_converter_positions``), each row then read in
        # place: a workshop of 10,000 entries is 10,000 calls (issue 18; the plain
        # version, by names, is kept in the tests and compared with this one).
        if bytes in map(type, row):
            # a blob where text belongs (a damaged or tampered file): shown as text, the
            # bytes that are not UTF-8 as "�", never handed to the screen or a report
            row = [_as_text(v) if type(v) is bytes else v for v in row]
        values = list(row)
        if len(values) != len(self._fields):
            dict(zip(self._fields, values, strict=True))  # raises, naming the mismatch
        if None in values:
            for position in self._text_positions:
                if values[position] is None:
                    values[position] = ""
        for position, convert in self._converter_positions:
            if values[position] is not None:
                values[position] = convert(values[position])
        return self.record_type(**dict(zip(self._fields, values, strict=True)))

    def select(
        self,
        where: str = "",
        params: Sequence[Any] = (),
        *,
        order_by: str | None = None,
        include_deleted: bool = False,
        limit: int | None = None,
    ) -> list[R]:
        clauses = [] if include_deleted else ["deleted_at IS NULL"]
        if where:
            clauses.append(f"({where})")
        sql = f"SELECT {self._columns} FROM {self.table}"
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        sql += f" ORDER BY {order_by or self.order_by}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [self.from_row(row) for row in self.db.rows(sql, list(params))]

    def get(self, record_id: str, *, include_deleted: bool = False) -> R:
        found = self.select("id = ?", [record_id], include_deleted=include_deleted, limit=1)
        if not found:
            raise NotFound(f"No {self.table} with id {record_id}.")
        return found[0]

    def count(self, where: str = "", params: Sequence[Any] = ()) -> int:
        sql = f"SELECT count(*) FROM {self.table} WHERE deleted_at IS NULL"
        if where:
            sql += f" AND ({where})"
        return self.db.execute(sql, list(params)).fetchone()[0]

    # -- writing ---------------------------------------------------------------------
    def _check(self, record: R) -> None:
        if self.validate is not None:
            self.validate(record)

    def _values(self, record: R) -> list[Any]:
        """``record``'s fields in column order: enums as their value, booleans as 0/1."""
        values = []
        for name in self._fields:
            value = getattr(record, name)
            if isinstance(value, Enum):
                value = value.value
            elif isinstance(value, bool):
                value = int(value)
            values.append(value)
        return values

    def _insert(self, records: Sequence[R]) -> None:
        marks = ", ".join("?" * len(self._fields))
        self.db.conn.executemany(
            f"INSERT INTO {self.table} ({self._columns}) VALUES ({marks})",
            (self._values(r) for r in records),
        )
        self._after_insert(records)

    def add(self, record: R) -> R:
        """Insert ``record`` in one transaction and return it."""
        self._check(record)
        with write_transaction(self.db, f"the new {self.table.replace('_', ' ')}"):
            self._insert([record])
        return record

    def add_many(self, records: Sequence[R]) -> None:
        """Insert several records in one transaction: all of them, or none."""
        for record in records:
            self._check(record)
        if not records:
            return
        with write_transaction(self.db, f"the {self.table.replace('_', ' ')}s"):
            self._insert(records)

    def update(self, record: R) -> R:
        """Write every field of ``record`` back, stamping ``updated_at``."""
        self._check(record)
        record.updated_at = utc_now()
        row = to_row(record)
        row.pop("id")
        row.pop("created_at")
        assignments = ", ".join(f"{name} = ?" for name in row)
        with write_transaction(self.db, f"the {self.table.replace('_', ' ')}"):
            self._refuse_emptied(record.id)
            self._before_update(record)
            cursor = self.db.execute(
                f"UPDATE {self.table} SET {assignments} WHERE id = ?", [*row.values(), record.id]
            )
            if cursor.rowcount != 1:
                raise NotFound(f"No {self.table} with id {record.id}.")
            self._after_update(record)
        return record

    def _after_insert(self, records: Sequence[R]) -> None:
        """Hook run inside the insert's transaction (e.g. to index the new rows)."""

    def _before_update(self, record: R) -> None:
        """Hook run inside the update's transaction, before the row changes."""

    def _after_update(self, record: R) -> None:
        """Hook run inside the update's transaction, after the row changed."""

    def soft_delete(self, record_id: str) -> None:
        self._set_deleted(record_id, utc_now())

    def restore(self, record_id: str) -> None:
        self._set_deleted(record_id, None)

    def _set_deleted(self, record_id: str, when: str | None) -> None:
        with write_transaction(self.db, f"the {self.table.replace('_', ' ')}"):
            self._refuse_emptied(record_id)
            cursor = self.db.execute(
                f"UPDATE {self.table} SET deleted_at = ?, updated_at = ? WHERE id = ?",
                [when, utc_now(), record_id],
            )
            if cursor.rowcount != 1:
                raise NotFound(f"No {self.table} with id {record_id}.")

    def set_deleted_many(self, ids: Sequence[str], *, deleted: bool) -> None:
        """:meth:`soft_delete` (``deleted``) or :meth:`restore` of every record of ``ids``,
        in one transaction, with one ``UPDATE`` per 500 records instead of one each (the
        undo of a 10,000-entry import took 10,000 statements, ten times one).

        The same rows as the record-by-record path, and the same refusal: if any record is
        missing or was emptied from the bin, nothing is written and the first such record,
        in the order given, is named as :meth:`soft_delete` would name it. One moment is
        written for all of them (record by record, each took its own)."""
        ids = list(ids)
        if not ids:
            return
        now = utc_now()
        with write_transaction(self.db, f"the {self.table.replace('_', ' ')}s"):
            emptied = self._emptied_among(ids)
            updated = 0
            if not emptied:
                for chunk in _chunks(ids):
                    updated += self.db.execute(
                        f"UPDATE {self.table} SET deleted_at = ?, updated_at = ? "
                        f"WHERE id IN ({', '.join('?' * len(chunk))})",
                        [now if deleted else None, now, *chunk],
                    ).rowcount
            if emptied or updated != len(set(ids)):
                self._refuse_first(ids, emptied)

    def _emptied_among(self, ids: Sequence[str]) -> set[str]:
        """Those of ``ids`` emptied from the bin (:func:`recycle_bin.is_emptied`, in bulk)."""
        from workshop_app.domain.merge_rules import PURGED

        found: set[str] = set()
        try:
            for chunk in _chunks(ids):
                found.update(
                    row[0]
                    for row in self.db.execute(
                        "SELECT id FROM exchange_history WHERE kind = ? AND digest = ? "
                        f"AND id IN ({', '.join('?' * len(chunk))})",
                        [self.table, PURGED, *chunk],
                    )
                )
        except dbapi.OperationalError:  # no exchange history yet: nothing was emptied
            return set()
        return found

    def _refuse_first(self, ids: Sequence[str], emptied: set[str]) -> None:
        """Raise for the first of ``ids`` that is emptied or missing, as the record-by-record
        path meets it."""
        present: set[str] = set()
        for chunk in _chunks(ids):
            present.update(
                row[0]
                for row in self.db.execute(
                    f"SELECT id FROM {self.table} WHERE id IN ({', '.join('?' * len(chunk))})",
                    list(chunk),
                )
            )
        for record_id in ids:
            if record_id in emptied:
                self._refuse_emptied(record_id)
            if record_id not in present:
                raise NotFound(f"No {self.table} with id {record_id}.")

    def _refuse_emptied(self, record_id: str) -> None:
        """A record emptied from the bin is gone for good: nothing writes it back (an undo
        step older than the emptying, the undo of an import…)."""
        from workshop_app.store.recycle_bin import is_emptied

        if is_emptied(self.db.conn, self.table, record_id):
            raise NotFound(
                f"This {self.table.replace('_', ' ')} was emptied from the bin: it is gone "
                "for good and cannot come back."
            )


def _chunks(items: Sequence[str], size: int = 500) -> Iterator[Sequence[str]]:
    """Slices of at most ``size`` items: a statement takes at most 999 parameters on the
    oldest SQLite Atelier runs on."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _as_text(value: bytes) -> str:
    return value.decode("utf-8", "replace")
