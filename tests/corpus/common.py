"""What every part of the corpus shares: the case record, small file helpers, and the
check for planted statements that ran."""

from __future__ import annotations

import contextlib
import random
import shutil
import sqlite3
import stat
import struct
from dataclasses import dataclass, field
from pathlib import Path

DB_NAME = "atelier.sqlite"
MARK = "PWNED"
LOOT = "loot"
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


@dataclass
class Case:
    index: int
    kind: str
    folder: str
    """The case's own folder (absolute)."""
    path: str
    """The file under test: ``folder/atelier.sqlite`` (may be a FIFO, symlink, folder...)."""
    source: str
    """``demo`` or ``small``: the healthy workspace it was made from."""
    workshop_id: str
    """A workshop of the healthy source, for the export."""
    detail: str = ""
    """What exactly was done (offsets, lengths, statements), to reproduce by hand."""
    planted: bool = False
    """Whether the file holds statements that leave a mark when they run."""
    healthy: bool = False
    """The workspace itself is sound (controls, a symlink to a good file...)."""
    marks_before: int = 0
    """:func:`planted_marks` of the file as made (0 unless the damage itself shows one)."""
    extra: dict = field(default_factory=dict)

    @property
    def file(self) -> Path:
        return Path(self.path)


# -- helpers ------------------------------------------------------------------------------


def _copy(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)


def _page_size(data: bytes) -> int:
    size = struct.unpack(">H", data[16:18])[0]
    return 65536 if size == 1 else size


def _flip(data: bytearray, offset: int, rng: random.Random) -> str:
    old = data[offset]
    new = old ^ (1 << rng.randrange(8)) if rng.random() < 0.6 else rng.randrange(256)
    if new == old:
        new = old ^ 0xFF
    data[offset] = new
    return f"@{offset}:{old:02x}->{new:02x}"


def _sql(path: Path, *statements: str, params: tuple = ()) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in statements:
            conn.execute(statement, params if "?" in statement else ())
    finally:
        conn.close()
    for suffix in SIDE_SUFFIXES:
        side = path.with_name(path.name + suffix)
        if side.exists() and side.stat().st_size == 0:
            side.unlink()


def _one(path: Path, sql: str, params: tuple = ()):
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql, params).fetchone()


def planted_marks(path: Path | str) -> int:
    """Rows in ``loot`` plus titles starting with ``PWNED``, read from a copy of ``path``
    (and its ``-wal``) so neither is touched; -1 if it cannot be read."""
    import tempfile

    path = Path(path)
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            return -1
    except OSError:
        return -1
    with tempfile.TemporaryDirectory(prefix="corpus-marks-") as scratch:
        copy = Path(scratch) / "check.sqlite"
        try:
            shutil.copyfile(path, copy)
            wal = path.with_name(path.name + "-wal")
            if wal.is_file():
                shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
            conn = sqlite3.connect(copy)
        except (OSError, sqlite3.Error):
            return -1
        total = 0
        try:
            for sql in (
                f"SELECT count(*) FROM {LOOT}",
                f"SELECT count(*) FROM programme WHERE CAST(title AS BLOB) LIKE '{MARK}%'",
                f"SELECT count(*) FROM workshop WHERE CAST(title AS BLOB) LIKE '{MARK}%'",
                f"SELECT count(*) FROM participant WHERE CAST(display_name AS BLOB) LIKE '{MARK}%'",
            ):
                with contextlib.suppress(sqlite3.Error, ValueError):  # ValueError: undecodable text
                    total += conn.execute(sql).fetchone()[0]
        finally:
            conn.close()
        return total


def source_name(source: Path) -> str:
    return source.stem
