"""A workspace: one SQLite file, checked, locked, migrated, with a repository per aggregate.

>>> with Workspace.open("atelier.sqlite") as ws:          # doctest: +SKIP
...     for programme in ws.programmes.select():
...         print(programme.title)
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from workshop_app.store import connection
from workshop_app.store.action_items import ActionItemRepository
from workshop_app.store.entries import EntryRepository
from workshop_app.store.errors import WorkspaceError
from workshop_app.store.feedback import FeedbackQuestionRepository, FeedbackRepository
from workshop_app.store.indicators import IndicatorRepository, MeasurementRepository
from workshop_app.store.lock import WorkspaceLock
from workshop_app.store.participants import AttendanceRepository, ParticipantRepository
from workshop_app.store.programmes import ActionRepository, ProgrammeRepository, ThemeRepository
from workshop_app.store.schema import migrations
from workshop_app.store.workshops import AgendaRepository, WorkshopRepository


class Workspace:
    """An open workspace. Create it with :meth:`open`; close it (or use ``with``)."""

    def __init__(self, path: Path, conn: sqlite3.Connection, lock: WorkspaceLock | None):
        self.path = path
        self.conn = conn
        self.lock = lock
        self.db = Database(conn, execute_plugins=False)
        self.programmes = ProgrammeRepository(self.db)
        self.actions = ActionRepository(self.db)
        self.themes = ThemeRepository(self.db)
        self.workshops = WorkshopRepository(self.db)
        self.agenda = AgendaRepository(self.db)
        self.participants = ParticipantRepository(self.db)
        self.attendance = AttendanceRepository(self.db)
        self.entries = EntryRepository(self.db)
        self.feedback_questions = FeedbackQuestionRepository(self.db)
        self.feedback = FeedbackRepository(self.db)
        self.action_items = ActionItemRepository(self.db)
        self.indicators = IndicatorRepository(self.db)
        self.measurements = MeasurementRepository(self.db)

    @classmethod
    def open(cls, path: Path | str, *, create: bool = True, lock: bool = True) -> Workspace:
        """Open (or create) the workspace at ``path``.

        Raises a :class:`~workshop_app.store.errors.WorkspaceError` whose message names the
        file and says what to do when the file is not a workspace, damaged, newer, locked by
        another Atelier, or in a place that cannot be written. Such a file is not modified.
        ``lock=False`` is for short command-line reads and tests that open a file twice.
        """
        path = Path(path).expanduser().absolute()
        conn = connection.connect(path, create=create)
        holder = None
        try:
            if lock:
                holder = WorkspaceLock(path)
                holder.acquire()
            workspace = cls(path, conn, holder)
            migrations.apply(workspace.db)
        except BaseException:
            if holder is not None:
                holder.release()
            conn.close()
            raise
        return workspace

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def settings(self) -> dict[str, object]:
        return connection.read_pragmas(self.conn)

    def close(self) -> None:
        """Checkpoint the journal into the file, close, and release the lock."""
        # If another reader holds the journal the checkpoint waits for a later close.
        with contextlib.suppress(sqlite3.Error):
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.conn.close()
        if self.lock is not None:
            self.lock.release()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()


__all__ = ["Workspace", "WorkspaceError"]
