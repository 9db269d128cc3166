"""The Issue | Improvement table, as long as a workshop makes it.

One reportlab ``Table`` of thousands of rows is re-measured at every page break, so its
cost grows with the square of its length. :class:`PairTable` measures each row once and,
page by page, hands reportlab a small ``Table`` of the rows that fit, with the header row
on top of every page. An issue with several improvements reads as one tall cell: its
continuation rows draw no rule across the issue column; when a page breaks inside such a
group, the issue is repeated in grey on the new page. A row taller than a whole page is
split inside its cells by reportlab (``splitInRow``).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from workshop_app.reports import fonts
from workshop_app.reports.pdf_layout import BAND_FILL, HEADER_FILL, RULE

PAD_V = (3, 4)
PAD_H = 4
SHORT_SIZE = 8.5
SHORT_LEADING = SHORT_SIZE * 1.28
"""Cells given as plain strings (status, workshop code, empty cells) are drawn in this size:
reportlab draws a string without the paragraph layout a long text needs."""


@dataclass
class PairRowCells:
    cells: list[Paragraph | str]
    continuation: bool = False
    """The issue cell belongs to the row above."""
    repeated_issue: Paragraph | None = None
    """What the issue cell shows when this continuation row opens a page."""
    band: bool = False
    """Shaded: every other issue (with its improvements) is, to guide the eye."""
    heights: dict[float, float] = field(default_factory=dict)


class PairTable(Flowable):
    def __init__(
        self,
        header: list[Paragraph],
        rows: list[PairRowCells],
        widths: list[float],
        *,
        page_height: float,
        caption: list[Flowable] | None = None,
        start: int = 0,
        prefix: list[float] | None = None,
        header_height: float | None = None,
    ) -> None:
        """``caption`` (the headings above the table) stays on the page of the first row."""
        super().__init__()
        self.caption = list(caption or [])
        self._caption_height = 0.0
        self.header = header
        self.rows = rows
        self.start = start
        """The first row of ``rows`` this piece holds (pieces share the list)."""
        self.widths = widths
        self.page_height = page_height
        self._width = sum(widths)
        self._header_height: float | None = header_height
        self._height = 0.0
        self._prefix = prefix if prefix is not None else []
        """Shared by all pieces: ``_prefix[i]`` is the height of rows[:i] (continuation rows
        measured as they sit under their issue), so a piece measures itself in O(1)."""

    # -- measuring -------------------------------------------------------------------
    def _cells_height(self, cells: list[Paragraph | str]) -> float:
        tallest = 0.0
        for cell, width in zip(cells, self.widths, strict=True):
            if isinstance(cell, str):  # a short label drawn as a string: no layout to run
                h = SHORT_LEADING * len(cell.splitlines()) if cell else 0.0
            else:
                _w, h = cell.wrap(width - 2 * PAD_H, 1 << 30)
            tallest = max(tallest, h)
        return tallest + sum(PAD_V)

    def _row_height(self, row: PairRowCells, opening: bool) -> float:
        key = (opening and row.continuation and row.repeated_issue is not None) * 1.0
        if key not in row.heights:
            cells = self._cells_of(row, opening)
            row.heights[key] = self._cells_height(cells)
        return row.heights[key]

    def _cells_of(self, row: PairRowCells, opening: bool) -> list[Paragraph]:
        if opening and row.continuation and row.repeated_issue is not None:
            return [row.repeated_issue, *row.cells[1:]]
        return row.cells

    def _measure_caption(self, avail_width: float) -> float:
        height = 0.0
        for n, flowable in enumerate(self.caption):
            _w, h = flowable.wrap(avail_width, 1 << 30)
            height += h + flowable.getSpaceAfter() + (flowable.getSpaceBefore() if n else 0.0)
        self._caption_height = height
        return height

    def getSpaceBefore(self) -> float:
        return self.caption[0].getSpaceBefore() if self.caption else 0.0

    def header_height(self) -> float:
        if self._header_height is None:
            self._header_height = self._cells_height(self.header)
        return self._header_height

    def _prefix_sums(self) -> list[float]:
        if not self._prefix:
            total = 0.0
            self._prefix.append(total)
            for row in self.rows:
                total += self._row_height(row, False)
                self._prefix.append(total)
        return self._prefix

    def _rows_height(self, count: int) -> float:
        """Height of this piece's first ``count`` rows, the first one opening a page."""
        if count <= 0:
            return 0.0
        prefix = self._prefix_sums()
        first = self._row_height(self.rows[self.start], True)
        return first + prefix[self.start + count] - prefix[self.start + 1]

    def _fitting(self, room: float) -> int:
        """How many of this piece's rows fit in ``room``."""
        remaining = len(self.rows) - self.start
        first = self._row_height(self.rows[self.start], True)
        if first > room:
            return 0
        prefix = self._prefix_sums()
        base = prefix[self.start + 1]
        limit = bisect.bisect_right(prefix, room - first + base, lo=self.start + 1)
        return min(remaining, max(1, limit - 1 - self.start))

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        height = self.header_height() + self._measure_caption(avail_width)
        height += self._rows_height(len(self.rows) - self.start)
        self._height = height
        return self._width, height

    # -- laying out ------------------------------------------------------------------
    def _table(self, count: int, split_in_row: bool = False) -> Table:
        """A reportlab table of this piece's first ``count`` rows under the header."""
        rows = self.rows[self.start : self.start + count]
        data = [self.header] + [self._cells_of(r, n == 0) for n, r in enumerate(rows)]
        heights = None
        if not split_in_row:  # measured already: reportlab need not measure again
            heights = [self.header_height()]
            heights += [self._row_height(r, n == 0) for n, r in enumerate(rows)]
        table = Table(
            data,
            colWidths=self.widths,
            rowHeights=heights,
            repeatRows=1,
            splitInRow=int(split_in_row),
            hAlign="LEFT",
        )
        commands: list[tuple] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONT", (0, 1), (-1, -1), fonts.REGULAR, SHORT_SIZE, SHORT_LEADING),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("BOX", (0, 0), (-1, -1), 0.5, RULE),
            ("LINEAFTER", (0, 0), (-2, -1), 0.4, RULE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), PAD_V[0]),
            ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_V[1]),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD_H),
            ("RIGHTPADDING", (0, 0), (-1, -1), PAD_H),
        ]
        for n, row in enumerate(rows, start=1):
            if row.continuation and n > 1:
                commands.append(("LINEABOVE", (1, n), (-1, n), 0.25, RULE))
            else:
                commands.append(("LINEABOVE", (0, n), (-1, n), 0.4, RULE))
            if row.band:
                commands.append(("BACKGROUND", (0, n), (-1, n), BAND_FILL))
        table.setStyle(TableStyle(commands))
        return table

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        room = avail_height - self.header_height() - self._measure_caption(avail_width)
        count = self._fitting(room)
        if count == 0:
            # The headings travel with the first row: what must fit on a fresh page is both.
            first = self._row_height(self.rows[self.start], True) + self.header_height()
            if first + self._caption_height <= self.page_height:
                return []  # it fits on a fresh page: let the frame move on
            if avail_height < self.page_height / 2:
                return []  # start the tall row on a fresh page
            # Taller than a page: reportlab splits the cells themselves.
            room = avail_height - self._caption_height
            parts: list[Flowable] = []
            if room > self.header_height():
                tall = self._table(1, split_in_row=True)
                tall.wrap(avail_width, room)
                parts = tall.split(avail_width, room)
            if parts:
                return [*self._lead(), *parts, *self._rest(1)]
            if self.caption:
                # Headings too tall to share the page with a row: they go first, alone.
                return [*self._lead(), *self._rest(0)]
            return []
        return [*self._lead(), self._table(count), *self._rest(count)]

    def _lead(self) -> list[Flowable]:
        return list(self.caption)

    def _rest(self, count: int) -> list[Flowable]:
        start = self.start + count
        if start >= len(self.rows):
            return []
        return [
            PairTable(
                self.header,
                self.rows,
                self.widths,
                page_height=self.page_height,
                start=start,
                prefix=self._prefix_sums(),
                header_height=self.header_height(),
            )
        ]

    def draw(self) -> None:
        table = self._table(len(self.rows) - self.start)
        _w, height = table.wrapOn(self.canv, self._width, self._height)
        table.drawOn(self.canv, 0, 0)
        y = height
        for flowable in reversed(self.caption):
            y += flowable.getSpaceAfter()
            flowable.drawOn(self.canv, 0, y)
            y += flowable.height + flowable.getSpaceBefore()
