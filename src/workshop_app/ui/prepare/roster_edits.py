"""What can be done to a programme's roster, as undo steps: check in, mark absent, edit, erase.

Widgets call :class:`RosterEditor`; it reads the store, decides which commands to push and
pushes them, so the roster model and the check-in box behave alike. Erasure is the
exception: it cannot be undone, on purpose, and it clears the undo history.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from workshop_app.domain.enums import ParticipantRole
from workshop_app.domain.ids import utc_now
from workshop_app.domain.models import Attendance, Participant
from workshop_app.domain.validation import ValidationError
from workshop_app.store import WorkspaceError
from workshop_app.store.errors import NotFound
from workshop_app.ui.commands import AddRecords, RemoveRecords, SessionCommand, UpdateRecords
from workshop_app.ui.prepare.commands import RestoreRecords, push_as_one_step
from workshop_app.ui.prepare.name_completer import fold
from workshop_app.ui.session import WorkshopSession


def _tr(text: str) -> str:
    return QCoreApplication.translate("RosterEditor", text)


class Outcome(Enum):
    CHECKED_IN = "checked_in"
    """A person of the roster is now present."""
    ADDED = "added"
    """A new person was added to the roster (and checked in, if a workshop is open)."""
    ALREADY_PRESENT = "already_present"
    ON_ROSTER = "on_roster"
    """No workshop is open and the person is already on the programme's roster."""
    AMBIGUOUS = "ambiguous"
    """Several people match what was typed; nothing was done."""
    EMPTY = "empty"
    FAILED = "failed"
    """Could not be written; ``CheckIn.error`` says why, nothing changed."""


@dataclass
class CheckIn:
    outcome: Outcome
    participant: Participant | None = None
    matches: list[Participant] = field(default_factory=list)
    error: str = ""


def resolve(
    text: str, people: list[Participant], chosen_id: str | None = None
) -> list[Participant]:
    """The people ``text`` designates: one, several (ambiguous) or none (a new person).

    A person chosen in the completer wins; then names equal to ``text`` ignoring case and
    accents; then names containing it, if only one does ("nadia" finds "Nadia B.").
    """
    key = fold(text)
    if not key:
        return []
    if chosen_id is not None:
        chosen = [p for p in people if p.id == chosen_id and fold(p.display_name) == key]
        if chosen:
            return chosen
    exact = [p for p in people if fold(p.display_name) == key]
    if exact:
        return exact
    return [p for p in people if key in fold(p.display_name)]


def _let_session_write_attendance(session: WorkshopSession) -> None:
    """Work around ``WorkshopSession.repository("attendance")`` looking for ``attendances``.

    The session derives a repository's attribute from the table name plus "s"; the
    workspace calls that one ``attendance``. Until session.py maps it, the workspace gets
    the plural as an alias of the same repository. Harmless once the session is fixed.
    """
    try:
        session.repository("attendance")
    except AttributeError:
        session.workspace.attendances = session.workspace.attendance


