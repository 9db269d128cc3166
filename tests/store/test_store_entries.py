"""Captured entries: kinds, the improvement → issue link, order in the workshop."""

from workshop_app.domain import EntryKind, ImprovementStatus


def test_kind_and_status_come_back_as_enums(ws, make_entry):
    entry = make_entry(
        "Un guichet unique", kind=EntryKind.IMPROVEMENT, status=ImprovementStatus.KEEP_DOING
    )
    got = ws.entries.get(entry.id)
    assert got.kind is EntryKind.IMPROVEMENT
    assert got.status is ImprovementStatus.KEEP_DOING


def test_an_improvement_answers_an_issue(ws, make_entry):
    issue = make_entry("Les courriers sont incompréhensibles")
    improvement = make_entry(
        "Relire les courriers avec des habitants", kind=EntryKind.IMPROVEMENT, answers_id=issue.id
    )
    assert ws.entries.get(improvement.id).answers_id == issue.id
    assert ws.entries.improvements_of(issue.id) == [improvement]


def test_improvements_of_lists_only_the_answers_to_that_issue(ws, make_entry):
    issue, other_issue = make_entry("Problème A"), make_entry("Problème B")
    first = make_entry("Réponse 1", kind=EntryKind.IMPROVEMENT, answers_id=issue.id, position=1)
    make_entry("Réponse à B", kind=EntryKind.IMPROVEMENT, answers_id=other_issue.id)
    second = make_entry("Réponse 2", kind=EntryKind.IMPROVEMENT, answers_id=issue.id, position=2)
    assert [e.id for e in ws.entries.improvements_of(issue.id)] == [first.id, second.id]


def test_improvements_of_skips_soft_deleted_improvements(ws, make_entry):
    issue = make_entry("Problème")
    improvement = make_entry("Réponse", kind=EntryKind.IMPROVEMENT, answers_id=issue.id)
    ws.entries.soft_delete(improvement.id)
    assert ws.entries.improvements_of(issue.id) == []


def test_next_position_of_an_empty_workshop_is_one(ws, workshop):
    assert ws.entries.next_position(workshop.id) == 1.0


def test_next_position_follows_the_last_entry(ws, workshop, make_entry):
    make_entry("Premier", position=ws.entries.next_position(workshop.id))
    make_entry("Deuxième", position=ws.entries.next_position(workshop.id))
    assert ws.entries.next_position(workshop.id) == 3.0


def test_next_position_is_per_workshop(ws, workshop, make_workshop, make_entry):
    other = make_workshop("Autre atelier")
    make_entry("Ailleurs", workshop_id=other.id, position=41.0)
    assert ws.entries.next_position(workshop.id) == 1.0


def test_entries_of_a_workshop_are_in_position_order(ws, workshop, make_entry):
    make_entry("C", position=3.0)
    make_entry("A", position=1.0)
    make_entry("B", position=1.5)
    assert [e.text for e in ws.entries.for_workshop(workshop.id)] == ["A", "B", "C"]


def test_entries_of_a_workshop_can_be_filtered_by_kind(ws, workshop, make_entry):
    make_entry("Un problème", kind=EntryKind.ISSUE)
    idea = make_entry("Une idée", kind=EntryKind.IDEA)
    assert ws.entries.for_workshop(workshop.id, EntryKind.IDEA) == [idea]


def test_votes_are_kept(ws, make_entry):
    entry = make_entry("Ouvrir le samedi", kind=EntryKind.IDEA)
    entry.votes = 5
    ws.entries.update(entry)
    assert ws.entries.get(entry.id).votes == 5
