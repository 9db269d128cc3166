"""Closed vocabularies of the domain.

Values are the stable strings stored in the database and used in CSV files; labels
people read are translated in the UI and in the report wording module, never here.
"""

from enum import StrEnum


class EntryKind(StrEnum):
    ISSUE = "issue"
    IMPROVEMENT = "improvement"
    IDEA = "idea"
    QUESTION = "question"
    DECISION = "decision"
    SUCCESS_FACTOR = "success_factor"


class ImprovementStatus(StrEnum):
    PROPOSED = "proposed"
    KEEP_DOING = "keep_doing"
    PLANNED = "planned"
    DONE = "done"


class WorkshopKind(StrEnum):
    PARTNERSHIP_PLATFORM = "partnership_platform"
    PROFESSIONALS = "professionals"
    PROSPECTIVE = "prospective"
    FOCUS_GROUP = "focus_group"
    THEMATIC = "thematic"
    OTHER = "other"


class WorkshopStatus(StrEnum):
    PLANNED = "planned"
    RUNNING = "running"
    CLOSED = "closed"


class ParticipantRole(StrEnum):
    RESIDENT = "resident"
    SOCIAL_WORKER = "social_worker"
    PARTNER_ASSOCIATION = "partner_association"
    INSTITUTION = "institution"
    ELECTED_OFFICIAL = "elected_official"
    SOCIAL_LANDLORD = "social_landlord"
    RESEARCHER = "researcher"
    OTHER = "other"


class ActionItemStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


DEFAULT_THEMES: tuple[str, ...] = (
    "Design",
    "Implementation",
    "Partnership",
    "Monitoring",
    "Financing",
)
"""The theme list of the OIF's key-success-factor table, proposed for a new programme."""


class IndicatorKind(StrEnum):
    """What an indicator's values are: a number of things, a rate in percent, a mean on
    the 1–5 scale of the feedback, yes or no (1 or 0), or a text."""

    COUNT = "count"
    RATE = "rate"
    SCALE = "scale"
    YES_NO = "yes_no"
    TEXT = "text"


class IndicatorDirection(StrEnum):
    """Which way an indicator should move: more is better, or less is."""

    UP = "up"
    DOWN = "down"
