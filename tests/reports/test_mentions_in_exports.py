"""Mentions (references to a person) in exports, with names typed beside them: found in
review from review: a kept spot after a mention was shifted, and a name matching a piece of
a reference's id could break it."""

from __future__ import annotations

import csv
from pathlib import Path

from workshop_app.domain import mentions
from workshop_app.domain.enums import EntryKind, ParticipantRole
from workshop_app.domain.models import Entry, Participant, Programme, Workshop
from workshop_app.reports import ExportFormat, ExportOptions, export
from workshop_app.store import Workspace
from workshop_app.store.name_finder import find_names

MONA_ID = "bebe0000-aaaa-4bbb-8ccc-dddddddddddd"


def _workspace(path: Path):
    ws = Workspace.open(path)
    programme = ws.programmes.create_with_defaults(Programme(title="P"))
    mona = ws.participants.add(
        Participant(
            id=MONA_ID, programme_id=programme.id, display_name="Mona L.",
            role=ParticipantRole.RESIDENT,
        )
    )  # fmt: skip
    ws.participants.add(
        Participant(programme_id=programme.id, display_name="Rose", role=ParticipantRole.OTHER)
    )
    ws.participants.add(
        Participant(programme_id=programme.id, display_name="Bebe", role=ParticipantRole.OTHER)
    )
    workshop = ws.workshops.add(Workshop(programme_id=programme.id, title="A"))
    text = f"Vu avec {mentions.mark(mona.id)} : la porte rose de Rose est cassée"
    ws.entries.add(Entry(workshop_id=workshop.id, kind=EntryKind.ISSUE, text=text))
    return ws, workshop


def _csv_text(ws, workshop, target: Path, **options) -> str:
    export(ws, ExportOptions(format=ExportFormat.CSV, workshop_id=workshop.id, **options), target)
    rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    header = rows[0]
    return rows[1][header.index("Texte")]


def test_a_kept_spot_after_a_mention_stays_kept_and_the_mention_reads_as_a_role(tmp_path):
    ws, workshop = _workspace(tmp_path / "w.sqlite")
    try:
        found = find_names(ws, workshop.programme_id, [workshop.id])
        assert [f.found for f in found] == ["rose", "Rose"]  # never "Bebe" inside the id
        kept = next(f for f in found if f.found == "Rose")
        text = _csv_text(ws, workshop, tmp_path / "e.csv", keep_names=frozenset({kept.spot}))
        assert "de Rose est" in text  # the kept one, as typed
        assert "porte rose" not in text  # the other replaced
        assert "Mona" not in text and mentions.OPEN not in text and "bebe0000" not in text
        named = _csv_text(ws, workshop, tmp_path / "n.csv", with_names=True)
        assert named.startswith("Vu avec Mona L. :")
    finally:
        ws.close()
