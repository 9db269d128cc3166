"""The domain of Atelier: plain dataclasses and enums. No Qt, no SQL, no I/O."""

from workshop_app.domain.enums import (
    ActionItemStatus,
    EntryKind,
    ImprovementStatus,
    ParticipantRole,
    WorkshopKind,
    WorkshopStatus,
)
from workshop_app.domain.models import (
    Action,
    ActionItem,
    AgendaStep,
    Attendance,
    Entry,
    FeedbackAnswer,
    FeedbackQuestion,
    FeedbackResponse,
    Indicator,
    Measurement,
    Participant,
    Programme,
    Theme,
    Workshop,
)
from workshop_app.domain.validation import ValidationError

__all__ = [
    "Action",
    "ActionItem",
    "ActionItemStatus",
    "AgendaStep",
    "Attendance",
    "Entry",
    "EntryKind",
    "FeedbackAnswer",
    "FeedbackQuestion",
    "FeedbackResponse",
    "ImprovementStatus",
    "Indicator",
    "Measurement",
    "Participant",
    "ParticipantRole",
    "Programme",
    "Theme",
    "ValidationError",
    "Workshop",
    "WorkshopKind",
    "WorkshopStatus",
]
