"""Right to erasure: the person's name leaves the file; what they said stays, unattributed."""

import pytest

from workshop_app.domain import (
    ActionItem,
    FeedbackQuestion,
    FeedbackResponse,
    ParticipantRole,
)
from workshop_app.store import NotFound

NAME = "Zéphyrine Quatremains"
ORGANISATION = "Association Les Hirondelles de Bellevue"


@pytest.fixture
def person(make_participant):
    return make_participant(NAME, role=ParticipantRole.RESIDENT, organisation=ORGANISATION)


def file_bytes(ws) -> bytes:
    """The workspace file and its write-ahead journal, as they are on disk."""
    wal = ws.path.with_name(ws.path.name + "-wal")
    return ws.path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_erase_blanks_the_name_and_keeps_id_and_role(ws, person):
    ws.participants.erase(person.id)

    erased = ws.participants.get(person.id)
    assert erased.id == person.id
    assert erased.role is ParticipantRole.RESIDENT
    assert erased.display_name == ""
    assert erased.organisation == ""
    assert erased.erased_at is not None


def test_erased_people_leave_the_list_unless_asked(ws, programme, person, make_participant):
    kept = make_participant("Awa")
    ws.participants.erase(person.id)
    assert ws.participants.for_programme(programme.id) == [kept]
    everyone = ws.participants.for_programme(programme.id, include_erased=True)
    assert {p.id for p in everyone} == {kept.id, person.id}


def test_their_entries_stay_without_author(ws, person, make_entry):
    said = make_entry("Le chauffage est coupé depuis novembre", author_id=person.id)
    ws.participants.erase(person.id)
    got = ws.entries.get(said.id)
    assert got.text == said.text
    assert got.author_id is None


def test_their_feedback_stays_anonymous(ws, workshop, person):
    question = ws.feedback_questions.add(FeedbackQuestion(workshop_id=workshop.id, text="Utile ?"))
    response = ws.feedback.submit(
        FeedbackResponse(workshop_id=workshop.id, participant_id=person.id, comment="Bien"),
        {question.id: 4},
    )
    ws.participants.erase(person.id)
    got = ws.feedback.get(response.id)
    assert got.participant_id is None
    assert got.comment == "Bien"
    assert ws.feedback.answers_of(response.id) == {question.id: 4}


def test_their_attendance_still_counts_by_role(ws, workshop, person):
    ws.attendance.check_in(workshop.id, person.id)
    ws.participants.erase(person.id)
    assert ws.attendance.counts_by_role(workshop.id) == {ParticipantRole.RESIDENT: 1}


def test_action_items_assigned_to_them_by_name_are_unassigned(ws, workshop, person):
    item = ws.action_items.add(ActionItem(workshop_id=workshop.id, what="Appeler", who=NAME))
    other = ws.action_items.add(ActionItem(workshop_id=workshop.id, what="Écrire", who="Awa"))
    ws.participants.erase(person.id)
    assert ws.action_items.get(item.id).who == ""
    assert ws.action_items.get(other.id).who == "Awa"


def test_erasing_an_unknown_person_raises_not_found(ws):
    with pytest.raises(NotFound):
        ws.participants.erase("no-such-id")


def test_the_name_is_in_the_file_before_erasure(ws, person):
    """The control for the next tests: reading the bytes does find a stored name."""
    ws.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert NAME.encode("utf-8") in ws.path.read_bytes()
    assert ORGANISATION.encode("utf-8") in ws.path.read_bytes()


def test_after_erasure_the_name_is_not_in_the_file(ws, workshop, person, make_entry):
    make_entry("Il faut un interprète", author_id=person.id)
    ws.action_items.add(ActionItem(workshop_id=workshop.id, what="Appeler", who=NAME))
    ws.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    ws.participants.erase(person.id)
    ws.close()

    stored = file_bytes(ws)
    assert NAME.encode("utf-8") not in stored
    assert ORGANISATION.encode("utf-8") not in stored


def test_after_erasure_the_name_is_not_in_the_journal_even_before_close(ws, person):
    ws.participants.erase(person.id)
    assert NAME.encode("utf-8") not in file_bytes(ws)


def test_earlier_spellings_of_the_name_are_gone_too(ws, person):
    ws.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    earlier = "Zéphyrine Q. (pseudonyme Zézette)"
    person.display_name = earlier
    ws.participants.update(person)

    ws.participants.erase(person.id)
    ws.close()

    stored = file_bytes(ws)
    assert NAME.encode("utf-8") not in stored
    assert earlier.encode("utf-8") not in stored


def test_the_name_of_a_soft_deleted_person_can_be_erased(ws, person):
    ws.participants.soft_delete(person.id)
    ws.participants.erase(person.id)
    ws.close()
    assert NAME.encode("utf-8") not in file_bytes(ws)


def test_the_name_is_gone_from_a_large_file(ws, programme, make_participant):
    """Hundreds of people around, and a long earlier name that used overflow pages."""
    for i in range(300):
        make_participant(f"Personne {i:03d} " + "x" * 60, organisation="Centre social " * 5)
    person = make_participant(NAME, organisation=ORGANISATION)
    for i in range(300):
        make_participant(f"Autre {i:03d} " + "y" * 60)
    person.display_name = NAME + " " + "z" * 6000
    ws.participants.update(person)
    person.display_name = NAME
    ws.participants.update(person)

    ws.participants.erase(person.id)
    ws.close()

    stored = file_bytes(ws)
    assert b"Quatremains" not in stored
    assert b"Hirondelles" not in stored
