"""Files that are not (usable) workspaces are refused with a clear message, untouched.

Each refusal must raise the right :class:`WorkspaceError` subclass, name the file in its
message, and leave the file byte for byte as it was, with the same modification time and
no ``-wal``, ``-shm``, ``-journal`` or ``.lock`` file beside it.
"""

import os
import random
import re
import sqlite3
from contextlib import closing

import pytest

from workshop_app.store import Workspace, connection
from workshop_app.store.errors import (
    DamagedWorkspace,
    ForeignDatabase,
    MissingFolder,
    NewerWorkspace,
    NotAWorkspaceFile,
    ReadOnlyLocation,
    UnreadableFile,
    WorkspaceError,
)
from workshop_app.store.schema import SCHEMA_VERSION

PAGE = 4096
PNG_LIKE = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8


def damaged_search_index(path, workspace_bytes: bytes):
    """A copy of the workspace at ``path`` with garbage inside its largest full-text index
    block: the b-tree stays valid, ``quick_check`` says "ok", the index is broken."""
    path.write_bytes(workspace_bytes)
    with closing(sqlite3.connect(path)) as probe:
        [(block,)] = probe.execute(
            "SELECT block FROM entry_fts_data WHERE id > 10 ORDER BY length(block) DESC LIMIT 1"
        )
    start = workspace_bytes.index(block) + 100
    damaged = bytearray(workspace_bytes)
    damaged[start : start + len(block) - 200] = b"\xff" * (len(block) - 200)
    path.write_bytes(bytes(damaged))
    return path


def names_the_file(message: str, path) -> bool:
    """The message gives the whole path, or the folder and the file name."""
    return str(path) in message or (str(path.parent) in message and path.name in message)


def open_error(path):
    """The error ``Workspace.open(path)`` raises, or None (the workspace is then closed)."""
    try:
        Workspace.open(path).close()
    except WorkspaceError as error:
        return error
    return None


def refuses(error_class, path):
    """``Workspace.open(path)`` raises ``error_class`` naming ``path``; the error."""
    with pytest.raises(error_class) as caught:
        Workspace.open(path)
    assert caught.value.path == path
    assert names_the_file(str(caught.value), path), (
        f"the message does not name {path}: {caught.value}"
    )
    return caught.value


def test_a_text_file_is_not_a_workspace(tmp_path, freeze):
    path = tmp_path / "compte-rendu.sqlite"
    path.write_text("Compte rendu de l'atelier du 12 mars\n", encoding="utf-8")
    frozen = freeze(path)
    refuses(NotAWorkspaceFile, path)
    frozen.assert_unchanged()


def test_an_image_is_not_a_workspace(tmp_path, freeze):
    path = tmp_path / "photo.sqlite"
    path.write_bytes(PNG_LIKE)
    frozen = freeze(path)
    refuses(NotAWorkspaceFile, path)
    frozen.assert_unchanged()


def test_a_truncated_workspace_is_damaged(tmp_path, freeze, workspace_bytes):
    path = tmp_path / "coupé.sqlite"
    path.write_bytes(workspace_bytes[:200])
    frozen = freeze(path)
    refuses(DamagedWorkspace, path)
    frozen.assert_unchanged()


@pytest.mark.parametrize("cut", [1, 7, PAGE, 3 * PAGE])
def test_a_workspace_missing_its_end_is_damaged(tmp_path, freeze, workspace_bytes, cut):
    """One byte, or whole pages, lost at the end (a copy stopped short): SQLite reads on
    without a word and ``quick_check`` may pass; the size says it at once."""
    path = tmp_path / "copie incomplète.sqlite"
    path.write_bytes(workspace_bytes[:-cut])
    frozen = freeze(path)
    error = refuses(DamagedWorkspace, path)
    assert "page" in str(error)
    frozen.assert_unchanged()
    with pytest.raises(DamagedWorkspace):
        Workspace.open(path, create=False, read_only=True)
    frozen.assert_unchanged()


def test_a_workspace_with_garbage_over_middle_pages_is_damaged(tmp_path, freeze, workspace_bytes):
    damaged = bytearray(workspace_bytes)
    middle = len(damaged) // PAGE // 2
    garbage = random.Random(2024).randbytes(4 * PAGE)
    damaged[middle * PAGE : (middle + 4) * PAGE] = garbage
    path = tmp_path / "abîmé.sqlite"
    path.write_bytes(bytes(damaged))
    frozen = freeze(path)

    error = refuses(DamagedWorkspace, path)

    assert "backup" in str(error)
    frozen.assert_unchanged()


