"""An indicator of the programme turned into what its chart shows: its values over time
(one per date, as the synthesis reads them) against its baseline and target, and a table
of every measurement (date, territory, value, note). Strings in the dashboard's context."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from workshop_app.domain.enums import IndicatorKind
from workshop_app.domain.models import Indicator, Measurement
from workshop_app.reports import palette
from workshop_app.reports.dashboard_data import IndicatorSeries
from workshop_app.ui.dashboard.chart_table import LINE, MISSING, ChartTable, Reference, Series
from workshop_app.ui.dashboard.chart_table import number_text as _number
from workshop_app.ui.date_edits import shown_date
from workshop_app.ui.i18n import fill


def indicator_label(series: IndicatorSeries) -> str:
    """ "Action 2 — Ménages repérés" (the indicator chooser's text)."""
    return fill(
        QCoreApplication.translate("Dashboard", "Action %1 — %2"),
        series.action_number,
        series.indicator.name,
    )


def value_text(indicator: Indicator, measurement: Measurement) -> str:
    """A measured value as a reader expects it: "183 ménages", "31 %", "4,2 / 5", "yes"."""
    kind = indicator.kind
    if kind is IndicatorKind.TEXT:
        return measurement.text_value
    if kind is IndicatorKind.YES_NO:
        return (
            QCoreApplication.translate("Dashboard", "yes")
            if measurement.value
            else QCoreApplication.translate("Dashboard", "no")
        )
    number = _number(measurement.value, 1 if kind is IndicatorKind.SCALE else 0)
    unit = indicator.unit.strip() or {IndicatorKind.RATE: "%", IndicatorKind.SCALE: "/ 5"}.get(
        kind, ""
    )
    return f"{number}\u00a0{unit}" if unit else number


def _y_range(series: IndicatorSeries, values: list[float]) -> tuple[float, float] | None:
    kind = series.indicator.kind
    if kind is IndicatorKind.SCALE:
        return (1.0, 5.0)
    if kind is IndicatorKind.YES_NO:
        return (0.0, 1.0)
    if kind is IndicatorKind.RATE:
        return (0.0, 100.0)
    everything = values + [v for v in (series.baseline, series.target) if v is not None]
    if not everything:
        return None
    low, high = min(0.0, *everything), max(everything)
    return (low, high if high > low else low + 1.0)


def indicator_table(series: IndicatorSeries | None) -> ChartTable:
    """An indicator's values over time (one per date) against its baseline and target
    (lines, when they start with a number); the table lists every measurement."""
    if series is None:
        return ChartTable(
            [],
            empty_text=QCoreApplication.translate(
                "Dashboard",
                "No indicator yet: the indicators of the programme's actions are "
                "written in Workshop › Programme Monitoring…",
            ),
        )
    indicator = series.indicator
    points = series.points()
    days = [date.fromisoformat(day) for day, _value in points]
    values = [value for _day, value in points]
    references = []
    for name, number, text, colour in (
        (
            QCoreApplication.translate("Dashboard", "Baseline"),
            series.baseline,
            indicator.baseline,
            palette.GREY,
        ),
        (
            QCoreApplication.translate("Dashboard", "Target"),
            series.target,
            indicator.target,
            palette.series_colour(2),
        ),
    ):
        if number is not None:
            label = fill(QCoreApplication.translate("Dashboard", "%1: %2"), name, _number(number))
            references.append(
                Reference(
                    name,
                    number,
                    colour,
                    label,
                    fill(QCoreApplication.translate("Dashboard", "%1: %2"), name, text.strip()),
                )
            )
    rows = [
        [
            shown_date(m.measured_on),
            m.territory.strip() or MISSING,
            value_text(indicator, m),
            m.note,
        ]
        for m in series.measurements
    ]
    facts = [
        fill(
            QCoreApplication.translate("Dashboard", "%1: %2"),
            QCoreApplication.translate("Dashboard", "Baseline"),
            indicator.baseline.strip() or MISSING,
        ),
        fill(
            QCoreApplication.translate("Dashboard", "%1: %2"),
            QCoreApplication.translate("Dashboard", "Target"),
            indicator.target.strip() or MISSING,
        ),
    ]
    if series.numeric:
        empty = QCoreApplication.translate(
            "Dashboard", "No measurement of this indicator in this selection."
        )
    else:
        empty = QCoreApplication.translate(
            "Dashboard", "A text indicator: its values are listed in the table."
        )
    return ChartTable(
        [shown_date(d.isoformat()) for d in days],
        [Series(QCoreApplication.translate("Dashboard", "Measured value"), values, palette.ACCENT)]
        if series.numeric
        else [],
        kind=LINE,
        row_headers=[shown_date(d.isoformat()) for d in days],
        positions=[float(d.toordinal()) for d in days],
        references=references,
        y_range=_y_range(series, values) if series.numeric else None,
        table_headers=[
            QCoreApplication.translate("Dashboard", "Date"),
            QCoreApplication.translate("Dashboard", "Territory"),
            QCoreApplication.translate("Dashboard", "Value"),
            QCoreApplication.translate("Dashboard", "Note"),
        ],
        table_rows=rows,
        caption=f"{indicator_label(series)} · " + " · ".join(facts),
        empty_text=empty,
    )
