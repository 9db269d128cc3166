"""Reading what a report needs from the workspace into plain data (no reportlab, no Qt).

This half of an export runs on the thread that owns the workspace connection; what it
returns can be handed to a writer on another thread.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from workshop_app.domain import mentions
from workshop_app.domain.board import OTHER_KINDS, build_board, fold
from workshop_app.domain.enums import ActionItemStatus, EntryKind, ParticipantRole
from workshop_app.domain.indicators import Reading, read
from workshop_app.domain.models import (
    Action,
    ActionItem,
    AgendaStep,
    Challenge,
    Entry,
    Programme,
    Theme,
    Workshop,
)
from workshop_app.domain.validation import MAX_TEXT_CHARS
from workshop_app.reports.follow_up_data import FollowUpReport, gather_follow_up
from workshop_app.reports.names_in_text import NameMask
from workshop_app.reports.options import ExportFailed, ExportOptions, Selection
from workshop_app.reports.wording import Wording, wording_for
from workshop_app.store.errors import NotFound
from workshop_app.store.feedback import QuestionSummary, combine, comment_order
from workshop_app.store.workspace import Workspace

if TYPE_CHECKING:
    from workshop_app.reports.synthesis_chart_data import SynthesisCharts


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
    names_replaced: int = 0
    """Names typed in its free texts printed as roles (the summary says so)."""
    follow_up: FollowUpReport | None = None
    """What moved since the previous workshop of its actions, what is still open."""


@dataclass
class ProgrammeData(ReportBase):
    workshops: list[Workshop]
    selection: Selection
    theme_counts: list[tuple[str, Counter]]
    """Per theme name (in list order, then "no theme"): entries counted by kind."""
    open_items: list[tuple[ActionItem, Workshop]]
    names_replaced: int = 0
    """Names typed in its free texts printed as roles (the synthesis says so)."""
    challenges: list[Challenge] = field(default_factory=list)
    """The programme's "Challenge | Baseline | What we would like to achieve" rows."""
    charts: SynthesisCharts | None = None
    """The numbers of its charts (attendance, satisfaction, improvements, indicators)."""
    readings: dict[str, list[Reading]] = field(default_factory=dict)
    """Per action id: each indicator with its latest value and trend (within the selection's
    end date and territory)."""

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


def mentions_named(ws: Workspace, entries: list[Entry]) -> list[Entry]:
    """Entries whose mentions read as the person's display name ("[…]" once erased): an
    export without names then turns those names into roles, as any name typed."""
    names = ws.entries.mentioned_names(e.text for e in entries)
    return [
        dataclasses.replace(e, text=mentions.render(e.text, names.get))
        if mentions.has_marks(e.text)
        else e
        for e in entries
    ]


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


_EXPORT_MASK: ContextVar[NameMask | None] = ContextVar("export_mask", default=None)
"""The mask of the table export being gathered (see :func:`gather_tables`)."""


def masked_items(
    ws: Workspace,
    programme_id: str,
    items: list[ActionItem],
    with_names: bool,
    w: Wording,
    mask: NameMask | None = None,
) -> list[ActionItem]:
    """Action items whose "who" and "what" name participants say their role instead
    ("Bailleur social"), unless names were asked for (a pseudonym is still personal data).

    A name is masked wherever it stands ("Mona (CCAS)", "Mona et Karim"), as a whole word
    and whatever its case and accents, including the names of participants since deleted,
    and first names (see :mod:`workshop_app.store.name_finder`). ``mask`` says which
    spots the person kept (default: that of the table export being gathered, else none).
    The result is the text to print, literally.
    """
    if with_names:
        return items
    mask = mask or _EXPORT_MASK.get() or NameMask.for_programme(ws, programme_id, w)
    return mask.items(items)


def _name_mask(
    ws: Workspace, programme_id: str, language: str, with_names: bool, keep: Iterable
) -> NameMask | None:
    """The mask of the names typed in free texts; None when names are printed."""
    if with_names:
        return None
    return NameMask.for_programme(ws, programme_id, wording_for(language), keep)


def _masked_feedback(mask: NameMask | None, feedback: FeedbackSummary) -> FeedbackSummary:
    if mask is None:
        return feedback
    comments = mask.comments(feedback.comments, comment_order)
    return dataclasses.replace(feedback, comments=comments)


def gather_tables(ws: Workspace, options: ExportOptions):
    """The tables of a CSV or XLSX export (:func:`~workshop_app.reports.tabular.
    gather_tables`), the names typed in their free texts replaced unless names are asked
    for (the spots of ``options.keep_names`` aside)."""
    from workshop_app.reports import tabular

    mask = None
    if not options.with_names:
        try:
            if options.workshop_id:
                workshop = ws.workshops.get(options.workshop_id)
                programme_id, fallback = workshop.programme_id, workshop.language
            else:
                programme = ws.programmes.get(options.programme_id or "")
                programme_id, fallback = programme.id, programme.language
        except NotFound:
            pass  # tabular says so
        else:
            language = report_language(options.language, fallback)
            mask = _name_mask(ws, programme_id, language, False, options.keep_names)
    token = _EXPORT_MASK.set(mask)
    try:
        data = tabular.gather_tables(ws, options)
    finally:
        _EXPORT_MASK.reset(token)
    return data if mask is None else mask.tables(data, comment_order)