@pytest.mark.parametrize("page", [3, 10, 30, 60, 90])
def test_garbage_over_any_single_page_is_detected(tmp_path, freeze, workspace_bytes, page):
    assert page * PAGE <= len(workspace_bytes)
    damaged = bytearray(workspace_bytes)
    damaged[(page - 1) * PAGE : page * PAGE] = random.Random(page).randbytes(PAGE)
    path = tmp_path / "abîmé.sqlite"
    path.write_bytes(bytes(damaged))
    frozen = freeze(path)
    refuses(DamagedWorkspace, path)
    frozen.assert_unchanged()


def test_a_damaged_search_index_is_detected(tmp_path, freeze, workspace_bytes):
    """Garbage inside the full-text index's pages keeps the b-tree valid: ``PRAGMA
    quick_check`` (SQLite 3.40) says "ok", yet search then fails ("database disk image
    is malformed") or silently misses entries. Opening must notice it and repair it."""
    path = damaged_search_index(tmp_path / "index-abîmé.sqlite", workspace_bytes)
    with closing(sqlite3.connect(path)) as probe:  # the damage is real
        # FTS5 reports garbage lengths either as corruption or as SQLITE_NOMEM.
        with pytest.raises((sqlite3.DatabaseError, MemoryError)):
            probe.execute("INSERT INTO entry_fts(entry_fts) VALUES('integrity-check')")
        probe.rollback()

    # The index is derived from the entries: opening rebuilds it and says so.
    with Workspace.open(path) as ws:
        assert ws.repaired is not None
        assert "search index" in ws.repaired
        # the repair is committed (corpus: a transaction left open made the window's daily
        # backup wait for ever)
        assert not ws.conn.in_transaction
        from workshop_app.store import backups

        assert backups.take(ws, "daily").exists()
        ws.db.execute("INSERT INTO entry_fts(entry_fts) VALUES('integrity-check')")
        programme = ws.programmes.select()[0]
        some = ws.entries.select(limit=1)[0]
        word = max(some.text.split(), key=len)
        assert some.id in {hit.entry.id for hit in ws.entries.search(programme.id, word)}


@pytest.mark.parametrize("journal_mode", ["delete", "wal"])
def test_another_program_s_database_is_foreign(tmp_path, freeze, journal_mode):
    path = tmp_path / "musique.sqlite"
    with closing(sqlite3.connect(path, isolation_level=None)) as other:
        other.execute(f"PRAGMA journal_mode = {journal_mode}")
        other.execute("CREATE TABLE songs (id INTEGER PRIMARY KEY, title TEXT)")
        other.execute("INSERT INTO songs (title) VALUES ('Le temps des cerises')")
    with closing(sqlite3.connect(path)) as probe:
        assert probe.execute("PRAGMA application_id").fetchone()[0] == 0
    frozen = freeze(path)

    error = refuses(ForeignDatabase, path)

    assert "another program" in str(error)
    frozen.assert_unchanged()


def test_a_workspace_from_a_newer_atelier_is_refused(tmp_path, freeze, workspace_bytes):
    path = tmp_path / "futur.sqlite"
    path.write_bytes(workspace_bytes)
    with closing(sqlite3.connect(path)) as newer:
        newer.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    frozen = freeze(path)

    error = refuses(NewerWorkspace, path)

    assert "Update Atelier" in str(error)
    assert str(SCHEMA_VERSION + 1) in str(error)
    frozen.assert_unchanged()


def test_a_folder_is_not_a_workspace(tmp_path):
    path = tmp_path / "dossier.sqlite"
    path.mkdir()
    refuses(NotAWorkspaceFile, path)
    assert os.listdir(path) == []
    assert sorted(os.listdir(tmp_path)) == ["dossier.sqlite"]


def test_a_path_in_a_missing_folder_is_refused(tmp_path):
    path = tmp_path / "absent" / "atelier.sqlite"
    with pytest.raises(MissingFolder) as caught:
        Workspace.open(path)
    assert str(path.parent) in str(caught.value)
    assert not path.parent.exists()


def test_a_missing_folder_message_names_the_file(tmp_path):
    path = tmp_path / "absent" / "atelier.sqlite"
    with pytest.raises(MissingFolder) as caught:
        Workspace.open(path)
    assert names_the_file(str(caught.value), path), (
        f"the message names the folder but not the file {path.name}: {caught.value}"
    )


def test_a_missing_file_is_not_created_when_asked_not_to(tmp_path):
    path = tmp_path / "atelier.sqlite"
    with pytest.raises(MissingFolder, match=re.escape(str(path))):
        Workspace.open(path, create=False)
    assert os.listdir(tmp_path) == []


