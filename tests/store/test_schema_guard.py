"""A workspace holding what Atelier never makes (a trigger, a view, a stray table) is
refused before anything of it can run (issue 13: planted triggers undid an erasure)."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from workshop_app.domain import Participant, Programme
from workshop_app.store import Workspace
from workshop_app.store.errors import DamagedWorkspace, UnexpectedSchema
from workshop_app.store.schema_guard import KNOWN_COLUMNS, KNOWN_OBJECTS, unexpected_objects

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "workspace-v1.sqlite"


@pytest.fixture
def made(tmp_path) -> Path:
    path = tmp_path / "atelier.sqlite"
    with Workspace.open(path) as ws:
        programme = ws.programmes.create_with_defaults(Programme(title="Programme"))
        ws.participants.add(Participant(programme_id=programme.id, display_name="Nadia B."))
    return path


def _objects(path: Path) -> list[tuple[str, str]]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT type, name FROM sqlite_schema").fetchall()


def test_the_known_objects_are_exactly_what_the_migrations_make(made):
    made_objects = {name: kind for kind, name in _objects(made) if not name.startswith("sqlite_")}
    assert made_objects == KNOWN_OBJECTS
    assert unexpected_objects(_objects(made)) == []


def test_an_older_workspace_passes(tmp_path):
    copy = tmp_path / "v1.sqlite"
    shutil.copy(FIXTURE, copy)
    assert unexpected_objects(_objects(copy)) == []
    with Workspace.open(copy):
        pass


def _digest(path: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(path.parent.iterdir())
        if p.name.startswith(path.name) and not p.name.endswith(".lock")
    }


PLANTED = {
    "a trigger that copies an erased name": (
        "CREATE TABLE loot (name TEXT);"
        "CREATE TRIGGER keep_names BEFORE UPDATE ON participant"
        " BEGIN INSERT INTO loot VALUES (old.display_name); END;",
        ["table loot", "trigger keep_names"],
    ),
    "a trigger on entry insert": (
        "CREATE TRIGGER retitle AFTER INSERT ON entry"
        " BEGIN UPDATE programme SET title = 'pwned'; END;",
        ["trigger retitle"],
    ),
    "a view named like a table": (
        "ALTER TABLE workshop RENAME TO workshop_real;"
        "CREATE VIEW workshop AS SELECT * FROM workshop_real;",
        ["table workshop_real", "view workshop"],
    ),
    "an index of someone else": ("CREATE INDEX spy ON participant(display_name);", ["index spy"]),
}


@pytest.mark.parametrize("planted", sorted(PLANTED))
@pytest.mark.parametrize("read_only", [False, True])
def test_a_planted_object_is_refused_and_nothing_runs(made, planted, read_only):
    sql, expected = PLANTED[planted]
    with closing(sqlite3.connect(made)) as conn:
        conn.executescript("PRAGMA legacy_alter_table = ON;" + sql)
    before = _digest(made)
    with pytest.raises(UnexpectedSchema) as caught:
        Workspace.open(made, read_only=read_only)
    assert sorted(caught.value.found) == expected
    assert str(made) in str(caught.value)
    assert _digest(made) == before  # not a byte changed, no side file left


def test_the_known_columns_are_exactly_what_the_migrations_make(made):
    with closing(sqlite3.connect(made)) as conn:
        for table in KNOWN_COLUMNS:
            columns = tuple(row[1] for row in conn.execute(f"PRAGMA table_xinfo({table})"))
            assert columns == KNOWN_COLUMNS[table], table


@pytest.mark.parametrize("read_only", [False, True])
def test_a_damaged_column_name_is_refused_as_damage(made, read_only):
    """One flipped byte in a ``CREATE`` statement (found by the corpus: ``updated_at`` of
    feedback_question) passed every check and broke the export with a traceback."""
    with closing(sqlite3.connect(made)) as conn:
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute(
            "UPDATE sqlite_schema SET sql = replace(sql, 'updated_at', 'updatedOat') "
            "WHERE name = 'feedback_question'"
        )
        conn.commit()
    before = hashlib.sha256(made.read_bytes()).hexdigest()
    with pytest.raises(DamagedWorkspace) as refused:
        Workspace.open(made, create=False, read_only=read_only)
    assert "feedback_question" in str(refused.value)
    assert hashlib.sha256(made.read_bytes()).hexdigest() == before
