"""Values this version does not know (a newer Atelier, a hand edit) read as a fallback."""

from __future__ import annotations

from workshop_app.domain import EntryKind, ParticipantRole, WorkshopKind


def test_unknown_vocabulary_reads_as_a_fallback(ws, workshop, make_entry, make_participant):
    entry = make_entry()
    person = make_participant()
    ws.db.execute("UPDATE entry SET kind = 'webinar-note' WHERE id = ?", [entry.id])
    ws.db.execute("UPDATE workshop SET kind = 'hackathon' WHERE id = ?", [workshop.id])
    ws.db.execute("UPDATE participant SET role = 'mayor' WHERE id = ?", [person.id])
    assert ws.entries.get(entry.id).kind is EntryKind.IDEA
    assert ws.workshops.get(workshop.id).kind is WorkshopKind.OTHER
    assert ws.participants.get(person.id).role is ParticipantRole.OTHER
