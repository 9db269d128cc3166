"""Encryption at rest: a workspace whose every page is encrypted with a passphrase.

An encrypted workspace is a SQLCipher 4 file (AES-256, a key derived from the passphrase
by PBKDF2-HMAC-SHA512 with a random salt; the journal is encrypted the same way). It is
read through the ``sqlcipher3`` binding (maintained, wheels for Linux, Windows and macOS),
an optional dependency loaded only when an encrypted file is met: a plain workspace never
pays for it.

The passphrase is never written anywhere: it lives in this process's memory, in a small
registry by file (:func:`remember`), from the moment the person types it until the
program ends, so the copies Atelier makes of that workspace (backups, exchange files, the
private copies its checks use) are opened and written with the same key.

Without the passphrase nothing of the file can be told apart from random bytes: not its
words, not its size in entries, not even that it is an Atelier workspace.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import sys
from pathlib import Path
from typing import Any

CIPHER_MODULE = "sqlcipher3.dbapi2"
SQLITE_HEADER = b"SQLite format 3\x00"
PASSPHRASE_VARIABLE = "ATELIER_PASSPHRASE"
"""The environment variable the command line reads a passphrase from (never an argument:
arguments land in the shell's history and in the list of running processes)."""

_keys: dict[str, str] = {}


class EncryptionUnavailable(RuntimeError):
    """The SQLCipher binding is not installed."""


class KeyRefused(Exception):
    """The passphrase does not open the file (or the file is not a database at all)."""


def available() -> bool:
    try:
        cipher_module()
    except EncryptionUnavailable:
        return False
    return True


def cipher_module() -> Any:
    """The SQLCipher binding (imported on first use)."""
    try:
        import sqlcipher3.dbapi2 as module
    except ImportError as error:
        raise EncryptionUnavailable(
            "Encrypted workspaces need the sqlcipher3 package "
            "(pip install 'workshop-app[encryption]')."
        ) from error
    return module


def _key(path: Path | str) -> str:
    return os.path.realpath(os.fspath(path))


def remember(path: Path | str, passphrase: str) -> None:
    """Keep ``passphrase`` in memory for ``path`` (and the copies made of it)."""
    check_passphrase(passphrase)
    _keys[_key(path)] = passphrase


def forget(path: Path | str) -> None:
    _keys.pop(_key(path), None)


def passphrase_for(path: Path | str) -> str | None:
    """The passphrase remembered for ``path``, or None (a plain workspace)."""
    return _keys.get(_key(path)) if _keys else None


def check_passphrase(passphrase: str) -> None:
    if not passphrase:
        raise ValueError("A passphrase cannot be empty.")
    if "\x00" in passphrase:
        raise ValueError("A passphrase cannot hold a NUL character.")


def quoted(passphrase: str) -> str:
    """``passphrase`` as an SQL string literal (``PRAGMA key`` takes no parameters)."""
    check_passphrase(passphrase)
    return "'" + passphrase.replace("'", "''") + "'"


def looks_encrypted(path: Path, header: bytes) -> bool:
    """Whether a file that is not plain SQLite could be an encrypted workspace: whole
    pages of what looks like random bytes. (Nothing more can be told without the key.)"""
    try:
        size = path.stat().st_size
    except OSError:
        return False
    if len(header) < 16 or is_plain_sqlite(header):
        return False
    return size >= 1024 and size % 1024 == 0 and not header.isascii()


def is_plain_sqlite(header: bytes) -> bool:
    return header[: len(SQLITE_HEADER)] == SQLITE_HEADER


KDF_ITERATIONS = 256_000
"""SQLCipher 4's defaults: PBKDF2-HMAC-SHA512 over the passphrase and the 16 random bytes
that start the file, giving a 256-bit key."""
_derived: dict[tuple[str, bytes], bytes] = {}


def _file_of(database: str | Path, uri: bool) -> Path:
    if uri and str(database).startswith("file:"):
        import urllib.parse  # here: urllib.request alone costs a tenth of Atelier's start-up
        import urllib.request

        # file:///C:/… on Windows: the system's own conversion, not a bare unquote
        return Path(urllib.request.url2pathname(urllib.parse.urlsplit(str(database)).path))
    return Path(database)


def _salt(file: Path) -> bytes | None:
    try:
        with file.open("rb") as handle:
            start = handle.read(16)
    except OSError:
        return None
    return start if len(start) == 16 and not is_plain_sqlite(start) else None


def _plain_file(file: Path) -> bool:
    """A plain SQLite file already there (a passphrase remembered for it is not needed:
    it was decrypted, or it is a backup from before the encryption)."""
    try:
        with file.open("rb") as handle:
            return is_plain_sqlite(handle.read(len(SQLITE_HEADER)))
    except OSError:
        return False


def key_statement(passphrase: str, salt: bytes | None) -> str:
    """``PRAGMA key`` for a file starting with ``salt``: the derived key itself, worked out
    once per passphrase and file (the derivation is made slow on purpose, a tenth of a
    second, and each connection would pay it). A new file: the passphrase, which SQLCipher
    derives with a fresh salt."""
    if salt is None:
        return f"PRAGMA key = {quoted(passphrase)}"
    check_passphrase(passphrase)
    key = _derived.get((passphrase, salt))
    if key is None:
        key = hashlib.pbkdf2_hmac("sha512", passphrase.encode(), salt, KDF_ITERATIONS, 32)
        _derived[(passphrase, salt)] = key
    return f"PRAGMA key = \"x'{key.hex()}{salt.hex()}'\""


def connect(database: str | Path, passphrase: str | None = None, **kwargs: Any) -> Any:
    """A connection to ``database`` (a path or a ``file:`` URI with ``uri=True``): Python's
    own ``sqlite3`` without a passphrase, SQLCipher keyed with it otherwise. Raises
    :class:`KeyRefused` when the passphrase does not open an existing file."""
    if passphrase is None:
        return sqlite3.connect(database, **kwargs)
    file = _file_of(database, kwargs.get("uri", False))
    if _plain_file(file):
        return sqlite3.connect(database, **kwargs)
    module = cipher_module()
    conn = module.connect(os.fspath(database), **kwargs)
    salt = _salt(file)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(key_statement(passphrase, salt))
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
    except module.DatabaseError as error:
        conn.close()
        if getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_NOTADB:
            raise KeyRefused(str(error)) from error
        raise
    return conn


def errors() -> tuple[type[BaseException], ...]:
    """``sqlite3.Error`` and, once the binding is loaded, SQLCipher's own."""
    cipher = sys.modules.get(CIPHER_MODULE)
    return (sqlite3.Error, cipher.Error) if cipher is not None else (sqlite3.Error,)


def rekey_copy(source: Path, target: Path, old: str | None, new: str | None) -> None:
    """Write ``target``: the content of the closed workspace ``source`` (opened with
    ``old``) encrypted with ``new`` (or plain, with None). Schema version and owner mark
    are carried over (SQLCipher's export leaves them out)."""
    module = cipher_module()
    with contextlib.closing(
        connect(source, old) if old else module.connect(os.fspath(source))
    ) as conn:
        if not old:
            conn.execute("PRAGMA cipher_log_level = NONE")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        owner = conn.execute("PRAGMA application_id").fetchone()[0]
        conn.execute("ATTACH DATABASE ? AS rekeyed KEY ?", [os.fspath(target), new or ""])
        try:
            conn.execute("SELECT sqlcipher_export('rekeyed')")
            conn.execute(f"PRAGMA rekeyed.user_version = {int(version)}")
            conn.execute(f"PRAGMA rekeyed.application_id = {int(owner)}")
            conn.commit()
        finally:
            conn.execute("DETACH DATABASE rekeyed")
