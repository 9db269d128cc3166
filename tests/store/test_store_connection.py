"""Connection settings, the schema version, migrations, and the SQLite version check."""

import re
import sqlite3

import pytest

from workshop_app.domain import Entry, EntryKind
from workshop_app.store import Workspace, connection, schema
from workshop_app.store.errors import SQLiteTooOld, WorkspaceError

EXPECTED_TABLES = {
    "_sqlite_migrations",
    "action",
    "action_item",
    "agenda_step",
    "attendance",
    "entry",
    "entry_fts",
    "feedback_answer",
    "feedback_question",
    "feedback_response",
    "indicator",
    "measurement",
    "participant",
    "programme",
    "theme",
    "workshop",
    "workshop_action",
}


def tables(ws):
    return set(ws.db.sqlite_utils().table_names())


def test_settings_are_the_safe_ones(ws):
    settings = ws.settings()
    assert settings["journal_mode"] == "wal"
    assert settings["synchronous"] == 2  # FULL: a committed entry survives a power cut
    assert settings["foreign_keys"] == 1
    assert settings["busy_timeout"] > 0
    assert settings["trusted_schema"] == 0
    assert settings["secure_delete"] == 1


def test_settings_are_applied_again_when_reopening(ws):
    ws.close()
    with Workspace.open(ws.path) as again:
        assert again.settings() == {
            "journal_mode": "wal",
            "synchronous": 2,
            "foreign_keys": 1,
            "busy_timeout": connection.BUSY_TIMEOUT_MS,
            "trusted_schema": 0,
            "secure_delete": 1,
            "wal_autocheckpoint": 0,
            "journal_size_limit": 4 << 20,
        }


def test_foreign_keys_are_enforced(ws):
    with pytest.raises(sqlite3.IntegrityError):
        ws.entries.add(Entry(workshop_id="no-such-workshop", kind=EntryKind.IDEA, text="x"))


def test_application_id_marks_the_file_as_atelier(ws):
    assert ws.conn.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID


def test_user_version_is_the_schema_version(ws):
    assert ws.conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    assert ws.schema_version == schema.SCHEMA_VERSION


def test_a_new_path_gets_every_table(tmp_path):
    with Workspace.open(tmp_path / "nouveau.sqlite") as ws:
        assert tables(ws) >= EXPECTED_TABLES


def test_an_empty_file_gets_every_table(tmp_path):
    path = tmp_path / "vide.sqlite"
    path.touch()
    with Workspace.open(path) as ws:
        assert tables(ws) >= EXPECTED_TABLES
        assert ws.schema_version == schema.SCHEMA_VERSION


def test_every_table_has_the_common_columns(ws):
    for table in EXPECTED_TABLES - {"_sqlite_migrations", "entry_fts"}:
        columns = set(ws.db.sqlite_utils()[table].columns_dict)
        assert {"id", "created_at", "updated_at", "deleted_at"} <= columns, table


def test_no_migration_is_pending_after_opening(ws):
    assert schema.pending(ws.db) == []


def test_every_known_migration_is_recorded(ws):
    applied = {m.name for m in schema.migrations().applied(ws.db.sqlite_utils())}
    assert applied == set(schema.KNOWN_MIGRATIONS)


def test_reopening_applies_nothing_new(ws):
    before = list(ws.db.sqlite_utils()["_sqlite_migrations"].rows_where(order_by="id"))
    ws.close()
    with Workspace.open(ws.path) as again:
        assert (
            list(again.db.sqlite_utils()["_sqlite_migrations"].rows_where(order_by="id")) == before
        )
        assert schema.pending(again.db) == []


def test_reopening_keeps_the_data(ws, programme):
    ws.close()
    with Workspace.open(ws.path) as again:
        assert again.programmes.get(programme.id) == programme


def test_close_leaves_no_side_files(ws, programme, side_files):
    ws.close()
    assert side_files(ws.path) == []


def test_sqlite_older_than_3_31_is_refused_with_a_clear_message():
    with pytest.raises(SQLiteTooOld) as caught:
        connection.check_sqlite_version((3, 30, 1))
    message = str(caught.value)
    assert "3.31.0" in message
    assert "3.30.1" in message
    assert re.search(r"newer", message)
    assert isinstance(caught.value, WorkspaceError)


@pytest.mark.parametrize("version", [(3, 31, 0), (3, 31, 1), (3, 45, 0), (4, 0, 0)])
def test_sqlite_3_31_or_newer_is_accepted(version):
    connection.check_sqlite_version(version)


def test_this_python_s_sqlite_is_accepted():
    connection.check_sqlite_version()
