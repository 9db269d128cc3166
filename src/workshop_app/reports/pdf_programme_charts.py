"""The synthesis's charts per workshop, after its table of workshops: those present by
role, the main feedback question's mean, improvements by status (reportlab graphics).

Workshops are drawn as their codes (A1, A2… of the table above) and dates. Every bar has
its number written on it or above it, so that colour never carries a number alone (the
colours are the dashboard's, :mod:`workshop_app.reports.palette`).

**Fewer than five answers.** A workshop whose answers to the question number fewer than
:data:`~workshop_app.domain.feedback_questions.MIN_ANSWERS_FOR_DISTRIBUTION` has no
mean to draw (its summary holds none, see :func:`~workshop_app.store.feedback.tally`):
the chart leaves its place empty and says why there; its count of answers is written.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Group, Rect
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether

from workshop_app.domain.enums import ImprovementStatus, ParticipantRole
from workshop_app.domain.feedback_questions import MIN_ANSWERS_FOR_DISTRIBUTION
from workshop_app.domain.models import Workshop
from workshop_app.reports import fonts, palette
from workshop_app.reports.gather import ProgrammeData
from workshop_app.reports.pdf_layout import BODY_WIDTH, Styles, gap
from workshop_app.reports.pdf_monitoring_charts import (
    ACCENT,
    BAND,
    GREY,
    RULE,
    SIZE,
    fit,
    nice_step,
    recorder,
    short_date,
    string_at,
)
from workshop_app.reports.pdf_sections import excerpt
from workshop_app.reports.synthesis_chart_data import SynthesisCharts
from workshop_app.reports.wording import Wording
from workshop_app.store.feedback import QuestionSummary

PLOT_HEIGHT = 36 * mm
LEFT = 26.0
"""Room left of the plot for the value axis's numbers."""
SERIES_LABEL_ROOM = SIZE
"""A segment lower than this (in points) does not write its number inside."""


def _contrast(colour: colors.Color) -> colors.Color:
    """White on a dark fill, ink on a light one."""
    light = 0.299 * colour.red + 0.587 * colour.green + 0.114 * colour.blue
    return colors.white if light < 0.6 else colors.HexColor(palette.INK)


def category_labels(
    w: Wording, workshops: Sequence[Workshop], codes: Sequence[str], width: float, extra=()
) -> list[str]:
    """Under each bar: its code, its date if every date has room, and ``extra`` lines."""
    each = width / max(len(codes), 1)
    days = [short_date(w, x.starts_at[:10]) for x in workshops]
    dated = all(stringWidth(day, fonts.REGULAR, SIZE) + 4 <= each for day in days)
    widest = max(stringWidth(code, fonts.REGULAR, SIZE) for code in codes) + 3
    every = max(1, math.ceil(widest / each))  # many workshops: every second code, third…
    lines = []
    for n, code in enumerate(codes):
        parts = [code if n % every == 0 else ""]
        if dated:
            parts.append(days[n])
        parts += [fit(more[n], each - 2) for more in extra]
        lines.append("\n".join(parts))
    return lines


def _bar_chart(
    drawing_width: float, bottom: float, count: int, labels: list[str], record
) -> VerticalBarChart:
    chart = VerticalBarChart()
    chart.x, chart.y = LEFT, bottom
    chart.width, chart.height = drawing_width - LEFT - 6, PLOT_HEIGHT
    each = chart.width / max(count, 1)
    share = min(0.6, 42 / each)  # bars at most 42 points wide
    chart.barWidth, chart.groupSpacing = share * 10, (1 - share) * 10
    axis = chart.categoryAxis
    axis.categoryNames = ["\n".join(record(line) for line in x.split("\n")) for x in labels]
    axis.labels.fontName, axis.labels.fontSize, axis.labels.fillColor = fonts.REGULAR, SIZE, GREY
    axis.labels.boxAnchor, axis.labels.dy, axis.labels.leading = "n", -3, SIZE + 1.5
    axis.labels.textAnchor = "middle"
    axis.strokeColor, axis.strokeWidth, axis.tickDown = RULE, 0.5, 0
    value = chart.valueAxis
    value.labels.fontName, value.labels.fontSize = fonts.REGULAR, SIZE
    value.labels.fillColor = GREY
    value.strokeColor, value.strokeWidth, value.tickLeft = RULE, 0.5, 2
    value.visibleGrid, value.gridStrokeColor, value.gridStrokeWidth = 1, BAND, 0.5
    chart.bars.strokeColor = None
    return chart


