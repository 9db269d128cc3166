"""Whose journal is this? A ``-wal`` file is used only if it continues this very file.

SQLite reads any valid write-ahead journal it finds beside a database, even one copied
from another file with the same schema, and folds it in at the next checkpoint. So every
journal Atelier writes carries a mark, in the one-row table ``journal_mark``:

* ``token``, drawn at random whenever a new run of the journal starts (the first write
  after opening, and after every checkpoint that moved pages into the file);
* ``parent``, the ``token`` the ``.sqlite`` file alone held at that moment.

Opening a file with a leftover journal (after a crash, or a copy taken while Atelier
was writing), :func:`check` reads the mark twice, on a private copy: from the file alone
and through the journal. The journal is Atelier's own continuation when its mark names the
file's token as its parent; when it leaves the mark alone, it may only repeat what the
file already holds. Anything else (another workspace's journal, or the journal of another
copy of this one that went on elsewhere) is refused, and nothing is changed.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import shutil
import sqlite3
import tempfile
from pathlib import Path

from workshop_app.store import cipher, dbapi
from workshop_app.store.errors import ForeignJournal, UnreadableFile

TABLE = "journal_mark"
WAL_HEADER_SIZE = 32
"""A journal shorter than its header holds nothing SQLite would read."""


def wal_path(path: Path) -> Path:
    real = Path(os.path.realpath(path))
    return real.with_name(real.name + "-wal")


def new_token() -> str:
    return secrets.token_hex(8)


def _read_mark(conn: sqlite3.Connection) -> tuple[str, str] | None:
    try:
        row = conn.execute(f"SELECT token, parent FROM {TABLE} WHERE id = 1").fetchone()
    except dbapi.OperationalError:  # no such table: older or brand-new file
        return None
    return (str(row[0]), str(row[1])) if row else None


def main_file_token(path: Path, passphrase: str | None = None) -> str | None:
    """The token held by the ``.sqlite`` file alone, journal ignored (``immutable``: no
    lock, no journal, nothing written). Only safe while no checkpoint writes the file:
    the writer calls it between its own statements, :func:`check` on a private copy."""
    uri = Path(os.path.realpath(path)).as_uri() + "?immutable=1"
    try:
        with contextlib.closing(cipher.connect(uri, passphrase, uri=True)) as conn:
            conn.execute("PRAGMA trusted_schema = OFF")
            mark = _read_mark(conn)
    except (*dbapi.DatabaseError, cipher.KeyRefused):
        return None  # unreadable alone: the usual checks say what is wrong
    return mark[0] if mark else None


def stamp(conn: sqlite3.Connection, path: Path) -> None:
    """Start a new run of the journal (inside the caller's transaction): a fresh token,
    whose parent is the token of the file alone."""
    parent = main_file_token(path, cipher.passphrase_for(path)) or ""
    conn.execute(
        f"UPDATE {TABLE} SET token = ?, parent = ? WHERE id = 1",
        [new_token(), parent],
    )


def _digest(path: Path) -> str:
    sha = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            sha.update(block)
    return sha.hexdigest()


def check(path: Path, passphrase: str | None = None) -> None:
    """Refuse a leftover journal that does not continue ``path`` (see the module text).

    Works on a private copy of the file and its journal, so nothing beside ``path``
    changes, whatever the verdict. Call it only when no Atelier holds the workspace: a
    live Atelier's journal is its own by construction.
    """
    wal = wal_path(path)
    try:
        if not wal.is_file() or wal.stat().st_size < WAL_HEADER_SIZE:
            return  # no journal, or nothing SQLite would read in it
    except OSError:
        return
    real = Path(os.path.realpath(path))
    with tempfile.TemporaryDirectory(prefix="atelier-journal-") as scratch:
        copy = Path(scratch) / "copy.sqlite"
        try:
            shutil.copyfile(real, copy)
            before = _digest(copy)
            file_token = main_file_token(copy, passphrase)
            shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
        except OSError as error:
            raise UnreadableFile(
                path, f"Atelier cannot read {path} or its journal {wal.name} ({error.strerror})."
            ) from error
        if file_token is None:
            return  # the file alone has no mark yet (older Atelier, or being created)
        try:
            with contextlib.closing(cipher.connect(copy, passphrase, isolation_level=None)) as conn:
                conn.execute("PRAGMA trusted_schema = OFF")
                mark = _read_mark(conn)
                if mark is not None and mark[0] != file_token:
                    if mark[1] == file_token:
                        return  # Atelier's own continuation of this file
                    raise _foreign(path, wal)
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except (*dbapi.DatabaseError, cipher.KeyRefused):
            return  # a damaged journal: the structural checks that follow say so
        if mark is None or _digest(copy) != before:
            # changes the file's mark does not vouch for
            raise _foreign(path, wal)


def _foreign(path: Path, wal: Path) -> ForeignJournal:
    return ForeignJournal(
        path,
        f"Beside {path} there is a journal file, {wal.name}, that does not continue this "
        "workspace: it comes from another file, or from another copy of this one. Atelier "
        f"has not used it and has changed nothing. Move {wal.name} out of the folder (keep "
        "it: it may hold another copy's latest entries), then open the workspace again.",
        wal,
    )
