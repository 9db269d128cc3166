"""What every Atelier PDF shares: page, styles, literal text, "page X of Y", metadata.

Text from the workspace is data, never markup: :meth:`Styles.para` hands it to reportlab as
ready-made text fragments, which no markup parser reads, so ``<b>``, ``&amp;`` or
``<img src=…>`` print as typed and can create neither an image nor a link. Every printed
string passes through here, so the characters the font lacks can be reported after the
build.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.paragraph import cleanBlockQuotedText

from workshop_app import __version__
from workshop_app.reports import fonts
from workshop_app.reports.options import ExportCancelled, ExportFailed, ExportResult, Progress
from workshop_app.reports.output import atomic_destination
from workshop_app.reports.shaping import NEEDS_SHAPING, REPORTLAB_WORDS, WORD_BREAK, shapeable
from workshop_app.reports.wording import Wording

PAGE = A4
MARGIN = 16 * mm
FRAME_PADDING = 6
BODY_WIDTH = PAGE[0] - 2 * MARGIN - 2 * FRAME_PADDING
"""The width a flowable may take: the frame less its own padding."""
INK = colors.HexColor("#1f2328")
GREY = colors.HexColor("#5b6470")
RULE = colors.HexColor("#9aa3ad")
HEADER_FILL = colors.HexColor("#dde3ea")
BAND_FILL = colors.HexColor("#f3f5f7")
ACCENT = colors.HexColor("#2f5d8a")

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _note_glue(text: str, note: str, style: ParagraphStyle) -> str:
    """What joins ``text`` and its grey note: a no-break space keeps the note with the last
    word of the text. In a shaped paragraph the text's last word and the note's first are
    then one word, which reportlab shapes as one run: beside Arabic, ``▲ 7`` came out
    reversed and left of the last Arabic word. There a word break (a space) joins them."""
    if getattr(style, "shaping", 0):
        joined = REPORTLAB_WORDS.split(_plain(text))[-1] + REPORTLAB_WORDS.split(_plain(note))[0]
        if NEEDS_SHAPING.search(joined):
            return WORD_BREAK
    return "\u00a0"


NOTE_MARKUP = '<font color="#5b6470" size="7.5">{}</font>'
"""How the grey note after a text looks (votes, author)."""
_BREAK = "\x01"
_NOTE = "\x00"
"""Stand for a line break and for the note's start and end while a text is cleaned (where
the markup had ``<br/>`` and the note's tags): :func:`_plain` makes controls spaces."""


