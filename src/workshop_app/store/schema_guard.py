"""What a workspace's schema may hold: exactly the tables, indexes and columns Atelier's
migrations make (``tests/store/test_schema_guard.py`` checks both lists against a file the
migrations built). Anything else is refused before it can run or mislead a read."""

from __future__ import annotations

KNOWN_OBJECTS: dict[str, str] = {
    "_sqlite_migrations": "table",
    "idx__sqlite_migrations_migration_set_name": "index",
    "programme": "table",
    "action": "table",
    "action_programme": "index",
    "theme": "table",
    "theme_programme": "index",
    "workshop": "table",
    "workshop_action": "table",
    "workshop_programme": "index",
    "agenda_step": "table",
    "agenda_step_workshop": "index",
    "participant": "table",
    "participant_programme": "index",
    "attendance": "table",
    "entry": "table",
    "entry_workshop": "index",
    "entry_answers": "index",
    "entry_in_bin": "index",
    "entry_fts": "table",
    "entry_fts_data": "table",
    "entry_fts_idx": "table",
    "entry_fts_docsize": "table",
    "entry_fts_config": "table",
    "feedback_question": "table",
    "feedback_question_workshop": "index",
    "feedback_response": "table",
    "feedback_response_workshop": "index",
    "feedback_answer": "table",
    "action_item": "table",
    "action_item_workshop": "index",
    "indicator": "table",
    "indicator_action": "index",
    "measurement": "table",
    "measurement_indicator": "index",
    "draft": "table",
    "journal_mark": "table",
    "exchange_history": "table",
    "exchange_info": "table",
    "merge_alias": "table",
    "merge_kept": "table",
    "challenge": "table",
    "challenge_programme": "index",
    "status_change": "table",
    "status_change_entry": "index",
    "status_change_item": "index",
}
"""Every table and index the migrations make, and nothing else: no view, no trigger.
``tests/store/test_schema_guard.py`` checks it against a file the migrations built."""


def unexpected_objects(rows) -> list[str]:
    """From ``(type, name)`` rows of ``sqlite_schema``: what Atelier's migrations never
    make ("trigger entry_copy", "view programme"…). SQLite's own ``sqlite_`` tables and
    the automatic indexes of primary keys and unique constraints are its own."""
    found = []
    for kind, name in rows:
        if kind in ("table", "index") and name.startswith("sqlite_"):
            continue
        if KNOWN_OBJECTS.get(name) != kind:
            found.append(f"{kind} {name}")
    return found


def _columns(names: str) -> tuple[str, ...]:
    return tuple(names.split())


_RECORD = "created_at updated_at deleted_at"

KNOWN_COLUMNS: dict[str, tuple[str, ...]] = {
    "_sqlite_migrations": _columns("id migration_set name applied_at"),
    "programme": _columns(f"id title description language {_RECORD}"),
    "action": _columns(
        "id programme_id number title context description stakeholders budget "
        f"monitoring_criteria {_RECORD}"
    ),
    "theme": _columns(f"id programme_id name position {_RECORD}"),
    "workshop": _columns(
        "id programme_id title kind starts_at ends_at place territory facilitators language "
        f"agenda status {_RECORD}"
    ),
    "workshop_action": _columns(f"id workshop_id action_id {_RECORD}"),
    "agenda_step": _columns(
        f"id workshop_id position title planned_minutes method_note actual_seconds {_RECORD}"
    ),
    "participant": _columns(f"id programme_id display_name role organisation erased_at {_RECORD}"),
    "attendance": _columns(f"id workshop_id participant_id present checked_in_at {_RECORD}"),
    "entry": _columns(
        "seq id workshop_id kind text action_id theme_id author_id answers_id status votes "
        f"position {_RECORD}"
    ),
    "entry_fts": _columns("text entry_fts rank"),
    "entry_fts_data": _columns("id block"),
    "entry_fts_idx": _columns("segid term pgno"),
    "entry_fts_docsize": _columns("id sz"),
    "entry_fts_config": _columns("k v"),
    "feedback_question": _columns(f"id workshop_id text position criterion {_RECORD}"),
    "feedback_response": _columns(f"id workshop_id participant_id comment {_RECORD}"),
    "feedback_answer": _columns(f"id response_id question_id rating {_RECORD}"),
    "action_item": _columns(f"id workshop_id what who due_date status entry_id {_RECORD}"),
    "indicator": _columns(
        f"id action_id name unit target {_RECORD} kind baseline direction source"
    ),
    "measurement": _columns(
        f"id indicator_id measured_on value note workshop_id {_RECORD} territory text_value"
    ),
    "draft": _columns("workshop_id place text updated_at"),
    "journal_mark": _columns("id token parent"),
    "exchange_history": _columns("kind id digest"),
    "exchange_info": _columns("key value"),
    "merge_alias": _columns("kind theirs mine"),
    "merge_kept": _columns("id merged_at source kind record_id version"),
    "challenge": _columns(f"id programme_id theme challenge baseline goal position {_RECORD}"),
    "status_change": _columns(f"id entry_id action_item_id old_status new_status {_RECORD}"),
}
"""The columns of every table, in order (``PRAGMA table_xinfo``). A damaged or edited
``CREATE`` statement (one flipped byte turned ``updated_at`` into ``updatedOat``) passes
SQLite's checks and then breaks the first query that names the column. A migration that
changes a table's columns says in :data:`EARLIER_COLUMNS` what they were before it."""

EARLIER_COLUMNS: dict[str, dict[int, tuple[str, ...]]] = {
    "indicator": {5: _columns(f"id action_id name unit target {_RECORD}")},
    "measurement": {5: _columns(f"id indicator_id measured_on value note workshop_id {_RECORD}")},
}
"""Per table, the columns it had up to a schema version (included) before a migration
added some (migration 6 gave indicators a kind, a baseline…): a file of that version
opens, and is upgraded."""


def odd_columns(columns_of, version: int | None = None) -> list[str]:
    """The known tables whose columns differ from :data:`KNOWN_COLUMNS`, as "table entry";
    ``columns_of(table)`` gives a present table's column names (absent: empty). A file of
    schema ``version`` may also have the :data:`EARLIER_COLUMNS` of that version (any
    earlier version's, if ``version`` is not told)."""
    found = []
    for table, expected in KNOWN_COLUMNS.items():
        present = tuple(columns_of(table))
        if present and present != expected and present not in _earlier(table, version):
            found.append(f"columns of table {table}")
    return found


def _earlier(table: str, version: int | None) -> list[tuple[str, ...]]:
    return [
        columns
        for up_to, columns in EARLIER_COLUMNS.get(table, {}).items()
        if version is None or version <= up_to
    ]
