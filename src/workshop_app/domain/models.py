"""The records of a workspace, as plain dataclasses.

Every record carries a text UUID ``id``, ``created_at``/``updated_at`` (UTC ISO-8601) and
``deleted_at`` (``None`` unless soft-deleted), so that undo and merging can see deletions.
Foreign keys are ids (strings), never nested objects: the store decides what to load.
Vocabulary fields accept their stored string ("issue") and become the enum
(``EntryKind.ISSUE``); an unknown value raises ``ValueError``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import TypeVar

from workshop_app.domain.enums import (
    ActionItemStatus,
    EntryKind,
    ImprovementStatus,
    IndicatorDirection,
    IndicatorKind,
    ParticipantRole,
    WorkshopKind,
    WorkshopStatus,
)
from workshop_app.domain.ids import new_id, utc_now

E = TypeVar("E", bound=Enum)


def _member(vocabulary: type[E], value: object) -> E:
    """``vocabulary(value)``, without the enum machinery's call when ``value`` is already
    one of its members (the store converts every value it reads before the record is made:
    the second conversion was a tenth of reading a workshop of 10,000 entries, issue 18)."""
    return value if type(value) is vocabulary else vocabulary(value)


@dataclass(kw_only=True)
class Record:
    id: str = field(default_factory=new_id)
    created_at: str = field(default_factory=utc_now)
    updated_at: str = field(default_factory=utc_now)
    deleted_at: str | None = None

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None


@dataclass(kw_only=True)
class Programme(Record):
    """The container of one evaluation or project (for instance one OIF)."""

    title: str
    description: str = ""
    language: str = "fr"


@dataclass(kw_only=True)
class Action(Record):
    """A numbered line of work of a programme ("Action 4: preventing energy poverty")."""

    programme_id: str
    number: int
    title: str
    context: str = ""
    description: str = ""
    stakeholders: str = ""
    budget: str = ""
    monitoring_criteria: str = ""


@dataclass(kw_only=True)
class Theme(Record):
    """A tag from the programme's theme list (Design, Implementation, …)."""

    programme_id: str
    name: str
    position: int = 0


@dataclass(kw_only=True)
class Workshop(Record):
    """One session of a programme."""

    programme_id: str
    title: str
    kind: WorkshopKind = WorkshopKind.OTHER
    starts_at: str = ""
    """Local date and time as ISO text, ``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM``."""
    ends_at: str = ""
    place: str = ""
    territory: str = ""
    facilitators: str = ""
    language: str = "fr"
    agenda: str = ""
    status: WorkshopStatus = WorkshopStatus.PLANNED

    def __post_init__(self) -> None:
        self.kind = _member(WorkshopKind, self.kind)
        self.status = _member(WorkshopStatus, self.status)


@dataclass(kw_only=True)
class AgendaStep(Record):
    """A timed step of a workshop's agenda; the actual duration is filled in as it runs."""

    workshop_id: str
    position: int = 0
    title: str
    planned_minutes: int = 0
    method_note: str = ""
    actual_seconds: int | None = None


@dataclass(kw_only=True)
class Participant(Record):
    """A person of a programme, known by a display name or pseudonym.

    ``erased_at`` is set when the person used their right to erasure: the name and
    organisation are gone, what they said stays unattributed.
    """

    programme_id: str
    display_name: str
    role: ParticipantRole = ParticipantRole.OTHER
    organisation: str = ""
    erased_at: str | None = None

    def __post_init__(self) -> None:
        self.role = _member(ParticipantRole, self.role)


@dataclass(kw_only=True)
class Attendance(Record):
    workshop_id: str
    participant_id: str
    present: bool = True
    checked_in_at: str | None = None


@dataclass(kw_only=True)
class Entry(Record):
    """One captured contribution. An improvement may answer an issue (``answers_id``)."""

    workshop_id: str
    kind: EntryKind
    text: str
    action_id: str | None = None
    theme_id: str | None = None
    author_id: str | None = None
    answers_id: str | None = None
    status: ImprovementStatus | None = None
    votes: int = 0
    position: float = 0.0

    def __post_init__(self) -> None:
        self.kind = _member(EntryKind, self.kind)
        if self.status is not None:
            self.status = _member(ImprovementStatus, self.status)


@dataclass(kw_only=True)
class FeedbackQuestion(Record):
    workshop_id: str
    text: str
    position: int = 0
    criterion: str = ""
    """The monitoring criterion the question comes from, if any."""


@dataclass(kw_only=True)
class FeedbackResponse(Record):
    """One participant's set of answers; anonymous unless ``participant_id`` is set."""

    workshop_id: str
    participant_id: str | None = None
    comment: str = ""


@dataclass(kw_only=True)
class FeedbackAnswer(Record):
    response_id: str
    question_id: str
    rating: int


@dataclass(kw_only=True)
class ActionItem(Record):
    """A follow-up decided in a session: what, who, by when, status."""

    workshop_id: str
    what: str
    who: str = ""
    due_date: str = ""
    status: ActionItemStatus = ActionItemStatus.OPEN
    entry_id: str | None = None

    def __post_init__(self) -> None:
        self.status = _member(ActionItemStatus, self.status)


@dataclass(kw_only=True)
class Indicator(Record):
    """A monitoring criterion of an action, measured over time.

    ``baseline`` and ``target`` are texts as people write them ("240 à fin 2026"); the
    number they start with, if any, is what trends are measured against
    (:mod:`workshop_app.domain.indicators`)."""

    action_id: str
    name: str
    unit: str = ""
    target: str = ""
    kind: IndicatorKind = IndicatorKind.COUNT
    baseline: str = ""
    direction: IndicatorDirection = IndicatorDirection.UP
    source: str = ""
    """Where the values come from (a sign-in sheet, the feedback rounds, a partner)."""

    def __post_init__(self) -> None:
        self.kind = _member(IndicatorKind, self.kind)
        self.direction = _member(IndicatorDirection, self.direction)


@dataclass(kw_only=True)
class Measurement(Record):
    """One value of an indicator on a date (and, if it is one, in a territory)."""

    indicator_id: str
    measured_on: str
    value: float
    note: str = ""
    workshop_id: str | None = None
    territory: str = ""
    text_value: str = ""
    """The value of an indicator of kind text (``value`` is then 0)."""


@dataclass(kw_only=True)
class Challenge(Record):
    """One row of a programme's "Challenge | Baseline | What we would like to achieve"
    table."""

    programme_id: str
    theme: str = ""
    challenge: str
    baseline: str = ""
    goal: str = ""
    position: int = 0


@dataclass(kw_only=True)
class StatusChange(Record):
    """One change of an improvement's (``entry_id``) or an action item's status, written
    by the store as the change is saved; ``created_at`` says when."""

    entry_id: str | None = None
    action_item_id: str | None = None
    old_status: str = ""
    new_status: str
