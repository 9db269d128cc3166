"""Reading what a report needs from the workspace into plain data (no reportlab, no Qt).

This half of an export runs on the thread that owns the workspace connection; what it
returns can be handed to a writer on another thread.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from workshop_app.domain.board import OTHER_KINDS, build_board, fold
from workshop_app.domain.enums import ActionItemStatus, EntryKind, ParticipantRole
from workshop_app.domain.models import (
    Action,
    ActionItem,
    AgendaStep,
    Entry,
    Programme,
    Theme,
    Workshop,
)
from workshop_app.domain.validation import MAX_TEXT_CHARS
from workshop_app.reports.options import ExportFailed, Selection
from workshop_app.reports.wording import Wording, wording_for
from workshop_app.store.errors import NotFound
from workshop_app.store.feedback import QuestionSummary
from workshop_app.store.workspace import Workspace


@dataclass
class PairRow:
    """One row of an Issue | Improvement table; either side may be empty."""

    issue: Entry | None
    improvement: Entry | None
    continuation: bool = False
    """The issue is the one of the row above (its cell spans both rows)."""
    workshop: Workshop | None = None
    """In a programme synthesis: the workshop the row came from."""


@dataclass
class PairTable:
    action: Action | None
    theme: Theme | None
    rows: list[PairRow] = field(default_factory=list)


@dataclass
class FeedbackSummary:
    """Answers per question (merged by question text across workshops) and the comments."""

    questions: list[QuestionSummary]
    responses: int
    comments: list[str]


@dataclass
class ReportBase:
    programme: Programme
    actions: dict[str, Action]
    themes: dict[str, Theme]
    language: str
    with_names: bool
    generated_at: datetime
    names: dict[str, str]
    """Participant id → display name; empty unless names were asked for."""
    tables: list[PairTable]
    others: dict[EntryKind, list[Entry]]
    """Ideas, questions and decisions, each kind in board order."""
    success_factors: list[Entry]
    feedback: FeedbackSummary
    attendance: dict[ParticipantRole, int]

    def author(self, entry: Entry) -> str:
        return self.names.get(entry.author_id or "", "") if self.with_names else ""

    def action_label(self, action_id: str | None) -> tuple[int | None, str]:
        action = self.actions.get(action_id or "")
        return (action.number, action.title) if action else (None, "")

    def workshop_code(self, workshop: Workshop) -> str:
        """A short name for a workshop in a table column ("A2"); none in a summary."""
        return ""

    def theme_name(self, theme_id: str | None) -> str:
        theme = self.themes.get(theme_id or "")
        return theme.name if theme else ""

    @property
    def entry_count(self) -> int:
        pairs = sum(
            (0 if row.continuation or row.issue is None else 1) + (row.improvement is not None)
            for table in self.tables
            for row in table.rows
        )
        return pairs + sum(len(v) for v in self.others.values()) + len(self.success_factors)


@dataclass
class SessionData(ReportBase):
    workshop: Workshop
    attendees: list[tuple[str, ParticipantRole]]
    """Names and roles of those present; empty unless names were asked for."""
    action_items: list[ActionItem]
    agenda: list[AgendaStep]


@dataclass
class ProgrammeData(ReportBase):
    workshops: list[Workshop]
    selection: Selection
    theme_counts: list[tuple[str, Counter]]
    """Per theme name (in list order, then "no theme"): entries counted by kind."""
    open_items: list[tuple[ActionItem, Workshop]]

    def workshop_code(self, workshop: Workshop) -> str:
        """``A1``, ``A2``… in date order, as listed in the table of workshops covered."""
        for number, candidate in enumerate(self.workshops, start=1):
            if candidate.id == workshop.id:
                return f"A{number}"
        return ""


def report_language(requested: str, fallback: str) -> str:
    language = (requested or fallback or "fr").lower()[:2]
    return language if language in ("fr", "en") else "en"


def _programme_context(ws: Workspace, programme_id: str):
    programme = ws.programmes.get(programme_id)
    actions = {a.id: a for a in ws.actions.for_programme(programme_id)}
    themes = {t.id: t for t in ws.themes.for_programme(programme_id)}
    return programme, actions, themes


def _names(ws: Workspace, programme_id: str, with_names: bool) -> dict[str, str]:
    if not with_names:
        return {}
    return {
        p.id: p.display_name
        for p in ws.participants.for_programme(programme_id)
        if p.erased_at is None and p.display_name
    }


def _known_references(
    entries: list[Entry], actions: dict[str, Action], themes: dict[str, Theme]
) -> list[Entry]:
    """``entries`` with the ids of deleted actions and themes read as none, so that an
    entry of a removed theme is counted, and shown, with those of no theme (not apart)."""
    known = []
    for entry in entries:
        action_id = entry.action_id if entry.action_id in actions else None
        theme_id = entry.theme_id if entry.theme_id in themes else None
        if (action_id, theme_id) != (entry.action_id, entry.theme_id):
            entry = dataclasses.replace(entry, action_id=action_id, theme_id=theme_id)
        if len(entry.text) > MAX_TEXT_CHARS:
            # longer than Atelier ever saves: a damaged or tampered file (a 50 MB text
            # kept an export laying out for ever); printed up to the limit, cut visibly
            entry = dataclasses.replace(entry, text=entry.text[:MAX_TEXT_CHARS] + " […]")
        known.append(entry)
    return known


def _lay_out(
    entries: list[Entry],
    actions: dict[str, Action],
    themes: dict[str, Theme],
    workshops: dict[str, Workshop] | None = None,
) -> tuple[list[PairTable], dict[EntryKind, list[Entry]], list[Entry]]:
    by_id = {e.id: e for e in entries}
    numbers = {a.id: a.number for a in actions.values()}
    positions = {t.id: t.position for t in themes.values()}
    tables: list[PairTable] = []
    others: dict[EntryKind, list[Entry]] = {k: [] for k in OTHER_KINDS}
    for group in build_board(by_id, numbers, positions):
        if group.is_pairs:
            table = PairTable(actions.get(group.action_id or ""), themes.get(group.theme_id or ""))
            for row in group.rows:
                lead = by_id[row.lead_id]
                table.rows.append(
                    PairRow(
                        issue=by_id.get(row.issue_id or ""),
                        improvement=by_id.get(row.improvement_id or ""),
                        continuation=row.continuation,
                        workshop=(workshops or {}).get(lead.workshop_id),
                    )
                )
            tables.append(table)
        else:
            others[group.kind] = [by_id[r.other_id] for r in group.rows if r.other_id]
    factors = others.pop(EntryKind.SUCCESS_FACTOR)
    factors.sort(
        key=lambda e: (
            numbers.get(e.action_id or "", 1 << 30),
            positions.get(e.theme_id or "", 1 << 30),
            e.position,
        )
    )
    return tables, others, factors


def masked_items(
    ws: Workspace, programme_id: str, items: list[ActionItem], with_names: bool, w: Wording
) -> list[ActionItem]:
    """Action items whose "who" names participants say their role instead ("Bailleur
    social"), unless names were asked for (a pseudonym is still personal data).

    A name is masked wherever it stands in "who" ("Mona (CCAS)", "Mona et Karim"), as a
    whole word and whatever its case, including the names of participants since deleted.
    The result is the text to print, literally.
    """
    if with_names:
        return items
    roles: dict[str, ParticipantRole] = {}
    for person in ws.participants.select("programme_id = ?", [programme_id], include_deleted=True):
        key = " ".join(person.display_name.lower().split())
        if key:
            roles.setdefault(key, person.role)
    if not roles:
        return items
    alternatives = (
        r"\s+".join(re.escape(word) for word in key.split())
        for key in sorted(roles, key=len, reverse=True)
    )
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)

    def role_of(match: re.Match[str]) -> str:
        role = roles.get(" ".join(match.group(0).lower().split()), ParticipantRole.OTHER)
        return w.person(role)

    masked = []
    for item in items:
        who = pattern.sub(role_of, item.who)
        masked.append(item if who == item.who else dataclasses.replace(item, who=who))
    return masked


def _feedback(ws: Workspace, workshop_ids: list[str]) -> FeedbackSummary:
    merged: dict[str, QuestionSummary] = {}
    responses = 0
    comments: list[str] = []
    for workshop_id in workshop_ids:
        for summary in ws.feedback.summary(workshop_id):
            key = " ".join(summary.question.text.casefold().split())
            earlier = merged.get(key)
            if earlier is None:
                merged[key] = summary
                continue
            distribution = {
                r: earlier.distribution.get(r, 0) + summary.distribution.get(r, 0)
                for r in range(1, 6)
            }
            total = sum(distribution.values())
            mean = sum(r * c for r, c in distribution.items()) / total if total else None
            merged[key] = QuestionSummary(earlier.question, total, mean, distribution)
        for response in ws.feedback.for_workshop(workshop_id):
            responses += 1
            if response.comment.strip():
                comments.append(response.comment)
    return FeedbackSummary(list(merged.values()), responses, comments)


def gather_session(
    ws: Workspace, workshop_id: str, *, language: str = "", with_names: bool = False
) -> SessionData:
    """Everything the summary of one workshop prints."""
    try:
        workshop = ws.workshops.get(workshop_id)
    except NotFound as error:
        raise ExportFailed(
            f"There is no workshop with the id {workshop_id}.", "unknown_id"
        ) from error
    programme, actions, themes = _programme_context(ws, workshop.programme_id)
    entries = _known_references(ws.entries.for_workshop(workshop.id), actions, themes)
    tables, others, factors = _lay_out(entries, actions, themes)
    names = _names(ws, programme.id, with_names)
    attendees: list[tuple[str, ParticipantRole]] = []
    if with_names:
        people = {p.id: p for p in ws.participants.for_programme(programme.id)}
        for attendance in ws.attendance.for_workshop(workshop.id):
            person = people.get(attendance.participant_id)
            if attendance.present and person and person.id in names:
                attendees.append((names[person.id], person.role))
        attendees.sort(key=lambda a: (fold(a[0]), a[0]))  # "élodie" among the e, not after z
    return SessionData(
        programme=programme,
        actions=actions,
        themes=themes,
        language=report_language(language, workshop.language),
        with_names=with_names,
        generated_at=datetime.now().astimezone(),
        names=names,
        tables=tables,
        others=others,
        success_factors=factors,
        feedback=_feedback(ws, [workshop.id]),
        attendance=ws.attendance.counts_by_role(workshop.id),
        workshop=workshop,
        attendees=attendees,
        action_items=masked_items(
            ws,
            programme.id,
            ws.action_items.for_workshop(workshop.id),
            with_names,
            wording_for(report_language(language, workshop.language)),
        ),
        agenda=ws.agenda.for_workshop(workshop.id),
    )


def select_workshops(workshops: list[Workshop], selection: Selection) -> list[Workshop]:
    """The workshops ``selection`` keeps, in date order."""
    chosen = []
    wanted = set(selection.workshop_ids)
    territory = selection.territory.strip().casefold()
    for workshop in workshops:
        day = workshop.starts_at[:10]
        if wanted and workshop.id not in wanted:
            continue
        if selection.date_from and (not day or day < selection.date_from):
            continue
        if selection.date_to and (not day or day > selection.date_to):
            continue
        if territory and workshop.territory.strip().casefold() != territory:
            continue
        if selection.kind is not None and workshop.kind != selection.kind:
            continue
        chosen.append(workshop)
    chosen.sort(key=lambda w: (w.starts_at, w.title.casefold()))
    return chosen


def gather_programme(
    ws: Workspace,
    programme_id: str,
    selection: Selection | None = None,
    *,
    language: str = "",
    with_names: bool = False,
) -> ProgrammeData:
    """Everything the synthesis of a programme (or of some of its workshops) prints."""
    selection = selection or Selection()
    try:
        programme, actions, themes = _programme_context(ws, programme_id)
    except NotFound as error:
        raise ExportFailed(
            f"There is no programme with the id {programme_id}.", "unknown_id"
        ) from error
    workshops = select_workshops(ws.workshops.for_programme(programme_id), selection)
    if not workshops:
        raise ExportFailed(
            "No workshop of this programme matches the selection; nothing to export.",
            "nothing_selected",
        )
    by_id = {w.id: w for w in workshops}
    entries: list[Entry] = []
    for workshop in workshops:
        entries.extend(ws.entries.for_workshop(workshop.id))
    entries = _known_references(entries, actions, themes)
    tables, others, factors = _lay_out(entries, actions, themes, by_id)
    counts: dict[str, Counter] = {}
    by_entry_id = {e.id: e for e in entries}
    for entry in entries:
        owner = entry
        if entry.kind is EntryKind.IMPROVEMENT and entry.answers_id:
            owner = by_entry_id.get(entry.answers_id, entry)
        counts.setdefault(owner.theme_id or "", Counter())[entry.kind] += 1
    ordered = sorted(themes.values(), key=lambda t: (t.position, t.name.casefold()))
    theme_counts = [(t.name, counts[t.id]) for t in ordered if t.id in counts]
    if "" in counts:
        theme_counts.append(("", counts[""]))
    attendance: Counter = Counter()
    for workshop in workshops:
        attendance.update(ws.attendance.counts_by_role(workshop.id))
    w = wording_for(report_language(language, programme.language))
    open_items = [
        (item, workshop)
        for workshop in workshops
        for item in masked_items(
            ws, programme_id, ws.action_items.for_workshop(workshop.id), with_names, w
        )
        if item.status in (ActionItemStatus.OPEN, ActionItemStatus.IN_PROGRESS)
    ]
    return ProgrammeData(
        programme=programme,
        actions=actions,
        themes=themes,
        language=report_language(language, programme.language),
        with_names=with_names,
        generated_at=datetime.now().astimezone(),
        names=_names(ws, programme.id, with_names),
        tables=tables,
        others=others,
        success_factors=factors,
        feedback=_feedback(ws, [w.id for w in workshops]),
        attendance=dict(attendance),
        workshops=workshops,
        selection=selection,
        theme_counts=theme_counts,
        open_items=open_items,
    )
