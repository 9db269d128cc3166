"""A workspace: one SQLite file, checked, locked, migrated, with a repository per aggregate.

>>> with Workspace.open("atelier.sqlite") as ws:          # doctest: +SKIP
...     for programme in ws.programmes.select():
...         print(programme.title)
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from workshop_app.store import cipher, connection, dbapi, deferred_checks, recycle_bin, schema
from workshop_app.store.action_items import ActionItemRepository
from workshop_app.store.database import Database
from workshop_app.store.drafts import DraftRepository
from workshop_app.store.entries import EntryRepository
from workshop_app.store.errors import (
    DamagedWorkspace,
    NeedsUpgrade,
    WorkspaceError,
    WriteFailed,
)
from workshop_app.store.feedback import FeedbackQuestionRepository, FeedbackRepository
from workshop_app.store.indicators import (
    ChallengeRepository,
    IndicatorRepository,
    MeasurementRepository,
)
from workshop_app.store.lock import WorkspaceLock
from workshop_app.store.participants import AttendanceRepository, ParticipantRepository
from workshop_app.store.programmes import ActionRepository, ProgrammeRepository, ThemeRepository
from workshop_app.store.schema import SCHEMA_VERSION
from workshop_app.store.status_history import StatusChangeRepository
from workshop_app.store.workshops import AgendaRepository, WorkshopRepository


class Workspace:
    """An open workspace. Create it with :meth:`open`; close it (or use ``with``)."""

    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection,
        lock: WorkspaceLock | None,
        *,
        read_only: bool = False,
    ):
        self.path = path
        self.read_only = read_only
        self.repaired: str | None = None
        """What was repaired when opening (a rebuilt search index), for the window to say."""
        self.emptied = 0
        """Records emptied from the bin when opening (removed more than 30 days before)."""
        self.checks_due = False
        """The checks that read the whole file were left for after the opening
        (``defer_checks``): run them with :mod:`.deferred_checks`."""
        self.conn = conn
        self.lock = lock
        self.db = Database(conn, None if read_only else path, file=path)
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
        self.challenges = ChallengeRepository(self.db)
        self.status_changes = StatusChangeRepository(self.db)
        self.drafts = DraftRepository(self.db)
        if not read_only:
            self.participants.on_erased = self._erase_in_backups

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        create: bool = True,
        lock: bool = True,
        read_only: bool = False,
        check_index: bool = True,
        backup: bool = True,
        passphrase: str | None = None,
        defer_checks: bool = False,
    ) -> Workspace:
        """Open (or create) the workspace at ``path``.

        Raises a :class:`~workshop_app.store.errors.WorkspaceError` whose message names the
        file and says what to do when the file is not a workspace, damaged, newer, locked by
        another Atelier, busy, or in a place that cannot be written. Such a file is not
        modified. ``read_only=True`` (command-line listings and exports) neither locks,
        migrates nor writes anything; ``lock=False`` is for tests that open a file twice
        and for private copies; ``check_index=False`` skips the full-text index's own check
        (a merge reads a copy of a file, never its index); ``backup=False`` upgrades an
        older file without backing it up first (a private copy, about to be thrown away).
        ``passphrase`` opens an encrypted workspace, or creates one (a new file); once it
        opened the file it is kept in memory for it (:mod:`.cipher`), never on disk.

        ``defer_checks=True`` (the window) leaves the two checks that read the whole file,
        SQLite's ``quick_check`` and the search index's own check, for after the opening,
        when the file is larger than :data:`deferred_checks.DEFER_ABOVE_BYTES`, plain and
        needs no upgrade: ``checks_due`` then says they are still to run
        (:class:`~workshop_app.store.deferred_checks.Scan`). Every refusal that reads only
        the file's first pages (not a workspace, another program's, newer, cut short,
        planted triggers or views, a foreign journal) still comes before anything is read.
        """
        path = Path(path).expanduser().absolute()
        connection.check_sqlite_version()
        if passphrase is None:
            passphrase = cipher.passphrase_for(path)
        holder = None
        if lock and not read_only:
            exists = connection.check_location(path, create, encrypted=passphrase is not None)
            connection.check_writable(path, exists)
            holder = WorkspaceLock(path)
            holder.acquire()  # before looking inside: a second Atelier hears "already open"
        side_files = connection.existing_side_files(path)
        deferred = (
            defer_checks
            and not read_only
            and passphrase is None  # SQLCipher cannot copy a file to memory for the checks
            and deferred_checks.large_enough(path)
        )
        try:
            conn = connection.connect(
                path,
                create=create,
                read_only=read_only,
                own_lock=holder is not None,
                passphrase=passphrase,
                deep_check=not deferred,
            )
        except BaseException:
            if holder is not None:
                holder.release()
            raise
        if passphrase is not None and not isinstance(conn, sqlite3.Connection):
            cipher.remember(path, passphrase)  # SQLCipher's: the file is encrypted
        try:
            workspace = cls(path, conn, holder, read_only=read_only)
            workspace._side_files_before = side_files
            if read_only:
                workspace._check_current()
            else:
                if workspace.schema_version > 0:
                    # before an upgrade writes anything: a damaged file is refused unchanged
                    if schema.pending(workspace.db):
                        if deferred:  # an upgrade is rare: every check first, as always
                            connection.quick_check(conn, path)
                            deferred = False
                        workspace._check_references()
                    if check_index and not deferred:
                        workspace._check_search_index()
                    workspace.checks_due = deferred
                workspace._migrate(backup=backup)
                if holder is not None:  # the workspace this Atelier holds, not a private copy
                    workspace.emptied = recycle_bin.empty_on_opening(workspace)
        except dbapi.Error as error:
            workspace_error = WriteFailed(path, f"Atelier could not prepare {path}: {error}.")
            cls._abandon(conn, holder)
            if read_only:
                connection.remove_new_side_files(path, side_files)
            raise workspace_error from error
        except BaseException:
            cls._abandon(conn, holder)
            if read_only:  # a refusal changes nothing beside the file either
                connection.remove_new_side_files(path, side_files)
            raise
        return workspace

    @staticmethod
    def _abandon(conn: sqlite3.Connection, holder: WorkspaceLock | None) -> None:
        conn.close()
        if holder is not None:
            holder.release()

    def _migrate(self, backup: bool = True) -> None:
        """Apply pending migrations with foreign keys off (table rebuilds need it), then
        check that every reference still holds before turning them back on."""
        if not schema.pending(self.db):
            return
        if backup and self.schema_version > 0:  # an upgrade of a file with content: keep it
            from workshop_app.store import backups

            backups.take(self, f"before-upgrade-{self.schema_version}")
        self.conn.execute("PRAGMA foreign_keys = OFF")
        try:
            schema.apply(self.db)
            self.db.stamp_journal()  # the migrations wrote outside the workspace's own path
            broken = self.conn.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise DamagedWorkspace(
                    self.path,
                    f"{self.path} could not be upgraded: {len(broken)} broken reference(s) "
                    f"(first in table {broken[0][0]}). Open a backup copy.",
                )
        finally:
            self.conn.execute("PRAGMA foreign_keys = ON")

    def _erase_in_backups(self, participant_id: str, name: str) -> None:
        from workshop_app.store import backups

        backups.erase_everywhere(self.path, participant_id, name)

    def _check_references(self) -> None:
        broken = self.conn.execute("PRAGMA foreign_key_check").fetchmany(1)
        if broken:
            raise DamagedWorkspace(
                self.path,
                f"{self.path} is damaged: a record refers to one that is not there (in "
                f"table {broken[0][0]}). Open a backup copy; Atelier has not changed it.",
            )

    def _check_current(self) -> None:
        if self.schema_version < SCHEMA_VERSION or schema.pending(self.db):
            raise NeedsUpgrade(
                self.path,
                f"{self.path} was written by an older Atelier. Open it once in the Atelier "
                "window, which upgrades it, then try again.",
            )

    def _check_search_index(self) -> None:
        """Damage limited to the full-text index is repaired: it is rebuilt from the entries."""
        problem = connection.search_index_problem(self.conn)
        if problem is not None:
            self.repair_search_index(problem)

    def repair_search_index(self, problem: str) -> None:
        """Rebuild the full-text index from the entries (its own check found ``problem``);
        raise :class:`DamagedWorkspace` if even that fails."""
        try:
            with self.db.atomic():  # committed: an open transaction blocked every backup
                self.entries.rebuild_index()
        except dbapi.Error as error:
            raise DamagedWorkspace(
                self.path,
                f"{self.path} is damaged ({problem}) and could not be repaired ({error}). "
                "Open a backup copy.",
            ) from error
        self.repaired = problem

    def stop_writing(self, reason: str) -> None:
        """Damage found while the workspace is open: nothing more is written to it (each
        write is refused, saying ``reason``); what was saved stays, and closing folds
        nothing more in by itself (SQLite's own close still does)."""
        self.db.stop_writing(reason)

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def settings(self) -> dict[str, object]:
        return connection.read_pragmas(self.conn)

    def checkpoint(self) -> bool:
        """Fold the journal into the file without waiting on anyone; ``True`` when the
        ``.sqlite`` file alone now holds everything (a copy of it is whole). Run when
        the app is idle: after 45 minutes of a session the file was 4 KB and everything
        sat in the ``-wal`` file, so a copy of the workspace held nothing."""
        if self.read_only:
            return False
        try:
            return self.db.checkpoint()
        except dbapi.Error:
            return False

    def save_copy(self, target: Path | str) -> Path:
        """Write a self-contained copy of the workspace at ``target`` (SQLite's backup API:
        consistent even while Atelier writes; one file, no journal beside it; encrypted
        with the workspace's passphrase if it is encrypted). The copy is
        written beside ``target`` first and put in place at the end, so a failure leaves
        no half copy. Raises :class:`WriteFailed` naming what went wrong."""
        target = Path(target).expanduser().absolute()
        if target == self.path:
            raise WriteFailed(target, f"{target} is the workspace itself: choose another name.")
        partial = target.with_name(f".{target.name}.part")
        try:
            with contextlib.closing(
                cipher.connect(partial, cipher.passphrase_for(self.path))
            ) as copy:
                self.conn.backup(copy)
                copy.execute("PRAGMA journal_mode = DELETE")
            os.replace(partial, target)
            if cipher.passphrase_for(self.path) is not None:
                cipher.remember(target, cipher.passphrase_for(self.path))
        except (OSError, *dbapi.Error) as error:
            with contextlib.suppress(OSError):
                partial.unlink()
            raise WriteFailed(
                target, f"The copy {target} could not be written: {error}."
            ) from error
        return target

    def close(self) -> None:
        """Checkpoint the journal into the file, close, and release the lock."""
        if not self.read_only:
            # Merge the search index's segments, so words of edited or removed entries do
            # not linger in the file, then fold the journal into the file. If another
            # reader holds the journal, the checkpoint waits for a later close.
            if self.db.wrote and self.db.stopped is None:  # only after changes, not into damage
                with contextlib.suppress(dbapi.Error), self.db.atomic():
                    self.conn.execute("INSERT INTO entry_fts(entry_fts) VALUES ('optimize')")
            with contextlib.suppress(dbapi.Error):
                self.db.checkpoint("TRUNCATE")
        self.conn.close()
        if self.read_only:
            # a listing or an export promises not to change the workspace: the journal
            # files a read-only look made beside it go too (if no one else wrote to them)
            connection.remove_new_side_files(self.path, getattr(self, "_side_files_before", set()))
        if self.lock is not None:
            self.lock.release()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()


__all__ = ["Workspace", "WorkspaceError"]
