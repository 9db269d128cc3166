"""A journal (``-wal``) beside a workspace is used only if it continues that very file
(issue 13, "Foreign WAL"): another workspace's journal, or the journal of another copy
of this one, is refused and nothing changes; Atelier's own journal after a crash is
always taken back, whatever moment the crash came at."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from workshop_app.domain import Entry, EntryKind, Programme, Workshop
from workshop_app.store import Workspace, journal
from workshop_app.store.errors import ForeignJournal


def _workspace(path: Path, title: str = "Programme") -> tuple[Workspace, str]:
    ws = Workspace.open(path)
    programme = ws.programmes.create_with_defaults(Programme(title=title))
    workshop = ws.workshops.add(Workshop(programme_id=programme.id, title="Atelier"))
    return ws, workshop.id


def _say(ws: Workspace, workshop_id: str, text: str) -> None:
    ws.entries.add(Entry(workshop_id=workshop_id, kind=EntryKind.ISSUE, text=text))


def _crash_copy(ws: Workspace, folder: Path) -> Path:
    """What a kill -9 leaves on disk: the file and its journal as they are now."""
    folder.mkdir()
    target = folder / ws.path.name
    shutil.copyfile(ws.path, target)
    wal = ws.path.with_name(ws.path.name + "-wal")
    if wal.exists():
        shutil.copyfile(wal, folder / wal.name)
    return target


def _texts(path: Path) -> list[str]:
    with Workspace.open(path, create=False, read_only=True) as ws:
        return sorted(e.text for e in ws.entries.select())


def _digest(*paths: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths if p.exists()}


def test_own_journal_after_a_crash_is_taken_back(tmp_path):
    ws, workshop = _workspace(tmp_path / "atelier.sqlite")
    _say(ws, workshop, "avant la pause")
    assert ws.checkpoint()
    _say(ws, workshop, "après la pause")  # a new run of the journal, marked
    crashed = _crash_copy(ws, tmp_path / "crash")
    ws.close()
    assert crashed.with_name("atelier.sqlite-wal").stat().st_size > 0
    assert _texts(crashed) == ["après la pause", "avant la pause"]
    with Workspace.open(crashed, create=False) as again:  # and the window opens it
        assert len(again.entries.select()) == 2


def test_own_journal_is_taken_back_after_a_partial_fold(tmp_path):
    """A reader holding the journal stops a checkpoint half-way; what stays in the journal
    is still vouched for if the app dies right then."""
    ws, workshop = _workspace(tmp_path / "atelier.sqlite")
    _say(ws, workshop, "première")
    reader = sqlite3.connect(ws.path)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM entry").fetchone()  # holds this snapshot
    _say(ws, workshop, "deuxième")
    assert not ws.checkpoint()  # the reader's snapshot keeps the second run unfolded
    crashed = _crash_copy(ws, tmp_path / "crash")
    reader.rollback()
    reader.close()
    ws.close()
    assert _texts(crashed) == ["deuxième", "première"]


def test_every_run_of_the_journal_names_the_file_as_its_parent(tmp_path):
    ws, workshop = _workspace(tmp_path / "atelier.sqlite")
    for round_ in range(3):
        _say(ws, workshop, f"tour {round_}")
        token, parent = ws.conn.execute("SELECT token, parent FROM journal_mark").fetchone()
        assert parent == (journal.main_file_token(ws.path) or "")  # "" while new
        assert token != parent
        assert ws.checkpoint()
        assert journal.main_file_token(ws.path) == token  # folded: the file holds the mark
    ws.close()


def test_the_journal_of_another_workspace_is_refused_and_nothing_changes(tmp_path):
    mine, workshop = _workspace(_mk(tmp_path, "mine"))
    _say(mine, workshop, "à moi")
    mine.close()
    other, other_workshop = _workspace(_mk(tmp_path, "other"), title="Un autre")
    _say(other, other_workshop, "à l'autre")
    crashed = _crash_copy(other, tmp_path / "crash")
    other.close()
    target = tmp_path / "mine" / "atelier.sqlite"
    wal = target.with_name("atelier.sqlite-wal")
    shutil.copyfile(crashed.with_name("atelier.sqlite-wal"), wal)
    before = _digest(target, wal)
    for read_only in (True, False):
        with pytest.raises(ForeignJournal) as refused:
            Workspace.open(target, create=False, read_only=read_only)
        assert "atelier.sqlite-wal" in str(refused.value)
        assert _digest(target, wal) == before
        assert not target.with_name("atelier.sqlite-shm").exists()
    wal.unlink()  # moved aside, as the message says: the file opens as it was
    assert _texts(target) == ["à moi"]


def test_the_journal_of_another_copy_that_went_on_is_refused(tmp_path):
    """The coordinator's copy and a facilitator's copy of one workspace: the facilitator's
    journal does not continue the coordinator's file once that file has moved on."""
    first, workshop = _workspace(_mk(tmp_path, "coordinator"))
    _say(first, workshop, "commun")
    first.close()
    shutil.copytree(tmp_path / "coordinator", tmp_path / "facilitator")
    coordinator = Workspace.open(tmp_path / "coordinator" / "atelier.sqlite")
    _say(coordinator, workshop, "chez la coordinatrice")
    coordinator.close()
    facilitator = Workspace.open(tmp_path / "facilitator" / "atelier.sqlite")
    _say(facilitator, workshop, "chez l'animateur")
    crashed = _crash_copy(facilitator, tmp_path / "crash")
    facilitator.close()
    target = tmp_path / "coordinator" / "atelier.sqlite"
    shutil.copyfile(crashed.with_name("atelier.sqlite-wal"), target.with_name("atelier.sqlite-wal"))
    with pytest.raises(ForeignJournal):
        Workspace.open(target, create=False)


