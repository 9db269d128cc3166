"""The repositories' connection: transactions, nested savepoints, and the lazy sqlite-utils."""

from __future__ import annotations

import sqlite3

import pytest

from workshop_app.store import schema
from workshop_app.store.database import Database


@pytest.fixture
def db(tmp_path) -> Database:
    conn = sqlite3.connect(tmp_path / "t.sqlite")
    conn.execute("CREATE TABLE t (x INTEGER UNIQUE)")
    conn.commit()
    yield Database(conn)
    conn.close()


def values(db: Database) -> list[int]:
    return [row[0] for row in db.execute("SELECT x FROM t ORDER BY x")]


def test_a_block_commits_what_it_wrote(db, tmp_path):
    with db.atomic():
        db.insert("t", {"x": 1})
        db.executemany("INSERT INTO t (x) VALUES (?)", [(2,), (3,)])
    assert not db.conn.in_transaction
    other = sqlite3.connect(tmp_path / "t.sqlite")  # seen from another connection
    assert [r[0] for r in other.execute("SELECT x FROM t ORDER BY x")] == [1, 2, 3]
    other.close()


def insert_in_block(db: Database, *xs: int, then: Exception | None = None) -> None:
    with db.atomic():
        for x in xs:
            db.insert("t", {"x": x})
        if then is not None:
            raise then


def test_an_error_undoes_the_whole_block_and_propagates(db):
    with pytest.raises(sqlite3.IntegrityError):
        insert_in_block(db, 1, 1)
    assert values(db) == []
    assert not db.conn.in_transaction


def test_a_nested_block_undoes_only_itself(db):
    with db.atomic():
        db.insert("t", {"x": 1})
        with pytest.raises(ValueError, match="inner"):
            insert_in_block(db, 2, then=ValueError("the inner step failed"))
        insert_in_block(db, 3)
    assert values(db) == [1, 3]


def test_an_error_after_a_nested_block_undoes_it_too(db):
    def nested_then_fail():
        with db.atomic():
            insert_in_block(db, 1)
            raise RuntimeError("later")

    with pytest.raises(RuntimeError):
        nested_then_fail()
    assert values(db) == []


def test_a_failing_commit_rolls_back(db):
    db.conn.execute("PRAGMA foreign_keys = ON")
    db.conn.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY)")
    db.conn.execute(
        "CREATE TABLE child (p INTEGER REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED)"
    )
    db.conn.commit()

    def orphan():
        with db.atomic():
            db.insert("t", {"x": 7})
            db.insert("child", {"p": 99})  # checked only at COMMIT

    with pytest.raises(sqlite3.IntegrityError):
        orphan()
    assert not db.conn.in_transaction
    assert values(db) == []


def test_an_up_to_date_file_is_recognised_without_sqlite_utils(tmp_path):
    import subprocess
    import sys

    from workshop_app.store import Workspace

    path = tmp_path / "w.sqlite"
    Workspace.open(path).close()
    code = (
        "import sys\n"
        "from workshop_app.store import Workspace\n"
        f"ws = Workspace.open({str(path)!r})\n"
        "assert ws.schema_version >= 1\n"
        "ws.close()\n"
        "print('sqlite_utils' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_pending_asks_sqlite_utils_when_the_record_is_incomplete(tmp_path):
    from workshop_app.store import Workspace

    path = tmp_path / "w.sqlite"
    with Workspace.open(path) as ws:
        assert schema.pending(ws.db) == []
        with ws.db.atomic():
            ws.db.execute(f"DELETE FROM {schema.MIGRATIONS_TABLE}")
        assert schema.pending(ws.db) == sorted(schema.KNOWN_MIGRATIONS)