# -- permissions -----------------------------------------------------------------------
# Tests run as root in CI, where chmod is not enforced: ``unprivileged`` then opens the file
# from a forked child running as ``nobody``. ``shared_dir`` is a folder that user can reach.


def test_a_new_workspace_in_a_read_only_folder_is_refused(shared_dir, unprivileged):
    folder = shared_dir / "lecture-seule"
    folder.mkdir()
    folder.chmod(0o555)
    path = folder / "atelier.sqlite"

    result = unprivileged.open(path)

    assert result is not None, "the workspace was created in a read-only folder"
    kind, message = result
    assert kind == ReadOnlyLocation.__name__, message
    assert names_the_file(message, path), message
    assert os.listdir(folder) == []


def test_an_existing_workspace_in_a_read_only_folder_is_refused(
    shared_dir, unprivileged, workspace_bytes, freeze
):
    folder = shared_dir / "lecture-seule"
    folder.mkdir()
    path = folder / "atelier.sqlite"
    path.write_bytes(workspace_bytes)
    unprivileged.own(path)
    frozen = freeze(path)
    folder.chmod(0o555)

    result = unprivileged.open(path)

    assert result is not None, "a workspace in a read-only folder was opened"
    kind, message = result
    assert kind == ReadOnlyLocation.__name__, (
        f"a workspace in a read-only folder is reported as {kind}: {message}"
    )
    assert names_the_file(message, path), message
    frozen.assert_unchanged()


def test_a_read_only_workspace_file_is_refused(shared_dir, unprivileged, workspace_bytes, freeze):
    folder = shared_dir / "partagé"
    folder.mkdir()
    folder.chmod(0o777)
    path = folder / "atelier.sqlite"
    path.write_bytes(workspace_bytes)
    path.chmod(0o444)
    frozen = freeze(path)

    result = unprivileged.open(path)

    assert result is not None, "a read-only workspace file was opened"
    kind, message = result
    assert kind == ReadOnlyLocation.__name__, message
    assert names_the_file(message, path), message
    frozen.assert_unchanged()


def test_an_unreadable_file_is_refused(shared_dir, unprivileged, workspace_bytes, freeze):
    folder = shared_dir / "partagé"
    folder.mkdir()
    folder.chmod(0o777)
    path = folder / "atelier.sqlite"
    path.write_bytes(workspace_bytes)
    path.chmod(0o000)
    frozen = freeze(path)

    result = unprivileged.open(path)

    assert result is not None, "an unreadable workspace file was opened"
    kind, message = result
    assert kind == UnreadableFile.__name__, message
    assert names_the_file(message, path), message
    frozen.assert_unchanged()


def _deny_writes_to(monkeypatch, denied):
    """Make ``os.access(…, W_OK)`` say no for ``denied`` (the store asks it before writing)."""
    real_access = os.access

    def access(target, mode, *args, **kwargs):
        if mode & os.W_OK and os.fspath(target) == os.fspath(denied):
            return False
        return real_access(target, mode, *args, **kwargs)

    monkeypatch.setattr(connection.os, "access", access)


def test_read_only_file_is_refused_when_os_access_says_so(
    tmp_path, workspace_bytes, freeze, monkeypatch
):
    path = tmp_path / "atelier.sqlite"
    path.write_bytes(workspace_bytes)
    frozen = freeze(path)
    _deny_writes_to(monkeypatch, path)

    error = refuses(ReadOnlyLocation, path)

    assert "read-only" in str(error)
    frozen.assert_unchanged()


def test_read_only_folder_is_refused_when_os_access_says_so(
    tmp_path, workspace_bytes, freeze, monkeypatch
):
    path = tmp_path / "atelier.sqlite"
    path.write_bytes(workspace_bytes)
    frozen = freeze(path)
    _deny_writes_to(monkeypatch, tmp_path)

    refuses(ReadOnlyLocation, path)

    frozen.assert_unchanged()


def test_new_workspace_in_a_folder_os_access_calls_read_only(tmp_path, monkeypatch):
    _deny_writes_to(monkeypatch, tmp_path)
    path = tmp_path / "atelier.sqlite"
    refuses(ReadOnlyLocation, path)
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize(
    "error_class",
    [
        DamagedWorkspace,
        ForeignDatabase,
        MissingFolder,
        NewerWorkspace,
        NotAWorkspaceFile,
        ReadOnlyLocation,
        UnreadableFile,
    ],
)
def test_every_refusal_is_a_workspace_error(error_class):
    assert issubclass(error_class, WorkspaceError)