def _plain(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    return _CONTROL.sub(" ", text)


def literal(text: str) -> str:
    """``text`` as Paragraph markup that prints exactly ``text``."""
    return escape(_plain(text)).replace("\n", "<br/>")


class _Shifted:
    """A paragraph's fragments as seen from lines numbered for the whole paragraph: the
    rest of a split paragraph holds ``frags[base:]`` and the whole's lines."""

    def __init__(self, frags: list, base: int) -> None:
        self.frags, self.base = frags, base

    def __len__(self) -> int:
        return self.base + len(self.frags)

    def __getitem__(self, part: slice) -> list:
        return self.frags[part.start - self.base : part.stop - self.base]


class _Rest:
    """What reportlab's ``_split_blParaProcessed`` reads of a paragraph (its fragments),
    for the rest of a split paragraph."""

    def __init__(self, frags: list, base: int) -> None:
        self.frags = _Shifted(frags, base)


class Text(Paragraph):
    """A paragraph laid out once per width.

    reportlab wraps a table cell to measure its row, then wraps it again to draw it (and
    :class:`~workshop_app.reports.pdf_tables.PairTable` has measured it already): the lines
    depend on the width alone, so a second wrap at the same width returns the first one's.
    """

    _laid_out: tuple[float, tuple[float, float]] | None = None
    reuse_layout: bool = True
    """Off, every wrap lays the paragraph out again (the plain path the tests compare with)."""
    reuse_split: bool = True
    """Off, the rest of a split paragraph is broken into lines again, as reportlab does (the
    plain path). reportlab then starts a rest that follows an empty line with one more
    empty line, so the two paths print the same text but not always on the same pages."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        done = self._laid_out
        # reportlab's split() forgets the layout (``blPara``) when the paragraph does not
        # fit where it was offered: the size is only reused while the layout is still held.
        if (
            done is not None
            and self.reuse_layout
            and abs(done[0] - availWidth) < 1e-6
            and "blPara" in self.__dict__
        ):
            return done[1]
        # Breaking lines replaces the fragments with shaped, measured words; breaking those
        # again after a split gave up (reportlab then drops the layout) printed Arabic in
        # the wrong order, so every new layout starts from the fragments as first given.
        source = self.__dict__.get("_source_frags")
        if source is None:
            self._source_frags = list(self.frags)
        else:
            self.frags = list(source)
        size = super().wrap(availWidth, availHeight)
        self._laid_out = (availWidth, size)
        return size

    def split(self, availWidth: float, availHeight: float) -> list[Paragraph]:  # noqa: N803
        """reportlab's split, the rest handed the lines already broken for it.

        reportlab makes the rest of a split paragraph from its text and breaks it into
        lines again: a text running over forty pages was broken forty times, its whole
        rest each time. The rest's lines are the ones already broken (the same greedy
        breaking from the same word gives the same lines), so the rest keeps them.
        """
        laid_out, layout = self._laid_out, self.__dict__.get("blPara")
        parts = super().split(availWidth, availHeight)
        if (
            len(parts) != 2
            or not (self.reuse_layout and self.reuse_split)
            or layout is None
            or laid_out is None
            or self.style.firstLineIndent
            or getattr(self.style, "shaping", 0)  # shaped words split otherwise: not reused
            or getattr(self.style, "autoLeading", "") not in ("", "off", None)
        ):
            return parts
        # reportlab splits the lines it holds, whatever width it is given (a table passes
        # the column's, padding included): they were broken at the width laid out.
        first, rest = parts
        width = laid_out[0]
        count = len(first.blPara.lines)
        # The first part keeps its lines too: broken again from its fragments, the first
        # part of a rest could come out a line taller than the room it was cut for.
        first.blPara = layout.clone(lines=layout.lines[:count])
        first.width = width
        first._laid_out = (width, (width, first.height))
        lines = layout.lines[count:]
        height = len(lines) * self.style.leading
        # Lines of fragments already measured point into the whole's fragments
        # (``sFW``); :meth:`_split_blParaProcessed` counts from the rest's first line.
        rest.blPara = layout.clone(lines=lines)
        rest.width, rest.height = width, height
        rest._laid_out = (width, (width, height))
        return parts

    def _split_blParaProcessed(self, blPara, start: int, stop: int) -> list:  # noqa: N803
        base = getattr(blPara.lines[0], "sFW", 0) if blPara.lines else 0
        if not base:
            return super()._split_blParaProcessed(blPara, start, stop)
        return Paragraph._split_blParaProcessed(_Rest(self.frags, base), blPara, start, stop)


class Styles:
    """Paragraph styles of the reports, and the record of every string printed."""

    def __init__(self) -> None:
        fonts.register_fonts()
        self._shaping = fonts.shaping_available()
        self._shaped: dict[str, ParagraphStyle] = {}
        self._made: dict[str, tuple] = {}

        def style(name: str, size: float, **extra) -> ParagraphStyle:
            extra.setdefault("fontName", fonts.REGULAR)
            extra.setdefault("textColor", INK)
            return ParagraphStyle(name, fontSize=size, leading=size * 1.28, **extra)

        self.body = style("body", 9.5)
        self.cell = style("cell", 9)
        self.cell_head = style("cell_head", 9, fontName=fonts.BOLD)
        self.small = style("small", 7.5, textColor=GREY)
        self.tiny_head = style("tiny_head", 7, fontName=fonts.BOLD)
        self.small_right = style("small_right", 7.5, textColor=GREY, alignment=TA_RIGHT)
        self.kicker = style("kicker", 9, textColor=ACCENT, fontName=fonts.BOLD, keepWithNext=1)
        self.title = style("title", 18, fontName=fonts.BOLD, spaceAfter=4)
        self.h1 = style(
            "h1",
            13,
            fontName=fonts.BOLD,
            spaceBefore=12,
            spaceAfter=5,
            textColor=ACCENT,
            keepWithNext=1,
        )
        self.h2 = style("h2", 11, fontName=fonts.BOLD, spaceBefore=9, spaceAfter=4, keepWithNext=1)
        self.h3 = style(
            "h3",
            9.5,
            fontName=fonts.BOLD,
            spaceBefore=6,
            spaceAfter=3,
            textColor=GREY,
            keepWithNext=1,
        )
        self.bullet = style(
            "bullet",
            9.5,
            leftIndent=10,
            bulletIndent=0,
            spaceAfter=2,
            bulletFontName=fonts.REGULAR,  # reportlab's default, Helvetica, copies as "(cid:127)"
        )
        self.printed: list[str] = []

    def para(self, text: str, style: ParagraphStyle | None = None, *, note: str = "") -> Text:
        """A paragraph printing ``text`` literally, with an optional grey ``note`` after it."""
        self.printed.append(text)
        style = style or self.body
        if self._shaping and (NEEDS_SHAPING.search(text) or NEEDS_SHAPING.search(note)):
            style = self._shaped_variant(style)
            text, note = shapeable(text), shapeable(note)
        # What reportlab's parser would make of the escaped markup, without parsing it: the
        # same cleaning of white space, then one fragment per run of text.
        raw = _plain(text).replace("\n", _BREAK)
        if note:
            self.printed.append(note)
            raw += (
                _note_glue(text, note, style) + _NOTE + _plain(note).replace("\n", _BREAK) + _NOTE
            )
        text_frag, text_break, note_frag, note_break = self._fragments(style)
        shared = {"link": [], "us_lines": []}
        frags = []
        main, _, after = cleanBlockQuotedText(raw).partition(_NOTE)
        after = after[:-1]  # the note's end, where its markup closed
        for frag, line_break, part in (
            (text_frag, text_break, main),
            (note_frag, note_break, after),
        ):
            for n, piece in enumerate(part.split(_BREAK)):
                if n:
                    frags.append(line_break.clone(**shared))
                if piece:
                    frags.append(frag.clone(text=piece, **shared))
        return Text(text, style, frags=frags)

    def _fragments(self, style: ParagraphStyle) -> tuple:
        """The fragments reportlab's parser makes in ``style``: text, line break, note text,
        line break in the note (each to be cloned with its own text)."""
        made = self._made.get(style.name)
        if made is None:
            markup = "a<br/>b\u00a0" + NOTE_MARKUP.format("c<br/>d")
            text, text_break, _b, note, note_break, _d = Paragraph(markup, style).frags
            made = self._made[style.name] = (text, text_break, note, note_break)
        return made

    def _shaped_variant(self, style: ParagraphStyle) -> ParagraphStyle:
        shaped = self._shaped.get(style.name)
        if shaped is None:
            shaped = self._shaped[style.name] = ParagraphStyle(
                f"{style.name}_shaped", parent=style, shaping=1
            )
        return shaped

    def label(self, text: str) -> str:
        """A short one-line label drawn as a plain string (no markup is read in it)."""
        self.printed.append(text)
        return " ".join(_CONTROL.sub(" ", text).split())

    def bullet_item(self, text: str, note: str = "") -> Paragraph:
        self.printed.append("•")
        paragraph = self.para(text, self.bullet, note=note)
        paragraph.bulletText = "•"
        return paragraph


def grid_table(
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    *,
    header: bool = True,
    extra: Sequence[tuple] = (),
) -> Table:
    """A plain ruled table with a shaded header row repeated on every page."""
    table = Table(
        list(rows),
        colWidths=list(widths),
        repeatRows=1 if header else 0,
        splitInRow=1,
        hAlign="LEFT",
    )
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL))
    table.setStyle(TableStyle(commands + list(extra)))
    return table


def key_values(styles: Styles, pairs: Sequence[tuple[str, str]]) -> Table:
    """The heading block: label | value rows, values printed literally."""
    rows = [[styles.para(k, styles.cell_head), styles.para(v, styles.cell)] for k, v in pairs if v]
    table = Table(rows, colWidths=[34 * mm, BODY_WIDTH - 34 * mm], hAlign="LEFT", splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def gap(height_mm: float = 3) -> Spacer:
    return Spacer(1, height_mm * mm)


class _NumberedCanvas(Canvas):
    """A canvas that holds its pages back so the footer can say "page X of Y"."""

    footer: Callable[[Canvas, int, int], None]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self.footer(self, number, total)
            super().showPage()
        super().save()


class ReportDocument:
    """Builds one PDF: running header and footer, metadata, progress, safe output."""

    def __init__(
        self,
        wording: Wording,
        styles: Styles,
        *,
        title: str,
        subject: str,
        running_head: str,
        generated_on: str,
        author: str = "",
    ) -> None:
        self.wording = wording
        self.styles = styles
        self.title = title
        self.subject = subject
        self.running_head = running_head
        self.generated_on = generated_on
        self.author = author

    def _head_line(self) -> str:
        """The running head on one line: cut after the last word that fits, with "…"."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        head = " ".join(_plain(self.running_head).split())
        room = PAGE[0] - 2 * MARGIN
        size = self.styles.small.fontSize
        if stringWidth(head, fonts.REGULAR, size) <= room:
            return head
        while head and stringWidth(head + " …", fonts.REGULAR, size) > room:
            cut = head.rfind(" ", 0, len(head) - 1)
            head = head[:cut] if cut > len(head) // 2 else head[: int(len(head) * 0.9)]
        return head.rstrip() + " …"

    def _draw_head(self, canvas: Canvas, doc) -> None:
        canvas.saveState()
        # A paragraph, not a drawn string: Arabic and Hebrew are shaped as in the body.
        head = self.styles.para(self._head_line(), self.styles.small)
        head.wrap(PAGE[0] - 2 * MARGIN, MARGIN)
        head.drawOn(canvas, MARGIN, PAGE[1] - MARGIN + 4.2 * mm)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(
            MARGIN, PAGE[1] - MARGIN + 3.5 * mm, PAGE[0] - MARGIN, PAGE[1] - MARGIN + 3.5 * mm
        )
        canvas.restoreState()

    def _draw_foot(self, canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        canvas.setFont(fonts.REGULAR, 7.5)
        canvas.setFillColor(GREY)
        y = MARGIN - 8 * mm
        canvas.drawString(MARGIN, y, self.generated_on)
        canvas.drawRightString(
            PAGE[0] - MARGIN, y, self.wording("page_x_of_y", page=page, pages=pages)
        )
        canvas.restoreState()

    def build(
        self, story: list, destination: str | os.PathLike[str], progress: Progress
    ) -> ExportResult:
        """Lay out ``story`` into ``destination``; raises ExportCancelled/ExportFailed."""
        self.styles.printed.extend([self.running_head, self.generated_on])
        progress.start(len(story))
        pages = 0
        with atomic_destination(destination) as temporary:
            doc = BaseDocTemplate(
                str(temporary),
                pagesize=PAGE,
                leftMargin=MARGIN,
                rightMargin=MARGIN,
                topMargin=MARGIN,
                bottomMargin=MARGIN,
                title=self.title,
                subject=self.subject,
                author=self.author or self.wording("creator", version=__version__),
                creator=self.wording("creator", version=__version__),
                lang=self.wording.language,
                invariant=False,
            )
            frame = Frame(MARGIN, MARGIN, PAGE[0] - 2 * MARGIN, PAGE[1] - 2 * MARGIN, id="body")
            doc.addPageTemplates([PageTemplate("page", [frame], onPage=self._draw_head)])

            def on_progress(kind: str, value: int) -> None:
                if kind == "PROGRESS":
                    progress.advance(value)
                elif kind == "PAGE":
                    progress.check()

            doc.setProgressCallBack(on_progress)
            footer = self._draw_foot

            class Numbered(_NumberedCanvas):
                pass

            Numbered.footer = staticmethod(footer)
            try:
                doc.build(story, canvasmaker=Numbered)
            except (ExportCancelled, ExportFailed, OSError):
                raise
            except Exception as error:  # a layout failure must not lose the earlier file
                raise ExportFailed(
                    f"The PDF could not be laid out ({type(error).__name__}: {error}).", "layout"
                ) from error
            pages = doc.page
        # After the layout: some flowables make their paragraphs as they are laid out.
        missing = fonts.missing_characters(self.styles.printed)
        return ExportResult(
            path=str(Path(destination).expanduser().absolute()),
            pages=pages,
            missing_characters=missing,
        )
