"""The opening checks that read the whole file, run once the window is usable.

Opening a workspace refuses at once what its first pages show (not a workspace, another
program's database, a newer Atelier's, a file cut short, planted triggers or views, a
journal that does not continue it: :mod:`.connection`). Two more checks read every page:
SQLite's ``quick_check`` and the full-text index's own ``integrity-check`` (damage inside
the index passes ``quick_check``). On 100,000 entries they took 125 ms of every opening
(three times that on a slower laptop), so for a large plain file the window opens first
and they run after (:attr:`Workspace.checks_due`), in a thread of their own:

- the file is copied into memory with SQLite's backup API, on a read-only connection of
  its own (one read of every page, as ``quick_check`` does anyway; page by page as they
  are on disk, damage included). The copy is a snapshot: the window keeps writing;
- both checks run on the copy. The index's check is an ``INSERT`` command: on the file it
  would take the write lock and hold the window's next save for as long as it runs; on
  the copy it holds nothing.

What they find is said to the window (:class:`Finding`), which stops writing to a damaged
file and repairs a damaged index (rebuilt from the entries, as an opening used to).
Small files are checked before opening, as before: it costs a few milliseconds, and a
refusal up front is simpler to act on than a warning after.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from workshop_app.store import dbapi
from workshop_app.store.connection import connect_read_only, search_index_problem

DEFER_ABOVE_BYTES = 4 << 20
"""Files up to this size (a few thousand entries) are checked before opening: both checks
take a few milliseconds there."""


def large_enough(path: Path) -> bool:
    """Whether the checks of ``path`` are worth leaving for after the opening."""
    try:
        return path.stat().st_size > DEFER_ABOVE_BYTES
    except OSError:
        return False


@dataclass(frozen=True)
class Finding:
    """What the checks found: ``damage`` (the file is damaged, SQLite's words), or an
    ``index_problem`` alone (repairable: the index is rebuilt from the entries), or
    neither (``sound``). ``unsure``: the checks could not run to the end (the file was
    busy, the run was cancelled); the next opening checks again."""

    damage: str | None = None
    index_problem: str | None = None
    unsure: bool = False

    @property
    def sound(self) -> bool:
        return self.damage is None and self.index_problem is None


class Scan:
    """One run of the checks of ``path``; :meth:`run` in a worker thread, :meth:`cancel`
    from any thread (closing the workspace, quitting) stops it within a few milliseconds."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._lock = threading.Lock()
        self._cancelled = False
        self._connections: list[sqlite3.Connection] = []

    def cancel(self) -> None:
        with self._lock:
            self._cancelled = True
            for conn in self._connections:
                with contextlib.suppress(sqlite3.ProgrammingError):  # closed already
                    conn.interrupt()  # the one call SQLite allows from another thread

    def _track(self, conn: sqlite3.Connection) -> sqlite3.Connection:
        with self._lock:
            self._connections.append(conn)
            if self._cancelled:
                conn.interrupt()
        return conn

    def run(self) -> Finding:
        """Copy the file into memory, then check the copy; never raises."""
        try:
            return self._run()
        except Exception as error:  # a worker thread must hand back an answer
            if self._cancelled or _is_busy(error):
                return Finding(unsure=True)
            return Finding(damage=str(error) or type(error).__name__)

    def _run(self) -> Finding:
        with contextlib.ExitStack() as stack:
            source = self._track(stack.enter_context(contextlib.closing(_reader(self.path))))
            copy = self._track(stack.enter_context(contextlib.closing(sqlite3.connect(":memory:"))))
            try:
                source.backup(copy)
            except dbapi.DatabaseError as error:
                if self._cancelled or _is_busy(error):
                    return Finding(unsure=True)
                return Finding(damage=str(error))
            source.close()  # the snapshot is taken: the file's journal can be folded again
            copy.execute("PRAGMA trusted_schema = OFF")
            try:
                verdict = copy.execute("PRAGMA quick_check(1)").fetchone()[0]
            except dbapi.DatabaseError as error:
                if self._cancelled:
                    return Finding(unsure=True)
                return Finding(damage=str(error))
            if verdict != "ok":
                return Finding(damage=str(verdict))
            problem = search_index_problem(copy)
            if self._cancelled:
                return Finding(unsure=True)
            return Finding(index_problem=problem)


def _reader(path: Path) -> sqlite3.Connection:
    return connect_read_only(path)


def _is_busy(error: BaseException) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    return code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in str(error)


def lower_priority() -> None:
    """Let the calling thread run only when a core is idle (Linux's ``SCHED_IDLE``): on a
    one-core laptop the checks then never slow the window's first seconds."""
    with contextlib.suppress(AttributeError, OSError):
        os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))
