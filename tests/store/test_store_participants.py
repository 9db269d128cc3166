"""The people of a programme and their attendance at workshops."""

from workshop_app.domain import ParticipantRole


def test_role_comes_back_as_an_enum(ws, make_participant):
    person = make_participant("Awa", role=ParticipantRole.SOCIAL_LANDLORD)
    assert ws.participants.get(person.id).role is ParticipantRole.SOCIAL_LANDLORD


def test_participants_are_listed_by_name_ignoring_case(ws, programme, make_participant):
    for name in ["louis", "Awa", "Mona"]:
        make_participant(name)
    names = [p.display_name for p in ws.participants.for_programme(programme.id)]
    assert names == ["Awa", "louis", "Mona"]


def test_check_in_marks_a_person_present(ws, workshop, make_participant):
    person = make_participant()
    attendance = ws.attendance.check_in(workshop.id, person.id)
    got = ws.attendance.get(attendance.id)
    assert got.present is True
    assert got.checked_in_at is not None


def test_check_in_twice_is_one_row(ws, workshop, make_participant, count_rows):
    person = make_participant()
    first = ws.attendance.check_in(workshop.id, person.id)
    second = ws.attendance.check_in(workshop.id, person.id)
    assert second.id == first.id
    assert count_rows("attendance") == 1
    assert len(ws.attendance.for_workshop(workshop.id)) == 1


def test_check_in_brings_back_a_person_marked_absent(ws, workshop, make_participant):
    person = make_participant()
    attendance = ws.attendance.check_in(workshop.id, person.id)
    attendance.present = False
    ws.attendance.update(attendance)

    ws.attendance.check_in(workshop.id, person.id)

    assert ws.attendance.get(attendance.id).present is True


def test_check_in_revives_a_soft_deleted_attendance(ws, workshop, make_participant, count_rows):
    person = make_participant()
    attendance = ws.attendance.check_in(workshop.id, person.id)
    ws.attendance.soft_delete(attendance.id)

    ws.attendance.check_in(workshop.id, person.id)

    assert ws.attendance.get(attendance.id).deleted_at is None
    assert count_rows("attendance") == 1


def test_counts_by_role_counts_people_present(ws, workshop, make_participant):
    residents = [make_participant(n, role=ParticipantRole.RESIDENT) for n in ["Awa", "Mona"]]
    worker = make_participant("Louis", role=ParticipantRole.SOCIAL_WORKER)
    absent = make_participant("Nour", role=ParticipantRole.INSTITUTION)
    for person in [*residents, worker, absent, residents[0]]:
        ws.attendance.check_in(workshop.id, person.id)
    [marked_absent] = ws.attendance.select("participant_id = ?", [absent.id])
    marked_absent.present = False
    ws.attendance.update(marked_absent)

    counts = ws.attendance.counts_by_role(workshop.id)

    assert counts == {ParticipantRole.RESIDENT: 2, ParticipantRole.SOCIAL_WORKER: 1}
    assert all(type(role) is ParticipantRole for role in counts)


def test_counts_by_role_of_an_empty_workshop_is_empty(ws, workshop):
    assert ws.attendance.counts_by_role(workshop.id) == {}


def test_counts_by_role_are_per_workshop(ws, workshop, make_workshop, make_participant):
    other = make_workshop("Autre atelier")
    ws.attendance.check_in(other.id, make_participant().id)
    assert ws.attendance.counts_by_role(workshop.id) == {}
