"""Opening a SQLite file safely: checks first, then the connection settings.

Nothing is written to a file until it is known to be an Atelier workspace (or a new,
empty file) that this version can handle: a foreign, damaged or newer file is refused
untouched.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

from workshop_app.store import cipher, dbapi, journal
from workshop_app.store.errors import (
    DamagedWorkspace,
    EncryptionMissing,
    ExchangeFileGiven,
    ForeignDatabase,
    MissingFolder,
    NewerWorkspace,
    NotAWorkspaceFile,
    PassphraseNeeded,
    ReadOnlyLocation,
    SQLiteTooOld,
    UnexpectedSchema,
    UnreadableFile,
    WorkspaceBusy,
    WrongPassphrase,
)
from workshop_app.store.lock import held_elsewhere
from workshop_app.store.schema import APPLICATION_ID, EXCHANGE_APPLICATION_ID, SCHEMA_VERSION
from workshop_app.store.schema_guard import odd_columns, unexpected_objects

MIN_SQLITE = (3, 31, 0)
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000

PRAGMAS: tuple[tuple[str, str], ...] = (
    ("journal_mode", "WAL"),
    ("synchronous", "FULL"),
    ("foreign_keys", "ON"),
    ("busy_timeout", str(BUSY_TIMEOUT_MS)),
    ("trusted_schema", "OFF"),
    ("secure_delete", "ON"),
    ("wal_autocheckpoint", "0"),
    ("journal_size_limit", str(4 << 20)),
)
"""Applied to every writing connection. ``synchronous=FULL`` with WAL makes a committed
entry survive a power cut; ``secure_delete`` overwrites erased personal data on disk.
SQLite's automatic checkpoint is off: the workspace folds its journal itself, so that
every run of the journal carries its mark (:mod:`.journal`); a folded journal shrinks
back to 4 MB."""


def check_sqlite_version(version: tuple[int, ...] | None = None) -> None:
    version = version or sqlite3.sqlite_version_info
    if tuple(version) < MIN_SQLITE:
        raise SQLiteTooOld(
            None,
            "Atelier needs SQLite {} or newer; this Python has SQLite {}. "
            "Install a newer Python (3.11 or later ships a recent SQLite).".format(
                ".".join(map(str, MIN_SQLITE)), ".".join(map(str, version))
            ),
        )


def check_location(path: Path, create: bool, encrypted: bool = False) -> bool:
    """Raise if ``path`` cannot be a workspace; return whether the file exists.
    ``encrypted``: a passphrase is known for it, so its first bytes are not SQLite's."""
    if path.is_dir():
        raise NotAWorkspaceFile(path, f"{path} is a folder, not a workspace file.")
    if path.exists():
        if not stat.S_ISREG(path.stat().st_mode):
            # a pipe would block the first read forever, a device would be read or written
            raise NotAWorkspaceFile(
                path,
                f"{path} is not a file (a pipe, socket or device): it cannot be a workspace.",
            )
        if not create and path.stat().st_size == 0:
            raise NotAWorkspaceFile(
                path, f"{path} is empty: it is not an Atelier workspace (nothing to read)."
            )
        try:
            with path.open("rb") as handle:
                header = handle.read(100)
        except OSError as error:
            raise UnreadableFile(
                path, f"Atelier cannot read {path} ({error.strerror}). Check its permissions."
            ) from error
        if header and encrypted and not cipher.is_plain_sqlite(header):
            return True  # every page encrypted: the size rules need the key
        if header and not cipher.is_plain_sqlite(header) and cipher.looks_encrypted(path, header):
            raise PassphraseNeeded(
                path,
                f"{path} is not a plain workspace: it may be an encrypted one. Open it with "
                "its passphrase (if it is not an encrypted Atelier workspace, no passphrase "
                "will open it).",
            )
        if header and header[: len(SQLITE_HEADER)] != SQLITE_HEADER:
            raise NotAWorkspaceFile(
                path,
                f"{path} is not an Atelier workspace (it is not a SQLite database). "
                "Choose a .sqlite file made by Atelier, or create a new workspace.",
            )
        cut = cut_short(path, header)
        if cut:
            raise _damaged(path, cut)
        return True
    folder = path.parent
    if not folder.is_dir():
        raise MissingFolder(
            path,
            f"Atelier cannot open {path}: the folder {folder} does not exist. "
            "Create it first, or choose another place.",
        )
    if not create:
        raise MissingFolder(path, f"There is no workspace at {path}.")
    if not os.access(folder, os.W_OK):
        raise ReadOnlyLocation(
            path,
            f"Atelier cannot create {path.name} in {folder}: the folder is read-only. "
            "Choose a folder you can write to.",
        )
    return False


