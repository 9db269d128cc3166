"""The coordinator's case (issue 14): one programme sent to five facilitators, plus one who
made the programme on their own; people seen on several laptops; the same action edited
on two laptops; an entry removed; a person erased. Merged in two orders, the results are
the same; a second merge changes nothing; every entry arrives; the erased name is nowhere
in the file or its journal; the programme synthesis is written."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from workshop_app.domain import Entry, EntryKind, Participant, ParticipantRole, Programme, Workshop
from workshop_app.domain.models import Action
from workshop_app.store import Workspace
from workshop_app.store.exchange import merge_files
from workshop_app.store.exchange.kinds import KINDS
from workshop_app.store.exchange.match import mapping, propose
from workshop_app.store.exchange.pack import pack
from workshop_app.store.exchange.source import open_source

ERASED_NAME = "Mona Lisandre"
TITLE = "Accès aux droits — Villeurbanne"


def canonical(path: Path) -> dict[str, list[tuple]]:
    """Everything that travels, in a fixed order, without the row numbers and write times
    that differ from one file to another."""
    with Workspace.open(path, create=False, read_only=True) as ws:
        dump = {}
        for kind in KINDS:
            columns = [c for c in kind.columns if c != "updated_at"]
            dump[kind.table] = sorted(
                tuple(row) for row in ws.db.rows(f"SELECT {', '.join(columns)} FROM {kind.table}")
            )
        return dump


def _programme(ws: Workspace, title: str = TITLE) -> tuple[Programme, list[Action]]:
    programme = ws.programmes.create_with_defaults(Programme(title=title))
    actions = [
        ws.actions.add(Action(programme_id=programme.id, number=n, title=t))
        for n, t in ((1, "Accueillir sans rendez-vous"), (2, "Simplifier les courriers"))
    ]
    return programme, actions


def _workshop(ws: Workspace, programme_id: str, title: str, texts: list[str], people=()):
    workshop = ws.workshops.add(Workshop(programme_id=programme_id, title=title))
    for person in people:
        ws.attendance.check_in(workshop.id, person)
    for n, text in enumerate(texts):
        ws.entries.add(
            Entry(
                workshop_id=workshop.id,
                kind=EntryKind.ISSUE if n % 2 == 0 else EntryKind.IDEA,
                text=text,
                position=float(n),
                author_id=people[0] if people else None,
            )
        )
    return workshop


@pytest.fixture
def laptops(tmp_path):
    """Five facilitators' exchange files and one independent programme, and the
    coordinator's workspace; returns (coordinator path, files to merge, expected texts)."""
    coordinator = tmp_path / "coordination" / "atelier.sqlite"
    coordinator.parent.mkdir()
    sent = tmp_path / "programme.atelier"
    with Workspace.open(coordinator) as ws:
        programme, actions = _programme(ws)
        mona = ws.participants.add(
            Participant(
                programme_id=programme.id, display_name=ERASED_NAME, role=ParticipantRole.RESIDENT
            )
        )
        ws.participants.add(
            Participant(
                programme_id=programme.id,
                display_name="Josiane Martin",
                role=ParticipantRole.SOCIAL_WORKER,
            )
        )
        pack(ws, sent, programme_id=programme.id, with_names=True)
        programme_id, action_one, mona_id = programme.id, actions[0].id, mona.id
    files, texts = [], []
    for n in range(1, 6):
        laptop = tmp_path / f"animateur{n}" / "atelier.sqlite"
        laptop.parent.mkdir()
        with Workspace.open(laptop) as ws:
            merge_files(ws, [sent])
            people = [mona_id]
            if n in (2, 3):  # the same new person, checked in on two laptops apart
                people.append(
                    ws.participants.add(
                        Participant(
                            programme_id=programme_id,
                            display_name="Nadia Benali",
                            role=ParticipantRole.RESIDENT,
                        )
                    ).id
                )
            said = [
                f"Atelier {n}, remarque {i} : « {ERASED_NAME} » l'a dit"
                if i == 0
                else f"Atelier {n}, remarque {i}"
                for i in range(6)
            ]
            workshop = _workshop(ws, programme_id, f"Atelier {n}", said, people)
            texts += said
            if n == 1:  # the same action edited on two laptops
                action = ws.actions.get(action_one)
                ws.actions.update(dataclasses.replace(action, description="Revu par l'animateur 1"))
            if n == 4:  # an entry removed before sending
                gone = ws.entries.for_workshop(workshop.id)[-1]
                ws.entries.soft_delete(gone.id)
            if n == 5:  # a person erased on this laptop
                ws.participants.erase(mona_id)
            out = tmp_path / f"atelier-{n}.atelier"
            pack(ws, out, workshop_id=workshop.id, with_names=(n == 1))
            files.append(out)
    # one facilitator made the programme on their own laptop, with the same actions
    alone = tmp_path / "seul" / "atelier.sqlite"
    alone.parent.mkdir()
    with Workspace.open(alone) as ws:
        programme, _ = _programme(ws, title="ACCÈS aux droits - Villeurbanne")
        said = ["Atelier 6, remarque 0", "Atelier 6, remarque 1"]
        _workshop(ws, programme.id, "Atelier 6", said)
        texts += said
    files.append(alone)
    with Workspace.open(coordinator) as ws:
        action = ws.actions.get(action_one)
        ws.actions.update(dataclasses.replace(action, description="Revu par la coordinatrice"))
    return coordinator, files, texts


