"""The colours of the reports as plain ``#rrggbb`` strings (no reportlab), for what draws
charts outside the PDF (the dashboard). The first ones are those of ``pdf_layout``."""

from __future__ import annotations

INK = "#1f2328"
GREY = "#5b6470"
RULE = "#9aa3ad"
HEADER_FILL = "#dde3ea"
BAND_FILL = "#f3f5f7"
ACCENT = "#2f5d8a"

SERIES = (
    ACCENT,
    "#d08c3c",
    "#5e9c6a",
    "#a34e5c",
    "#7a6aa8",
    "#4aa3b5",
    "#b5a23c",
    "#8a8f96",
    "#c47aa0",
)
"""Colours of a chart's series in order: the reports' accent blue first, then hues that
stay apart for the usual colour-vision deficiencies as far as nine can; each chart also
writes its numbers (table view), so colour never carries the meaning alone."""


def series_colour(index: int) -> str:
    return SERIES[index % len(SERIES)]
