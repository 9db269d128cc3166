"""The people of a programme, their attendance, and erasure on request."""

from __future__ import annotations

from workshop_app.domain.enums import ParticipantRole
from workshop_app.domain.ids import utc_now
from workshop_app.domain.models import Attendance, Participant
from workshop_app.domain.validation import ValidationError, validate_participant
from workshop_app.store._repo import Repository, tolerant, write_transaction
from workshop_app.store.erasure import erase_person
from workshop_app.store.errors import NotFound


class ParticipantRepository(Repository[Participant]):
    table = "participant"
    record_type = Participant
    converters = {"role": tolerant(ParticipantRole, ParticipantRole.OTHER)}
    order_by = "display_name COLLATE NOCASE, created_at"
    validate = staticmethod(validate_participant)
    on_erased = None
    """Called with (participant id, former name) after an erasure: the workspace erases the
    person in its backups too."""

    def for_programme(
        self, programme_id: str, *, include_erased: bool = False
    ) -> list[Participant]:
        where = "programme_id = ?"
        if not include_erased:
            where += " AND erased_at IS NULL"
        return self.select(where, [programme_id])

    def _before_update(self, record: Participant) -> None:
        """An erased person stays erased: no later edit (an old undo step…) brings them back."""
        row = self.db.execute(
            "SELECT erased_at FROM participant WHERE id = ?", [record.id]
        ).fetchone()
        erased = row is not None and row[0] is not None
        if erased and (record.display_name or record.organisation or record.erased_at is None):
            raise ValidationError("This person was erased; their name cannot come back.")

    def erase(self, participant_id: str) -> None:
        """Right to erasure: the name and organisation are overwritten for good.

        What the person said stays, unattributed; their feedback stays, anonymous; their
        attendance stays as a count by role. Action items assigned to them by exactly that
        name are unassigned; the name typed inside free text ("as Mona said…") becomes
        "[…]". The old bytes are wiped from the database file (``secure_delete``), from the
        search index and from the write-ahead journal (checkpoint), so the name cannot be
        read back from the file; the backups are erased the same way (``on_erased``).
        """
        person = self.get(participant_id, include_deleted=True)
        now = utc_now()
        with write_transaction(self.db, "the erasure"):
            if not erase_person(self.db.conn, participant_id, person.display_name, now, now):
                raise NotFound(f"No participant with id {participant_id}.")
        self.db.checkpoint("TRUNCATE")
        if self.on_erased is not None:
            self.on_erased(participant_id, person.display_name)


class AttendanceRepository(Repository[Attendance]):
    table = "attendance"
    record_type = Attendance
    converters = {"present": bool}
    order_by = "checked_in_at, created_at"

    def for_workshop(self, workshop_id: str) -> list[Attendance]:
        return self.select("workshop_id = ?", [workshop_id])

    def check_in(self, workshop_id: str, participant_id: str) -> Attendance:
        """Mark a person present (again); returns the attendance row."""
        now = utc_now()
        existing = self.select(
            "workshop_id = ? AND participant_id = ?",
            [workshop_id, participant_id],
            include_deleted=True,
        )
        if existing:
            record = existing[0]
            record.present, record.deleted_at, record.checked_in_at = True, None, now
            return self.update(record)
        return self.add(
            Attendance(workshop_id=workshop_id, participant_id=participant_id, checked_in_at=now)
        )

    def counts_by_role(self, workshop_id: str) -> dict[ParticipantRole, int]:
        rows = self.db.rows(
            """SELECT p.role, count(*) FROM attendance a JOIN participant p ON p.id = a.participant_id
               WHERE a.workshop_id = ? AND a.present = 1 AND a.deleted_at IS NULL
               GROUP BY p.role ORDER BY p.role""",
            [workshop_id],
        )
        role_of = tolerant(ParticipantRole, ParticipantRole.OTHER)
        counts: dict[ParticipantRole, int] = {}
        for role, count in rows:  # a role this version does not know counts as "other"
            counts[role_of(role)] = counts.get(role_of(role), 0) + count
        return counts
