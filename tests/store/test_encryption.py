"""Encryption at rest: an encrypted workspace, its journal, backups and exchange files hold
none of the words in their bytes; the passphrase opens it, a wrong one is said as such,
and nothing of the passphrase is written anywhere."""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workshop_app.demo import create_demo_workspace
from workshop_app.domain import Entry, EntryKind, Programme, Workshop
from workshop_app.store import Workspace, backups, cipher
from workshop_app.store.encryption import change_encryption
from workshop_app.store.errors import (
    EncryptionMissing,
    NotAWorkspaceFile,
    PassphraseNeeded,
    WrongPassphrase,
)

PASSPHRASE = "Le marché du jeudi, 7 h 30 !"
SECRET = "Zéphyrine a parlé du chauffage coupé rue Quatremains"


def all_bytes(folder: Path) -> bytes:
    """Every file under ``folder`` (workspace, journal, backups, copies), concatenated."""
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def demo_words(path: Path) -> set[str]:
    """Distinctive words of the demo's entries (long enough not to appear by chance)."""
    with Workspace.open(path, create=False, read_only=True) as ws:
        texts = [r[0] for r in ws.conn.execute("SELECT text FROM entry")]
    words = set()
    for text in texts:
        words.update(w for w in re.findall(r"\w{9,}", text))
    return words


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    create_demo_workspace(path)
    return path


@pytest.fixture
def make_programme_in():
    """``make_programme_in(ws, title)``: a programme titled ``title``, with an entry saying it."""

    def make(ws: Workspace, title: str) -> Programme:
        programme = ws.programmes.create_with_defaults(Programme(title=title))
        workshop = ws.workshops.add(Workshop(title="Atelier", programme_id=programme.id))
        ws.entries.add(Entry(text=title, workshop_id=workshop.id, kind=EntryKind.ISSUE))
        return programme

    return make


def test_an_encrypted_demo_holds_none_of_its_words(demo, tmp_path):
    words = demo_words(demo)
    assert len(words) > 50
    plain = demo.read_bytes()
    assert sum(w.encode() in plain for w in words) > len(words) // 2  # the check can see
    change_encryption(demo, PASSPHRASE)
    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith(demo.name))
    assert [w for w in words if w.encode() in raw or w.lower().encode() in raw] == []
    assert not raw.startswith(b"SQLite format 3")
    assert b"atelier" not in raw.lower()


def test_it_opens_with_its_passphrase_and_holds_the_same(demo):
    with Workspace.open(demo, create=False, read_only=True) as ws:
        before = ws.conn.execute("SELECT id, text FROM entry ORDER BY id").fetchall()
    change_encryption(demo, PASSPHRASE)
    cipher.forget(demo)
    cipher._derived.clear()
    with Workspace.open(demo, create=False, passphrase=PASSPHRASE) as ws:
        assert ws.conn.execute("SELECT id, text FROM entry ORDER BY id").fetchall() == before
        assert ws.conn.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")


def test_without_a_passphrase_it_asks_for_one_and_changes_nothing(demo):
    change_encryption(demo, PASSPHRASE)
    cipher.forget(demo)
    before = digest(demo)
    with pytest.raises(PassphraseNeeded) as caught:
        Workspace.open(demo, create=False)
    assert "passphrase" in str(caught.value)
    assert isinstance(caught.value, NotAWorkspaceFile)  # old callers still refuse it
    assert digest(demo) == before
    assert sorted(p.name for p in demo.parent.iterdir()) == [demo.name]


@pytest.mark.parametrize("wrong", ["", "x", PASSPHRASE + " ", PASSPHRASE.upper(), "'; --"])
def test_a_wrong_passphrase_is_said_as_such_and_changes_nothing(demo, wrong):
    change_encryption(demo, PASSPHRASE)
    cipher.forget(demo)
    before = digest(demo)
    error = ValueError if not wrong else WrongPassphrase
    with pytest.raises(error) as caught:
        Workspace.open(demo, create=False, passphrase=wrong)
    if wrong:
        assert "passphrase does not open" in str(caught.value)
        assert "damaged" not in str(caught.value)
    assert digest(demo) == before
    assert sorted(p.name for p in demo.parent.iterdir()) == [demo.name]
    assert cipher.passphrase_for(demo) is None  # a refused passphrase is not kept


