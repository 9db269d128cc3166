"""What can be done to a programme's roster, as undo steps: check in, mark absent, edit, erase.

Widgets call :class:`RosterEditor`; it reads the store, decides which commands to push and
pushes them, so the roster model and the check-in box behave alike. Erasure is the
exception: it cannot be undone, on purpose, and it clears the undo history.
"""

from __future__ import annotations

import dataclasses
import difflib
from dataclasses import dataclass, field
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from workshop_app.domain.enums import ParticipantRole
from workshop_app.domain.ids import utc_now
from workshop_app.domain.models import Attendance, Participant
from workshop_app.store import WorkspaceError
from workshop_app.store.errors import NotFound
from workshop_app.store.name_finder import NameFinding, find_names, findings_of
from workshop_app.store.name_scrub import TextEdit
from workshop_app.ui.commands import AddRecords, RemoveRecords, SessionCommand, UpdateRecords
from workshop_app.ui.prepare.commands import RestoreRecords, push_as_one_step
from workshop_app.ui.prepare.name_completer import fold
from workshop_app.ui.session import WorkshopSession


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
    CLOSE_MATCH = "close_match"
    """Nobody has that name, but someone's is close (a typo?); nothing was done."""
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


CLOSE_ENOUGH = 0.7
"""How alike two folded names must be (difflib's ratio) to ask "did you mean…?"."""


def close_matches(text: str, people: list[Participant]) -> list[Participant]:
    """People whose name, or one word of it, is close to ``text`` ("Dupuy" for "Dupuis",
    "Nadja" for "Nadia B."), most alike first; none for a text under three letters."""
    key = fold(text)
    if len(key) < 3:
        return []
    scored = []
    for person in people:
        name = fold(person.display_name)
        if _other_initial(key, name):
            continue  # "Karima H." is not "Karima B.": the pseudonyms the README advises
        candidates = [name, *name.split()]
        score = max(difflib.SequenceMatcher(None, key, c).ratio() for c in candidates)
        if score >= CLOSE_ENOUGH:
            scored.append((-score, name, person))
    return [person for _score, _name, person in sorted(scored, key=lambda s: s[:2])]


def _other_initial(a: str, b: str) -> bool:
    """Whether two folded names differ in an initial ("karima h." and "karima b.")."""
    words_a = [w.strip(".") for w in a.split()]
    words_b = [w.strip(".") for w in b.split()]
    return len(words_a) == len(words_b) >= 2 and any(
        len(x) == 1 and len(y) == 1 and x != y for x, y in zip(words_a, words_b, strict=True)
    )


class RosterEditor:
    """Roster changes of ``session``'s programme and workshop, pushed on ``undo_stack``."""

    def __init__(self, session: WorkshopSession, undo_stack: QUndoStack):
        self.session = session
        self.undo_stack = undo_stack
        self.last_error: str | None = None

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
        close = [] if force_new else close_matches(name, people)
        if close:
            return CheckIn(Outcome.CLOSE_MATCH, matches=close)
        return self.add_person(name)

    def check_in(self, person: Participant) -> CheckIn:
        """Mark ``person`` present in the open workshop (restoring an old row if any)."""
        if self.workshop_id is None:
            return CheckIn(Outcome.ON_ROSTER, person)
        attendance = self.attendance_of(person.id)
        if self.is_present(attendance):
            return CheckIn(Outcome.ALREADY_PRESENT, person)
        text = QCoreApplication.translate("RosterEditor", "Check in a participant")
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
            text = QCoreApplication.translate("RosterEditor", "Add a participant")
            steps: list[SessionCommand] = [AddRecords(self.session, "participant", [person], text)]
        else:
            text = QCoreApplication.translate("RosterEditor", "Add and check in a participant")
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
            text = QCoreApplication.translate("RosterEditor", "Mark present")
            steps = self._presence_steps(participant_id, attendance, text)
        else:
            text = QCoreApplication.translate("RosterEditor", "Mark absent")
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
            self.last_error = QCoreApplication.translate(
                "RosterEditor", "A person needs a name or a pseudonym."
            )
            return False
        if after == before:
            return True
        text = QCoreApplication.translate("RosterEditor", "Edit a participant")
        ok = push_as_one_step(
            self.undo_stack,
            text,
            [UpdateRecords(self.session, "participant", [before], [after], text)],
        )
        self.last_error = None if ok else self.session.last_error
        return ok

    # -- erasure ----------------------------------------------------------------------
    def erasure_findings(self, participant_id: str) -> list[NameFinding]:
        """Where the person's name or first name stands in the programme's free texts,
        removed records included (their texts stay in the file)."""
        if self.session.programme is None:
            return []
        try:
            found = find_names(self.ws, self.session.programme.id, include_removed=True)
        except WorkspaceError:
            return []  # the erasure itself will say what is wrong with the file
        return findings_of(found, participant_id)

    def erase(self, participant_id: str, edits: list[TextEdit] | None = None) -> bool:
        """Erase the person for good (right to erasure). Not undoable: clears the history.

        ``edits``: texts to rewrite first (their name or first name replaced with their
        role, see :meth:`erasure_findings`), for good too. The undo history is cleared
        because its commands hold copies of the person (their name) and could write them
        back. The open workshop's entries the person wrote are made unattributed in
        memory too, as they now are in the file.
        """
        from workshop_app.ui.name_edits import replace_for_erasure

        if edits and not replace_for_erasure(self.session, edits):
            self.last_error = self.session.last_error
            return False
        if not self.session.erase_participant(participant_id):
            self.last_error = self.session.last_error
            return False
        self.last_error = None
        self.undo_stack.clear()
        return True
