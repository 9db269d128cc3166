"""Charts of the programme synthesis drawn with reportlab's graphics (vector, no image).

Each indicator of an action is drawn as a line of its values over time, its baseline and
target as labelled dashed lines; the programme's charts (per workshop) are in
:mod:`~workshop_app.reports.pdf_programme_charts`. The numbers come from
:mod:`~workshop_app.reports.synthesis_chart_data`.

No text of the workspace is drawn inside a chart: an indicator's name is the paragraph
above it (printed literally, shaped, cut after a word), workshops are their codes (A1,
A2…). What is drawn (numbers, dates, the report's own words) is still made one line, cut
with "…" to the room it has (:func:`fit`), and recorded for the missing-glyph check.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from datetime import date

from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Table, TableStyle

from workshop_app.domain.enums import IndicatorDirection, IndicatorKind
from workshop_app.domain.indicators import Reading
from workshop_app.reports import fonts, palette
from workshop_app.reports.pdf_layout import BODY_WIDTH, Styles
from workshop_app.reports.pdf_sections import excerpt
from workshop_app.reports.synthesis_chart_data import IndicatorSeries, SynthesisCharts
from workshop_app.reports.wording import Wording

SIZE = 6.5
"""The size of the words and numbers drawn in a chart."""
INK = colors.HexColor(palette.INK)
GREY = colors.HexColor(palette.GREY)
RULE = colors.HexColor(palette.RULE)
BAND = colors.HexColor(palette.BAND_FILL)
ACCENT = colors.HexColor(palette.ACCENT)
TARGET = colors.HexColor(palette.SERIES[2])
CAPTION_LENGTH = 110
"""An indicator's name above its chart is cut after this many characters."""
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")

Record = Callable[[str], str]


def recorder(st: Styles | None) -> Record:
    """What a chart calls on each text it draws: recorded in ``st`` (the missing-glyph
    check), made one line."""
    if st is None:
        return lambda text: " ".join(_CONTROL.sub(" ", text).split())
    return lambda text: st.label(_CONTROL.sub(" ", text))


