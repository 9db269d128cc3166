"""The numbers of a programme's dashboard (no Qt, no reportlab): read with a few SQL
aggregate queries over the workshops a :class:`~workshop_app.reports.options.Selection`
keeps, the same selection as the programme synthesis (:func:`~workshop_app.reports.
gather.select_workshops`).

- attendance per workshop, by role of those present (as the synthesis counts it);
- contributions by role of their author (``None``: no author, or an unknown one) and kind;
- contributions per theme (``""``: none, or a removed theme) and territory;
- per feedback question (merged by text, as the synthesis merges them) and workshop, the
  :class:`~workshop_app.store.feedback.QuestionSummary`: the number of answers always,
  the mean only from five answers on (:func:`~workshop_app.store.feedback.tally`);
- improvements by status (as they stand today), per workshop in date order, and their
  running total (:meth:`DashboardData.improvements_to_date`);
- each indicator of the programme's actions with the measurements the selection keeps
  (:class:`IndicatorSeries`), its baseline and target read as numbers when they start with
  one (:func:`~workshop_app.domain.indicators.leading_number`).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field

from workshop_app.domain.enums import (
    EntryKind,
    ImprovementStatus,
    IndicatorKind,
    ParticipantRole,
)
from workshop_app.domain.indicators import latest_per_date, leading_number, read
from workshop_app.domain.models import Indicator, Measurement, Workshop
from workshop_app.reports.gather import select_workshops
from workshop_app.reports.options import Selection
from workshop_app.store._repo import tolerant
from workshop_app.store.feedback import QuestionSummary, combine, tally
from workshop_app.store.workspace import Workspace

NO_THEME = ""
"""The theme key of contributions without a theme (or of a removed theme)."""
NO_TERRITORY = ""
"""The territory key of workshops without a territory."""

_IN = "IN (SELECT value FROM json_each(?))"
_role_of = tolerant(ParticipantRole, ParticipantRole.OTHER)
_kind_of = tolerant(EntryKind, EntryKind.IDEA)
_status_of = tolerant(ImprovementStatus, ImprovementStatus.PROPOSED)


def question_key(text: str) -> str:
    """Questions of several workshops are one when their texts are (case and spacing
    aside), as in the programme synthesis."""
    return " ".join(text.casefold().split())


def territory_key(territory: str) -> str:
    return territory.strip().casefold()


@dataclass
class FeedbackQuestionSeries:
    """One question across the workshops that asked it."""

    text: str
    """The text as the first workshop (in date order) asked it."""
    per_workshop: dict[str, QuestionSummary] = field(default_factory=dict)
    """Workshop id → what may be shown of its answers."""


@dataclass
class IndicatorSeries:
    """One indicator of an action, with the measurements a selection keeps."""

    indicator: Indicator
    action_number: int
    measurements: list[Measurement] = field(default_factory=list)
    """In date order (then order of writing), removed ones left out."""

    @property
    def numeric(self) -> bool:
        """Its values are numbers (drawn); a text indicator is only listed."""
        return self.indicator.kind is not IndicatorKind.TEXT

    @property
    def baseline(self) -> float | None:
        """The number the baseline starts with ("0 à l'ouverture" → 0.0), if any."""
        return leading_number(self.indicator.baseline) if self.numeric else None

    @property
    def target(self) -> float | None:
        """The number the target starts with ("240 à fin 2026" → 240.0), if any."""
        return leading_number(self.indicator.target) if self.numeric else None

    def points(self) -> list[tuple[str, float]]:
        """One value per date, in date order, read as the synthesis reads an indicator
        (:func:`~workshop_app.domain.indicators.read`): the values of several territories
        on one date added up for a count, averaged otherwise. Empty for a text indicator."""
        if not self.numeric:
            return []
        by_day: dict[str, list[Measurement]] = {}
        for measurement in self.measurements:
            by_day.setdefault(measurement.measured_on, []).append(measurement)
        return [(day, read(self.indicator, same).latest.value) for day, same in by_day.items()]


@dataclass
class DashboardData:
    workshops: list[Workshop]
    """The workshops selected, in date order."""
    themes: list[tuple[str, str]]
    """(theme id, name) of the programme's themes in list order."""
    territories: list[tuple[str, str]]
    """(key, label) of the selected workshops' territories, in order of first workshop;
    the key is :func:`territory_key` (``""`` for none), the label as first typed."""
    attendance: dict[str, Counter] = field(default_factory=dict)
    """Workshop id → ``Counter`` of :class:`ParticipantRole` of those present."""
    by_role_and_kind: Counter = field(default_factory=Counter)
    """(role or ``None``, :class:`EntryKind`) → contributions."""
    by_theme_and_territory: Counter = field(default_factory=Counter)
    """(theme id or :data:`NO_THEME`, territory key) → contributions."""
    questions: list[FeedbackQuestionSeries] = field(default_factory=list)
    """Feedback questions, in the order of their first appearance (workshop, position)."""
    improvements: dict[str, Counter] = field(default_factory=dict)
    """Workshop id → ``Counter`` of :class:`ImprovementStatus` of its improvements."""
    indicators: list[IndicatorSeries] = field(default_factory=list)
    """The indicators of the programme's actions, by action number then name."""

    def theme_name(self, theme_id: str) -> str:
        return dict(self.themes).get(theme_id, "")

    @property
    def total_entries(self) -> int:
        return sum(self.by_role_and_kind.values())

    def improvements_to_date(self) -> dict[str, Counter]:
        """Workshop id → the improvements of the selected workshops up to it (in date
        order), by their status today: a running total."""
        running: Counter = Counter()
        totals = {}
        for workshop in self.workshops:
            running.update(self.improvements[workshop.id])
            totals[workshop.id] = Counter(running)
        return totals