def test_a_new_encrypted_workspace_keeps_its_journal_encrypted_too(tmp_path, make_programme_in):
    path = tmp_path / "new.sqlite"
    ws = Workspace.open(path, passphrase=PASSPHRASE)
    try:
        make_programme_in(ws, SECRET)
        wal = path.with_name(path.name + "-wal")
        assert wal.exists() and wal.stat().st_size > 0  # the words sit in the journal now
        raw = path.read_bytes() + wal.read_bytes()
        assert SECRET.encode() not in raw
        assert b"Quatremains" not in raw
    finally:
        ws.close()
    assert b"Quatremains" not in all_bytes(tmp_path)


def test_backups_and_copies_are_encrypted_with_the_same_passphrase(tmp_path, make_programme_in):
    path = tmp_path / "ws.sqlite"
    with Workspace.open(path, passphrase=PASSPHRASE) as ws:
        make_programme_in(ws, SECRET)
        backup = backups.take(ws, "by-hand")
        copy = ws.save_copy(tmp_path / "copy.sqlite")
    for file in (backup, copy):
        assert b"Quatremains" not in file.read_bytes()
    cipher._keys.clear()
    cipher.remember(path, PASSPHRASE)
    listed = backups.list_backups(path)  # the backups of a workspace whose passphrase is known
    assert listed[0].contents()["programme"] == 1
    cipher.forget(copy)
    with pytest.raises(PassphraseNeeded):
        Workspace.open(copy, create=False)


def test_an_exchange_file_of_an_encrypted_workspace_is_encrypted(tmp_path, make_programme_in):
    from workshop_app.store.exchange.apply import merge_files
    from workshop_app.store.exchange.pack import pack

    path = tmp_path / "ws.sqlite"
    with Workspace.open(path, passphrase=PASSPHRASE) as ws:
        programme = make_programme_in(ws, SECRET)
        sent = pack(ws, tmp_path / "sent.atelier", programme_id=programme.id)
    assert b"Quatremains" not in sent.read_bytes()
    cipher._keys.clear()
    cipher.remember(sent, PASSPHRASE)  # the receiver types the sender's passphrase
    with Workspace.open(tmp_path / "other.sqlite") as other:
        merge_files(other, [sent])
        titles = [r[0] for r in other.conn.execute("SELECT title FROM programme")]
        assert titles == [SECRET]


def test_decrypting_gives_back_a_plain_workspace(demo):
    with Workspace.open(demo, create=False, read_only=True) as ws:
        before = ws.entries.count()
    change_encryption(demo, PASSPHRASE)
    change_encryption(demo, None)
    assert demo.read_bytes().startswith(b"SQLite format 3\x00")
    cipher._keys.clear()
    with Workspace.open(demo, create=False) as ws:
        assert ws.entries.count() == before > 10


def test_nothing_of_the_passphrase_is_written_anywhere(
    tmp_path, make_programme_in, isolated_user_dirs
):
    path = tmp_path / "ws.sqlite"
    with Workspace.open(path, passphrase=PASSPHRASE) as ws:
        make_programme_in(ws, SECRET)
        backups.take(ws, "by-hand")
    change_encryption(path, None)
    change_encryption(path, PASSPHRASE)
    derived = [key for (_phrase, _salt), key in cipher._derived.items()]
    for folder in (tmp_path, isolated_user_dirs):
        raw = all_bytes(folder)
        assert PASSPHRASE.encode() not in raw
        assert PASSPHRASE.encode("utf-16-le") not in raw
        for key in derived:
            assert key not in raw and key.hex().encode() not in raw