class RosterEditor:
    """Roster changes of ``session``'s programme and workshop, pushed on ``undo_stack``."""

    def __init__(self, session: WorkshopSession, undo_stack: QUndoStack):
        self.session = session
        self.undo_stack = undo_stack
        self.last_error: str | None = None
        _let_session_write_attendance(session)

    @property
    def ws(self):
        return self.session.workspace

    @property
    def workshop_id(self) -> str | None:
        return self.session.workshop_id

    # -- reading ----------------------------------------------------------------------
    def people(self) -> list[Participant]:
        """The programme's roster (neither removed nor erased), by name."""
        if self.session.programme is None:
            return []
        return self.ws.participants.for_programme(self.session.programme.id)

    def attendance_of(self, participant_id: str) -> Attendance | None:
        """The person's attendance row in the open workshop, even a removed one."""
        if self.workshop_id is None:
            return None
        rows = self.ws.attendance.select(
            "workshop_id = ? AND participant_id = ?",
            [self.workshop_id, participant_id],
            include_deleted=True,
        )
        return rows[0] if rows else None

    @staticmethod
    def is_present(attendance: Attendance | None) -> bool:
        return attendance is not None and not attendance.is_deleted and attendance.present

    # -- checking in ----------------------------------------------------------------
    def check_in_text(
        self, text: str, *, chosen_id: str | None = None, force_new: bool = False
    ) -> CheckIn:
        """Check in the person ``text`` names, adding them to the roster if unknown."""
        name = text.strip()
        if not name:
            return CheckIn(Outcome.EMPTY)
        people = self.people()
        matches = [] if force_new else resolve(name, people, chosen_id)
        if len(matches) > 1:
            return CheckIn(Outcome.AMBIGUOUS, matches=matches)
        if matches:
            return self.check_in(matches[0])
        return self.add_person(name)

    def check_in(self, person: Participant) -> CheckIn:
        """Mark ``person`` present in the open workshop (restoring an old row if any)."""
        if self.workshop_id is None:
            return CheckIn(Outcome.ON_ROSTER, person)
        attendance = self.attendance_of(person.id)
        if self.is_present(attendance):
            return CheckIn(Outcome.ALREADY_PRESENT, person)
        text = _tr("Check in a participant")
        steps = self._presence_steps(person.id, attendance, text)
        if not push_as_one_step(self.undo_stack, text, steps):
            return self._failed(person)
        return CheckIn(Outcome.CHECKED_IN, person)

    def add_person(self, name: str, role: ParticipantRole = ParticipantRole.OTHER) -> CheckIn:
        """Add a new person to the roster and, if a workshop is open, check them in."""
        person = Participant(
            programme_id=self.session.programme.id, display_name=name.strip(), role=role
        )
        if self.workshop_id is None:
            text = _tr("Add a participant")
            steps: list[SessionCommand] = [AddRecords(self.session, "participant", [person], text)]
        else:
            text = _tr("Add and check in a participant")
            steps = [
                AddRecords(self.session, "participant", [person], text),
                AddRecords(self.session, "attendance", [self._new_attendance(person.id)], text),
            ]
        if not push_as_one_step(self.undo_stack, text, steps):
            return self._failed(person)
        return CheckIn(Outcome.ADDED, person)

    def _new_attendance(self, participant_id: str) -> Attendance:
        return Attendance(
            workshop_id=self.workshop_id, participant_id=participant_id, checked_in_at=utc_now()
        )

    def _presence_steps(
        self, participant_id: str, attendance: Attendance | None, text: str
    ) -> list[SessionCommand]:
        """Commands that make the person present: never a second row for the same workshop."""
        s = self.session
        if attendance is None:
            return [AddRecords(s, "attendance", [self._new_attendance(participant_id)], text)]
        steps: list[SessionCommand] = []
        if attendance.is_deleted:
            steps.append(RestoreRecords(s, "attendance", [attendance.id], text))
        if not attendance.present:
            restored = dataclasses.replace(attendance, deleted_at=None)
            after = dataclasses.replace(restored, present=True, checked_in_at=utc_now())
            steps.append(UpdateRecords(s, "attendance", [restored], [after], text))
        return steps

    def _failed(self, person: Participant | None) -> CheckIn:
        self.last_error = self.session.last_error
        return CheckIn(Outcome.FAILED, person, error=self.session.last_error or "")

    # -- presence and details -------------------------------------------------------
    def set_present(self, participant_id: str, present: bool) -> bool:
        """Tick or untick presence in the open workshop (one undo step)."""
        if self.workshop_id is None:
            return False
        attendance = self.attendance_of(participant_id)
        if present == self.is_present(attendance):
            return True
        if present:
            text = _tr("Mark present")
            steps = self._presence_steps(participant_id, attendance, text)
        else:
            text = _tr("Mark absent")
            steps = [RemoveRecords(self.session, "attendance", [attendance.id], text)]
        ok = push_as_one_step(self.undo_stack, text, steps)
        self.last_error = None if ok else self.session.last_error
        return ok

    def update_person(self, participant_id: str, **fields) -> bool:
        """Change a person's name, role or organisation (one undo step)."""
        try:
            before = self.ws.participants.get(participant_id)
            after = dataclasses.replace(before, **fields)
        except (NotFound, ValueError) as error:
            self.last_error = str(error)
            return False
        if "display_name" in fields and not str(after.display_name).strip():
            self.last_error = _tr("A person needs a name or a pseudonym.")
            return False
        if after == before:
            return True
        text = _tr("Edit a participant")
        ok = push_as_one_step(
            self.undo_stack,
            text,
            [UpdateRecords(self.session, "participant", [before], [after], text)],
        )
        self.last_error = None if ok else self.session.last_error
        return ok

    # -- erasure ----------------------------------------------------------------------
    def erase(self, participant_id: str) -> bool:
        """Erase the person for good (right to erasure). Not undoable: clears the history.

        The undo history is cleared because its commands hold copies of the person (their
        name) and could write them back. The open workshop's entries the person wrote are
        made unattributed in memory too, as they now are in the file.
        """
        try:
            self.ws.participants.erase(participant_id)
        except (WorkspaceError, ValidationError, NotFound) as error:
            self.last_error = str(error)
            self.session.save_failed.emit(str(error))
            return False
        self.last_error = None
        self.undo_stack.clear()
        self._forget_author(participant_id)
        self.session.record_changed.emit("participant")
        return True

    def _forget_author(self, participant_id: str) -> None:
        entries = self.session.entries
        before = [e for e in entries.values() if e.author_id == participant_id]
        if not before:
            return
        after = []
        for entry in before:
            fresh = self.ws.entries.get(entry.id, include_deleted=True)
            entries[entry.id] = fresh
            after.append(fresh)
        self.session.entries_changed.emit(before, after)
