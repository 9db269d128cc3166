"""The workspace's connection as the repositories use it: statements and transactions.

sqlite-utils stays the tool for what it is good at (the migrations and the full-text index
they create, in :mod:`workshop_app.store.schema`), but it is loaded only when a file needs
a migration: importing it pulls in click, dateutil and pluggy, a fifth of Atelier's
start-up, for nothing the open workspace uses. What the repositories need of it is small
and lives here, with the same transaction rule as sqlite-utils' ``Database.atomic``: the
outer block is ``BEGIN … COMMIT``, a nested block a savepoint, and any error rolls back
exactly its own block.
"""

from __future__ import annotations

import contextlib
import itertools
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from workshop_app.store import dbapi, journal

_savepoints = itertools.count(1)
JOURNAL_FOLD_BYTES = 16 << 20


def _lenient_text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


class Database:
    """Runs statements on one ``sqlite3`` connection (opened by :mod:`.connection`)."""

    def __init__(
        self, conn: sqlite3.Connection, path: Path | None = None, file: Path | None = None
    ):
        self.conn = conn
        self.path = path
        self.file = file or path
        """The workspace file, for messages (also when read-only)."""
        """The workspace file when this connection writes it; then every run of the
        journal starts with a fresh mark (:mod:`.journal`)."""
        self.stamp_due = path is not None
        self.wrote = False
        """Whether anything was committed through this connection (closing then tidies the
        search index; a workspace only looked at is left exactly as it was)."""
        self._folding = False
        self._fold_at = JOURNAL_FOLD_BYTES
        self.stopped: str | None = None
        """Why nothing more is written through this connection (damage found after the
        workspace opened, :meth:`stop_writing`); None while writing goes on."""

    def stop_writing(self, reason: str) -> None:
        """Refuse every later write, saying ``reason``: the file was found damaged while it
        was open, and writing into damage can spread it. What was committed stays."""
        self.stopped = reason

    def stamp_journal(self) -> None:
        """Mark the journal as this file's continuation, now (its own transaction)."""
        self.stamp_due = True
        with self.atomic():
            pass

    def checkpoint(self, mode: str = "PASSIVE") -> bool:
        """Fold the journal into the file; ``True`` when the file alone holds everything.
        Pages moved into the file start a new run of the journal: marked at the next
        write, or at once if some of the journal stays unfolded (so that what remains is
        still vouched for after a crash). Nothing is folded into a file found damaged."""
        if self.stopped is not None:
            return False
        busy, logged, copied = self.conn.execute(f"PRAGMA wal_checkpoint({mode})").fetchone()
        whole = busy == 0 and logged == copied
        if self.path is not None and copied > 0:
            self.stamp_due = True
            if not whole:
                self.stamp_journal()
        return whole

    def execute(
        self, sql: str, parameters: Sequence[Any] | Mapping[str, Any] = ()
    ) -> sqlite3.Cursor:
        return self.conn.execute(sql, parameters)

    def rows(self, sql: str, parameters: Sequence[Any] | Mapping[str, Any] = ()) -> list[Any]:
        """All the rows of a query. Text that is not UTF-8 (a damaged or tampered file)
        made ``sqlite3`` raise "Could not decode to UTF-8" and the whole workspace
        unreadable: from the first such text on, this connection reads undecodable bytes
        as U+FFFD, so what is sound stays readable and the damage shows as "�"."""
        try:
            return self.conn.execute(sql, parameters).fetchall()
        except dbapi.OperationalError as error:
            if "decode" not in str(error) or self.conn.text_factory is not str:
                raise
        except dbapi.DatabaseError as error:
            raise self._damaged(error) from error
        self.conn.text_factory = _lenient_text
        return self.conn.execute(sql, parameters).fetchall()

    def _damaged(self, error: sqlite3.DatabaseError) -> Exception:
        """Damage SQLite's quick check let through (a record that does not decode), met
        while reading: said as damage, naming the file."""
        if isinstance(error, (*dbapi.IntegrityError, *dbapi.OperationalError)):
            return error
        from workshop_app.store.errors import DamagedWorkspace

        return DamagedWorkspace(
            self.file,
            f"{self.file} is damaged and cannot be read ({error}). Open a backup copy, or ask "
            "for help to recover it; Atelier has not changed it.",
        )

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> sqlite3.Cursor:
        return self.conn.executemany(sql, rows)

    def insert(self, table: str, row: Mapping[str, Any]) -> None:
        """Insert one row given as ``{column: value}`` (``table`` is never user text)."""
        columns = ", ".join(row)
        marks = ", ".join("?" * len(row))
        self.conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values()))

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        """One transaction; inside another, a savepoint. An error undoes the block, then
        propagates. Once :meth:`stop_writing` was called, every block is refused
        (:class:`~workshop_app.store.errors.WriteFailed`, saying why) before it begins."""
        if self.stopped is not None:
            from workshop_app.store.errors import WriteFailed

            raise WriteFailed(self.file, self.stopped)
        if self.conn.in_transaction:
            name = f"atelier_{next(_savepoints)}"
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                # An error that already ended the transaction took the savepoint with it.
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    self.conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            self.conn.execute(f"RELEASE SAVEPOINT {name}")
            return
        self.conn.execute("BEGIN")
        stamped = False
        try:
            yield self
            if self.stamp_due and self.path is not None:
                journal.stamp(self.conn, self.path)
                stamped = True
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.rollback()
            raise
        self.wrote = True
        if stamped:
            self.stamp_due = False
        self._fold_if_large()

    def _fold_if_large(self) -> None:
        """SQLite's own automatic checkpoint is off for the writer (it would start runs of
        the journal unmarked): fold a journal that grew past a few megabytes here. While a
        reader holds the journal, the next try waits until it grew as much again."""
        if self.path is None or self._folding:
            return
        try:
            size = journal.wal_path(self.path).stat().st_size
        except OSError:
            return
        if size <= self._fold_at:
            return
        self._folding = True
        try:
            whole = self.checkpoint()
        except dbapi.Error:
            whole = False
        finally:
            self._folding = False
        self._fold_at = JOURNAL_FOLD_BYTES if whole else size + JOURNAL_FOLD_BYTES

    def sqlite_utils(self):
        """The same connection as a ``sqlite_utils.Database`` (migrations, tests)."""
        from workshop_app.store._quiet_imports import sqlite_utils

        return sqlite_utils().Database(self.conn, execute_plugins=False)