def _plain_header(path: Path) -> bool:
    """A plain SQLite file already there (an empty file is a new workspace: it takes the
    passphrase given)."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError:
        return False
    return cipher.is_plain_sqlite(header)


def cut_short(path: Path, header: bytes) -> str | None:
    """Why the file is shorter than a whole database, or None. SQLite reads a file cut
    in the middle of a page, or missing its last pages, without a word (``quick_check``
    passes when the lost part held nothing it visits); the size says it at once. Pages
    beyond the file may live in a journal left beside it: then only the page rule holds."""
    if len(header) < 100:
        return "it ends inside its own header" if header else None
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return None  # a damaged header: SQLite's own checks say so
    size = path.stat().st_size
    if size % page_size:
        return f"it ends in the middle of a page: {size} bytes, pages of {page_size}"
    counted = int.from_bytes(header[28:32], "big")
    header_is_current = header[24:28] == header[92:96]
    wal = Path(os.path.realpath(path) + "-wal")
    if header_is_current and counted > size // page_size and not wal.exists():
        return f"it holds {size // page_size} of the {counted} pages its header counts"
    return None


def _is_busy(error: sqlite3.Error) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    return code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in str(error)


def _busy(path: Path) -> WorkspaceBusy:
    return WorkspaceBusy(
        path,
        f"{path} is being written by another program right now. Wait a moment and try again.",
    )


def _damaged(path: Path, detail: object) -> DamagedWorkspace:
    return DamagedWorkspace(
        path,
        f"{path} is damaged and cannot be read ({detail}). "
        "Open a backup copy, or ask for help to recover it; Atelier has not changed it.",
    )


def _side_files(path: Path) -> list[Path]:
    """The journal files of ``path``: beside the file a link points to, as SQLite puts them."""
    real = Path(os.path.realpath(path))
    return [real.with_name(real.name + suffix) for suffix in ("-wal", "-shm")]


def existing_side_files(path: Path) -> set[Path]:
    """The journal files (``-wal``, ``-shm``) beside ``path`` now."""
    return {side for side in _side_files(path) if side.exists()}


def remove_new_side_files(path: Path, existing: set[Path]) -> None:
    """A read-only look at a WAL file may leave an empty journal and its index behind:
    remove those we created, if the journal is empty (no one else wrote to it)."""
    wal, shm = _side_files(path)
    try:
        if wal not in existing and wal.exists() and wal.stat().st_size == 0:
            wal.unlink()
        if shm not in existing and shm.exists() and not (wal.exists() and wal not in existing):
            # the index SQLite made to read a journal that was already there: rebuilt
            # from the journal whenever needed
            shm.unlink()
    except OSError:
        pass


def open_connection(
    path: Path, passphrase: str | None, database: str | None = None, **kwargs
) -> sqlite3.Connection:
    """``sqlite3.connect``, or SQLCipher's keyed with ``passphrase``: a passphrase that does
    not open the file, or a missing binding, is said as such (not as damage)."""
    try:
        return cipher.connect(database or str(path), passphrase, **kwargs)
    except cipher.KeyRefused as error:
        raise WrongPassphrase(
            path,
            f"The passphrase does not open {path}. Check it and try again (if the file is "
            "not an encrypted Atelier workspace, no passphrase will open it). Nothing was "
            "changed.",
        ) from error
    except cipher.EncryptionUnavailable as error:
        raise EncryptionMissing(
            path,
            f"{path} is encrypted, and this installation of Atelier cannot read encrypted "
            "workspaces (the sqlcipher3 package is missing). Install Atelier with its "
            "encryption support, then open it again.",
        ) from error


def connect_read_only(path: Path, passphrase: str | None = None) -> sqlite3.Connection:
    """A connection that cannot write: not even a checkpoint of a leftover journal."""
    uri = path.absolute().as_uri() + "?mode=ro"
    conn = open_connection(
        path,
        passphrase,
        uri,
        uri=True,
        timeout=BUSY_TIMEOUT_MS / 1000,
        check_same_thread=False,
    )
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA trusted_schema = OFF")
    return conn


def inspect(
    conn: sqlite3.Connection,
    path: Path,
    create: bool = True,
    exchange: bool = False,
    *,
    deep: bool = True,
) -> int:
    """Check an open file before anything is written; return its schema version.

    Owner and version come first (a foreign or newer file is refused however it looks),
    then the list of its objects and columns, then SQLite's structural check. That last
    one reads every page of the file (50 ms for 100,000 entries): ``deep=False`` leaves it
    to the caller, which runs it after the window is usable (:mod:`.deferred_checks`);
    everything before it reads only the file's first pages and always runs here.
    """
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
    except UnicodeDecodeError as error:  # a damaged page of the schema: names not text
        raise _damaged(path, "the list of its tables is not readable text") from error
    except dbapi.DatabaseError as error:
        if _is_busy(error):
            raise _busy(path) from error
        raise _damaged(path, error) from error
    if app_id == EXCHANGE_APPLICATION_ID and not exchange:
        raise ExchangeFileGiven(
            path,
            f"{path} is an exchange file (a programme or a workshop sent from another "
            "laptop), not a workspace. Open your workspace, then bring it in with "
            "File › Merge… (or: workshop-app merge FILE).",
        )
    if exchange and app_id == EXCHANGE_APPLICATION_ID:
        app_id = APPLICATION_ID  # an exchange file is checked as a workspace from here on
    if app_id != APPLICATION_ID and not create and not set(tables) - {"_sqlite_migrations"}:
        raise NotAWorkspaceFile(
            path,
            f"{path} is an empty database, not an Atelier workspace. Atelier has not changed "
            "it; create a new workspace instead (File › New Workspace).",
        )
    if app_id != APPLICATION_ID and set(tables) - {"_sqlite_migrations"}:
        raise ForeignDatabase(
            path,
            f"{path} is a database of another program, not an Atelier workspace. "
            "Atelier has not changed it.",
        )
    if version > SCHEMA_VERSION:
        raise NewerWorkspace(
            path,
            f"{path} was written by a newer version of Atelier (schema {version}; "
            f"this version knows up to {SCHEMA_VERSION}). Update Atelier to open it.",
        )
    check_schema(conn, path, version)
    if deep:
        quick_check(conn, path)
    return version


def quick_check(conn: sqlite3.Connection, path: Path) -> None:
    """SQLite's structural check of every page; raise :class:`DamagedWorkspace` if it fails."""
    try:
        check = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
    except dbapi.DatabaseError as error:
        if _is_busy(error):
            raise _busy(path) from error
        raise _damaged(path, error) from error
    if check != "ok":
        raise _damaged(path, check)


