"""Journals (``-wal``) beside a workspace: another workspace's, another copy's, planted
ones, garbage."""

from __future__ import annotations

import random
import sqlite3
import struct
from pathlib import Path

from tests.corpus.common import (
    LOOT,
    SIDE_SUFFIXES,
    _copy,
    source_name,
)


def _wal_of(base: Path, scratch: Path, statements: list[str], params: dict | None = None) -> bytes:
    """The ``-wal`` a writer leaves beside a copy of ``base`` while it is still open."""
    copy = scratch / "walsource.sqlite"
    for p in (copy, *(copy.with_name(copy.name + s) for s in SIDE_SUFFIXES)):
        p.unlink(missing_ok=True)
    _copy(base, copy)
    conn = sqlite3.connect(copy, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        for statement in statements:
            conn.execute(statement, params or {})
        wal = copy.with_name(copy.name + "-wal").read_bytes()
    finally:
        # do not let close() fold the journal back: copy it away first (done), then drop
        conn.close()
    for p in (copy, *(copy.with_name(copy.name + s) for s in SIDE_SUFFIXES)):
        p.unlink(missing_ok=True)
    return wal


def _wal_checksum(data: bytes, s0: int, s1: int, little: bool) -> tuple[int, int]:
    words = struct.unpack(("<" if little else ">") + f"{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def _reseal(wal: bytes, rng: random.Random) -> bytes:
    """The same journal with salts drawn from ``rng`` (SQLite draws them at random) and its
    checksums recomputed: the same seed gives the same ``-wal`` bytes, still valid."""
    if len(wal) < 32:
        return wal
    data = bytearray(wal)
    little = struct.unpack(">I", data[0:4])[0] == 0x377F0682
    page_size = struct.unpack(">I", data[8:12])[0]
    data[16:24] = struct.pack(">II", rng.getrandbits(32), rng.getrandbits(32))
    s0, s1 = _wal_checksum(bytes(data[0:24]), 0, 0, little)
    data[24:32] = struct.pack(">II", s0, s1)
    offset = 32
    while offset + 24 + page_size <= len(data):
        frame = offset
        data[frame + 8 : frame + 16] = data[16:24]
        s0, s1 = _wal_checksum(bytes(data[frame : frame + 8]), s0, s1, little)
        s0, s1 = _wal_checksum(bytes(data[frame + 24 : frame + 24 + page_size]), s0, s1, little)
        data[frame + 16 : frame + 24] = struct.pack(">II", s0, s1)
        offset += 24 + page_size
    return bytes(data)


def k_wal_foreign_db(folder, target, source, rng, sources):
    """The journal of another workspace (same schema), copied beside this one."""
    _copy(source, target)
    other_name = "small" if source_name(source) == "demo" else "demo"
    other = sources[other_name][0]
    wal = _wal_of(
        other,
        folder,
        [
            "UPDATE programme SET title = title || ' (from the other file)'",
            "UPDATE entry SET text = text || ' [wal]'",
        ],
    )
    wal = _reseal(wal, rng)
    target.with_name(target.name + "-wal").write_bytes(wal)
    return f"-wal of the {other_name} workspace ({len(wal)} bytes)", {}


def k_wal_planted(folder, target, source, rng, sources):
    """A journal, written on a copy of this very file, that plants a trigger."""
    _copy(source, target)
    table = rng.choice(("participant", "entry", "programme"))
    wal = _wal_of(
        source,
        folder,
        [
            f"CREATE TABLE {LOOT} (what TEXT)",
            f"CREATE TRIGGER wal_trigger AFTER UPDATE ON {table} "
            f"BEGIN INSERT INTO {LOOT} VALUES ('wal_trigger'); END",
        ],
    )
    wal = _reseal(wal, rng)
    target.with_name(target.name + "-wal").write_bytes(wal)
    return f"-wal of a copy planting AFTER UPDATE ON {table} ({len(wal)} bytes)", {"planted": True}


def k_wal_garbage(folder, target, source, rng, sources):
    _copy(source, target)
    size = rng.choice((7, 32, 32 + 4120, 32 + 4120 * 3))
    data = bytearray(rng.randrange(256) for _ in range(size))
    if size >= 32 and rng.random() < 0.5:
        data[0:4] = bytes.fromhex("377f0682")  # a WAL's magic number, then garbage
    target.with_name(target.name + "-wal").write_bytes(bytes(data))
    return f"{size} random bytes as -wal", {}


def _atelier_session(path: Path, text: str, rng: random.Random, keep_wal: bool) -> bytes:
    """Open ``path`` with Atelier, say one thing in its busiest workshop; return the
    journal as a crash would leave it (``keep_wal``), or close cleanly (returns b"")."""
    from unittest import mock

    from workshop_app.domain import Entry, EntryKind
    from workshop_app.store import Workspace, journal

    def drawn_token() -> str:
        return f"{rng.getrandbits(64):016x}"

    with mock.patch.object(journal, "new_token", drawn_token):
        ws = Workspace.open(path, create=False)
        try:
            workshop = ws.conn.execute(
                "SELECT workshop_id FROM entry GROUP BY workshop_id ORDER BY count(*) DESC LIMIT 1"
            ).fetchone()[0]
            ws.entries.add(Entry(workshop_id=workshop, kind=EntryKind.ISSUE, text=text))
            wal = path.with_name(path.name + "-wal")
            data = wal.read_bytes() if keep_wal else b""
        finally:
            ws.close()
    return data


def k_wal_other_copy(folder, target, source, rng, sources):
    """Two copies of one workspace go on apart (a coordinator's, a facilitator's); the
    journal one of them left in a crash is put beside the other."""
    other = folder / "walsource.sqlite"
    _copy(source, other)
    wal = _atelier_session(other, "dite sur l'autre copie", rng, keep_wal=True)
    for p in (other, *(other.with_name(other.name + s) for s in SIDE_SUFFIXES)):
        p.unlink(missing_ok=True)
    _copy(source, target)
    _atelier_session(target, "dite sur cette copie", rng, keep_wal=False)
    target.with_name(target.name + "-wal").write_bytes(_reseal(wal, rng))
    return f"-wal of another copy of the same workspace ({len(wal)} bytes)", {}


def k_wal_own_crash(folder, target, source, rng, sources):
    """Control: this workspace's own journal, as a crash leaves it; must open, entry kept."""
    _copy(source, target)
    wal = _atelier_session(target, "dite juste avant la panne", rng, keep_wal=True)
    for p in (target, *(target.with_name(target.name + s) for s in SIDE_SUFFIXES)):
        p.unlink(missing_ok=True)
    _copy(source, target)
    target.with_name(target.name + "-wal").write_bytes(wal)
    return f"own -wal left by a crash ({len(wal)} bytes)", {"healthy": True}
