"""The numbers behind the charts of the programme synthesis (no reportlab, no Qt).

Read on the thread that owns the workspace, with the rest of the synthesis
(:func:`~workshop_app.reports.gather.gather_programme`), over the same workshops: the
selection of the :class:`~workshop_app.reports.gather.ProgrammeData` (territory, kind,
dates, chosen workshops) is applied by :func:`~workshop_app.reports.dashboard_data.
dashboard_data`, and the measurements of an indicator are those its "Latest" column reads
(up to the selection's end date, in its territory and in none in particular).

- per workshop: those present by role, improvements by status;
- the main feedback question (the one most workshops asked) and, per workshop, what may be
  shown of its answers: the count always, the mean only from five answers on;
- per numeric indicator: one value per date (several territories on one date added for a
  count, averaged otherwise, as the "Latest" column does), its baseline and target as
  numbers where they start with one ("240 à fin 2026" → 240).
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from workshop_app.domain.enums import IndicatorKind
from workshop_app.domain.indicators import latest_per_date, leading_number
from workshop_app.domain.models import Indicator, Measurement
from workshop_app.store.feedback import QuestionSummary

if TYPE_CHECKING:
    from workshop_app.reports.gather import ProgrammeData
    from workshop_app.store.workspace import Workspace

CHARTED_KINDS = (IndicatorKind.COUNT, IndicatorKind.RATE, IndicatorKind.SCALE, IndicatorKind.YES_NO)
"""The kinds of indicator drawn as a line over time (a text indicator is not)."""


@dataclass
class IndicatorSeries:
    indicator: Indicator
    points: list[tuple[str, float]]
    """(day ``YYYY-MM-DD``, value) in date order, one per day."""
    baseline: float | None
    target: float | None


@dataclass
class SynthesisCharts:
    workshop_ids: list[str]
    """The workshops of the synthesis, in its order (A1, A2…)."""
    attendance: dict[str, Counter] = field(default_factory=dict)
    """Workshop id → ``Counter`` of the roles of those present."""
    improvements: dict[str, Counter] = field(default_factory=dict)
    """Workshop id → ``Counter`` of the statuses of its improvements."""
    question: str = ""
    """The main feedback question ("" when no workshop asked any)."""
    satisfaction: dict[str, QuestionSummary] = field(default_factory=dict)
    """Workshop id → its answers to :attr:`question` (absent: not asked there)."""
    indicators: dict[str, IndicatorSeries] = field(default_factory=dict)
    """Indicator id → its series (numeric indicators with at least one value)."""


def daily_values(indicator: Indicator, measurements: list[Measurement]) -> list[tuple[str, float]]:
    """One value per date, in date order, combined as the "Latest" column combines them."""
    by_day: dict[str, list[float]] = {}
    for measurement in latest_per_date(measurements):
        try:  # what a damaged file may hold is left out of the line, not the report
            date.fromisoformat(measurement.measured_on)
            value = float(measurement.value)
        except (TypeError, ValueError):
            continue
        if math.isfinite(value) and len(measurement.measured_on) == 10:
            by_day.setdefault(measurement.measured_on, []).append(value)
    if indicator.kind is IndicatorKind.COUNT:
        return [(day, sum(values)) for day, values in by_day.items()]
    return [(day, sum(values) / len(values)) for day, values in by_day.items()]


def indicator_series(indicator: Indicator, measurements: list[Measurement]) -> IndicatorSeries:
    return IndicatorSeries(
        indicator,
        daily_values(indicator, measurements),
        leading_number(indicator.baseline),
        leading_number(indicator.target),
    )


def _main_question(questions) -> int | None:
    """The index of the question most workshops asked (the first of those, on a tie)."""
    if not questions:
        return None
    return max(range(len(questions)), key=lambda n: (len(questions[n].per_workshop), -n))


def gather_charts(ws: Workspace, data: ProgrammeData) -> SynthesisCharts:
    """The charts' numbers for the synthesis ``data`` of the workspace ``ws``."""
    from workshop_app.reports.dashboard_data import dashboard_data

    numbers = dashboard_data(ws, data.programme.id, data.selection)
    charts = SynthesisCharts([w.id for w in numbers.workshops])
    charts.attendance = numbers.attendance
    charts.improvements = numbers.improvements
    main = _main_question(numbers.questions)
    if main is not None:
        charts.question = numbers.questions[main].text
        charts.satisfaction = dict(numbers.questions[main].per_workshop)
    selection = data.selection
    territory = selection.territory.strip().casefold()
    for readings in data.readings.values():
        for reading in readings:
            indicator = reading.indicator
            if indicator.kind not in CHARTED_KINDS:
                continue
            measurements = [
                m
                for m in ws.measurements.for_indicator(indicator.id)
                if (not selection.date_to or m.measured_on <= selection.date_to)
                and (not territory or m.territory.strip().casefold() in ("", territory))
            ]
            series = indicator_series(indicator, measurements)
            if series.points:
                charts.indicators[indicator.id] = series
    return charts


def attach_charts(ws: Workspace, data: ProgrammeData) -> ProgrammeData:
    """``data`` with its charts' numbers (:attr:`charts`), read from ``ws``."""
    data.charts = gather_charts(ws, data)  # type: ignore[attr-defined]
    return data
