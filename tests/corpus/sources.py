"""The two healthy workspaces every case damages a copy of, written by Atelier itself
with UUIDs and timestamps drawn from the seed (the same seed gives the same bytes)."""

from __future__ import annotations

import contextlib
import random
import sqlite3
import uuid
from pathlib import Path

from tests.corpus.common import SIDE_SUFFIXES


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
