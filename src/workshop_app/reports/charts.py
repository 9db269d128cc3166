"""Small charts drawn with reportlab's own graphics (no Qt), for the feedback section."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib.units import mm

from workshop_app.reports import fonts
from workshop_app.reports.pdf_layout import ACCENT, GREY, RULE

RATINGS = (1, 2, 3, 4, 5)


def distribution_chart(distribution: dict[int, int], width: float = 58 * mm) -> Drawing:
    """Five horizontal bars, rating 1 at the top, each with its count written beside it.

    Counts are printed, so the chart never relies on bar length (or colour) alone.
    """
    fonts.register_fonts()
    bar_height, gap = 7.0, 2.5
    label_width, count_width = 9.0, 16.0
    height = len(RATINGS) * (bar_height + gap) + gap
    drawing = Drawing(width, height)
    most = max([distribution.get(r, 0) for r in RATINGS] + [1])
    room = width - label_width - count_width
    for n, rating in enumerate(RATINGS):
        y = height - (n + 1) * (bar_height + gap)
        count = distribution.get(rating, 0)
        drawing.add(
            String(0, y + 1.5, str(rating), fontName=fonts.BOLD, fontSize=7, fillColor=GREY)
        )
        length = room * count / most
        drawing.add(
            Rect(
                label_width, y, room, bar_height, fillColor=None, strokeColor=RULE, strokeWidth=0.3
            )
        )
        if count:
            drawing.add(
                Rect(label_width, y, length, bar_height, fillColor=ACCENT, strokeColor=None)
            )
        drawing.add(
            String(label_width + room + 3, y + 1.5, str(count), fontName=fonts.REGULAR, fontSize=7)
        )
    drawing.add(Line(label_width, 0, label_width, height, strokeColor=GREY, strokeWidth=0.5))
    return drawing
