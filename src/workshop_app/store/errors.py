"""Errors a person can meet when opening or writing a workspace.

Each error names the file and says what to do, in one or two plain sentences. The UI
translates the fixed part through ``kind``; the CLI prints ``str(error)`` as it is.
"""

from __future__ import annotations

from pathlib import Path


class WorkspaceError(Exception):
    """Base class: a workspace could not be opened or written. ``str()`` is for people."""

    kind = "workspace"

    def __init__(self, path: Path | str | None, message: str):
        self.path = Path(path) if path is not None else None
        self.message = message
        super().__init__(message)


class SQLiteTooOld(WorkspaceError):
    kind = "sqlite_too_old"


class MissingFolder(WorkspaceError):
    kind = "missing_folder"


class NotAWorkspaceFile(WorkspaceError):
    """The file is not SQLite at all (a document, an image, a file renamed by mistake)."""

    kind = "not_sqlite"


class PassphraseNeeded(NotAWorkspaceFile):
    """The file is not plain SQLite but could be an encrypted workspace: it opens with its
    passphrase (and if it is not encrypted, no passphrase will open it)."""

    kind = "passphrase_needed"


class WrongPassphrase(WorkspaceError):
    """The passphrase given does not open the file. Nothing was changed."""

    kind = "wrong_passphrase"


class EncryptionMissing(WorkspaceError):
    """An encrypted workspace, but this installation has no SQLCipher binding."""

    kind = "encryption_missing"


class ForeignDatabase(WorkspaceError):
    """A SQLite database, but another program's."""

    kind = "foreign"


class ExchangeFileGiven(WorkspaceError):
    """An exchange file (a programme or workshop sent between laptops) opened as a
    workspace: it is merged into one instead."""

    kind = "exchange_file"


class DamagedWorkspace(WorkspaceError):
    """The file cannot be read as it is. ``backup`` is the latest backup of it, if any,
    and the message then says how to put it back."""

    kind = "damaged"

    def __init__(self, path: Path | str | None, message: str):
        from workshop_app.store import backups  # here: backups needs this module

        self.backup = backups.latest(Path(path)) if path is not None else None
        if self.backup is not None:
            message += (
                f" Its latest backup was taken on {self.backup.taken_at:%Y-%m-%d %H:%M} UTC: "
                f'workshop-app restore "{self.backup.path}" --db "{path}" puts it back (the '
                "damaged file is kept aside)."
            )
        super().__init__(path, message)


class UnexpectedSchema(WorkspaceError):
    """The file holds triggers, views or tables Atelier never makes (planted, or another
    program's additions). It is not opened: they would run on Atelier's writes."""

    kind = "unexpected_schema"

    def __init__(self, path: Path | str, message: str, found: list[str] | None = None):
        super().__init__(path, message)
        self.found = found or []


class ForeignJournal(WorkspaceError):
    """Beside the file lies a journal (``-wal``) that does not continue it: another
    workspace's, or another copy's. Not used; ``journal`` is its path."""

    kind = "foreign_journal"

    def __init__(self, path: Path | str, message: str, journal: Path | None = None):
        super().__init__(path, message)
        self.journal = journal


class NewerWorkspace(WorkspaceError):
    """Written by a newer Atelier whose schema this version does not know."""

    kind = "newer"


class ReadOnlyLocation(WorkspaceError):
    kind = "read_only"


class DiskFull(WorkspaceError):
    """The disk is full before anything could be written; nothing was changed."""

    kind = "disk_full"


class UnreadableFile(WorkspaceError):
    kind = "unreadable"


class WorkspaceBusy(WorkspaceError):
    """Another program is writing the file at this very moment; trying again later works."""

    kind = "busy"


class NeedsUpgrade(WorkspaceError):
    """Opened read-only, but written by an older Atelier: the window upgrades it first."""

    kind = "needs_upgrade"


class WorkspaceLocked(WorkspaceError):
    """Another Atelier process holds the workspace; ``holder`` describes it."""

    kind = "locked"

    def __init__(self, path: Path | str, message: str, holder: dict | None = None):
        super().__init__(path, message)
        self.holder = holder or {}


class LockInTheWay(WorkspaceError):
    """Where Atelier keeps its lock (``<file>.lock``) there is a folder, a pipe or a device."""

    kind = "lock_in_the_way"


class WriteFailed(WorkspaceError):
    """A write could not be saved (disk full, file gone, read-only). Nothing was half-written."""

    kind = "write_failed"


class NotFound(LookupError):
    """No live record of that kind has that id."""