def check_schema(conn: sqlite3.Connection, path: Path, version: int | None = None) -> None:
    """Refuse a file holding triggers, views or tables that Atelier never makes.

    A trigger planted in a workspace would run on Atelier's own writes (copying an
    erased name elsewhere, rewriting a title), and a view named like a table would be read
    instead of it; ``trusted_schema=OFF`` does not stop a trigger that only touches plain
    tables. Nothing of the file runs: only its list of objects is read. Then every
    known table must have exactly its columns: a damaged ``CREATE`` statement passes
    SQLite's checks and breaks the first query that names a column.
    """
    try:
        rows = conn.execute("SELECT type, name FROM sqlite_schema").fetchall()
    except UnicodeDecodeError as error:
        raise _damaged(path, "the list of its tables is not readable text") from error
    except dbapi.DatabaseError as error:
        if _is_busy(error):
            raise _busy(path) from error
        raise _damaged(path, error) from error
    found = unexpected_objects(rows)
    if found:
        shown = ", ".join(found[:5]) + (f" (and {len(found) - 5} more)" if len(found) > 5 else "")
        raise UnexpectedSchema(
            path,
            f"{path} holds things Atelier never puts in a workspace ({shown}). They could "
            "run on every change, so Atelier does not open it; the file has not been changed. "
            "Open a backup copy, or ask whoever gave you the file where it comes from.",
            found,
        )
    try:
        odd = odd_columns(
            lambda table: [row[1] for row in conn.execute(f"PRAGMA table_xinfo({table})")],
            version,
        )
    except dbapi.DatabaseError as error:
        if _is_busy(error):
            raise _busy(path) from error
        raise _damaged(path, error) from error
    if odd:
        raise _damaged(path, "the " + ", ".join(odd) + " are not Atelier's")