def _territories(workshops: list[Workshop]) -> tuple[list[tuple[str, str]], dict[str, str]]:
    labels: dict[str, str] = {}
    of_workshop: dict[str, str] = {}
    for workshop in workshops:
        key = territory_key(workshop.territory)
        labels.setdefault(key, workshop.territory.strip())
        of_workshop[workshop.id] = key
    return list(labels.items()), of_workshop


def dashboard_data(
    ws: Workspace, programme_id: str, selection: Selection | None = None
) -> DashboardData:
    """The dashboard's numbers for the workshops of ``programme_id`` that ``selection``
    keeps (all when it is empty or ``None``)."""
    workshops = select_workshops(ws.workshops.for_programme(programme_id), selection or Selection())
    themes = [(t.id, t.name) for t in ws.themes.for_programme(programme_id)]
    territories, territory_of = _territories(workshops)
    data = DashboardData(workshops, themes, territories)
    ids = json.dumps([w.id for w in workshops])
    data.attendance = {w.id: Counter() for w in workshops}
    data.improvements = {w.id: Counter() for w in workshops}
    data.indicators = _indicators(ws, programme_id, selection or Selection())
    if not workshops:
        return data
    db = ws.db
    for workshop_id, role, count in db.rows(
        f"""SELECT a.workshop_id, p.role, count(*) FROM attendance a
            JOIN participant p ON p.id = a.participant_id
            WHERE a.workshop_id {_IN} AND a.present = 1 AND a.deleted_at IS NULL
            GROUP BY a.workshop_id, p.role""",
        [ids],
    ):
        data.attendance[workshop_id][_role_of(role)] += count

    known_themes = {theme_id for theme_id, _name in themes}
    for workshop_id, kind, theme_id, role, status, count in db.rows(
        f"""SELECT e.workshop_id, e.kind, e.theme_id, p.role, e.status, count(*) FROM entry e
            LEFT JOIN participant p ON p.id = e.author_id
            WHERE e.workshop_id {_IN} AND e.deleted_at IS NULL
            GROUP BY e.workshop_id, e.kind, e.theme_id, p.role, e.status""",
        [ids],
    ):
        kind = _kind_of(kind)
        author_role = None if role is None else _role_of(role)
        data.by_role_and_kind[(author_role, kind)] += count
        theme = theme_id if theme_id in known_themes else NO_THEME
        data.by_theme_and_territory[(theme, territory_of[workshop_id])] += count
        if kind is EntryKind.IMPROVEMENT:
            data.improvements[workshop_id][_status_of(status)] += count

    data.questions = _feedback(ws, workshops, ids)
    return data


