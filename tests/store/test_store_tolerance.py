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


def test_a_null_where_text_belongs_reads_as_empty_text(ws, workshop, make_entry):
    """Found by the corpus: a tampered file with NULL entry texts broke the summary export
    with a TypeError; the column's NOT NULL was edited out of the schema."""
    entry = make_entry()
    ws.conn.execute("PRAGMA writable_schema = ON")
    ws.conn.execute(
        "UPDATE sqlite_schema SET sql = replace(sql, 'text TEXT NOT NULL,', 'text TEXT,') "
        "WHERE name = 'entry'"
    )
    ws.conn.execute("PRAGMA writable_schema = OFF")
    ws.conn.commit()
    reopened = type(ws).open(ws.path, lock=False)
    try:
        reopened.conn.execute("UPDATE entry SET text = NULL WHERE id = ?", [entry.id])
        reopened.conn.commit()
        assert reopened.entries.get(entry.id).text == ""
    finally:
        reopened.close()


def test_attendance_by_role_counts_an_unknown_role_as_other(ws, workshop, make_participant):
    """Corpus seed 20261210, case 119: a damaged role value broke opening the workshop."""
    from workshop_app.domain import ParticipantRole

    known, odd = make_participant("Awa"), make_participant("Zoé")
    for person in (known, odd):
        ws.attendance.check_in(workshop.id, person.id)
    ws.db.execute("UPDATE participant SET role = 'x\x04mSa' WHERE id = ?", [odd.id])
    ws.db.execute("UPDATE participant SET role = 'other' WHERE id = ?", [known.id])
    assert ws.attendance.counts_by_role(workshop.id) == {ParticipantRole.OTHER: 2}