def test_a_journal_that_changes_data_without_the_mark_is_refused(tmp_path):
    """Written by another program (here Python's sqlite3 on a copy), or by hand."""
    ws, workshop = _workspace(_mk(tmp_path, "mine"))
    _say(ws, workshop, "texte d'origine")
    ws.close()
    shutil.copytree(tmp_path / "mine", tmp_path / "elsewhere")
    other = sqlite3.connect(tmp_path / "elsewhere" / "atelier.sqlite", isolation_level=None)
    other.execute("PRAGMA wal_autocheckpoint = 0")
    other.execute("UPDATE entry SET text = 'réécrit ailleurs'")
    target = tmp_path / "mine" / "atelier.sqlite"
    shutil.copyfile(
        tmp_path / "elsewhere" / "atelier.sqlite-wal", target.with_name("atelier.sqlite-wal")
    )
    other.close()
    with pytest.raises(ForeignJournal):
        Workspace.open(target, create=False, read_only=True)


def test_a_journal_that_only_repeats_the_file_is_harmless(tmp_path):
    """A fully folded journal left by a crash before it was emptied."""
    ws, workshop = _workspace(tmp_path / "atelier.sqlite")
    _say(ws, workshop, "déjà dans le fichier")
    assert ws.checkpoint()  # PASSIVE: the journal keeps its (folded) pages
    crashed = _crash_copy(ws, tmp_path / "crash")
    ws.close()
    assert crashed.with_name("atelier.sqlite-wal").stat().st_size > 0
    assert _texts(crashed) == ["déjà dans le fichier"]


def test_a_running_atelier_s_live_journal_is_not_questioned(tmp_path):
    """``list`` while the window is open reads the window's own journal (no copy made)."""
    ws, workshop = _workspace(tmp_path / "atelier.sqlite")
    _say(ws, workshop, "en direct")
    assert _texts(ws.path) == ["en direct"]
    ws.close()


def test_a_file_without_a_mark_keeps_its_journal(tmp_path, monkeypatch):
    """Workspaces of the previous version have no mark: their journal is taken back as
    before (a crash of the old version must not lose entries)."""
    ws, workshop = _workspace(tmp_path / "atelier.sqlite")
    ws.close()
    legacy = sqlite3.connect(tmp_path / "atelier.sqlite", isolation_level=None)
    legacy.execute("DROP TABLE journal_mark")
    legacy.execute("DELETE FROM _sqlite_migrations WHERE name LIKE '0003%'")
    legacy.execute("PRAGMA user_version = 2")
    legacy.close()
    # the old version writing, then dying: its journal has no mark at all
    old = sqlite3.connect(tmp_path / "atelier.sqlite", isolation_level=None)
    old.execute("PRAGMA wal_autocheckpoint = 0")
    old.execute(
        "INSERT INTO entry (id, workshop_id, kind, text, position, created_at, updated_at)"
        " VALUES ('e1', ?, 'issue', 'écrit par l''ancienne version', 1, '2026-01-01', '2026-01-01')",
        [workshop],
    )
    crashed = tmp_path / "crash"
    crashed.mkdir()
    for name in ("atelier.sqlite", "atelier.sqlite-wal"):
        shutil.copyfile(tmp_path / name, crashed / name)
    old.close()
    with Workspace.open(crashed / "atelier.sqlite", create=False) as upgraded:
        assert [e.text for e in upgraded.entries.select()] == ["écrit par l'ancienne version"]
        assert upgraded.conn.execute("SELECT count(*) FROM journal_mark").fetchone()[0] == 1


def _mk(tmp_path: Path, name: str) -> Path:
    (tmp_path / name).mkdir(exist_ok=True)
    return tmp_path / name / "atelier.sqlite"
