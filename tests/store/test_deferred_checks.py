"""The checks that read the whole file, left for after the opening of a large workspace
(issue 18): what reads only the first pages is still refused before opening; damage
further in is found by the later checks, on a copy, and then nothing more is written."""

from __future__ import annotations

import random
import sqlite3
from contextlib import closing

import pytest

from workshop_app.store import Workspace, deferred_checks
from workshop_app.store.deferred_checks import Finding, Scan
from workshop_app.store.errors import (
    DamagedWorkspace,
    ForeignDatabase,
    NewerWorkspace,
    UnexpectedSchema,
    WriteFailed,
)
from workshop_app.store.schema import SCHEMA_VERSION

from .test_store_bad_files import damaged_search_index

PAGE = 4096


@pytest.fixture(autouse=True)
def every_file_is_large(monkeypatch):
    """The tests' files are small: defer their checks as a large file's are."""
    monkeypatch.setattr(deferred_checks, "DEFER_ABOVE_BYTES", 0)


def _garbage_in_the_middle(path, workspace_bytes) -> None:
    damaged = bytearray(workspace_bytes)
    middle = len(damaged) // PAGE // 2
    damaged[middle * PAGE : (middle + 4) * PAGE] = random.Random(2024).randbytes(4 * PAGE)
    path.write_bytes(bytes(damaged))


def test_a_sound_workspace_opens_with_its_checks_due_and_they_find_nothing(
    tmp_path, workspace_bytes
):
    path = tmp_path / "sain.sqlite"
    path.write_bytes(workspace_bytes)
    with Workspace.open(path, defer_checks=True) as ws:
        assert ws.checks_due
        assert Scan(path).run() == Finding()
    with Workspace.open(path) as ws:  # the command line, the tests: checked before, as ever
        assert not ws.checks_due


def test_damage_in_the_middle_is_found_after_opening_and_writing_stops(
    tmp_path, workspace_bytes, freeze
):
    path = tmp_path / "abîmé.sqlite"
    _garbage_in_the_middle(path, workspace_bytes)
    with pytest.raises(DamagedWorkspace):  # checked before opening: refused, as before
        Workspace.open(path)
    ws = Workspace.open(path, defer_checks=True)
    try:
        finding = Scan(path).run()
        assert finding.damage and not finding.sound
        ws.stop_writing("Found damaged after opening.")
        frozen = freeze(path)
        with pytest.raises(WriteFailed, match="Found damaged after opening"):
            ws.programmes.select()[0] and ws.db.stamp_journal()
        assert ws.checkpoint() is False  # nothing folded into the damaged file
    finally:
        ws.close()
    del frozen  # closing lets SQLite fold its own journal: what was saved stays


@pytest.mark.parametrize("cut", [1, PAGE])
def test_a_file_cut_short_is_still_refused_before_opening(tmp_path, workspace_bytes, cut):
    path = tmp_path / "coupé.sqlite"
    path.write_bytes(workspace_bytes[:-cut])
    with pytest.raises(DamagedWorkspace, match="page"):
        Workspace.open(path, defer_checks=True)


def test_planted_triggers_newer_and_foreign_files_are_still_refused_before_opening(
    tmp_path, workspace_bytes
):
    planted = tmp_path / "piégé.sqlite"
    planted.write_bytes(workspace_bytes)
    with closing(sqlite3.connect(planted)) as conn, conn:
        conn.execute(
            "CREATE TRIGGER loot AFTER INSERT ON entry BEGIN UPDATE entry SET text = 'x'; END"
        )
    with pytest.raises(UnexpectedSchema):
        Workspace.open(planted, defer_checks=True)
    newer = tmp_path / "futur.sqlite"
    newer.write_bytes(workspace_bytes)
    with closing(sqlite3.connect(newer)) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(NewerWorkspace):
        Workspace.open(newer, defer_checks=True)
    foreign = tmp_path / "autre.sqlite"
    with closing(sqlite3.connect(foreign)) as conn:
        conn.execute("CREATE TABLE things (x)")
        conn.execute("INSERT INTO things VALUES (1)")
        conn.commit()
    with pytest.raises(ForeignDatabase):
        Workspace.open(foreign, defer_checks=True)


def test_a_damaged_search_index_is_found_later_and_repaired(tmp_path, workspace_bytes):
    path = damaged_search_index(tmp_path / "index-abîmé.sqlite", workspace_bytes)
    with Workspace.open(path, defer_checks=True) as ws:
        assert ws.checks_due and ws.repaired is None
        finding = Scan(path).run()
        assert finding.damage is None
        assert "search index" in finding.index_problem
        ws.repair_search_index(finding.index_problem)
        assert ws.repaired == finding.index_problem
        assert not ws.conn.in_transaction
    assert Scan(path).run().sound


def test_a_cancelled_scan_is_unsure_not_damage(tmp_path, workspace_bytes):
    path = tmp_path / "sain.sqlite"
    path.write_bytes(workspace_bytes)
    scan = Scan(path)
    scan.cancel()
    finding = scan.run()
    assert finding.unsure and finding.damage is None


def test_the_scan_does_not_hold_the_window_s_writes(tmp_path, workspace_bytes):
    """The index's check is an INSERT command: on the file it would take the write lock.
    On the copy in memory, the workspace writes while a scan runs."""
    path = tmp_path / "sain.sqlite"
    path.write_bytes(workspace_bytes)
    with Workspace.open(path, defer_checks=True) as ws:
        with closing(deferred_checks._reader(path)) as reader:
            reader.execute("BEGIN")
            reader.execute("SELECT count(*) FROM entry").fetchone()  # a snapshot held
            ws.db.stamp_journal()  # a write goes through at once
        assert Scan(path).run().sound


def test_an_upgrade_checks_everything_before_it_writes(tmp_path, monkeypatch, workspace_bytes):
    from workshop_app.store import schema

    path = tmp_path / "ancien.sqlite"
    _garbage_in_the_middle(path, workspace_bytes)
    monkeypatch.setattr(schema, "pending", lambda db: ["a migration"])
    with pytest.raises(DamagedWorkspace):
        Workspace.open(path, defer_checks=True)
