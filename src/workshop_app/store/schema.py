"""The schema of a workspace and its forward migrations.

Migrations are registered in order with sqlite-utils' ``Migrations``; each one runs in a
transaction together with the record that it ran, and sets ``PRAGMA user_version`` to its
number, so a file tells which schema it has even to tools that do not know Atelier.
Never edit a migration that has shipped: add a new one.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

from workshop_app.store import dbapi, journal

if TYPE_CHECKING:
    from sqlite_utils import Database as Tables
    from sqlite_utils.migrations import Migrations

    from workshop_app.store.database import Database

APPLICATION_ID = 0x41544C52
"""``PRAGMA application_id`` of every Atelier workspace ("ATLR")."""
EXCHANGE_APPLICATION_ID = 0x41544C58
"""``PRAGMA application_id`` of an exchange file ("ATLX"): a workspace holding just one
programme or one workshop, sent between laptops; merged, never opened as a workspace."""

MIGRATION_SET = "atelier"
MIGRATIONS_TABLE = "_sqlite_migrations"
"""Where sqlite-utils records the migrations a file has had (``Migrations.migrations_table``)."""

_registered: list[tuple[str, Callable[[Tables], None]]] = []


def _migration(number: int, name: str):
    """Register migration ``number`` under a fixed ``name`` (stored in every file: never
    change it, even if the function is renamed). It receives a ``sqlite_utils.Database``."""

    def register(fn):
        assert number == len(_registered) + 1, "migrations are numbered 1, 2, 3…"

        def run(db: Tables) -> None:
            fn(db)
            db.execute(f"PRAGMA user_version = {number}")

        run.__name__ = f"{number:04d}_{name}"
        _registered.append((run.__name__, run))
        return fn

    return register


@functools.cache
def migrations() -> Migrations:
    """sqlite-utils' ``Migrations`` for Atelier's schema (loads sqlite-utils)."""
    from workshop_app.store._quiet_imports import sqlite_utils

    sqlite_utils()
    from sqlite_utils.migrations import Migrations

    registry = Migrations(MIGRATION_SET)
    assert registry.migrations_table == MIGRATIONS_TABLE
    for name, run in _registered:
        registry(name=name)(run)
    return registry


def pending(db: Database) -> list[str]:
    """The names of the migrations ``db`` has not had, in order.

    The usual answer, none, is read straight from sqlite-utils' record of applied
    migrations, so opening an up-to-date workspace does not load sqlite-utils; anything
    else is asked of sqlite-utils itself.
    """
    try:
        recorded = {
            row[0]
            for row in db.execute(
                f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ?", [MIGRATION_SET]
            )
        }
    except dbapi.OperationalError:  # no record yet: a new file
        recorded = set()
    if recorded >= KNOWN_MIGRATIONS:
        return []
    return [m.name for m in migrations().pending(db.sqlite_utils())]


def apply(db: Database) -> None:
    """Apply the pending migrations, each in its own transaction (sqlite-utils)."""
    migrations().apply(db.sqlite_utils())


_COMMON = """
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
"""

_INITIAL_TABLES = f"""
CREATE TABLE programme (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'fr',
    {_COMMON}
);
CREATE TABLE action (
    id TEXT PRIMARY KEY,
    programme_id TEXT NOT NULL REFERENCES programme(id),
    number INTEGER NOT NULL CHECK (number >= 0),
    title TEXT NOT NULL,
    context TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    stakeholders TEXT NOT NULL DEFAULT '',
    budget TEXT NOT NULL DEFAULT '',
    monitoring_criteria TEXT NOT NULL DEFAULT '',
    {_COMMON}
);
CREATE INDEX action_programme ON action(programme_id, number);
CREATE TABLE theme (
    id TEXT PRIMARY KEY,
    programme_id TEXT NOT NULL REFERENCES programme(id),
    name TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    {_COMMON}
);
CREATE INDEX theme_programme ON theme(programme_id, position);
CREATE TABLE workshop (
    id TEXT PRIMARY KEY,
    programme_id TEXT NOT NULL REFERENCES programme(id),
    title TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'other',
    starts_at TEXT NOT NULL DEFAULT '',
    ends_at TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    territory TEXT NOT NULL DEFAULT '',
    facilitators TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'fr',
    agenda TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'planned',
    {_COMMON}
);
CREATE INDEX workshop_programme ON workshop(programme_id, starts_at);
CREATE TABLE workshop_action (
    id TEXT PRIMARY KEY,
    workshop_id TEXT NOT NULL REFERENCES workshop(id),
    action_id TEXT NOT NULL REFERENCES action(id),
    {_COMMON},
    UNIQUE (workshop_id, action_id)
);
CREATE TABLE agenda_step (
    id TEXT PRIMARY KEY,
    workshop_id TEXT NOT NULL REFERENCES workshop(id),
    position INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL,
    planned_minutes INTEGER NOT NULL DEFAULT 0 CHECK (planned_minutes >= 0),
    method_note TEXT NOT NULL DEFAULT '',
    actual_seconds INTEGER,
    {_COMMON}
);
CREATE INDEX agenda_step_workshop ON agenda_step(workshop_id, position);
CREATE TABLE participant (
    id TEXT PRIMARY KEY,
    programme_id TEXT NOT NULL REFERENCES programme(id),
    display_name TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT 'other',
    organisation TEXT NOT NULL DEFAULT '',
    erased_at TEXT,
    {_COMMON}
);
CREATE INDEX participant_programme ON participant(programme_id);
CREATE TABLE attendance (
    id TEXT PRIMARY KEY,
    workshop_id TEXT NOT NULL REFERENCES workshop(id),
    participant_id TEXT NOT NULL REFERENCES participant(id),
    present INTEGER NOT NULL DEFAULT 1,
    checked_in_at TEXT,
    {_COMMON},
    UNIQUE (workshop_id, participant_id)
);
CREATE TABLE entry (
    seq INTEGER PRIMARY KEY,  -- stable rowid for the full-text index
    id TEXT NOT NULL UNIQUE,
    workshop_id TEXT NOT NULL REFERENCES workshop(id),
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    action_id TEXT REFERENCES action(id),
    theme_id TEXT REFERENCES theme(id),
    author_id TEXT REFERENCES participant(id),
    answers_id TEXT REFERENCES entry(id),
    status TEXT,
    votes INTEGER NOT NULL DEFAULT 0 CHECK (votes >= 0),
    position REAL NOT NULL DEFAULT 0,
    {_COMMON}
);
CREATE INDEX entry_workshop ON entry(workshop_id, position);
CREATE INDEX entry_answers ON entry(answers_id);
CREATE TABLE feedback_question (
    id TEXT PRIMARY KEY,
    workshop_id TEXT NOT NULL REFERENCES workshop(id),
    text TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    criterion TEXT NOT NULL DEFAULT '',
    {_COMMON}
);
CREATE INDEX feedback_question_workshop ON feedback_question(workshop_id, position);
CREATE TABLE feedback_response (
    id TEXT PRIMARY KEY,
    workshop_id TEXT NOT NULL REFERENCES workshop(id),
    participant_id TEXT REFERENCES participant(id),
    comment TEXT NOT NULL DEFAULT '',
    {_COMMON}
);
CREATE INDEX feedback_response_workshop ON feedback_response(workshop_id);
CREATE TABLE feedback_answer (
    id TEXT PRIMARY KEY,
    response_id TEXT NOT NULL REFERENCES feedback_response(id),
    question_id TEXT NOT NULL REFERENCES feedback_question(id),
    rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    {_COMMON},
    UNIQUE (response_id, question_id)
);
CREATE TABLE action_item (
    id TEXT PRIMARY KEY,
    workshop_id TEXT NOT NULL REFERENCES workshop(id),
    what TEXT NOT NULL,
    who TEXT NOT NULL DEFAULT '',
    due_date TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open',
    entry_id TEXT REFERENCES entry(id),
    {_COMMON}
);
CREATE INDEX action_item_workshop ON action_item(workshop_id);
CREATE TABLE indicator (
    id TEXT PRIMARY KEY,
    action_id TEXT NOT NULL REFERENCES action(id),
    name TEXT NOT NULL,
    unit TEXT NOT NULL DEFAULT '',
    target TEXT NOT NULL DEFAULT '',
    {_COMMON}
);
CREATE TABLE measurement (
    id TEXT PRIMARY KEY,
    indicator_id TEXT NOT NULL REFERENCES indicator(id),
    measured_on TEXT NOT NULL,
    value REAL NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    workshop_id TEXT REFERENCES workshop(id),
    {_COMMON}
);
CREATE INDEX measurement_indicator ON measurement(indicator_id, measured_on);
"""


@_migration(1, "initial_schema")
def initial_schema(db: Tables) -> None:
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    for statement in _INITIAL_TABLES.split(";"):
        if statement.strip():
            db.execute(statement)
    # No triggers: with trusted_schema=OFF SQLite refuses triggers that write to a
    # virtual table, so EntryRepository keeps the index in step within each transaction.
    db["entry"].enable_fts(
        ["text"],
        fts_version="FTS5",
        create_triggers=False,
        tokenize="unicode61 remove_diacritics 2",
    )


@_migration(2, "drafts")
def drafts(db: Tables) -> None:
    """What was typed in a workshop but not yet saved (the capture box), one row per place."""
    db.execute(
        """CREATE TABLE draft (
            workshop_id TEXT NOT NULL REFERENCES workshop(id),
            place TEXT NOT NULL,
            text TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (workshop_id, place)
        )"""
    )


@_migration(3, "journal_mark")
def journal_mark(db: Tables) -> None:
    """The mark that tells Atelier's own journal from another file's (store/journal.py)."""
    db.execute(
        f"""CREATE TABLE {journal.TABLE} (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            token TEXT NOT NULL,
            parent TEXT NOT NULL
        )"""
    )
    db.execute(
        f"INSERT INTO {journal.TABLE} (id, token, parent) VALUES (1, ?, '')",
        [journal.new_token()],
    )


@_migration(4, "exchange")
def exchange(db: Tables) -> None:
    """What exchanges and merges need (store/exchange): the versions of each record this
    workspace has known when files travelled, what an exchange file holds, the records of
    other files confirmed to be the same as one of its own, and the versions a merge set
    aside."""
    db.execute(
        """CREATE TABLE exchange_history (
            kind TEXT NOT NULL,
            id TEXT NOT NULL,
            digest TEXT NOT NULL,
            PRIMARY KEY (kind, id, digest)
        ) WITHOUT ROWID"""
    )
    db.execute("CREATE TABLE exchange_info (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute(
        """CREATE TABLE merge_alias (
            kind TEXT NOT NULL,
            theirs TEXT NOT NULL,
            mine TEXT NOT NULL,
            PRIMARY KEY (kind, theirs)
        ) WITHOUT ROWID"""
    )
    db.execute(
        """CREATE TABLE merge_kept (
            id INTEGER PRIMARY KEY,
            merged_at TEXT NOT NULL,
            source TEXT NOT NULL,
            kind TEXT NOT NULL,
            record_id TEXT NOT NULL,
            version TEXT NOT NULL
        )"""
    )


@_migration(5, "bin_index")
def bin_index(db: Tables) -> None:
    """The bin (store/recycle_bin.py), found without reading every entry: the removed
    entries that still hold a text or an author. Emptied ones (tombstones) leave it."""
    db.execute(
        "CREATE INDEX entry_in_bin ON entry(deleted_at) "
        "WHERE deleted_at IS NOT NULL AND (text != '' OR author_id IS NOT NULL)"
    )


@_migration(6, "indicators_and_challenges")
def indicators_and_challenges(db: Tables) -> None:
    """What an indicator is measured in and against (kind, baseline, direction, source),
    where and as what text a measurement was taken, and the challenges of a programme
    (its "Challenge | Baseline | What we would like to achieve" table)."""
    for column, default in (
        ("kind", "'count'"),
        ("baseline", "''"),
        ("direction", "'up'"),
        ("source", "''"),
    ):
        db.execute(f"ALTER TABLE indicator ADD COLUMN {column} TEXT NOT NULL DEFAULT {default}")
    for column in ("territory", "text_value"):
        db.execute(f"ALTER TABLE measurement ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")
    db.execute(
        f"""CREATE TABLE challenge (
            id TEXT PRIMARY KEY,
            programme_id TEXT NOT NULL REFERENCES programme(id),
            theme TEXT NOT NULL DEFAULT '',
            challenge TEXT NOT NULL,
            baseline TEXT NOT NULL DEFAULT '',
            goal TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0,
            {_COMMON}
        )"""
    )
    db.execute("CREATE INDEX challenge_programme ON challenge(programme_id, position)")
    db.execute("CREATE INDEX indicator_action ON indicator(action_id)")


@_migration(7, "status_history")
def status_history(db: Tables) -> None:
    """Each change of an improvement's or an action item's status (proposed → planned →
    done), so that a workshop's summary can say what moved since the previous one. One of
    ``entry_id`` / ``action_item_id`` is set; ``old_status`` is empty for a first status."""
    db.execute(
        f"""CREATE TABLE status_change (
            id TEXT PRIMARY KEY,
            entry_id TEXT REFERENCES entry(id),
            action_item_id TEXT REFERENCES action_item(id),
            old_status TEXT NOT NULL DEFAULT '',
            new_status TEXT NOT NULL,
            {_COMMON}
        )"""
    )
    db.execute("CREATE INDEX status_change_entry ON status_change(entry_id)")
    db.execute("CREATE INDEX status_change_item ON status_change(action_item_id)")


SCHEMA_VERSION = len(_registered)
"""The newest schema this version of Atelier knows."""

KNOWN_MIGRATIONS = frozenset(name for name, _run in _registered)
