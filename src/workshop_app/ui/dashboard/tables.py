"""The dashboard's numbers (:class:`~workshop_app.reports.dashboard_data.DashboardData`)
turned into what each chart shows (:class:`ChartTable`), worded in the interface's
language. No widgets here: the :class:`~workshop_app.ui.dashboard.dashboard.Dashboard`
hands these tables to its panels; the tests read them too.

The strings keep the context of the dashboard ("Dashboard") for their translations."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCoreApplication, QDate

from workshop_app.domain.enums import (
    EntryKind,
    ImprovementStatus,
    ParticipantRole,
)
from workshop_app.domain.models import Workshop
from workshop_app.reports import palette
from workshop_app.reports.dashboard_data import (
    NO_THEME,
    DashboardData,
    FeedbackQuestionSeries,
)
from workshop_app.ui import labels
from workshop_app.ui.dashboard.chart_table import LINE, MISSING, ChartTable, Series
from workshop_app.ui.dashboard.file_names import shorten
from workshop_app.ui.date_edits import shown_date
from workshop_app.ui.i18n import fill

FULL_NOTES_UP_TO = 8
"""Up to this many workshops the satisfaction chart writes "n = 9" above a mean; beyond,
"9", so that they do not overlap."""
NOTES_UP_TO = 20
"""Up to this many workshops the satisfaction chart writes why a workshop has no mean
("< 5 answers (n = 3)", "no answers", "not asked", upright in its column); beyond, the
grey bands of the workshops under five answers, the legend and the tooltips say it."""


def workshop_names(workshops: list[Workshop]) -> tuple[list[str], list[str]]:
    """Short labels for a chart's axis (the date, "12/03/26"; a second workshop on the same
    day "12/03/26 (2)"; the title's start if undated) and full names for the table and
    the tooltips ("12/03/2026 · title · territory")."""
    short, full = [], []
    seen: Counter = Counter()
    for workshop in workshops:
        day = workshop.starts_at[:10]
        if QDate.fromString(day, "yyyy-MM-dd").isValid():
            label = shown_date(day)
        else:
            label = shorten(workshop.title, 14) or MISSING
        seen[label] += 1
        short.append(label if seen[label] == 1 else f"{label} ({seen[label]})")
        parts = [shown_date(workshop.starts_at[:10]) or MISSING, workshop.title]
        if workshop.territory.strip():
            parts.append(workshop.territory.strip())
        full.append(" · ".join(parts))
    return short, full


def stacks(keys, counters, name_of) -> list[Series]:
    """One series per key that counts somewhere, in ``keys`` order."""
    series = []
    for key in keys:
        values = [float(c.get(key, 0)) for c in counters]
        if any(values):
            series.append(Series(name_of(key), values, palette.series_colour(len(series))))
    return series


def attendance_table(data: DashboardData) -> ChartTable:
    short, full = workshop_names(data.workshops)
    counters = [data.attendance[w.id] for w in data.workshops]
    return ChartTable(
        short,
        stacks(list(ParticipantRole), counters, labels.participant_role),
        row_headers=full,
    )


def speakers_table(data: DashboardData) -> ChartTable:
    roles = [*list(ParticipantRole), None]
    spoken = [r for r in roles if any(data.by_role_and_kind[(r, k)] for k in EntryKind)]
    names = [
        labels.participant_role(r)
        if r is not None
        else QCoreApplication.translate("Dashboard", "Not attributed")
        for r in spoken
    ]
    counters = [{k: data.by_role_and_kind[(r, k)] for k in EntryKind} for r in spoken]
    return ChartTable(names, stacks(list(EntryKind), counters, labels.entry_kind), horizontal=True)


def themes_table(data: DashboardData) -> ChartTable:
    keys = [key for key, _label in data.territories]
    theme_ids = [t for t, _name in data.themes] + [NO_THEME]
    used = [t for t in theme_ids if any(data.by_theme_and_territory[(t, k)] for k in keys)]
    territory_names = {
        key: label or QCoreApplication.translate("Dashboard", "No territory")
        for key, label in data.territories
    }
    names = [
        labels.theme_name(data.theme_name(t))
        if t
        else QCoreApplication.translate("Dashboard", "No theme")
        for t in used
    ]
    counters = [{k: data.by_theme_and_territory[(t, k)] for k in keys} for t in used]
    return ChartTable(names, stacks(keys, counters, territory_names.get), horizontal=True)


def improvements_table(data: DashboardData) -> ChartTable:
    """A running total: the improvements of the workshops up to each one, by their status
    today; the table adds how many each workshop brought."""
    short, full = workshop_names(data.workshops)
    to_date = data.improvements_to_date()
    brought = [str(sum(data.improvements[w.id].values())) for w in data.workshops]
    return ChartTable(
        short,
        stacks(
            list(ImprovementStatus),
            [to_date[w.id] for w in data.workshops],
            labels.improvement_status,
        ),
        row_headers=full,
        notes=brought,
        note_header=QCoreApplication.translate(
            "Dashboard", "New", "improvements a workshop brought"
        ),
        legend_note=QCoreApplication.translate(
            "Dashboard",
            "Each bar: the improvements of the workshops up to that date, by their status today.",
        ),
    )


def most_asked(questions: list[FeedbackQuestionSeries]) -> int:
    """The question asked in the most workshops (the first of them): shown first."""
    if not questions:
        return -1
    return max(range(len(questions)), key=lambda n: (len(questions[n].per_workshop), -n))


def satisfaction_table(data: DashboardData, question: FeedbackQuestionSeries | None) -> ChartTable:
    """The mean rating per workshop from five answers on; under five, no mean anywhere but
    "< 5 answers" (chart, table, copied text) and a grey band on the chart; the number of
    answers always (table, tooltips, and on the chart while there is room)."""
    if question is None:
        return ChartTable(
            [],
            empty_text=QCoreApplication.translate(
                "Dashboard", "No feedback question in the selected workshops."
            ),
        )
    short, full = workshop_names(data.workshops)
    count = len(data.workshops)
    not_asked = QCoreApplication.translate("Dashboard", "not asked")
    no_answers = QCoreApplication.translate("Dashboard", "no answers")
    means, missing, answers, chart_notes, bands = [], [], [], [], []
    for n, workshop in enumerate(data.workshops):
        summary = question.per_workshop.get(workshop.id)
        mean = summary.mean if summary is not None and summary.shown else None
        means.append(mean)
        if summary is None:
            missing.append(not_asked)
            answers.append(MISSING)
            chart_notes.append(not_asked)
        elif mean is not None:
            missing.append(MISSING)
            answers.append(str(summary.answers))
            n_is = fill(QCoreApplication.translate("Dashboard", "n = %1"), summary.answers)
            chart_notes.append(n_is if count <= FULL_NOTES_UP_TO else str(summary.answers))
        elif summary.answers == 0:
            missing.append(no_answers)
            answers.append("0")
            chart_notes.append(no_answers)
        else:
            bands.append(n)
            missing.append(QCoreApplication.translate("Dashboard", "< 5 answers"))
            answers.append(str(summary.answers))
            chart_notes.append(
                fill(
                    QCoreApplication.translate("Dashboard", "< 5 answers (n = %1)"), summary.answers
                )
            )
    if count > NOTES_UP_TO:  # too many to write: the bands, the legend and the tooltips say it
        chart_notes = []
    if not chart_notes:
        note = QCoreApplication.translate(
            "Dashboard",
            "The number of answers of each workshop: in the table and under the mouse.",
        )
    elif any(m is not None for m in means):
        note = QCoreApplication.translate(
            "Dashboard", "n: the number of answers. No mean is shown under five answers."
        )
    else:
        note = QCoreApplication.translate(
            "Dashboard", "No mean to show: a mean needs at least five answers in a workshop."
        )
    return ChartTable(
        short,
        [
            Series(
                QCoreApplication.translate("Dashboard", "Mean rating (1–5)"),
                means,
                palette.ACCENT,
                missing,
            )
        ],
        kind=LINE,
        row_headers=full,
        notes=answers,
        note_header=QCoreApplication.translate("Dashboard", "Answers"),
        chart_notes=chart_notes,
        bands=bands,
        band_legend=QCoreApplication.translate("Dashboard", "< 5 answers: no mean shown"),
        y_range=(1, 5),
        decimals=2,
        legend_note=note,
    )
