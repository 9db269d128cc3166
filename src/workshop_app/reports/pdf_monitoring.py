"""The monitoring part of the programme synthesis: the programme's challenges table
("Challenge | Baseline | What we would like to achieve") and, per action, its indicators
("Indicator | Baseline | Target | Latest | Trend"), each numeric indicator's values drawn
under its table (:mod:`~workshop_app.reports.pdf_monitoring_charts`)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from workshop_app.domain.enums import IndicatorKind
from workshop_app.domain.indicators import Reading, Trend
from workshop_app.domain.models import Indicator, Measurement
from workshop_app.reports.gather import ProgrammeData
from workshop_app.reports.pdf_layout import BODY_WIDTH, Styles, grid_table
from workshop_app.reports.pdf_monitoring_charts import indicator_charts
from workshop_app.reports.pdf_sections import excerpt, header_width
from workshop_app.reports.wording import Wording


def challenges_section(data: ProgrammeData, w: Wording, st: Styles) -> list[Flowable]:
    if not data.challenges:
        return []
    header = (w("theme"), w("challenge"), w("baseline"), w("goal"))
    rows = [[st.para(h, st.cell_head) for h in header]]
    for challenge in data.challenges:
        rows.append(
            [
                st.para(challenge.theme, st.cell),
                st.para(challenge.challenge, st.cell_head),
                st.para(challenge.baseline, st.cell),
                st.para(challenge.goal, st.cell),
            ]
        )
    first = max(26 * mm, header_width(w("theme"), st.cell_head))
    second = 38 * mm
    rest = (BODY_WIDTH - first - second) / 2
    return [st.para(w("challenges_heading"), st.h1), grid_table(rows, [first, second, rest, rest])]


def value_text(w: Wording, indicator: Indicator, measurement: Measurement) -> str:
    """A measured value as a reader expects it: ``183 ménages``, ``31 %``, ``4,2 / 5``."""
    kind, value = indicator.kind, measurement.value
    if kind is IndicatorKind.TEXT:
        return excerpt(measurement.text_value, 80)
    if kind is IndicatorKind.YES_NO:
        return w("yes") if value else w("no")
    if kind is IndicatorKind.SCALE:
        number = w.number(value, 1)
    elif float(value).is_integer():
        number = w.integer(value)
    else:
        number = w.number(value, 1)
    unit = indicator.unit.strip() or {IndicatorKind.RATE: "%", IndicatorKind.SCALE: "/5"}.get(
        kind, ""
    )
    if not unit:
        return number
    return f"{number}\u00a0{unit}" if unit != "/5" else f"{number}\u00a0/\u00a05"


def trend_text(w: Wording, reading: Reading) -> str:
    words = w(f"trend_{reading.trend.value}")
    if reading.reached:
        words = (
            w("target_reached")
            if reading.trend is Trend.UNKNOWN
            else (f"{words}, {w('target_reached')}")
        )
    return words


def indicators_section(data: ProgrammeData, w: Wording, st: Styles) -> list[Flowable]:
    """One table per action that has indicators, in action order."""
    actions = sorted(
        (a for a in data.actions.values() if data.readings.get(a.id)), key=lambda a: a.number
    )
    if not actions:
        return []
    story: list[Flowable] = [st.para(w("indicators_heading"), st.h1)]
    header = (w("indicator"), w("baseline"), w("target"), w("latest"), w("trend"))
    for action in actions:
        rows = [[st.para(h, st.cell_head) for h in header]]
        for reading in data.readings[action.id]:
            indicator = reading.indicator
            latest = reading.latest
            if latest is None:
                shown = st.para(w("no_measurement"), st.small)
            else:
                shown = st.para(
                    value_text(w, indicator, latest), st.cell, note=w.date(latest.measured_on)
                )
            note = w("indicator_source", source=indicator.source) if indicator.source else ""
            rows.append(
                [
                    st.para(indicator.name, st.cell, note=note),
                    st.para(indicator.baseline, st.cell),
                    st.para(indicator.target, st.cell),
                    shown,
                    st.para(trend_text(w, reading), st.cell),
                ]
            )
        fixed = [30 * mm, 28 * mm, 30 * mm, 26 * mm]
        widths = [BODY_WIDTH - sum(fixed), *fixed]
        charts = indicator_charts(data.readings[action.id], getattr(data, "charts", None), w, st)
        heading = st.para(w.action(action.number, action.title), st.h2)
        # the charts stay on the page of their table when both fit on one
        story.append(KeepTogether([heading, grid_table(rows, widths), *charts]))
    return story
