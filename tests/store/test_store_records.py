"""What every repository does the same way: add, get, select, update, soft delete, restore.

Each test runs once per table, with a record whose fields are all filled in (enums,
booleans, floats, foreign keys), and checks that what comes back is equal *and of the
same type*: an enum comes back as the enum, a boolean as ``bool``, ``None`` as ``None``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import pytest

from workshop_app.domain import (
    Action,
    ActionItem,
    ActionItemStatus,
    AgendaStep,
    Attendance,
    Entry,
    EntryKind,
    FeedbackQuestion,
    FeedbackResponse,
    ImprovementStatus,
    Indicator,
    Measurement,
    Participant,
    ParticipantRole,
    Programme,
    Theme,
    Workshop,
    WorkshopKind,
    WorkshopStatus,
)
from workshop_app.store import NotFound, Workspace

LONG_AGO = "2000-01-01T00:00:00.000000Z"


@dataclass
class World:
    """One record of each parent kind, so that any record can point to real rows."""

    programme: Programme
    action: Action
    theme: Theme
    workshop: Workshop
    participant: Participant
    issue: Entry
    indicator: Indicator


@pytest.fixture
def world(ws, programme, action, workshop, make_participant, make_entry) -> World:
    indicator = ws.indicators.add(Indicator(action_id=action.id, name="Ménages accompagnés"))
    return World(
        programme=programme,
        action=action,
        theme=ws.themes.for_programme(programme.id)[0],
        workshop=workshop,
        participant=make_participant("Mona", organisation="Régie de quartier"),
        issue=make_entry("Les factures arrivent trop tard"),
        indicator=indicator,
    )


# repository attribute → (a full record, a field to edit, its new value)
CASES = {
    "programmes": (
        lambda w: Programme(title="Habiter mieux", description="Évaluation 2024", language="en"),
        "description",
        "Évaluation 2025",
    ),
    "actions": (
        lambda w: Action(
            programme_id=w.programme.id,
            number=7,
            title="Former les travailleurs sociaux",
            context="Peu de repérage",
            description="Deux sessions par an",
            stakeholders="CCAS, bailleurs",
            budget="12 000 €",
            monitoring_criteria="Nombre de personnes formées",
        ),
        "number",
        8,
    ),
    "themes": (
        lambda w: Theme(programme_id=w.programme.id, name="Évaluation", position=5),
        "name",
        "Suivi",
    ),
    "workshops": (
        lambda w: Workshop(
            programme_id=w.programme.id,
            title="Focus group locataires",
            kind=WorkshopKind.FOCUS_GROUP,
            starts_at="2024-04-02T09:30",
            ends_at="2024-04-02T12:00",
            place="Maison de quartier",
            territory="Nord",
            facilitators="Awa, Louis",
            language="fr",
            agenda="Accueil, tour de table",
            status=WorkshopStatus.RUNNING,
        ),
        "status",
        WorkshopStatus.CLOSED,
    ),
    "agenda": (
        lambda w: AgendaStep(
            workshop_id=w.workshop.id,
            position=1,
            title="Tour de table",
            planned_minutes=15,
            method_note="Bâton de parole",
            actual_seconds=840,
        ),
        "actual_seconds",
        1020,
    ),
    "participants": (
        lambda w: Participant(
            programme_id=w.programme.id,
            display_name="Awa",
            role=ParticipantRole.SOCIAL_WORKER,
            organisation="CCAS",
        ),
        "role",
        ParticipantRole.INSTITUTION,
    ),
    "attendance": (
        lambda w: Attendance(
            workshop_id=w.workshop.id,
            participant_id=w.participant.id,
            present=True,
            checked_in_at="2024-03-01T13:58:00.000000Z",
        ),
        "present",
        False,
    ),
    "entries": (
        lambda w: Entry(
            workshop_id=w.workshop.id,
            kind=EntryKind.IMPROVEMENT,
            text="Un rendez-vous mensuel avec le bailleur",
            action_id=w.action.id,
            theme_id=w.theme.id,
            author_id=w.participant.id,
            answers_id=w.issue.id,
            status=ImprovementStatus.PLANNED,
            votes=3,
            position=2.5,
        ),
        "status",
        ImprovementStatus.DONE,
    ),
    "feedback_questions": (
        lambda w: FeedbackQuestion(
            workshop_id=w.workshop.id,
            text="Avez-vous appris quelque chose ?",
            position=2,
            criterion="Montée en compétence",
        ),
        "text",
        "Qu'avez-vous appris ?",
    ),
    "feedback": (
        lambda w: FeedbackResponse(
            workshop_id=w.workshop.id, participant_id=w.participant.id, comment="Merci !"
        ),
        "comment",
        "Merci beaucoup !",
    ),
    "action_items": (
        lambda w: ActionItem(
            workshop_id=w.workshop.id,
            what="Envoyer le compte rendu",
            who="Louis",
            due_date="2024-04-15",
            status=ActionItemStatus.IN_PROGRESS,
            entry_id=w.issue.id,
        ),
        "status",
        ActionItemStatus.DONE,
    ),
    "indicators": (
        lambda w: Indicator(
            action_id=w.action.id, name="Personnes formées", unit="personnes", target="40"
        ),
        "target",
        "50",
    ),
    "measurements": (
        lambda w: Measurement(
            indicator_id=w.indicator.id,
            measured_on="2024-03-01",
            value=12.5,
            note="Après la première session",
            workshop_id=w.workshop.id,
        ),
        "value",
        17.25,
    ),
}

repositories = pytest.mark.parametrize("name", list(CASES))


def assert_same_record(got, expected) -> None:
    """Equal, field by field, and each value of the same type (enum, bool, None…)."""
    assert type(got) is type(expected)
    for field in dataclasses.fields(expected):
        mine, theirs = getattr(got, field.name), getattr(expected, field.name)
        assert mine == theirs, f"{field.name}: {mine!r} != {theirs!r}"
        assert type(mine) is type(theirs), (
            f"{field.name} came back as {type(mine).__name__} {mine!r}, not {type(theirs).__name__}"
        )


@repositories
def test_add_then_get_returns_an_equal_record(ws, world, name):
    make, _field, _value = CASES[name]
    record = make(world)
    assert getattr(ws, name).add(record) is record
    assert_same_record(getattr(ws, name).get(record.id), record)


@repositories
def test_select_returns_the_added_record(ws, world, name):
    record = getattr(ws, name).add(CASES[name][0](world))
    [got] = [r for r in getattr(ws, name).select() if r.id == record.id]
    assert_same_record(got, record)


@repositories
def test_added_record_survives_reopening(ws, world, name):
    record = getattr(ws, name).add(CASES[name][0](world))
    ws.close()
    with Workspace.open(ws.path) as again:
        assert_same_record(getattr(again, name).get(record.id), record)


@repositories
def test_update_stamps_updated_at_and_persists(ws, world, name):
    make, field, value = CASES[name]
    record = make(world)
    record.updated_at = LONG_AGO
    getattr(ws, name).add(record)

    setattr(record, field, value)
    getattr(ws, name).update(record)

    got = getattr(ws, name).get(record.id)
    assert getattr(got, field) == value
    assert type(getattr(got, field)) is type(value)
    assert got.updated_at > LONG_AGO
    assert got.updated_at == record.updated_at
    assert got.created_at == record.created_at


@repositories
def test_soft_delete_hides_from_select_and_get(ws, world, name):
    repository = getattr(ws, name)
    record = repository.add(CASES[name][0](world))

    repository.soft_delete(record.id)

    assert record.id not in [r.id for r in repository.select()]
    with pytest.raises(NotFound):
        repository.get(record.id)


@repositories
def test_soft_deleted_record_is_still_there_with_include_deleted(ws, world, name):
    repository = getattr(ws, name)
    record = repository.add(CASES[name][0](world))

    repository.soft_delete(record.id)

    got = repository.get(record.id, include_deleted=True)
    assert got.is_deleted
    assert record.id in [r.id for r in repository.select(include_deleted=True)]


@repositories
def test_restore_brings_a_soft_deleted_record_back(ws, world, name):
    repository = getattr(ws, name)
    record = repository.add(CASES[name][0](world))
    repository.soft_delete(record.id)

    repository.restore(record.id)

    got = repository.get(record.id)
    assert got.deleted_at is None
    assert record.id in [r.id for r in repository.select()]


@repositories
def test_unknown_id_raises_not_found(ws, name):
    repository = getattr(ws, name)
    with pytest.raises(NotFound):
        repository.get("no-such-id")
    with pytest.raises(NotFound):
        repository.soft_delete("no-such-id")


@repositories
def test_count_skips_soft_deleted_records(ws, world, name):
    repository = getattr(ws, name)
    before = repository.count()
    first = repository.add(CASES[name][0](world))
    repository.soft_delete(first.id)
    assert repository.count() == before


def test_optional_fields_stay_none(ws, world):
    entry = ws.entries.add(Entry(workshop_id=world.workshop.id, kind=EntryKind.IDEA, text="Idée"))
    step = ws.agenda.add(AgendaStep(workshop_id=world.workshop.id, title="Pause"))
    attendance = ws.attendance.add(
        Attendance(workshop_id=world.workshop.id, participant_id=world.participant.id)
    )
    response = ws.feedback.add(FeedbackResponse(workshop_id=world.workshop.id, comment="Bien"))
    item = ws.action_items.add(ActionItem(workshop_id=world.workshop.id, what="Relancer"))
    measurement = ws.measurements.add(
        Measurement(indicator_id=world.indicator.id, measured_on="2024-05-01", value=3.0)
    )

    got = ws.entries.get(entry.id)
    assert (got.action_id, got.theme_id, got.author_id, got.answers_id, got.status) == (
        None,
        None,
        None,
        None,
        None,
    )
    assert ws.agenda.get(step.id).actual_seconds is None
    assert ws.attendance.get(attendance.id).checked_in_at is None
    assert ws.feedback.get(response.id).participant_id is None
    assert ws.action_items.get(item.id).entry_id is None
    assert ws.measurements.get(measurement.id).workshop_id is None
    assert world.participant.erased_at is None
    assert ws.participants.get(world.participant.id).erased_at is None


def test_add_many_writes_every_record(ws, workshop):
    entries = [
        Entry(workshop_id=workshop.id, kind=EntryKind.IDEA, text=f"Idée {i}", position=i)
        for i in range(3)
    ]
    ws.entries.add_many(entries)
    assert [e.text for e in ws.entries.for_workshop(workshop.id)] == ["Idée 0", "Idée 1", "Idée 2"]