def _legend(drawing: Drawing, names: list[str], width: float, record) -> None:
    columns = max(1, min(len(names), int(width // 118)))
    each = width / columns
    for n, name in enumerate(names):
        row, column = divmod(n, columns)
        x, y = LEFT + column * each, drawing.height - 8 - row * 10
        fill = colors.HexColor(palette.series_colour(n))
        drawing.add(Rect(x, y - 0.5, 7, 7, fillColor=fill, strokeColor=None))
        drawing.add(string_at(x + 10, y, record(fit(name, each - 14))))


def legend_height(count: int, width: float) -> float:
    columns = max(1, min(count, int(width // 118)))
    return -(-count // columns) * 10 + 4


def stacked_chart(
    w: Wording,
    workshops: Sequence[Workshop],
    codes: Sequence[str],
    series: list[tuple[str, list[float]]],
    width: float = BODY_WIDTH,
    st: Styles | None = None,
) -> Drawing:
    """One stacked bar per workshop, a segment per series (``(name, value per workshop)``,
    those with a value only), the legend above; the drawing holds the bars as
    ``drawing.chart`` (``chart.data``: one list per series)."""
    fonts.register_fonts()
    record = recorder(st)
    series = [(name, values) for name, values in series if any(values)]
    top = legend_height(len(series), width - LEFT)
    labels = category_labels(w, workshops, codes, width - LEFT - 6)
    below = max(label.count("\n") + 1 for label in labels) * (SIZE + 1.5) + 9
    drawing = Drawing(width, below + PLOT_HEIGHT + top + 6)
    chart = _bar_chart(width, below, len(codes), labels, record)
    chart.data = [list(values) for _name, values in series]
    chart.categoryAxis.style = "stacked"
    totals = [sum(values[n] for _name, values in series) for n in range(len(codes))]
    most = max(totals, default=0.0) or 1.0
    step = nice_step(most * 1.12, 4)
    high = step * -(-most * 1.12 // step)
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, high, step
    chart.valueAxis.labelTextFormat = lambda v: record(w.integer(v))
    per_unit = PLOT_HEIGHT / high

    def inside(value: float) -> str:
        return w.integer(value) if value and value * per_unit >= SERIES_LABEL_ROOM else ""

    chart.barLabelFormat = inside
    chart.barLabels.boxTarget, chart.barLabels.boxAnchor = "mid", "c"
    chart.barLabels.fontName, chart.barLabels.fontSize = fonts.REGULAR, SIZE
    for n in range(len(series)):
        fill = colors.HexColor(palette.series_colour(n))
        chart.bars[n].fillColor = fill
        chart.barLabels[n].fillColor = _contrast(fill)
    drawing.add(chart, name="chart")
    each = chart.width / len(codes)
    for n, total in enumerate(totals):
        if total:
            x = chart.x + (n + 0.5) * each
            y = chart.y + total * per_unit + 2
            drawing.add(string_at(x, y, record(w.integer(total)), bold=True, textAnchor="middle"))
    _legend(drawing, [name for name, _values in series], width - LEFT, record)
    return drawing


def satisfaction_chart(
    w: Wording,
    workshops: Sequence[Workshop],
    codes: Sequence[str],
    summaries: Sequence[QuestionSummary | None],
    width: float = BODY_WIDTH,
    st: Styles | None = None,
) -> Drawing:
    """The mean (1–5) per workshop of one question, "n = …" under each workshop; where the
    question has fewer than five answers, no bar and no mean: the place says why. The
    drawing holds the bars as ``drawing.chart`` (``chart.data[0]``: mean or ``None``)."""
    fonts.register_fonts()
    record = recorder(st)
    means: list[float | None] = []
    numbers: list[str] = []
    for summary in summaries:
        shown = summary is not None and summary.shown and summary.mean is not None
        means.append(summary.mean if shown else None)  # type: ignore[union-attr]
        numbers.append(w.integer(summary.answers if summary is not None else 0))
    each = (width - LEFT - 6) / max(len(codes), 1)
    counts = [w("chart_answers_n", number=n) for n in numbers]
    # "n = 12" under each workshop; where that is too wide, the numbers alone, "n =" left
    apart = any(stringWidth(c, fonts.REGULAR, SIZE) + 2 > each for c in counts)
    labels = category_labels(
        w, workshops, codes, width - LEFT - 6, extra=[numbers if apart else counts]
    )
    lines = max(label.count("\n") + 1 for label in labels)
    below = lines * (SIZE + 1.5) + 9
    drawing = Drawing(width, below + PLOT_HEIGHT + 12)
    chart = _bar_chart(width, below, len(codes), labels, record)
    if apart:
        n_is = w("chart_answers_n", number="").strip()
        y = below - 3 - SIZE * 0.8 - (lines - 1) * (SIZE + 1.5)
        drawing.add(string_at(LEFT - 3, y, record(n_is), fillColor=GREY, textAnchor="end"))
    chart.data = [means]
    chart.bars[0].fillColor = ACCENT
    value = chart.valueAxis
    value.valueMin, value.valueMax, value.valueStep = 0, 5, 1
    value.labelTextFormat = lambda v: record(w.integer(v))
    drawing.add(chart, name="chart")
    for n, (mean, summary) in enumerate(zip(means, summaries, strict=True)):
        x = chart.x + (n + 0.5) * each
        if mean is not None:
            y = chart.y + mean / 5 * PLOT_HEIGHT + 2
            drawing.add(string_at(x, y, record(w.number(mean, 1)), bold=True, textAnchor="middle"))
            continue
        if summary is None:
            why = w("chart_not_asked")
        elif not summary.answers:
            why = w("chart_no_answer")
        else:
            why = w("chart_too_few", minimum=MIN_ANSWERS_FOR_DISTRIBUTION)
        _gap_label(drawing, record, why, x, chart.y, each)
    return drawing


def _gap_label(drawing: Drawing, record, why: str, x: float, bottom: float, each: float) -> None:
    """Why a workshop has no bar, written in its place: across it when the words fit
    (on two lines if need be), else upwards."""
    words = why.split()
    half = (len(words) + 1) // 2
    lines = [why] if stringWidth(why, fonts.REGULAR, SIZE) + 4 <= each else []
    two = [" ".join(words[:half]), " ".join(words[half:])]
    if not lines and max(stringWidth(x, fonts.REGULAR, SIZE) for x in two) + 4 <= each:
        lines = two
    if lines:
        for n, line in enumerate(lines):
            y = bottom + PLOT_HEIGHT / 2 - n * (SIZE + 1.5)
            drawing.add(string_at(x, y, record(line), fillColor=GREY, textAnchor="middle"))
        return
    upright = string_at(0, 0, record(fit(why, PLOT_HEIGHT - 4)), fillColor=GREY)
    group = Group(upright)
    group.transform = (0, 1, -1, 0, x + SIZE / 3, bottom + 3)
    drawing.add(group)


def programme_charts(data: ProgrammeData, w: Wording, st: Styles) -> list[Flowable]:
    """The charts per workshop, each with its caption; none without the numbers."""
    charts: SynthesisCharts | None = getattr(data, "charts", None)
    if charts is None or not data.workshops:
        return []
    workshops = data.workshops
    codes = [data.workshop_code(x) for x in workshops]
    parts: list[list[Flowable]] = []
    attendance = [charts.attendance.get(x.id, Counter()) for x in workshops]
    if any(sum(c.values()) for c in attendance):
        series = [(w.role(r), [float(c.get(r, 0)) for c in attendance]) for r in ParticipantRole]
        drawing = stacked_chart(w, workshops, codes, series, st=st)
        parts.append([st.para(w("chart_attendance"), st.h3), drawing])
    if charts.question:
        summaries = [charts.satisfaction.get(x.id) for x in workshops]
        question = excerpt(charts.question, 160)
        minimum = MIN_ANSWERS_FOR_DISTRIBUTION
        parts.append(
            [
                st.para(w("chart_satisfaction", question=question), st.h3),
                satisfaction_chart(w, workshops, codes, summaries, st=st),
                gap(1),
                st.para(w("chart_satisfaction_rule", minimum=minimum), st.small),
            ]
        )
    improvements = [charts.improvements.get(x.id, Counter()) for x in workshops]
    if any(sum(c.values()) for c in improvements):
        series = [
            (w.status(s), [float(c.get(s, 0)) for c in improvements]) for s in ImprovementStatus
        ]
        drawing = stacked_chart(w, workshops, codes, series, st=st)
        parts.append([st.para(w("chart_improvements"), st.h3), drawing])
    if not parts:
        return []
    story: list[Flowable] = [st.para(w("charts_heading"), st.h1)]
    story.append(st.para(w("chart_codes_note"), st.small))
    for part in parts:
        story.append(KeepTogether([*part, gap(2)]))
    return story
