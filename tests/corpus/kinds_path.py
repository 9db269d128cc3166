"""Paths that are not plain workspace files: pipes, symlinks, folders, empty or
foreign files, a folder where the lock goes."""

from __future__ import annotations

import os

from tests.corpus.common import (
    DB_NAME,
    _copy,
    _sql,
)


def k_fifo(folder, target, source, rng, sources):
    os.mkfifo(target)
    return "a FIFO (named pipe) at the path", {}


def k_symlink_file(folder, target, source, rng, sources):
    real = folder / "real.sqlite"
    _copy(source, real)
    os.symlink("real.sqlite", target)
    return "symlink -> real.sqlite (a healthy workspace)", {"healthy": True}


def k_symlink_folder(folder, target, source, rng, sources):
    (folder / "a_folder").mkdir()
    os.symlink("a_folder", target)
    return "symlink -> a_folder/", {}


def k_symlink_dangling(folder, target, source, rng, sources):
    os.symlink("missing.sqlite", target)
    return "symlink -> missing.sqlite (absent)", {}


def k_symlink_fifo(folder, target, source, rng, sources):
    os.mkfifo(folder / "pipe")
    os.symlink("pipe", target)
    return "symlink -> pipe (a FIFO)", {}


def k_zero_byte(folder, target, source, rng, sources):
    target.write_bytes(b"")
    return "empty file", {}


def k_lock_is_folder(folder, target, source, rng, sources):
    _copy(source, target)
    (folder / (DB_NAME + ".lock")).mkdir()
    return "healthy workspace, a folder at atelier.sqlite.lock", {"healthy": True}


def k_folder_at_path(folder, target, source, rng, sources):
    target.mkdir()
    return "a folder at the path", {}


def k_not_sqlite(folder, target, source, rng, sources):
    data = rng.choice(
        (
            b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n",
            b"PK\x03\x04" + bytes(100),
            b"programme;titre\n1;Atelier\n",
            b"SQLite format 2\x00" + bytes(200),
        )
    )
    target.write_bytes(data)
    return f"not SQLite: {data[:16]!r}", {}


def k_empty_sqlite(folder, target, source, rng, sources):
    """A SQLite database with nothing in it, of another program (or none)."""
    app_id = rng.choice((0, 0x12345678))
    _sql(target, f"PRAGMA application_id = {app_id}", "PRAGMA user_version = 0", "VACUUM")
    return f"empty SQLite database, application_id {app_id:#x}", {}