def search_index_problem(conn: sqlite3.Connection) -> str | None:
    """FTS5's own check (damage inside the index passes ``quick_check``); None if sound."""
    try:
        conn.execute("INSERT INTO entry_fts(entry_fts) VALUES ('integrity-check')")
    except (*dbapi.DatabaseError, MemoryError) as error:
        if isinstance(error, dbapi.Error) and _is_busy(error):
            return None  # cannot tell now; the next opening checks again
        # Garbage lengths in a damaged index can make FTS5 report SQLITE_NOMEM.
        return f"the search index is damaged: {error or type(error).__name__}"
    finally:
        if conn.in_transaction:
            conn.rollback()
    return None


def check_writable(path: Path, exists: bool) -> None:
    folder = path.parent
    if exists and not os.access(path, os.W_OK):
        raise ReadOnlyLocation(
            path,
            f"{path} is read-only. Copy it to a folder you can write to and open the copy.",
        )
    if not os.access(folder, os.W_OK):
        raise ReadOnlyLocation(
            path,
            f"Atelier cannot write in {folder}, where {path.name} lives: it needs to keep "
            "its journal beside the file. Copy the workspace to a folder you can write to.",
        )


def connect(
    path: Path,
    *,
    create: bool = True,
    read_only: bool = False,
    own_lock: bool = False,
    exchange: bool = False,
    passphrase: str | None = None,
    deep_check: bool = True,
) -> sqlite3.Connection:
    """Open ``path`` after every check; the caller then runs migrations (unless read-only).
    ``deep_check=False`` leaves out SQLite's check of every page (see :func:`inspect`).

    The checks run on a read-only connection, so a refused file is left exactly as it
    was, journal included. A new or empty file is stamped as an Atelier workspace before
    anything else, so an interrupted first creation is still recognised as ours. A journal
    left beside the file is used only if it continues it (:func:`journal.check`), unless
    another Atelier holds the workspace now (its live journal is its own); ``own_lock``
    says the caller holds the workspace's lock itself. ``passphrase`` opens (or creates)
    an encrypted workspace; by default, the one remembered for ``path`` (:mod:`.cipher`).
    """
    check_sqlite_version()
    passphrase = passphrase if passphrase is not None else cipher.passphrase_for(path)
    exists = check_location(path, create and not read_only, encrypted=passphrase is not None)
    if passphrase is not None and exists and _plain_header(path):
        passphrase = None  # a plain file (decrypted since, say): no key to give
    if not read_only:
        # Before connecting: SQLite would otherwise open a read-only file read-only and
        # leave journal files beside it, or report the refusal to write as damage.
        check_writable(path, exists)
    has_content = exists and path.stat().st_size > 0
    try:
        if has_content:
            if own_lock or not held_elsewhere(path):
                journal.check(path, passphrase)
            existing = {side for side in _side_files(path) if side.exists()}
            probe = connect_read_only(path, passphrase)
            if passphrase is not None and not isinstance(probe, sqlite3.Connection):
                # the key opened it: its backups (named in a damage report) need it too
                cipher.remember(path, passphrase)
            try:
                inspect(probe, path, create, exchange, deep=deep_check)
            finally:
                probe.close()
                remove_new_side_files(path, existing)
        if read_only:
            return connect_read_only(path, passphrase)
        conn = open_connection(
            path, passphrase, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
        )
    except dbapi.Error as error:
        if _is_busy(error):
            raise _busy(path) from error
        raise UnreadableFile(path, f"Atelier cannot open {path} ({error}).") from error
    try:
        if not has_content:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        apply_pragmas(conn, path)
    except BaseException:
        conn.close()
        raise
    return conn


def apply_pragmas(conn: sqlite3.Connection, path: Path | None = None) -> None:
    for name, value in PRAGMAS:
        try:
            result = conn.execute(f"PRAGMA {name} = {value}").fetchone()
        except dbapi.OperationalError as error:
            raise ReadOnlyLocation(
                path, f"Atelier cannot write to {path} ({error}). Choose a folder you can write to."
            ) from error
        if name == "journal_mode" and (result is None or str(result[0]).lower() != "wal"):
            raise ReadOnlyLocation(
                path,
                f"{path} cannot use a write-ahead journal here (got {result and result[0]}); "
                "network and read-only drives are not supported. Copy it to a local folder.",
            )


def read_pragmas(conn: sqlite3.Connection) -> dict[str, object]:
    """The settings as SQLite reports them, for tests and the About box."""
    return {name: conn.execute(f"PRAGMA {name}").fetchone()[0] for name, _value in PRAGMAS}