def fit(text: str, width: float, size: float = SIZE, font: str = fonts.REGULAR) -> str:
    """``text`` on one line, cut with "…" so that it is no wider than ``width``."""
    flat = " ".join(_CONTROL.sub(" ", text[:2000]).split())
    if stringWidth(flat, font, size) <= width:
        return flat
    low, high = 0, len(flat)
    while low < high:  # the longest start that fits with its "…"
        middle = (low + high + 1) // 2
        if stringWidth(flat[:middle].rstrip() + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return (flat[:low].rstrip() + "…") if low else ""


def string_at(x: float, y: float, words: str, *, size: float = SIZE, bold: bool = False, **style):
    style.setdefault("fillColor", INK)
    return String(
        x, y, words, fontName=fonts.BOLD if bold else fonts.REGULAR, fontSize=size, **style
    )


def nice_step(span: float, ticks: int = 5, whole: bool = True) -> float:
    """A round step (1, 2, 2.5, 5 × a power of ten) cutting ``span`` in about ``ticks``."""
    raw = max(span, 1e-9) / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        step = factor * power
        if step >= raw and (not whole or (step >= 1 and float(step).is_integer())):
            return step
    return 10 * power


def short_date(w: Wording, day: str) -> str:
    """``2026-03-31`` as a chart writes it (``31 mars 2026``); "" if it is no date."""
    from babel.dates import format_date

    try:
        when = date.fromisoformat(day[:10])
    except (TypeError, ValueError):
        return ""
    return format_date(when, w("chart_date_pattern"), locale=w.language)


def value_label(w: Wording, kind: IndicatorKind, value: float) -> str:
    """A value as a chart writes it: ``183``, ``4,2``, ``oui``."""
    if kind is IndicatorKind.YES_NO and value in (0, 1):
        return w("yes") if value else w("no")
    if float(value).is_integer():
        return w.integer(value)
    return w.number(value, 1 if kind is not IndicatorKind.YES_NO else 2)


def value_range(kind: IndicatorKind, values: list[float]) -> tuple[float, float, float]:
    """The value axis of an indicator: (lowest, highest, step). A scale goes from 1 to 5,
    yes/no from 0 to 1, unless a value written before the kind changed lies outside."""
    fixed = {IndicatorKind.SCALE: (1.0, 5.0), IndicatorKind.YES_NO: (0.0, 1.0)}.get(kind)
    if fixed and all(fixed[0] <= v <= fixed[1] for v in values):
        return fixed[0], fixed[1], 1.0
    low = min([0.0, *values])
    top = max([*values, 1.0])
    span = top - low
    if not math.isfinite(span * 1.1):  # values near the float's limits (a damaged file)
        return low, top, span / 4 if math.isfinite(span) else top
    step = nice_step(span * 1.08, 4, whole=kind is IndicatorKind.COUNT)
    high = math.ceil((top + span * 0.08) / step) * step
    if kind is IndicatorKind.RATE and top <= 100:
        high = min(high, 100.0)
    return math.floor(low / step) * step, high, step


def _spread(wanted: list[float], gap: float, low: float, high: float) -> list[float]:
    """``wanted`` heights (in order) moved apart by ``gap`` at least, within low–high."""
    placed: list[float] = []
    for y in wanted:
        placed.append(max(y, placed[-1] + gap) if placed else y)
    overflow = (placed[-1] - high) if placed else 0
    if overflow > 0:
        placed = [max(low, y - overflow) for y in placed]
    return placed


def indicator_chart(
    series: IndicatorSeries,
    w: Wording,
    width: float = BODY_WIDTH / 2 - 4,
    height: float = 30 * mm,
    st: Styles | None = None,
) -> Drawing:
    """The values of one indicator over time, a point alone when there is one; its
    baseline and target as dashed lines labelled on the right. The drawing holds the
    plot as ``drawing.chart`` (``chart.data[0]``: (day ordinal, value) per date)."""
    fonts.register_fonts()
    record = recorder(st)
    kind = series.indicator.kind
    xs = [date.fromisoformat(day).toordinal() for day, _value in series.points]
    ys = [value for _day, value in series.points]
    references = [
        (w(key, value=value_label(w, kind, number)), number, colour)
        for key, number, colour in (
            ("chart_baseline", series.baseline, GREY),
            ("chart_target", series.target, TARGET),
        )
        if number is not None
    ]
    low, high, step = value_range(kind, ys + [number for _l, number, _c in references])
    ticks = [low + n * step for n in range(round((high - low) / step) + 1)]
    tick_labels = {round(t, 6): record(fit(value_label(w, kind, t), width * 0.2)) for t in ticks}
    left = max(stringWidth(t, fonts.REGULAR, SIZE) for t in tick_labels.values()) + 6
    room = width * 0.34
    labels = [fit(label, room) for label, _n, _c in references]
    right = max([stringWidth(x, fonts.REGULAR, SIZE) + 6 for x in labels] + [16.0])
    drawing = Drawing(width, height)
    plot = LinePlot()
    plot.x, plot.y = left, 14
    plot.width, plot.height = width - left - right, height - 14 - 9
    plot.data = [list(zip(xs, ys, strict=True))]
    line = plot.lines[0]
    line.strokeColor, line.strokeWidth = ACCENT, 1.4
    line.symbol = makeMarker("FilledCircle", size=4.2, fillColor=ACCENT, strokeColor=ACCENT)
    span = xs[-1] - xs[0]
    pad = max(span * 0.1, 12)
    x_low, x_high = xs[0] - pad, xs[-1] + pad
    x_axis, y_axis = plot.xValueAxis, plot.yValueAxis
    x_axis.valueMin, x_axis.valueMax = x_low, x_high
    y_axis.valueMin, y_axis.valueMax, y_axis.valueStep = low, high, step
    y_axis.valueSteps = ticks
    y_axis.labelTextFormat = lambda v: tick_labels.get(round(v, 6), "")
    shown = _date_labels(w, series, xs, plot.width / (x_high - x_low), record)
    x_axis.valueSteps = xs
    x_axis.labelTextFormat = lambda v: shown.get(round(v), "")
    for axis in (x_axis, y_axis):
        axis.labels.fontName, axis.labels.fontSize = fonts.REGULAR, SIZE
        axis.labels.fillColor = GREY
        axis.strokeColor, axis.strokeWidth = RULE, 0.5
    x_axis.tickDown, y_axis.tickLeft = 2, 2
    y_axis.visibleGrid, y_axis.gridStrokeColor, y_axis.gridStrokeWidth = 1, BAND, 0.5
    drawing.add(plot, name="chart")

    def y_of(value: float) -> float:
        return plot.y + (value - low) / (high - low) * plot.height

    def x_of(ordinal: float) -> float:
        return plot.x + (ordinal - x_low) / (x_high - x_low) * plot.width

    wanted = sorted(
        (
            (y_of(n), label, colour)
            for (_t, n, colour), label in zip(references, labels, strict=True)
        ),
        key=lambda reference: reference[0],
    )
    heights = _spread([y for y, _l, _c in wanted], SIZE + 1.5, 0, height - SIZE)
    for (y, label, colour), placed in zip(wanted, heights, strict=True):
        drawing.add(
            Line(plot.x, y, plot.x + plot.width, y, strokeColor=colour, strokeWidth=0.8,
                 strokeDashArray=[3, 2])
        )  # fmt: skip
        drawing.add(
            string_at(plot.x + plot.width + 3, placed - 2.2, record(label), fillColor=colour)
        )
    _point_labels(drawing, w, kind, xs, ys, x_of, y_of, plot.y + plot.height, record)
    return drawing


def _date_labels(
    w: Wording, series: IndicatorSeries, xs: list[int], scale: float, record: Record
) -> dict[int, str]:
    """The dates written under the axis: the last one, then leftwards those that leave room."""
    shown: dict[int, str] = {}
    edge = math.inf
    for x, (day, _value) in reversed(list(zip(xs, series.points, strict=True))):
        label = short_date(w, day)
        half = stringWidth(label, fonts.REGULAR, SIZE) / 2
        if x * scale + half + 4 <= edge:
            shown[x] = record(label)
            edge = x * scale - half
    return shown


def _point_labels(drawing, w, kind, xs, ys, x_of, y_of, top, record) -> None:
    """Each value written above its point, right to left while they do not overlap."""
    edge = math.inf
    for x, y in reversed(list(zip(xs, ys, strict=True))):
        label = fit(value_label(w, kind, y), 60, font=fonts.BOLD)
        half = stringWidth(label, fonts.BOLD, SIZE) / 2
        px, py = x_of(x), y_of(y)
        if px + half + 2 > edge:
            continue
        edge = px - half
        above = py + 4 if py + 4 + SIZE <= top + 8 else py - 4 - SIZE
        drawing.add(string_at(px, above, record(label), bold=True, textAnchor="middle"))


def caption_style(st: Styles) -> ParagraphStyle:
    return ParagraphStyle("chart_caption", parent=st.cell_head, fontSize=8, leading=10)


def indicator_charts(
    readings: list[Reading], charts: SynthesisCharts | None, w: Wording, st: Styles
) -> list[Flowable]:
    """The charts of an action's indicators, two a row, under its table; none for an
    indicator with no value (or a text one)."""
    if charts is None:
        return []
    cells: list[list[Flowable]] = []
    width = BODY_WIDTH / 2 - 4
    for reading in readings:
        series = charts.indicators.get(reading.indicator.id)
        if series is None or not series.points:
            continue
        indicator = series.indicator
        wanted = (
            w("chart_lower_is_better")
            if indicator.direction is IndicatorDirection.DOWN
            else w("chart_higher_is_better")
        )
        unit = indicator.unit.strip()
        note = f"{excerpt(unit, 30)} · {wanted}" if unit else wanted
        caption = st.para(excerpt(indicator.name, CAPTION_LENGTH), caption_style(st), note=note)
        cells.append([caption, indicator_chart(series, w, width, st=st)])
    if not cells:
        return []
    rows = [cells[n : n + 2] for n in range(0, len(cells), 2)]
    if len(rows[-1]) == 1:
        rows[-1].append([])
    table = Table(rows, colWidths=[BODY_WIDTH / 2] * 2, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return [table]
