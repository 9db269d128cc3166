"""Erasures and names across exchanges and merges (issue 14; found by review): an erased
name is nowhere after any order of merges — not in the texts, the set-aside versions,
the fingerprints, the search index, the backups — and a file sent without names holds
none of them in any free text."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from workshop_app.domain import Entry, EntryKind, Participant, ParticipantRole, Programme, Workshop
from workshop_app.domain.models import AgendaStep
from workshop_app.store import Workspace, backups
from workshop_app.store.errors import WriteFailed
from workshop_app.store.exchange import merge_files
from workshop_app.store.exchange.pack import pack

NAME = "Mona Zylberstajn"


def _holds(path: Path, needle: str = NAME) -> list[str]:
    found = []
    for file in (path, path.with_name(path.name + "-wal")):
        if file.exists() and needle.casefold().encode() in file.read_bytes().lower():
            found.append(file.name)
    return found


@pytest.fixture
def coordinator(tmp_path):
    path = tmp_path / "coordination.sqlite"
    ws = Workspace.open(path)
    programme = ws.programmes.create_with_defaults(Programme(title="Programme"))
    mona = ws.participants.add(
        Participant(programme_id=programme.id, display_name=NAME, role=ParticipantRole.RESIDENT)
    )
    workshop = ws.workshops.add(Workshop(programme_id=programme.id, title="Atelier 1"))
    yield ws, programme, mona, workshop
    ws.close()


def _laptop(tmp_path, name: str, sent: Path) -> Workspace:
    ws = Workspace.open(tmp_path / f"{name}.sqlite")
    merge_files(ws, [sent])
    return ws


def test_an_erasure_travels_in_a_programme_sent_without_names(coordinator, tmp_path):
    ws, programme, mona, _workshop = coordinator
    sent = tmp_path / "avec-noms.atelier"
    pack(ws, sent, programme_id=programme.id, with_names=True)
    laptop = _laptop(tmp_path, "portable", sent)
    ws.participants.erase(mona.id)
    again = tmp_path / "sans-noms.atelier"
    pack(ws, again, programme_id=programme.id)
    merge_files(laptop, [again])
    [person] = laptop.participants.select(include_deleted=True)
    assert person.erased_at and person.display_name == ""
    laptop.close()
    assert _holds(laptop.path) == []


@pytest.mark.parametrize("order", ["erasure first", "mention first"])
def test_the_order_of_the_files_does_not_bring_a_name_back(coordinator, tmp_path, order):
    ws, programme, mona, workshop = coordinator
    sent = tmp_path / "programme.atelier"
    pack(ws, sent, programme_id=programme.id, with_names=True)
    erasing = _laptop(tmp_path, "a", sent)
    erasing.attendance.check_in(workshop.id, mona.id)
    erasing.participants.erase(mona.id)
    file_a = tmp_path / "a.atelier"
    pack(erasing, file_a, workshop_id=workshop.id)
    erasing.close()
    mentioning = _laptop(tmp_path, "b", sent)
    other = mentioning.workshops.add(Workshop(programme_id=programme.id, title="Atelier 2"))
    mentioning.entries.add(
        Entry(workshop_id=other.id, kind=EntryKind.IDEA, text=f"{NAME} n'était pas là")
    )
    file_b = tmp_path / "b.atelier"
    pack(mentioning, file_b, workshop_id=other.id, with_names=True)
    mentioning.close()
    merge_files(ws, [file_a, file_b] if order == "erasure first" else [file_b, file_a])
    assert [e.text for e in ws.entries.select()] == ["[…] n'était pas là"]
    ws.db.checkpoint("TRUNCATE")
    assert _holds(ws.path) == []


def test_every_free_text_is_scrubbed_on_erasure_and_in_a_file_without_names(coordinator, tmp_path):
    ws, _programme, mona, workshop = coordinator
    ws.workshops.update(
        type(workshop)(
            **{**workshop.__dict__, "facilitators": f"{NAME}, Paul", "agenda": f"avec {NAME}"}
        )
    )
    ws.agenda.add(AgendaStep(workshop_id=workshop.id, position=1, title=f"Témoignage de {NAME}"))
    ws.entries.add(Entry(workshop_id=workshop.id, kind=EntryKind.IDEA, text=f"{NAME} dit que"))
    sent = tmp_path / "atelier.atelier"
    pack(ws, sent, workshop_id=workshop.id)
    assert _holds(sent) == []
    ws.participants.erase(mona.id)
    ws.db.checkpoint("TRUNCATE")
    assert _holds(ws.path) == []


def test_an_erasure_reaches_set_aside_versions_fingerprints_index_and_backups(
    coordinator, tmp_path
):
    ws, _programme, mona, workshop = coordinator
    entry = ws.entries.add(
        Entry(workshop_id=workshop.id, kind=EntryKind.IDEA, text=f"comme {NAME} l'a dit")
    )
    sent = tmp_path / "atelier.atelier"
    pack(ws, sent, workshop_id=workshop.id, with_names=True)
    laptop = _laptop(tmp_path, "portable", sent)
    laptop.entries.update(
        type(entry)(**{**laptop.entries.get(entry.id).__dict__, "text": f"{NAME} l'a redit"})
    )
    ws.entries.update(type(entry)(**{**entry.__dict__, "text": f"comme {NAME} l'a bien dit"}))
    back = tmp_path / "retour.atelier"
    pack(laptop, back, workshop_id=workshop.id, with_names=True)
    laptop.close()
    merge_files(ws, [back])  # a conflict: one version set aside, with the name in it
    assert ws.conn.execute("SELECT count(*) FROM merge_kept").fetchone()[0] == 1
    ws.participants.erase(mona.id)
    kept = ws.conn.execute("SELECT version FROM merge_kept").fetchone()[0]
    assert NAME not in kept
    history = ws.conn.execute(
        "SELECT count(*) FROM exchange_history WHERE kind = 'entry' AND id = ?", [entry.id]
    ).fetchone()[0]
    assert history == 0  # fingerprints of texts that held the name could give it back
    ws.close()
    assert _holds(ws.path) == []
    for backup in backups.list_backups(ws.path):
        assert _holds(backup.path) == [], backup.path.name
    with closing(sqlite3.connect(ws.path)) as conn:
        assert not conn.execute(
            "SELECT count(*) FROM entry_fts WHERE entry_fts MATCH 'zylberstajn'"
        ).fetchone()[0]


def test_an_exchange_file_never_overwrites_the_workspace(coordinator):
    ws, programme, _mona, _workshop = coordinator
    with pytest.raises(WriteFailed):
        pack(ws, ws.path, programme_id=programme.id)
    assert ws.programmes.select()


def test_a_file_whose_records_do_not_fit_is_refused_in_words(coordinator, tmp_path):
    ws, _programme, _mona, workshop = coordinator
    sent = tmp_path / "atelier.atelier"
    ws.entries.add(Entry(workshop_id=workshop.id, kind=EntryKind.IDEA, text="dit"))
    pack(ws, sent, workshop_id=workshop.id, with_names=True)
    hostile = tmp_path / "bricolé.atelier"
    shutil.copyfile(sent, hostile)
    with closing(sqlite3.connect(hostile)) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("UPDATE entry SET workshop_id = 'nulle-part', id = 'autre'")
        conn.execute("DELETE FROM workshop")
        conn.commit()
    with pytest.raises(WriteFailed, match="Nothing was merged"):
        merge_files(ws, [hostile])


def test_closing_merges_the_search_index_for_good(coordinator):
    """Found by review: the optimize run on closing was never committed, so the index kept
    the words of edited entries in its old segments."""
    ws, _programme, _mona, workshop = coordinator
    entry = ws.entries.add(Entry(workshop_id=workshop.id, kind=EntryKind.IDEA, text="zorglubesque"))
    ws.entries.update(type(entry)(**{**entry.__dict__, "text": "autre chose"}))
    path = ws.path
    ws.close()
    with closing(sqlite3.connect(path)) as conn:
        blobs = [r[0] for r in conn.execute("SELECT block FROM entry_fts_data")]
    assert not any(b"zorglubesque" in bytes(b) for b in blobs if b)
