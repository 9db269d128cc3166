"""The line said after an import (a play-through read "Nouvelles personnes : Karim, Nadia B..")."""

from __future__ import annotations

from workshop_app.domain import EntryKind, Workshop
from workshop_app.store.entry_import.writing import ImportResult
from workshop_app.ui.import_entries import summary


def _result(people: list[str]) -> ImportResult:
    return ImportResult(
        workshop=Workshop(programme_id="p", title="Atelier"),
        entry_ids=["a", "b"],
        counts={EntryKind.ISSUE: 2},
        new_participants=people,
        participant_ids=[],
        warnings=[],
    )


def test_a_name_ending_in_its_initial_takes_no_second_full_stop(qapp):
    text = summary(_result(["Karim", "Nadia B."]))
    assert text.endswith("Karim, Nadia B.")
    assert ".." not in text
    assert summary(_result(["Karim"])).endswith("Karim.")
