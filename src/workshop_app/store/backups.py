"""Dated backups of a workspace, in the data folder, made with SQLite's backup API.

Taken before every merge, every upgrade of the file's schema, every restore, and once a
day of use (on opening). Kept: the :data:`KEEP_RECENT` most recent, plus the newest of
each of the :data:`KEEP_WEEKS` weeks before them; older ones are removed. Each backup is
an ordinary workspace file (one file, no journal beside it) that Atelier can open.

An erasure reaches the backups too: the person is erased in each of them, so a name
erased in the workspace cannot be read back from a backup.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from workshop_app.store import cipher, dbapi
from workshop_app.store.errors import WriteFailed
from workshop_app.store.paths import user_data_dir

KEEP_RECENT = 10
KEEP_WEEKS = 8
DAILY = timedelta(hours=20)
"""A daily backup is taken on opening when the newest is older than this."""
_STAMP = "%Y%m%dT%H%M%SZ"
_FINE_STAMP = "%Y%m%dT%H%M%S%fZ"
"""New backups carry microseconds: two taken within one second (a merge right after a
restore) never overwrite each other."""


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime
    reason: str

    def contents(self) -> dict[str, int]:
        """How many programmes, workshops, entries and participants it holds."""
        counts = {}
        uri = self.path.absolute().as_uri() + "?mode=ro"
        try:
            with contextlib.closing(
                cipher.connect(uri, cipher.passphrase_for(self.path), uri=True)
            ) as conn:
                for table in ("programme", "workshop", "entry", "participant"):
                    counts[table] = conn.execute(
                        f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL"
                    ).fetchone()[0]
        except (*dbapi.Error, cipher.KeyRefused, cipher.EncryptionUnavailable):
            return {}
        return counts


def folder_for(workspace: Path) -> Path:
    """The backups of ``workspace`` (by its absolute path: two files named alike apart)."""
    real = Path(os.path.realpath(workspace))
    key = hashlib.sha256(str(real).encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return user_data_dir() / "backups" / f"{real.stem[:60]}-{key}"


def list_backups(workspace: Path) -> list[Backup]:
    """Newest first."""
    found = []
    folder = folder_for(workspace)
    passphrase = cipher.passphrase_for(workspace)
    with contextlib.suppress(OSError):
        for path in folder.glob("*.sqlite"):
            stamp, _, reason = path.stem.partition("-")
            for layout in (_FINE_STAMP, _STAMP):
                try:
                    taken = datetime.strptime(stamp, layout).replace(tzinfo=UTC)
                    break
                except ValueError:
                    continue
            else:
                continue
            found.append(Backup(path, taken, reason))
            if passphrase is not None:  # the backups of an encrypted workspace are too
                cipher.remember(path, passphrase)
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def latest(workspace: Path) -> Backup | None:
    backups = list_backups(workspace)
    return backups[0] if backups else None


def take(ws, reason: str, now: datetime | None = None, *, prune_old: bool = True) -> Path:
    """Copy the open workspace ``ws`` into its backup folder now; the new backup's path."""
    now = now or datetime.now(UTC)
    if ws.conn.in_transaction:
        # SQLite's backup waits for the source's own write to end: it would wait for ever
        raise WriteFailed(
            ws.path, f"Atelier could not back up {ws.path} in the middle of a change."
        )
    folder = folder_for(ws.path)
    target = folder / f"{now.strftime(_FINE_STAMP)}-{reason}.sqlite"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        ws.save_copy(target)  # SQLite's backup API, one file, put in place at the end
    except (OSError, WriteFailed) as error:
        raise WriteFailed(
            ws.path,
            f"Atelier could not take a backup of {ws.path} in {folder} ({error}); nothing "
            "was changed. Free some space, or check that folder.",
        ) from error
    if prune_old:
        prune(ws.path, now)
    return target


def take_daily(ws, now: datetime | None = None) -> Path | None:
    """A backup if the newest is more than about a day old (or there is none)."""
    now = now or datetime.now(UTC)
    newest = latest(ws.path)
    if newest is not None and now - newest.taken_at < DAILY:
        return None
    return take(ws, "daily", now)


