"""Translated labels for the domain's vocabularies (enum values are never shown raw)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workshop_app.domain.enums import (
    ActionItemStatus,
    EntryKind,
    ImprovementStatus,
    ParticipantRole,
    WorkshopKind,
    WorkshopStatus,
)


def entry_kind(kind: EntryKind) -> str:
    return {
        EntryKind.ISSUE: QCoreApplication.translate("Labels", "Issue"),
        EntryKind.IMPROVEMENT: QCoreApplication.translate("Labels", "Improvement"),
        EntryKind.IDEA: QCoreApplication.translate("Labels", "Idea"),
        EntryKind.QUESTION: QCoreApplication.translate("Labels", "Question"),
        EntryKind.DECISION: QCoreApplication.translate("Labels", "Decision"),
        EntryKind.SUCCESS_FACTOR: QCoreApplication.translate("Labels", "Key success factor"),
    }[kind]


def improvement_status(status: ImprovementStatus) -> str:
    return {
        ImprovementStatus.PROPOSED: QCoreApplication.translate(
            "Labels", "Proposed", "improvement status"
        ),
        ImprovementStatus.KEEP_DOING: QCoreApplication.translate(
            "Labels", "Keep doing", "improvement status"
        ),
        ImprovementStatus.PLANNED: QCoreApplication.translate(
            "Labels", "Planned", "improvement status"
        ),
        ImprovementStatus.DONE: QCoreApplication.translate("Labels", "Done", "improvement status"),
    }[status]


def workshop_kind(kind: WorkshopKind) -> str:
    return {
        WorkshopKind.PARTNERSHIP_PLATFORM: QCoreApplication.translate(
            "Labels", "Partnership platform", "workshop kind"
        ),
        WorkshopKind.PROFESSIONALS: QCoreApplication.translate(
            "Labels", "Professionals", "workshop kind"
        ),
        WorkshopKind.PROSPECTIVE: QCoreApplication.translate(
            "Labels", "Prospective / scenarios", "workshop kind"
        ),
        WorkshopKind.FOCUS_GROUP: QCoreApplication.translate(
            "Labels", "Focus group", "workshop kind"
        ),
        WorkshopKind.THEMATIC: QCoreApplication.translate("Labels", "Thematic", "workshop kind"),
        WorkshopKind.OTHER: QCoreApplication.translate("Labels", "Other", "workshop kind"),
    }[kind]


def workshop_status(status: WorkshopStatus) -> str:
    return {
        WorkshopStatus.PLANNED: QCoreApplication.translate("Labels", "Planned", "workshop status"),
        WorkshopStatus.RUNNING: QCoreApplication.translate("Labels", "Running", "workshop status"),
        WorkshopStatus.CLOSED: QCoreApplication.translate("Labels", "Closed", "workshop status"),
    }[status]


def participant_role(role: ParticipantRole) -> str:
    return {
        ParticipantRole.RESIDENT: QCoreApplication.translate("Labels", "Resident / user"),
        ParticipantRole.SOCIAL_WORKER: QCoreApplication.translate("Labels", "Social worker"),
        ParticipantRole.PARTNER_ASSOCIATION: QCoreApplication.translate(
            "Labels", "Partner association"
        ),
        ParticipantRole.INSTITUTION: QCoreApplication.translate("Labels", "Institution"),
        ParticipantRole.ELECTED_OFFICIAL: QCoreApplication.translate("Labels", "Elected official"),
        ParticipantRole.SOCIAL_LANDLORD: QCoreApplication.translate("Labels", "Social landlord"),
        ParticipantRole.RESEARCHER: QCoreApplication.translate("Labels", "Researcher"),
        ParticipantRole.OTHER: QCoreApplication.translate("Labels", "Other role"),
    }[role]


def action_item_status(status: ActionItemStatus) -> str:
    return {
        ActionItemStatus.OPEN: QCoreApplication.translate("Labels", "Open", "action item status"),
        ActionItemStatus.IN_PROGRESS: QCoreApplication.translate(
            "Labels", "In progress", "action item status"
        ),
        ActionItemStatus.DONE: QCoreApplication.translate("Labels", "Done", "action item status"),
        ActionItemStatus.DROPPED: QCoreApplication.translate(
            "Labels", "Dropped", "action item status"
        ),
    }[status]


def theme_name(name: str) -> str:
    """The default OIF themes are stored in English and shown translated; others as typed."""
    defaults = {
        "Design": QCoreApplication.translate("Labels", "Design"),
        "Implementation": QCoreApplication.translate("Labels", "Implementation"),
        "Partnership": QCoreApplication.translate("Labels", "Partnership"),
        "Monitoring": QCoreApplication.translate("Labels", "Monitoring"),
        "Financing": QCoreApplication.translate("Labels", "Financing"),
    }
    return defaults.get(name, name)