def _merge(coordinator: Path, files: list[Path], copy: Path) -> Path:
    copy.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(coordinator, copy)
    with Workspace.open(copy) as ws:
        matches = {}
        for path in files:
            with open_source(path) as source:
                proposals = propose(ws, source)
                matches[source.key] = mapping([m for m in proposals if m.table == "programme"])
        merge_files(ws, files, matches=matches)
    return copy


def test_two_orders_give_the_same_workspace_and_a_second_merge_changes_nothing(laptops, tmp_path):
    coordinator, files, _texts = laptops
    forward = _merge(coordinator, files, tmp_path / "a" / "atelier.sqlite")
    backward = _merge(coordinator, list(reversed(files)), tmp_path / "b" / "atelier.sqlite")
    assert canonical(forward) == canonical(backward)

    before = canonical(forward)
    with Workspace.open(forward) as ws:
        again = merge_files(ws, files)
    assert all(plan.empty for plan in again.plans)
    assert canonical(forward) == before

    sent = set()
    for path in files:
        with open_source(path) as source:
            sent |= {e.id for e in source.ws.entries.select(include_deleted=True)}
    with Workspace.open(forward, create=False, read_only=True) as ws:
        entries = ws.entries.select(include_deleted=True)
        assert sent <= {e.id for e in entries}  # every entry of every laptop
        assert not any(ERASED_NAME in e.text for e in entries)
        assert len(ws.programmes.select()) == 1  # the one made apart, matched once confirmed
        [first] = [a for a in ws.actions.select() if a.number == 1]
        assert first.description == "Revu par la coordinatrice"  # written last: kept
        kept = ws.conn.execute("SELECT kind, version FROM merge_kept").fetchall()
        assert any(k == "action" and "Revu par l'animateur 1" in v for k, v in kept)
        removed = [e for e in entries if e.deleted_at]
        assert [e.text for e in removed] == ["Atelier 4, remarque 5"]


def test_the_same_person_from_two_laptops_is_proposed_never_merged_alone(laptops, tmp_path):
    coordinator, _files, _texts = laptops
    with Workspace.open(coordinator) as ws:
        [programme] = ws.programmes.select()
        sent = tmp_path / "sans-noms.atelier"
        pack(ws, sent, programme_id=programme.id)  # without names: no one on the roster
    laptop = tmp_path / "autre" / "atelier.sqlite"
    laptop.parent.mkdir()
    with Workspace.open(laptop) as ws:
        merge_files(ws, [sent])
        person = ws.participants.add(
            Participant(
                programme_id=programme.id,
                display_name="Josianne Martin",  # one letter apart, same role
                role=ParticipantRole.SOCIAL_WORKER,
            )
        )
        workshop = _workshop(ws, programme.id, "Atelier 7", ["Dit par Josianne"], [person.id])
        back = tmp_path / "atelier-7.atelier"
        pack(ws, back, workshop_id=workshop.id, with_names=True)
    with Workspace.open(coordinator) as ws:
        with open_source(back) as source:
            proposals = [m for m in propose(ws, source) if m.table == "participant"]
        assert [(m.theirs_label, m.mine_label) for m in proposals] == [
            ("Josianne Martin", "Josiane Martin")
        ]
        merge_files(ws, [back])  # not confirmed: both stay, nothing merged on its own
        names = sorted(p.display_name for p in ws.participants.select())
    assert "Josianne Martin" in names and "Josiane Martin" in names


def test_the_erased_name_is_in_neither_the_file_nor_its_journal(laptops, tmp_path):
    coordinator, files, _texts = laptops
    merged = _merge(coordinator, files, tmp_path / "a" / "atelier.sqlite")
    for path in (merged, merged.with_name(merged.name + "-wal")):
        if path.exists():
            assert ERASED_NAME.encode() not in path.read_bytes(), path


def test_the_programme_synthesis_of_the_merged_workspace_is_written(laptops, tmp_path):
    from workshop_app.reports import ExportFormat, ExportOptions, export

    coordinator, files, _texts = laptops
    merged = _merge(coordinator, files, tmp_path / "a" / "atelier.sqlite")
    with Workspace.open(merged, create=False, read_only=True) as ws:
        [programme] = ws.programmes.select()
        result = export(
            ws,
            ExportOptions(ExportFormat.PROGRAMME_PDF, programme_id=programme.id),
            tmp_path / "synthese.pdf",
        )
    assert Path(result.path).stat().st_size > 0


def test_a_workspace_of_an_older_atelier_is_upgraded_on_a_copy_then_merged(tmp_path):
    import hashlib
    import sqlite3
    from contextlib import closing

    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "workspace-v1.sqlite"
    old = tmp_path / "ancien.sqlite"
    shutil.copyfile(fixture, old)
    before = hashlib.sha256(old.read_bytes()).hexdigest()
    with closing(sqlite3.connect(old)) as conn:
        texts = sorted(r[0] for r in conn.execute("SELECT text FROM entry"))
    with Workspace.open(tmp_path / "nouveau.sqlite") as ws:
        merge_files(ws, [old])
        assert sorted(e.text for e in ws.entries.select(include_deleted=True)) == texts
    assert hashlib.sha256(old.read_bytes()).hexdigest() == before  # the old file untouched
