"""Workshops, the actions each one concerns, and their timed agenda."""

from workshop_app.domain import Action, AgendaStep, WorkshopKind, WorkshopStatus


def test_kind_and_status_come_back_as_enums(ws, make_workshop):
    workshop = make_workshop(kind=WorkshopKind.PROSPECTIVE, status=WorkshopStatus.CLOSED)
    got = ws.workshops.get(workshop.id)
    assert got.kind is WorkshopKind.PROSPECTIVE
    assert got.status is WorkshopStatus.CLOSED


def test_workshops_of_a_programme_are_listed_by_date(ws, programme, make_workshop):
    make_workshop("Troisième", starts_at="2024-05-01")
    make_workshop("Premier", starts_at="2024-03-01")
    make_workshop("Deuxième", starts_at="2024-04-01")
    titles = [w.title for w in ws.workshops.for_programme(programme.id)]
    assert titles == ["Premier", "Deuxième", "Troisième"]


def _actions(ws, programme, *numbers):
    return [
        ws.actions.add(Action(programme_id=programme.id, number=n, title=f"Action {n}"))
        for n in numbers
    ]


def test_set_action_ids_then_action_ids_in_number_order(ws, programme, workshop):
    one, _two, three = _actions(ws, programme, 1, 2, 3)
    ws.workshops.set_action_ids(workshop.id, [three.id, one.id])
    assert ws.workshops.action_ids(workshop.id) == [one.id, three.id]


def test_set_action_ids_replaces_the_previous_set(ws, programme, workshop):
    one, two = _actions(ws, programme, 1, 2)
    ws.workshops.set_action_ids(workshop.id, [one.id, two.id])
    ws.workshops.set_action_ids(workshop.id, [two.id])
    assert ws.workshops.action_ids(workshop.id) == [two.id]


def test_set_action_ids_can_bring_back_a_removed_action(ws, programme, workshop, count_rows):
    one, two = _actions(ws, programme, 1, 2)
    ws.workshops.set_action_ids(workshop.id, [one.id, two.id])
    ws.workshops.set_action_ids(workshop.id, [two.id])

    ws.workshops.set_action_ids(workshop.id, [one.id, two.id])

    assert ws.workshops.action_ids(workshop.id) == [one.id, two.id]
    assert count_rows("workshop_action") == 2


def test_set_action_ids_to_nothing_clears_the_set(ws, programme, workshop):
    [one] = _actions(ws, programme, 1)
    ws.workshops.set_action_ids(workshop.id, [one.id])
    ws.workshops.set_action_ids(workshop.id, [])
    assert ws.workshops.action_ids(workshop.id) == []


def test_action_ids_are_per_workshop(ws, programme, workshop, make_workshop):
    one, two = _actions(ws, programme, 1, 2)
    other = make_workshop("Autre atelier")
    ws.workshops.set_action_ids(workshop.id, [one.id])
    ws.workshops.set_action_ids(other.id, [two.id])
    assert ws.workshops.action_ids(workshop.id) == [one.id]
    assert ws.workshops.action_ids(other.id) == [two.id]


def test_agenda_steps_are_listed_by_position(ws, workshop):
    for position, title in [(2, "Synthèse"), (0, "Accueil"), (1, "Tour de table")]:
        ws.agenda.add(AgendaStep(workshop_id=workshop.id, position=position, title=title))
    steps = ws.agenda.for_workshop(workshop.id)
    assert [s.title for s in steps] == ["Accueil", "Tour de table", "Synthèse"]


def test_agenda_step_records_its_actual_duration(ws, workshop):
    step = ws.agenda.add(AgendaStep(workshop_id=workshop.id, title="Accueil", planned_minutes=10))
    assert ws.agenda.get(step.id).actual_seconds is None
    step.actual_seconds = 725
    ws.agenda.update(step)
    assert ws.agenda.get(step.id).actual_seconds == 725
