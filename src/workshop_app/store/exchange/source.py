"""Reading a file to merge: a workspace or an exchange file, checked like any workspace
(nothing of it runs, nothing beside it changes), read in place through a read-only
connection, or, when an older Atelier wrote it, copied and brought to this version's
schema on the copy."""

from __future__ import annotations

import contextlib
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from workshop_app.store import cipher, connection, dbapi, schema
from workshop_app.store.errors import UnreadableFile
from workshop_app.store.schema import APPLICATION_ID, SCHEMA_VERSION
from workshop_app.store.workspace import Workspace


@dataclass
class Source:
    path: Path
    """The file as the person chose it."""
    ws: Workspace
    """The file, read-only (or a private copy of it, at this version's schema)."""
    info: dict[str, str] = field(default_factory=dict)
    """What an exchange file says about itself (``exchange_info``); empty for a workspace."""

    @property
    def names_withheld(self) -> bool:
        return self.info.get("names") == "withheld"

    @property
    def label(self) -> str:
        """How the file is shown (its name)."""
        return self.path.name

    @property
    def key(self) -> str:
        """How choices and matches name the file: its full path (two laptops' files are
        often both called ``atelier.sqlite``)."""
        return str(self.path)


def read_info(conn: sqlite3.Connection) -> dict[str, str]:
    try:
        return {str(k): str(v) for k, v in conn.execute("SELECT key, value FROM exchange_info")}
    except dbapi.OperationalError:
        return {}


@contextlib.contextmanager
def open_source(path: Path | str) -> Iterator[Source]:
    """The file at ``path``, checked and copied; the copy is removed afterwards.

    Raises the same :class:`~workshop_app.store.errors.WorkspaceError` as opening a
    workspace would (damaged, foreign, planted triggers, newer Atelier...).
    """
    path = Path(path).expanduser().absolute()
    before = connection.existing_side_files(path)
    conn = connection.connect(path, create=False, read_only=True, exchange=True)
    try:
        current = conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        if current:  # read in place, through the read-only connection the checks used
            ws = Workspace(path, conn, None, read_only=True)
            if not schema.pending(ws.db):
                yield Source(path, ws, read_info(conn))
                return
        with _upgraded_copy(path, conn) as ws:
            yield Source(path, ws, read_info(ws.conn))
    finally:
        conn.close()
        connection.remove_new_side_files(path, before)


@contextlib.contextmanager
def _upgraded_copy(path: Path, conn: sqlite3.Connection) -> Iterator[Workspace]:
    """A file of an older Atelier, copied and brought to this version's schema."""
    with tempfile.TemporaryDirectory(prefix="atelier-merge-") as scratch:
        copy = Path(scratch) / "source.sqlite"
        try:
            passphrase = cipher.passphrase_for(path)
            if passphrase is not None:
                cipher.remember(copy, passphrase)
            with contextlib.closing(cipher.connect(copy, passphrase)) as target:
                conn.backup(target)
                target.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                target.commit()
        except dbapi.Error as error:
            raise UnreadableFile(path, f"Atelier could not read {path} ({error}).") from error
        ws = Workspace.open(copy, create=False, lock=False, check_index=False, backup=False)
        try:
            yield ws
        finally:
            ws.close()
