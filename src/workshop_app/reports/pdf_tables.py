"""The Issue | Improvement table, as long as a workshop makes it.

One reportlab ``Table`` of thousands of rows is re-measured at every page break, so its
cost grows with the square of its length. :class:`PairTable` measures each row once, as far
as the page being laid out needs, and, page by page, hands reportlab a small ``Table`` of
the rows that fit with their heights (reportlab measures nothing again, and draws the
paragraphs as they were wrapped to measure them), the header row on top of every page.
A row's paragraphs are made when the row is first measured and let go with its page, so a
long report holds about a page of them at a time, not thousands.

An issue with several improvements reads as one tall cell: its continuation rows draw no
rule across the issue column; when a page breaks inside such a group, the issue is
repeated in grey on the new page. A row taller than a whole page is split inside its cells
by reportlab (``splitInRow``).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
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
    heights: dict[bool, float] = field(default_factory=dict)
    """Measured heights, as the row sits in the table (False) or opens a page (True)."""


class PairRows:
    """The rows of one table, shared by its pieces (one piece a page): each row is made by
    ``make(index)`` when first needed, and let go once a page holds it."""

    keep_all = False
    """On, every row is made at once and kept (the plain path the tests compare with)."""

    def __init__(self, count: int, make: Callable[[int], PairRowCells]) -> None:
        self.count = count
        self._make = make
        self._made: dict[int, PairRowCells] = {}
        if self.keep_all:
            for index in range(count):
                self._made[index] = make(index)
        self.prefix: list[float] = [0.0]
        """``prefix[i]`` is the height of rows ``[0, i)`` (continuation rows measured as
        they sit under their issue), as far as measured: a piece measures itself in O(1)."""

    def __getitem__(self, index: int) -> PairRowCells:
        row = self._made.get(index)
        if row is None:
            row = self._made[index] = self._make(index)
        return row

    def let_go(self, stop: int) -> None:
        """Forget the rows before ``stop`` (the page table given them holds them)."""
        if self.keep_all:
            return
        for index in [i for i in self._made if i < stop]:
            del self._made[index]


class PairTable(Flowable):
    def __init__(
        self,
        header: list[Paragraph],
        rows: PairRows,
        widths: list[float],
        *,
        page_height: float,
        caption: list[Flowable] | None = None,
        start: int = 0,
        header_height: float | None = None,
    ) -> None:
        """``caption`` (the headings above the table) stays on the page of the first row."""
        super().__init__()
        self.caption = list(caption or [])
        self._caption_height = 0.0
        self.header = header
        self.rows = rows
        self.start = start
        """The first row of ``rows`` this piece holds (pieces share them)."""
        self.widths = widths
        self.page_height = page_height
        self._width = sum(widths)
        self._header_height: float | None = header_height
        self._height = 0.0

    # -- measuring -------------------------------------------------------------------
    def _cells_height(self, cells: list[Paragraph | str]) -> float:
        tallest = 0.0
        for cell, width in zip(cells, self.widths, strict=True):
            if isinstance(cell, str):  # a short label drawn as a string: no layout to run
                h = SHORT_LEADING * len(cell.splitlines()) if cell else 0.0
            else:
                # The width reportlab's Table gives the cell, to the last bit: the paragraph
                # keeps this layout and is drawn with it.
                _w, h = cell.wrap(width - PAD_H - PAD_H, 1 << 30)
            tallest = max(tallest, h)
        return tallest + sum(PAD_V)

    def _row_height(self, index: int, opening: bool) -> float:
        row = self.rows[index]
        key = opening and row.continuation and row.repeated_issue is not None
        if key not in row.heights:
            row.heights[key] = self._cells_height(self._cells_of(row, opening))
        return row.heights[key]

    def _cells_of(self, row: PairRowCells, opening: bool) -> list[Paragraph | str]:
        if opening and row.continuation and row.repeated_issue is not None:
            return [row.repeated_issue, *row.cells[1:]]
        return row.cells

    def _measure(self, stop: int, beyond: float = float("inf")) -> None:
        """Measure rows until ``prefix[stop]`` is known, or one passes ``beyond``."""
        prefix = self.rows.prefix
        stop = min(stop, self.rows.count)
        while len(prefix) <= stop and prefix[-1] <= beyond:
            prefix.append(prefix[-1] + self._row_height(len(prefix) - 1, False))

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

    def _rows_height(self, room: float = float("inf")) -> float:
        """Height of this piece's rows, the first one opening a page; once past ``room``,
        the height measured so far (the piece will be split: the rest need not be known)."""
        if self.start >= self.rows.count:
            return 0.0
        first = self._row_height(self.start, True)
        self._measure(self.start + 1)
        base = self.rows.prefix[self.start + 1]
        self._measure(self.rows.count, room - first + base)
        return first + self.rows.prefix[-1] - base

    def _fitting(self, room: float) -> int:
        """How many of this piece's rows fit in ``room``."""
        first = self._row_height(self.start, True)
        if first > room:
            return 0
        self._measure(self.start + 1)
        prefix = self.rows.prefix
        target = room - first + prefix[self.start + 1]
        self._measure(self.rows.count, target)
        limit = bisect.bisect_right(prefix, target, lo=self.start + 1)
        return min(self.rows.count - self.start, max(1, limit - 1 - self.start))

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        height = self.header_height() + self._measure_caption(avail_width)
        height += self._rows_height(avail_height - height)
        self._height = height
        return self._width, height

    # -- laying out ------------------------------------------------------------------
    def _table(self, count: int, split_in_row: bool = False) -> Table:
        """A reportlab table of this piece's first ``count`` rows under the header."""
        indices = range(self.start, self.start + count)
        rows = [self.rows[i] for i in indices]
        data = [self.header] + [self._cells_of(r, n == 0) for n, r in enumerate(rows)]
        heights = None
        if not split_in_row:  # measured already: reportlab need not measure again
            heights = [self.header_height()]
            heights += [self._row_height(i, i == self.start) for i in indices]
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
            first = self._row_height(self.start, True) + self.header_height()
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
                # Headings too tall to share the page with a row: they go first, alone,
                # the first one split if even it does not fit (a theme named at length).
                lead = self._lead_fitting(avail_width, avail_height)
                return [*lead, *self._rest(0)] if lead else []
            return []
        return [*self._lead(), self._table(count), *self._rest(count)]

    def _lead(self) -> list[Flowable]:
        return list(self.caption)

    def _lead_fitting(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """The headings, the first cut to fit ``avail_height`` if it is taller (what is
        handed back first must fit where it was offered); empty if it cannot be cut."""
        first, *others = self.caption
        _w, height = first.wrap(avail_width, avail_height)
        if height <= avail_height:
            return list(self.caption)
        parts = first.split(avail_width, avail_height)
        return [*parts, *others] if parts else []

    def _rest(self, count: int) -> list[Flowable]:
        start = self.start + count
        self.rows.let_go(start)
        if start >= self.rows.count:
            return []
        return [
            PairTable(
                self.header,
                self.rows,
                self.widths,
                page_height=self.page_height,
                start=start,
                header_height=self.header_height(),
            )
        ]

    def draw(self) -> None:
        table = self._table(self.rows.count - self.start)
        _w, height = table.wrapOn(self.canv, self._width, self._height)
        table.drawOn(self.canv, 0, 0)
        y = height
        for flowable in reversed(self.caption):
            y += flowable.getSpaceAfter()
            flowable.drawOn(self.canv, 0, y)
            y += flowable.height + flowable.getSpaceBefore()
