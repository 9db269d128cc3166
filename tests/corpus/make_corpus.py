"""A corpus of damaged and hostile workspaces (issue 13, "Files that cannot hurt").

    from tests.corpus.make_corpus import make
    cases = make(Path("/tmp/corpus"), count=60, seed=1)

Two healthy workspaces are written with Atelier itself (the demo, and a small one made
through the store's repositories), then each case damages a copy of one of them in one
named way (see ``KINDS``). Case ``i`` of seed ``s`` depends only on ``(s, i)``: a larger
count adds cases, it never changes the first ones. UUIDs and timestamps are drawn from the
seed while the sources are written, so the same seed gives the same bytes.

Every case lives in its own folder ``NNNN-kind/`` and is tested at ``atelier.sqlite`` in
it; what else a case needs (a ``-wal``, the real file behind a symlink, a folder at the
``.lock`` path) lies beside it, symlinks are relative, so a case folder can be copied
whole (see :func:`copy_case`, which also copies FIFOs without opening them).

Planted statements leave a mark when they run: a row in a ``loot`` table, or a title
starting with ``PWNED`` (see :func:`planted_marks`).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import shutil
import sqlite3
import stat
import struct
import sys
import uuid
from dataclasses import asdict, dataclass, field
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


# -- deterministic healthy sources --------------------------------------------------------


@contextlib.contextmanager
def _deterministic(seed: int):
    """UUIDs drawn from ``seed`` while the sources are written (timestamps are set
    afterwards by :func:`_normalise`)."""
    rng = random.Random(f"ids:{seed}")

    def fake_uuid4():
        return uuid.UUID(int=rng.getrandbits(128), version=4)

    real_uuid4 = uuid.uuid4
    uuid.uuid4 = fake_uuid4
    try:
        yield
    finally:
        uuid.uuid4 = real_uuid4


def _normalise(path: Path) -> None:
    """Fixed timestamps (in rowid order), then VACUUM: the same seed gives the same bytes."""
    stamp = (
        "'2026-01-01T' || printf('%02d:%02d:%02d', rowid / 3600 % 24, rowid / 60 % 60, "
        "rowid % 60) || '.000000Z'"
    )
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE '%VIRTUAL%' "
                "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'entry_fts%'"
            )
        ]
        conn.execute("BEGIN")
        for table in tables:
            columns = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
            sets = [
                f"{c} = {stamp}"
                for c in ("created_at", "updated_at", "applied_at", "checked_in_at")
                if c in columns
            ]
            if "deleted_at" in columns:
                sets.append(f"deleted_at = CASE WHEN deleted_at IS NULL THEN NULL ELSE {stamp} END")
            if "erased_at" in columns:
                sets.append(f"erased_at = CASE WHEN erased_at IS NULL THEN NULL ELSE {stamp} END")
            if sets:
                conn.execute(f"UPDATE {table} SET {', '.join(sets)}")
        conn.execute("COMMIT")
        conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    for suffix in SIDE_SUFFIXES:
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _first_workshop(path: Path) -> str:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return conn.execute(
            "SELECT w.id FROM workshop w JOIN entry e ON e.workshop_id = w.id "
            "GROUP BY w.id ORDER BY count(*) DESC, w.id LIMIT 1"
        ).fetchone()[0]


def make_sources(folder: Path, seed: int) -> dict[str, tuple[Path, str]]:
    """The healthy workspaces: ``{name: (path, workshop id)}``."""
    # import every store module first, so their utc_now can be patched
    import workshop_app.demo
    import workshop_app.store  # noqa: F401
    from workshop_app.demo import create_demo_workspace
    from workshop_app.domain import (
        Action,
        Entry,
        EntryKind,
        Participant,
        ParticipantRole,
        Programme,
        Workshop,
    )
    from workshop_app.store import Workspace

    folder.mkdir(parents=True, exist_ok=True)
    demo = folder / "demo.sqlite"
    small = folder / "small.sqlite"
    for path in (demo, small):
        for p in (path, *(path.with_name(path.name + s) for s in SIDE_SUFFIXES)):
            p.unlink(missing_ok=True)
    with _deterministic(seed):
        create_demo_workspace(demo)
        with Workspace.open(small) as ws:
            programme = ws.programmes.create_with_defaults(Programme(title="Précarité énergétique"))
            action = ws.actions.add(Action(programme_id=programme.id, number=1, title="Repérer"))
            people = [
                ws.participants.add(
                    Participant(programme_id=programme.id, display_name=name, role=role)
                )
                for name, role in (
                    ("Nadia B.", ParticipantRole.RESIDENT),
                    ("Karim T.", ParticipantRole.SOCIAL_WORKER),
                )
            ]
            workshop = ws.workshops.add(
                Workshop(
                    programme_id=programme.id,
                    title="Atelier du 3 mars",
                    starts_at="2026-03-03T14:00",
                )
            )
            texts = (
                (EntryKind.ISSUE, "Le chauffage coupe la nuit"),
                (EntryKind.IDEA, "Un relais dans la cage d'escalier"),
                (EntryKind.QUESTION, "Qui paie le diagnostic ?"),
                (EntryKind.DECISION, "On écrit au bailleur"),
            )
            for n, (kind, text) in enumerate(texts):
                ws.entries.add(
                    Entry(
                        workshop_id=workshop.id,
                        kind=kind,
                        text=text,
                        action_id=action.id,
                        author_id=people[n % 2].id,
                        position=float(n),
                    )
                )
    for path in (demo, small):
        _normalise(path)
    return {
        name: (path, _first_workshop(path)) for name, path in (("demo", demo), ("small", small))
    }


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
                with contextlib.suppress(sqlite3.Error):
                    total += conn.execute(sql).fetchone()[0]
        finally:
            conn.close()
        return total


# -- the kinds of damage ------------------------------------------------------------------
# Each takes (case folder, target path, source path, rng, sources) and returns
# (detail, flags) after writing the case; flags may set planted / healthy.


def k_control(folder, target, source, rng, sources):
    _copy(source, target)
    return "healthy copy", {"healthy": True}


def k_header_flip(folder, target, source, rng, sources):
    data = bytearray(source.read_bytes())
    flips = [_flip(data, rng.randrange(16, 100), rng) for _ in range(rng.randint(1, 3))]
    target.write_bytes(bytes(data))
    return "header " + " ".join(flips), {}


def k_page_flip(folder, target, source, rng, sources):
    data = bytearray(source.read_bytes())
    size = _page_size(data)
    pages = len(data) // size
    done = []
    for _ in range(rng.randint(1, 3)):
        page = rng.randrange(1, pages)  # never page 1 (its header is the other kind)
        burst = rng.choice((1, 1, 4, 32))
        start = page * size + rng.randrange(size - burst)
        for offset in range(start, start + burst):
            _flip(data, offset, rng)
        done.append(f"page {page + 1} @{start}+{burst}")
    target.write_bytes(bytes(data))
    return "; ".join(done), {}


def k_truncate(folder, target, source, rng, sources):
    data = source.read_bytes()
    size = _page_size(data)
    how = rng.choice(("header", "mid-page", "mid-page", "page-boundary", "last-byte"))
    if how == "header":
        length = rng.randrange(1, 100)
    elif how == "mid-page":
        length = rng.randrange(size + 1, len(data) - 1)
    elif how == "page-boundary":
        length = size * rng.randrange(1, len(data) // size)
    else:
        length = len(data) - 1
    target.write_bytes(data[:length])
    return f"{how}: {length} of {len(data)} bytes", {}


def _header_int(target: Path, offset: int, value: int) -> None:
    data = bytearray(target.read_bytes())
    data[offset : offset + 4] = struct.pack(">i" if value < 0 else ">I", value)
    target.write_bytes(bytes(data))


def _header_edit(target, source, rng, field_name, offset, value):
    _copy(source, target)
    if rng.random() < 0.5:
        _header_int(target, offset, value)
        return f"raw header {field_name} (offset {offset}) = {value}"
    _sql(target, f"PRAGMA {field_name} = {value}")
    return f"PRAGMA {field_name} = {value}"


def k_foreign_app_id(folder, target, source, rng, sources):
    value = rng.choice((0, 0x12345678, 0x4154_4C53, 1))
    return _header_edit(target, source, rng, "application_id", 68, value), {}


def k_newer_version(folder, target, source, rng, sources):
    from workshop_app.store.schema import SCHEMA_VERSION

    value = rng.choice((SCHEMA_VERSION + 1, SCHEMA_VERSION + 100, 0x7FFFFFFF))
    return _header_edit(target, source, rng, "user_version", 60, value), {}


def k_older_version(folder, target, source, rng, sources):
    from workshop_app.store.schema import SCHEMA_VERSION

    value = rng.choice(tuple(range(SCHEMA_VERSION)))
    return _header_edit(target, source, rng, "user_version", 60, value), {}


def k_negative_version(folder, target, source, rng, sources):
    value = rng.choice((-1, -2, -(2**31)))
    return _header_edit(target, source, rng, "user_version", 60, value), {}


TRIGGER_TABLES = ("participant", "entry", "programme", "workshop", "draft", "_sqlite_migrations")


def k_planted_trigger(folder, target, source, rng, sources):
    _copy(source, target)
    table = rng.choice(TRIGGER_TABLES)
    timing = rng.choice(("BEFORE", "AFTER"))
    event = rng.choice(("UPDATE", "INSERT", "DELETE"))
    name = rng.choice(("entry_fts_sync", "zz_audit", "participant_erase_copy"))
    into_loot = rng.random() < 0.5
    statements = []
    if into_loot:
        statements.append(f"CREATE TABLE {LOOT} (what TEXT, at TEXT)")
        body = f"INSERT INTO {LOOT} VALUES ('{name}', datetime('now'));"
    else:
        # only plain Atelier tables: no extra table betrays it
        body = f"UPDATE programme SET title = '{MARK} ' || title WHERE title NOT LIKE '{MARK}%';"
    statements.append(f"CREATE TRIGGER {name} {timing} {event} ON {table} BEGIN {body} END")
    _sql(target, *statements)
    return f"{timing} {event} ON {table} -> {'loot' if into_loot else 'title'} ({name})", {
        "planted": True
    }


def k_view_as_table(folder, target, source, rng, sources):
    _copy(source, target)
    table = rng.choice(("programme", "workshop", "participant"))
    column = {"programme": "title", "workshop": "title", "participant": "display_name"}[table]
    conn = sqlite3.connect(target)
    try:
        columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
    finally:
        conn.close()
    shown = ", ".join(f"'{MARK} ' || {c} AS {c}" if c == column else c for c in columns)
    _sql(
        target,
        "PRAGMA legacy_alter_table = ON",  # keep the other tables' references by name
        f"ALTER TABLE {table} RENAME TO {table}_real",
        f"CREATE VIEW {table} AS SELECT {shown} FROM {table}_real",
    )
    return f"table {table} renamed {table}_real, view {table} shows {MARK} in {column}", {
        "planted": True
    }


def k_extra_objects(folder, target, source, rng, sources):
    _copy(source, target)
    choice = rng.choice(("table", "index", "both", "index_same_name"))
    statements = []
    if choice in ("table", "both"):
        statements.append("CREATE TABLE notes_extra (id INTEGER PRIMARY KEY, body TEXT)")
        statements.append("INSERT INTO notes_extra (body) VALUES ('extra')")
    if choice in ("index", "both"):
        statements.append("CREATE INDEX entry_text_extra ON entry(text)")
    if choice == "index_same_name":
        # a known name, another definition (an expression index)
        statements.append("DROP INDEX entry_workshop")
        statements.append("CREATE INDEX entry_workshop ON entry(lower(text), workshop_id)")
    _sql(target, *statements)
    return choice, {}


def k_huge_text(folder, target, source, rng, sources):
    _copy(source, target)
    workshop = sources[_source_name(source)][1]
    size = 50 * 1024 * 1024
    piece = "Le loyer, le chauffage et la cage d'escalier. "
    text = (piece * (size // len(piece) + 1))[:size]
    _sql(
        target,
        "UPDATE entry SET text = ? WHERE seq = (SELECT min(seq) FROM entry WHERE workshop_id = ?)",
        params=(text, workshop),
    )
    return f"50 MB text in the first entry of workshop {workshop}", {}


def _source_name(source: Path) -> str:
    return source.stem


def k_blob_in_text(folder, target, source, rng, sources):
    _copy(source, target)
    workshop = sources[_source_name(source)][1]
    table, column, where = rng.choice(
        (
            ("entry", "text", "workshop_id = :w"),
            ("workshop", "title", "id = :w"),
            ("programme", "title", "1"),
            ("participant", "display_name", "1"),
            ("workshop", "starts_at", "id = :w"),
        )
    )
    blob = bytes(rng.randrange(256) for _ in range(rng.choice((1, 16, 3000))))
    conn = sqlite3.connect(target)
    try:
        conn.execute(f"UPDATE {table} SET {column} = :b WHERE {where}", {"b": blob, "w": workshop})
        conn.commit()
    finally:
        conn.close()
    return f"blob of {len(blob)} bytes in {table}.{column} where {where}", {}


def k_invalid_utf8(folder, target, source, rng, sources):
    _copy(source, target)
    workshop = sources[_source_name(source)][1]
    bad = rng.choice(("c328", "ff", "e28228", "f09f98", "80808080", "c0af", "eda080"))
    table, column, where = rng.choice(
        (
            ("entry", "text", "workshop_id = :w"),
            ("workshop", "title", "id = :w"),
            ("participant", "display_name", "1"),
            ("programme", "title", "1"),
        )
    )
    conn = sqlite3.connect(target)
    try:
        conn.execute(
            f"UPDATE {table} SET {column} = CAST(x'41{bad}42' AS TEXT) || {column} WHERE {where}",
            {"w": workshop},
        )
        conn.commit()
    finally:
        conn.close()
    return f"CAST(x'41{bad}42' AS TEXT) prefixed to {table}.{column}", {}


def k_bad_values(folder, target, source, rng, sources):
    """Values of the right SQL type that Atelier never writes (enum names, dates, numbers)."""
    _copy(source, target)
    workshop = sources[_source_name(source)][1]
    choice = rng.choice(
        (
            "UPDATE entry SET kind = 'nonsense' WHERE workshop_id = :w",
            "UPDATE entry SET status = 'weird' WHERE workshop_id = :w",
            "UPDATE workshop SET kind = 'bogus' WHERE id = :w",
            "UPDATE workshop SET status = 'exploded' WHERE id = :w",
            "UPDATE participant SET role = 'emperor'",
            "UPDATE workshop SET starts_at = 'not a date' WHERE id = :w",
            "UPDATE entry SET votes = 'many' WHERE workshop_id = :w",
            "UPDATE entry SET position = 'here' WHERE workshop_id = :w",
            "UPDATE entry SET answers_id = seq || '-missing' WHERE workshop_id = :w",
            "UPDATE entry SET text = NULL WHERE workshop_id = :w",
            "UPDATE workshop SET language = 'xx-klingon' WHERE id = :w",
        )
    )
    conn = sqlite3.connect(target)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("PRAGMA ignore_check_constraints = ON")
        if "NULL" in choice:
            # NOT NULL cannot be switched off: put it in through the schema
            conn.execute("PRAGMA writable_schema = ON")
            conn.execute(
                "UPDATE sqlite_schema SET sql = replace(sql, 'text TEXT NOT NULL,', 'text TEXT,') "
                "WHERE name = 'entry'"
            )
            conn.commit()
            conn.close()
            conn = sqlite3.connect(target)
        conn.execute(choice, {"w": workshop})
        conn.commit()
    finally:
        conn.close()
    return choice, {}


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
    other_name = "small" if _source_name(source) == "demo" else "demo"
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


KINDS = {
    "control": k_control,
    "header_flip": k_header_flip,
    "page_flip": k_page_flip,
    "truncate": k_truncate,
    "foreign_app_id": k_foreign_app_id,
    "newer_version": k_newer_version,
    "older_version": k_older_version,
    "negative_version": k_negative_version,
    "planted_trigger": k_planted_trigger,
    "view_as_table": k_view_as_table,
    "extra_objects": k_extra_objects,
    "huge_text": k_huge_text,
    "blob_in_text": k_blob_in_text,
    "invalid_utf8": k_invalid_utf8,
    "bad_values": k_bad_values,
    "wal_foreign_db": k_wal_foreign_db,
    "wal_planted": k_wal_planted,
    "wal_garbage": k_wal_garbage,
    "fifo": k_fifo,
    "symlink_file": k_symlink_file,
    "symlink_folder": k_symlink_folder,
    "symlink_dangling": k_symlink_dangling,
    "symlink_fifo": k_symlink_fifo,
    "zero_byte": k_zero_byte,
    "lock_is_folder": k_lock_is_folder,
    "folder_at_path": k_folder_at_path,
    "not_sqlite": k_not_sqlite,
    "empty_sqlite": k_empty_sqlite,
}
"""Named kinds of damage. Case ``i`` is of kind ``i mod len(KINDS)`` in this order, so any
count of at least ``len(KINDS)`` holds every kind."""

RANDOMISED = {"header_flip", "page_flip", "truncate"}
"""Kinds whose damage is mostly random bytes: they get extra turns past the first cycle."""

HEAVY = {"huge_text"}
"""Kinds whose file is big on purpose: never more than one per cycle."""


def kind_of(index: int) -> str:
    names = list(KINDS)
    cycle, position = divmod(index, len(names))
    if cycle == 0:
        return names[position]
    # later cycles: half the turns to the random-byte kinds, which vary the most
    rng = random.Random(f"kind:{index}")
    if rng.random() < 0.5:
        return rng.choice(sorted(RANDOMISED))
    return names[position]


def make(folder: Path | str, count: int, seed: int, *, only: set[int] | None = None) -> list[Case]:
    """Write ``count`` cases of ``seed`` under ``folder`` (emptied of earlier cases first)."""
    folder = Path(folder).absolute()
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("[0-9][0-9][0-9][0-9]-*"):
        shutil.rmtree(old) if old.is_dir() and not old.is_symlink() else old.unlink()
    sources = make_sources(folder / "_sources", seed)
    cases = []
    for index in range(count):
        if only is not None and index not in only:
            continue
        kind = kind_of(index)
        rng = random.Random(f"case:{seed}:{index}")
        source_name = "demo" if kind == "huge_text" or rng.random() < 0.6 else "small"
        source, workshop_id = sources[source_name]
        case_folder = folder / f"{index:04d}-{kind}"
        case_folder.mkdir()
        target = case_folder / DB_NAME
        detail, flags = KINDS[kind](case_folder, target, source, rng, sources)
        for leftover in case_folder.glob("walsource.sqlite*"):
            leftover.unlink()
        case = Case(
            index=index,
            kind=kind,
            folder=str(case_folder),
            path=str(target),
            source=source_name,
            workshop_id=workshop_id,
            detail=detail,
            planted=flags.get("planted", False),
            healthy=flags.get("healthy", False),
        )
        case.marks_before = planted_marks(target)
        cases.append(case)
    (folder / "cases.json").write_text(
        json.dumps([asdict(c) for c in cases], indent=1, ensure_ascii=False), encoding="utf-8"
    )
    return cases


def copy_case(case_folder: Path, target: Path) -> None:
    """Copy a case folder: files by content, symlinks as links, FIFOs as new FIFOs (never
    opened), folders recursively."""
    target.mkdir(parents=True)
    for entry in os.scandir(case_folder):
        src = Path(entry.path)
        dst = target / entry.name
        mode = os.lstat(src).st_mode
        if stat.S_ISLNK(mode):
            os.symlink(os.readlink(src), dst)
        elif stat.S_ISFIFO(mode):
            os.mkfifo(dst)
        elif stat.S_ISDIR(mode):
            copy_case(src, dst)
        elif stat.S_ISREG(mode):
            shutil.copyfile(src, dst)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder")
    parser.add_argument("--count", type=int, default=60)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    for case in make(Path(args.folder), args.count, args.seed):
        print(f"{case.index:4d} {case.kind:<18} {case.source:<5} {case.detail}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