def _feedback(ws: Workspace, workshop_ids: list[str]) -> FeedbackSummary:
    """Questions merged by text; a workshop's ratings count only where it has five answers
    (:func:`~workshop_app.store.feedback.combine`); comments in alphabetical order."""
    merged: dict[str, list[QuestionSummary]] = {}
    responses = 0
    comments: list[str] = []
    for workshop_id in workshop_ids:
        for summary in ws.feedback.summary(workshop_id):
            key = " ".join(summary.question.text.casefold().split())
            merged.setdefault(key, []).append(summary)
        responses += len(ws.feedback.for_workshop(workshop_id))
        comments.extend(ws.feedback.comments(workshop_id))
    comments.sort(key=comment_order)
    return FeedbackSummary([combine(s) for s in merged.values()], responses, comments)


def gather_session(
    ws: Workspace,
    workshop_id: str,
    *,
    language: str = "",
    with_names: bool = False,
    keep_names: Iterable[tuple[str, str, str, int]] = (),
) -> SessionData:
    """Everything the summary of one workshop prints; without names, the names typed in
    its free texts read as roles (but at the spots of ``keep_names``)."""
    try:
        workshop = ws.workshops.get(workshop_id)
    except NotFound as error:
        raise ExportFailed(
            f"There is no workshop with the id {workshop_id}.", "unknown_id"
        ) from error
    programme, actions, themes = _programme_context(ws, workshop.programme_id)
    mask = _name_mask(
        ws, programme.id, report_language(language, workshop.language), with_names, keep_names
    )
    entries = ws.entries.for_workshop(workshop.id)
    agenda = ws.agenda.for_workshop(workshop.id)
    if mask is not None:  # on the text as stored (the spots kept are there), mentions too
        workshop, entries, agenda = (
            mask.workshop(workshop),
            mask.entries(entries),
            mask.steps(agenda),
        )
    entries = mentions_named(ws, entries)
    entries = _known_references(entries, actions, themes)
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
    data = SessionData(
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
        feedback=_masked_feedback(mask, _feedback(ws, [workshop.id])),
        attendance=ws.attendance.counts_by_role(workshop.id),
        workshop=workshop,
        attendees=attendees,
        action_items=masked_items(
            ws,
            programme.id,
            ws.action_items.for_workshop(workshop.id),
            with_names,
            wording_for(report_language(language, workshop.language)),
            mask,
        ),
        agenda=agenda,
        follow_up=gather_follow_up(ws, workshop.id, mask, lambda es: mentions_named(ws, es)),
    )
    data.names_replaced = mask.replaced if mask is not None else 0
    return data


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
    keep_names: Iterable[tuple[str, str, str, int]] = (),
) -> ProgrammeData:
    """Everything the synthesis of a programme (or of some of its workshops) prints;
    without names, the names typed in its free texts read as roles (but at the spots of
    ``keep_names``)."""
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
    mask = _name_mask(
        ws, programme_id, report_language(language, programme.language), with_names, keep_names
    )
    if mask is not None:
        workshops = [mask.workshop(workshop) for workshop in workshops]
    by_id = {w.id: w for w in workshops}
    entries: list[Entry] = []
    for workshop in workshops:
        entries.extend(ws.entries.for_workshop(workshop.id))
    if mask is not None:  # on the text as stored (the spots kept are there), mentions too
        entries = mask.entries(entries)
    entries = mentions_named(ws, entries)
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
            ws, programme_id, ws.action_items.for_workshop(workshop.id), with_names, w, mask
        )
        if item.status in (ActionItemStatus.OPEN, ActionItemStatus.IN_PROGRESS)
    ]
    data = ProgrammeData(
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
        feedback=_masked_feedback(mask, _feedback(ws, [w.id for w in workshops])),
        attendance=dict(attendance),
        workshops=workshops,
        selection=selection,
        theme_counts=theme_counts,
        open_items=open_items,
    )
    data.names_replaced = mask.replaced if mask is not None else 0
    data.challenges = ws.challenges.for_programme(programme_id)
    data.readings = _readings(ws, programme_id, selection)
    from workshop_app.reports.synthesis_chart_data import gather_charts

    data.charts = gather_charts(ws, data)
    return data


def _readings(ws: Workspace, programme_id: str, selection: Selection) -> dict[str, list[Reading]]:
    """Each indicator of the programme read from its measurements up to the selection's
    end date, in the selected territory (and those taken for no territory in particular)."""
    readings: dict[str, list[Reading]] = {}
    territory = selection.territory.strip().casefold()
    for indicator in ws.indicators.for_programme(programme_id):
        measurements = [
            m
            for m in ws.measurements.for_indicator(indicator.id)
            if (not selection.date_to or m.measured_on <= selection.date_to)
            and (not territory or m.territory.strip().casefold() in ("", territory))
        ]
        readings.setdefault(indicator.action_id, []).append(read(indicator, measurements))
    return readings
