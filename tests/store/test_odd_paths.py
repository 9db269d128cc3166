"""Paths that are not workspace files are refused at once: a pipe never hangs Atelier, an
empty file is not "written by an older Atelier" (issue 13)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from workshop_app.store import Workspace
from workshop_app.store.errors import NotAWorkspaceFile

LIST = "from workshop_app.cli import main; raise SystemExit(main(['--db', {path!r}, 'list']))"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
@pytest.mark.parametrize("read_only", [False, True])
def test_a_named_pipe_is_refused_without_hanging(tmp_path, read_only):
    pipe = tmp_path / "atelier.sqlite"
    os.mkfifo(pipe)
    code = (
        "from workshop_app.store import Workspace\n"
        "from workshop_app.store.errors import NotAWorkspaceFile\n"
        "try:\n"
        f"    Workspace.open({str(pipe)!r}, create=False, read_only={read_only})\n"
        "except NotAWorkspaceFile as error:\n"
        "    print(error)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert "is not a file" in done.stdout, done.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_the_list_command_refuses_a_pipe_in_plain_words(tmp_path):
    pipe = tmp_path / "atelier.sqlite"
    os.mkfifo(pipe)
    done = subprocess.run(
        [sys.executable, "-c", LIST.format(path=str(pipe))],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode != 0
    assert "is not a file" in done.stderr + done.stdout
    assert "Traceback" not in done.stderr


def test_an_empty_file_is_not_a_workspace_for_reading(tmp_path):
    empty = tmp_path / "vide.sqlite"
    empty.write_bytes(b"")
    with pytest.raises(NotAWorkspaceFile, match="is empty"):
        Workspace.open(empty, create=False, read_only=True)
    assert empty.read_bytes() == b""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vide.sqlite"]


def test_reading_leaves_no_journal_files_beside_the_workspace(tmp_path):
    """Issue 13: list and export left -wal/-shm files beside the workspace (138 of 305)."""
    from workshop_app.domain import Programme

    path = tmp_path / "atelier.sqlite"
    with Workspace.open(path) as ws:
        ws.programmes.create_with_defaults(Programme(title="Lecture seule"))
    before = sorted(p.name for p in tmp_path.iterdir())
    assert before == ["atelier.sqlite"]
    with Workspace.open(path, create=False, read_only=True) as ws:
        assert [p.title for p in ws.programmes.select()] == ["Lecture seule"]
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_a_folder_where_the_lock_goes_is_named_not_called_read_only(tmp_path):
    """Issue 13: a lock path that is a folder was reported as "read-only"."""
    from workshop_app.store.errors import LockInTheWay, ReadOnlyLocation
    from workshop_app.store.lock import lock_path_for

    path = tmp_path / "atelier.sqlite"
    with Workspace.open(path):
        pass
    lock_path_for(path).mkdir()
    with pytest.raises(LockInTheWay, match="something else is there") as caught:
        Workspace.open(path)
    assert not isinstance(caught.value, ReadOnlyLocation)


def test_text_that_is_not_utf8_shows_as_replacement_not_a_crash(tmp_path):
    """Issue 13: invalid UTF-8 in an entry's text made the workspace unreadable
    (sqlite3.OperationalError: Could not decode to UTF-8)."""
    import sqlite3
    from contextlib import closing

    from workshop_app.domain import Entry, EntryKind, Programme, Workshop

    path = tmp_path / "atelier.sqlite"
    with Workspace.open(path) as ws:
        programme = ws.programmes.create_with_defaults(Programme(title="Programme"))
        workshop = ws.workshops.add(Workshop(programme_id=programme.id, title="Atelier"))
        sound = ws.entries.add(Entry(workshop_id=workshop.id, kind=EntryKind.IDEA, text="Sain"))
        bad = ws.entries.add(Entry(workshop_id=workshop.id, kind=EntryKind.IDEA, text="x"))
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE entry SET text = CAST(x'4361ff66e9' AS TEXT) WHERE id = ?", [bad.id])
        conn.commit()
    for read_only in (True, False):
        with Workspace.open(path, read_only=read_only) as ws:
            texts = {e.id: e.text for e in ws.entries.for_workshop(workshop.id)}
        assert texts[sound.id] == "Sain"
        assert texts[bad.id] == "Ca\ufffdf\ufffd"


def _made(tmp_path):
    from workshop_app.domain import Entry, EntryKind, Programme, Workshop

    path = tmp_path / "atelier.sqlite"
    with Workspace.open(path) as ws:
        programme = ws.programmes.create_with_defaults(Programme(title="Programme"))
        workshop = ws.workshops.add(
            Workshop(programme_id=programme.id, title="Atelier", starts_at="2026-03-03T14:00")
        )
        entry = ws.entries.add(Entry(workshop_id=workshop.id, kind=EntryKind.IDEA, text="x"))
    return path, workshop, entry


def _raw(path, sql, *params):
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(path)) as conn:
        conn.execute(sql, params)
        conn.commit()


def test_a_refused_reading_leaves_no_journal_files_either(tmp_path):
    """The corpus: "written by an older Atelier" refusals left -wal and -shm behind."""
    from workshop_app.store.errors import NeedsUpgrade

    path, _workshop, _entry = _made(tmp_path)
    _raw(path, "PRAGMA user_version = 1")
    with pytest.raises(NeedsUpgrade):
        Workspace.open(path, create=False, read_only=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["atelier.sqlite"]


def test_reading_through_a_link_leaves_nothing_beside_its_target(tmp_path):
    path, _workshop, _entry = _made(tmp_path)
    link = tmp_path / "lien.sqlite"
    link.symlink_to(path)
    with Workspace.open(link, create=False, read_only=True) as ws:
        assert ws.programmes.select()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["atelier.sqlite", "lien.sqlite"]


def test_blobs_where_text_belongs_read_as_text(tmp_path):
    """The corpus: a blob in entry.text broke the PDF; in starts_at it crashed the window."""
    path, workshop, entry = _made(tmp_path)
    _raw(path, "UPDATE entry SET text = x'4361ff' WHERE id = ?", entry.id)
    _raw(path, "UPDATE workshop SET starts_at = x'32303236' WHERE id = ?", workshop.id)
    with Workspace.open(path, create=False, read_only=True) as ws:
        assert ws.entries.get(entry.id).text == "Ca\ufffd"
        assert ws.workshops.get(workshop.id).starts_at == "2026"


def test_an_empty_database_of_another_program_is_not_made_a_workspace(tmp_path):
    """The corpus: opening (not creating) an empty SQLite file turned it into a workspace."""
    import sqlite3
    from contextlib import closing

    path = tmp_path / "autre.sqlite"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA user_version = 0")
        conn.execute("CREATE TABLE t(x)")
        conn.execute("DROP TABLE t")
        conn.commit()
    before = path.read_bytes()
    with pytest.raises(NotAWorkspaceFile, match="empty database"):
        Workspace.open(path, create=False)
    assert path.read_bytes() == before