def _feedback(ws: Workspace, workshops: list[Workshop], ids: str) -> list[FeedbackQuestionSeries]:
    questions = ws.feedback_questions.select(f"workshop_id {_IN}", [ids])
    counts: dict[str, dict[int, int]] = {}
    for question_id, rating, count in ws.db.rows(
        f"""SELECT a.question_id, a.rating, count(*) FROM feedback_answer a
            JOIN feedback_response r ON r.id = a.response_id
            WHERE r.workshop_id {_IN} AND a.deleted_at IS NULL AND r.deleted_at IS NULL
            GROUP BY a.question_id, a.rating""",
        [ids],
    ):
        counts.setdefault(question_id, {})[rating] = count
    order = {w.id: n for n, w in enumerate(workshops)}
    questions.sort(key=lambda q: (order[q.workshop_id], q.position, q.created_at))
    grouped: dict[str, FeedbackQuestionSeries] = {}
    parts: dict[tuple[str, str], list[QuestionSummary]] = {}
    for question in questions:
        key = question_key(question.text)
        grouped.setdefault(key, FeedbackQuestionSeries(question.text))
        summary = tally(question, counts.get(question.id, {}))
        parts.setdefault((key, question.workshop_id), []).append(summary)
    for (key, workshop_id), summaries in parts.items():
        # the same question twice in one workshop: one point, as the synthesis merges them
        one = summaries[0] if len(summaries) == 1 else combine(summaries)
        grouped[key].per_workshop[workshop_id] = one
    return list(grouped.values())


def kept_measurement(
    measurement: Measurement, selection: Selection, workshop_kinds: dict[str, str]
) -> bool:
    """Whether the dashboard draws ``measurement`` under ``selection``: its date within
    the selection's; its territory the one selected, or none in particular (as in the
    synthesis); with a kind of workshop selected, a measurement taken at a workshop
    counts when that workshop (``workshop_kinds``: id → kind) is of that kind, and one
    taken at no workshop always counts."""
    day = measurement.measured_on
    if selection.date_from and day < selection.date_from:
        return False
    if selection.date_to and day > selection.date_to:
        return False
    territory = territory_key(selection.territory)
    if territory and territory_key(measurement.territory) not in ("", territory):
        return False
    if selection.kind is not None and measurement.workshop_id:
        return workshop_kinds.get(measurement.workshop_id) == str(selection.kind)
    return True


def _indicators(ws: Workspace, programme_id: str, selection: Selection) -> list[IndicatorSeries]:
    indicators = ws.indicators.for_programme(programme_id)
    if not indicators:
        return []
    numbers = {a.id: a.number for a in ws.actions.for_programme(programme_id)}
    ids = json.dumps([i.id for i in indicators])
    found: dict[str, list[Measurement]] = {i.id: [] for i in indicators}
    # the kind of every workshop of the programme, removed ones too: a measurement keeps
    # the workshop it was taken at
    kinds = dict(ws.db.rows("SELECT id, kind FROM workshop WHERE programme_id = ?", [programme_id]))
    for measurement in ws.measurements.select(f"indicator_id {_IN}", [ids]):
        if kept_measurement(measurement, selection, kinds):
            found[measurement.indicator_id].append(measurement)
    return [
        IndicatorSeries(i, numbers.get(i.action_id, 0), latest_per_date(found[i.id]))
        for i in indicators
    ]