def prune(workspace: Path, now: datetime | None = None) -> list[Path]:
    """Remove the backups no longer kept (see the module text); the removed paths."""
    now = now or datetime.now(UTC)
    backups = list_backups(workspace)
    keep = {b.path for b in backups[:KEEP_RECENT]}
    weeks_seen = set()
    for backup in backups[KEEP_RECENT:]:
        week = backup.taken_at.isocalendar()[:2]
        if week not in weeks_seen and len(weeks_seen) < KEEP_WEEKS:
            weeks_seen.add(week)
            keep.add(backup.path)
    removed = []
    for backup in backups:
        if backup.path not in keep:
            with contextlib.suppress(OSError):
                backup.path.unlink()
                removed.append(backup.path)
    return removed


def erase_everywhere(workspace: Path, participant_id: str, name: str) -> None:
    """Erase the person in every backup of ``workspace`` as in the workspace itself (name,
    links, the name in the texts), then rewrite each backup so no old page keeps it."""
    from workshop_app.store.erasure import erase_person

    when = datetime.now(UTC).isoformat()
    own = cipher.passphrase_for(workspace)
    for backup in list_backups(workspace):
        # one backup that cannot be opened (another passphrase, the binding missing, damage)
        # never stops the others from being erased in
        with (
            contextlib.suppress(*dbapi.Error, cipher.KeyRefused, cipher.EncryptionUnavailable),
            contextlib.closing(
                cipher.connect(backup.path, cipher.passphrase_for(backup.path) or own)
            ) as conn,
        ):
            conn.execute("PRAGMA secure_delete = ON")
            erase_person(conn, participant_id, name, when)
            conn.commit()
            conn.execute("VACUUM")


def restore(backup: Path, ws) -> Path:
    """Put the content of ``backup`` into the open workspace ``ws`` (after backing up
    what it holds now); the backup of the current content."""
    from workshop_app.store import connection

    # not pruned yet: the backup chosen may be the oldest one kept
    passphrase = cipher.passphrase_for(backup) or cipher.passphrase_for(ws.path)
    source = connection.connect(
        Path(backup), create=False, read_only=True, passphrase=passphrase
    )  # checked before anything is written
    source.close()
    before = take(ws, "before-restore", prune_old=False)
    source = connection.connect(Path(backup), create=False, read_only=True, passphrase=passphrase)
    try:
        source.backup(ws.conn)
    except dbapi.Error as error:
        raise WriteFailed(
            ws.path, f"Atelier could not restore {backup} into {ws.path} ({error})."
        ) from error
    finally:
        source.close()
    prune(ws.path)
    ws.db.stamp_journal()
    ws._migrate()  # a backup taken before an upgrade comes back at its own schema
    ws._check_search_index()
    return before


def restore_over_damaged(backup: Path, workspace: Path) -> Path:
    """Put ``backup`` in place of a workspace that cannot be opened; the damaged file (and
    its journal) is kept aside, renamed. Returns where it was put."""
    from workshop_app.store.lock import WorkspaceLock

    workspace = Path(workspace).expanduser().absolute()
    lock = WorkspaceLock(workspace)
    lock.acquire()  # nobody else has it open
    stamp = datetime.now(UTC).strftime(_STAMP)
    aside = workspace.with_name(f"{workspace.name}.damaged-{stamp}")
    passphrase = cipher.passphrase_for(backup) or cipher.passphrase_for(workspace)
    partial = workspace.with_name(f".{workspace.name}.restoring")
    try:
        with (
            contextlib.closing(
                cipher.connect(Path(backup).absolute().as_uri() + "?mode=ro", passphrase, uri=True)
            ) as source,
            contextlib.closing(cipher.connect(partial, passphrase)) as copy,
        ):
            source.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
        os.replace(workspace, aside)
        for suffix in ("-wal", "-shm"):
            side = workspace.with_name(workspace.name + suffix)
            if side.exists():
                os.replace(side, aside.with_name(aside.name + suffix))
        os.replace(partial, workspace)
    except (OSError, *dbapi.Error, cipher.KeyRefused, cipher.EncryptionUnavailable) as error:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise WriteFailed(
            workspace, f"Atelier could not put {backup} in place of {workspace} ({error})."
        ) from error
    finally:
        lock.release()
    return aside