def test_a_missing_binding_is_said_plainly(demo, monkeypatch):
    change_encryption(demo, PASSPHRASE)
    cipher._keys.clear()

    def missing():
        raise cipher.EncryptionUnavailable("no binding")

    monkeypatch.setattr(cipher, "cipher_module", missing)
    with pytest.raises(EncryptionMissing) as caught:
        Workspace.open(demo, create=False, passphrase=PASSPHRASE)
    assert "cannot read encrypted workspaces" in str(caught.value)


passphrases = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    min_size=1,
    max_size=120,
)


@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(passphrase=passphrases, other=passphrases)
def test_any_passphrase_opens_what_it_encrypted_and_no_other(tmp_path_factory, passphrase, other):
    folder = tmp_path_factory.mktemp("enc")
    path = folder / "ws.sqlite"
    with Workspace.open(path, passphrase=passphrase) as ws:
        ws.conn.execute("PRAGMA user_version")  # created, stamped and migrated
    cipher._keys.clear()
    cipher._derived.clear()
    with Workspace.open(path, create=False, passphrase=passphrase) as ws:
        assert ws.schema_version > 0
    cipher._keys.clear()
    if other != passphrase:
        with pytest.raises(WrongPassphrase):
            Workspace.open(path, create=False, passphrase=other)
    assert not any(p.name.endswith(("-wal", "-shm")) and p.stat().st_size for p in folder.iterdir())
    os.sync()


def test_one_except_clause_catches_both_sqlites_errors():
    """Code catches ``dbapi.X``: the error of a plain workspace (sqlite3) and of an encrypted
    one (SQLCipher's classes) alike, alone or beside other exceptions in one clause."""
    import sqlite3

    from workshop_app.store import dbapi

    module = cipher.cipher_module()

    def caught(error: BaseException) -> str:
        try:
            raise error
        except (*dbapi.IntegrityError, ValueError):
            return "integrity"
        except dbapi.DatabaseError:
            return "database"

    for error in (sqlite3.IntegrityError("x"), module.IntegrityError("y")):
        assert caught(error) == "integrity"
        assert isinstance(error, dbapi.Error)
    for error in (sqlite3.OperationalError("x"), module.OperationalError("y")):
        assert caught(error) == "database"


def test_an_encrypted_backup_is_restored_with_the_workspace_s_passphrase(tmp_path):
    """Found in review: `workshop-app restore BACKUP` opened the backup without a key."""
    path = tmp_path / "ws.sqlite"
    with Workspace.open(path, passphrase=PASSPHRASE) as ws:
        ws.programmes.create_with_defaults(Programme(title="Avant"))
        backup = backups.take(ws, "by-hand")
        ws.programmes.create_with_defaults(Programme(title="Après"))
    cipher._keys.clear()
    cipher._derived.clear()
    with Workspace.open(path, create=False, passphrase=PASSPHRASE) as ws:
        backups.restore(backup, ws)  # the backup's own path was never given a passphrase
        titles = [r[0] for r in ws.conn.execute("SELECT title FROM programme")]
    assert titles == ["Avant"]


def test_erasing_goes_on_past_a_backup_it_cannot_open(tmp_path, make_programme_in):
    """Found in review: one backup under another passphrase stopped the erasure in the
    others (and reached the window as an unexpected error)."""
    from workshop_app.domain import Participant

    path = tmp_path / "ws.sqlite"
    with Workspace.open(path, passphrase=PASSPHRASE) as ws:
        programme = make_programme_in(ws, "Programme")
        person = ws.participants.add(
            Participant(programme_id=programme.id, display_name="Zéphyrine Quatremains")
        )
        first = backups.take(ws, "by-hand")
        second = backups.take(ws, "by-hand")
        other = first.with_name("other.tmp")
        cipher.rekey_copy(first, other, PASSPHRASE, "une autre phrase")
        other.replace(first)
        ws.participants.erase(person.id)
    cipher._keys.clear()
    with Workspace.open(second, create=False, passphrase=PASSPHRASE, lock=False) as copy:
        names = [r[0] for r in copy.conn.execute("SELECT display_name FROM participant")]
    assert "Zéphyrine Quatremains" not in names
