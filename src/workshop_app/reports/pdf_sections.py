"""Sections shared by the workshop summary and the programme synthesis."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from workshop_app import __version__
from workshop_app.domain.enums import EntryKind, ParticipantRole
from workshop_app.domain.feedback_questions import MIN_ANSWERS_FOR_DISTRIBUTION
from workshop_app.domain.models import ActionItem, Entry, Workshop
from workshop_app.reports.charts import distribution_chart
from workshop_app.reports.gather import PairTable as PairData
from workshop_app.reports.gather import ReportBase
from workshop_app.reports.options import ExportResult, Progress
from workshop_app.reports.pdf_layout import (
    BODY_WIDTH,
    MARGIN,
    PAGE,
    ReportDocument,
    Styles,
    gap,
    grid_table,
)
from workshop_app.reports.pdf_tables import PairRowCells, PairRows, PairTable
from workshop_app.reports.wording import Wording, wording_for
from workshop_app.store.feedback import QuestionSummary

FRAME_HEIGHT = PAGE[1] - 2 * MARGIN - 12  # the frame's own padding


def entry_note(data: ReportBase, w: Wording, entry: Entry) -> str:
    """The grey note after an entry: its votes, and its author when names are printed."""
    parts = []
    if entry.votes:
        parts.append(f"▲\u00a0{entry.votes}")
    author = data.author(entry)
    if author:
        parts.append(w("by", name=author))
    return "  ".join(parts)


def header_width(text: str, style: ParagraphStyle) -> float:
    """The width of a column whose header ``text`` must not break inside a word."""
    longest = max(
        (stringWidth(word, style.fontName, style.fontSize) for word in text.split()), default=0.0
    )
    return longest + 2 * 4 + 1  # the cell's padding, and a point to spare


EXCERPT_LENGTH = 160


def excerpt(text: str, length: int = EXCERPT_LENGTH) -> str:
    """The start of ``text`` on one line, cut after a word when it is longer than ``length``."""
    flat = " ".join(text.split())
    if len(flat) <= length:
        return flat
    cut = flat[:length]
    if " " in cut[length // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip() + "…"


def workshop_label(w: Wording, workshop: Workshop) -> str:
    day = w.date(workshop.starts_at) if workshop.starts_at else ""
    return f"{workshop.title} ({day})" if day else workshop.title


def pairs_section(
    data: ReportBase, w: Wording, st: Styles, *, with_workshop: bool = False
) -> list[Flowable]:
    story: list[Flowable] = []
    pending: list[Flowable] = [st.para(w("pairs_heading"), st.h1)]
    if not data.tables:
        return [*pending, st.para(w("no_pairs"))]
    if with_workshop:
        code = max(14 * mm, header_width(w("from_workshop"), st.cell_head))
        text = (BODY_WIDTH - 22 * mm - code) / 2
        widths = [text, text, 22 * mm, code]
    else:
        widths = [BODY_WIDTH * 0.43, BODY_WIDTH * 0.43]
        widths.append(BODY_WIDTH - sum(widths))
    header = [st.para(w("issue"), st.cell_head), st.para(w("improvement"), st.cell_head)]
    header.append(st.para(w("status"), st.cell_head))
    if with_workshop:
        header.append(st.para(w("from_workshop"), st.cell_head))
    current_action: object = ()
    for table in data.tables:
        action_id = table.action.id if table.action else None
        if action_id != current_action:
            current_action = action_id
            number, title = data.action_label(action_id)
            if story:
                story.append(CondPageBreak(40 * mm))
            pending.append(st.para(w.action(number, title), st.h2))
        theme = w.theme(table.theme.name if table.theme else "")
        pending.append(st.para(w("theme_heading", theme=theme), st.h3))
        # The headings travel with the table's first row (never alone at a page's foot).
        story.append(_pair_table(data, w, st, table, header, widths, with_workshop, pending))
        pending = []
    return story


def _pair_table(
    data: ReportBase,
    w: Wording,
    st: Styles,
    table: PairData,
    header: list,
    widths: list[float],
    with_workshop: bool,
    caption: list[Flowable],
) -> PairTable:
    """The table of one action and theme; its rows are made as the layout reaches them."""
    bands = []
    band = True
    for row in table.rows:
        if not row.continuation:
            band = not band
        bands.append(band)

    def make(index: int) -> PairRowCells:
        row = table.rows[index]
        issue = row.issue
        issue_cell: Paragraph | str = (
            st.para(issue.text, st.cell, note=entry_note(data, w, issue))
            if (issue and not row.continuation)
            else ""
        )
        repeated = None
        if row.continuation and issue is not None:
            # A reminder, not a copy: a 100 KB issue answered by 30 improvements must not
            # come back whole on each page an improvement opens.
            repeated = st.para(w("issue_continued", excerpt=excerpt(issue.text)), st.small)
        improvement = row.improvement
        cells = [
            issue_cell,
            st.para(improvement.text, st.cell, note=entry_note(data, w, improvement))
            if improvement
            else "",
            st.label(w.status(improvement.status) if improvement else ""),
        ]
        if with_workshop:
            cells.append(st.label(data.workshop_code(row.workshop) if row.workshop else ""))
        return PairRowCells(cells, row.continuation, repeated, band=bands[index])

    rows = PairRows(len(table.rows), make)
    return PairTable(header, rows, widths, page_height=FRAME_HEIGHT, caption=caption)


def other_kinds_section(data: ReportBase, w: Wording, st: Styles) -> list[Flowable]:
    story: list[Flowable] = []
    for kind in (EntryKind.IDEA, EntryKind.QUESTION, EntryKind.DECISION):
        entries = data.others.get(kind, [])
        if not entries:
            continue
        story.append(st.para(f"{w.kinds(kind)} ({len(entries)})", st.h1))
        story.extend(st.bullet_item(e.text, entry_note(data, w, e)) for e in entries)
    return story


def success_factors_section(data: ReportBase, w: Wording, st: Styles) -> list[Flowable]:
    if not data.success_factors:
        return []
    rows = [
        [
            st.para(w("action"), st.cell_head),
            st.para(w("theme"), st.cell_head),
            st.para(w("success_factor"), st.cell_head),
        ]
    ]
    for entry in data.success_factors:
        number, title = data.action_label(entry.action_id)
        rows.append(
            [
                st.para(w.action(number, title), st.cell),
                st.para(w.theme(data.theme_name(entry.theme_id)), st.cell),
                st.para(entry.text, st.cell, note=entry_note(data, w, entry)),
            ]
        )
    widths = [BODY_WIDTH * 0.28, 30 * mm]
    widths.append(BODY_WIDTH - sum(widths))
    return [st.para(w("success_factors_heading"), st.h1), grid_table(rows, widths)]


def attendance_table(w: Wording, st: Styles, counts: dict[ParticipantRole, int]) -> list[Flowable]:
    if not counts:
        return [st.para(w("attendance_none"))]
    rows = [[st.para(w("role"), st.cell_head), st.para(w("people"), st.cell_head)]]
    for role in ParticipantRole:
        if counts.get(role):
            rows.append([st.para(w.role(role), st.cell), st.para(str(counts[role]), st.cell)])
    rows.append(
        [st.para(w("total"), st.cell_head), st.para(str(sum(counts.values())), st.cell_head)]
    )
    return [grid_table(rows, [70 * mm, 25 * mm])]


def feedback_section(data: ReportBase, w: Wording, st: Styles) -> list[Flowable]:
    """The answers per question, then the comments.

    A question with fewer than :data:`MIN_ANSWERS_FOR_DISTRIBUTION` answers (in each
    workshop) prints its count only: no mean, no distribution, a sentence saying why (the
    summaries hold neither, see :mod:`workshop_app.store.feedback`). The comments follow
    in alphabetical order, apart from any rating."""
    story: list[Flowable] = [st.para(w("feedback_heading"), st.h1)]
    feedback = data.feedback
    if not feedback.responses:
        story.append(st.para(w("feedback_none")))
        return story
    story.append(st.para(w("feedback_answers", count=feedback.responses)))
    story.append(gap(2))
    if feedback.questions:
        story += _feedback_table(feedback.questions, w, st)
    if feedback.comments:
        story.append(st.para(w("comments"), st.h2))
        story.append(st.para(w("comments_order"), st.small))
        story.extend(st.bullet_item(comment) for comment in feedback.comments)
    return story


def _feedback_table(questions: list[QuestionSummary], w: Wording, st: Styles) -> list[Flowable]:
    """Question | Answers | Mean | Distribution; only Question | Answers, and a sentence
    saying why, when no question may show its ratings."""
    minimum = MIN_ANSWERS_FOR_DISTRIBUTION
    if not any(s.shown for s in questions):
        rows = [[st.para(w("question"), st.cell_head), st.para(w("answers"), st.cell_head)]]
        for summary in questions:
            count = st.para(w.integer(summary.answers), st.cell)
            rows.append([st.para(summary.question.text, st.cell), count])
        story: list[Flowable] = [grid_table(rows, [BODY_WIDTH - 22 * mm, 22 * mm]), gap(1)]
        if any(s.answers >= minimum for s in questions):  # enough in all, too few in each
            story.append(st.para(w("ratings_hidden_groups", minimum=minimum), st.small))
        elif any(s.answers for s in questions):
            story.append(st.para(w("ratings_hidden", minimum=minimum), st.small))
        return story
    rows = [
        [
            st.para(w("question"), st.cell_head),
            st.para(w("answers"), st.cell_head),
            st.para(w("mean"), st.cell_head),
            st.para(w("distribution"), st.cell_head),
        ]
    ]
    chart_width = 58 * mm
    widths = [BODY_WIDTH - chart_width - 2 * 22 * mm - 8, 22 * mm, 22 * mm, chart_width + 8]
    for summary in questions:
        mean = st.para("–", st.cell)
        if summary.shown and summary.mean is not None:
            # "4,2 sur 6 réponses" when smaller groups are counted but not rated
            rated = w.count("rated_of", summary.rated) if summary.withheld else ""
            mean = st.para(w.number(summary.mean), st.cell, note=rated)
            chart: Flowable = distribution_chart(summary.distribution, chart_width)
        elif summary.answers >= minimum:
            chart = st.para(w("ratings_hidden_groups", minimum=minimum), st.small)
        elif summary.answers:
            chart = st.para(w("ratings_hidden", minimum=minimum), st.small)
        else:
            chart = st.para("–", st.small)
        rows.append(
            [
                st.para(summary.question.text, st.cell),
                st.para(w.integer(summary.answers), st.cell),
                mean,
                chart,
            ]
        )
    story = [grid_table(rows, widths), gap(1)]
    story.append(st.para(f"{w('rating_1')} … {w('rating_5')}", st.small))
    if any(s.withheld for s in questions if s.shown or s.answers >= minimum):
        story.append(st.para(w("ratings_withheld_note", minimum=minimum), st.small))
    return story


def action_items_table(
    data: ReportBase,
    w: Wording,
    st: Styles,
    items: Iterable[tuple[ActionItem, Workshop | None]],
    heading: str,
) -> list[Flowable]:
    items = list(items)
    story: list[Flowable] = [st.para(heading, st.h1)]
    if not items:
        story.append(st.para(w("no_action_items")))
        return story
    with_origin = any(origin is not None for _item, origin in items)
    header = [w("what"), w("who"), w("due"), w("status")] + ([w("from")] if with_origin else [])
    rows = [[st.para(h, st.cell_head) for h in header]]
    for item, origin in items:
        row = [
            st.para(item.what, st.cell),
            st.para(item.who, st.cell),
            st.para(w.date(item.due_date) if item.due_date else "", st.cell),
            st.para(w.item_status(item.status), st.cell),
        ]
        if with_origin:
            label = (data.workshop_code(origin) or workshop_label(w, origin)) if origin else ""
            row.append(st.para(label, st.small))
        rows.append(row)
    origin = [max(14 * mm, header_width(w("from"), st.cell_head))] if with_origin else []
    fixed = [30 * mm, 31 * mm, 22 * mm, *origin]
    widths = [BODY_WIDTH - sum(fixed), *fixed]
    return [*story, grid_table(rows, widths)]


def body_sections(
    data: ReportBase,
    w: Wording,
    st: Styles,
    items: list[tuple[ActionItem, Workshop | None]],
    items_heading: str,
    *,
    with_workshop: bool = False,
) -> list[Flowable]:
    """What both reports print after their opening: the OIF tables, the other kinds,
    feedback and action items."""
    story = pairs_section(data, w, st, with_workshop=with_workshop)
    story += other_kinds_section(data, w, st)
    story += success_factors_section(data, w, st)
    story += feedback_section(data, w, st)
    story += action_items_table(data, w, st, items, items_heading)
    return story


def write_report(
    data: ReportBase,
    destination: str | os.PathLike[str],
    progress: Progress,
    build_story: Callable[[Wording, Styles], list[Flowable]],
    describe: Callable[[Wording], dict[str, str]],
) -> ExportResult:
    """Lay out a report in its language; ``describe`` gives the document's title, subject,
    running head (and author)."""
    w = wording_for(data.language)
    st = Styles()
    story = build_story(w, st)
    progress.check()
    generated_on = w("generated_on", version=__version__, when=w.date_time(data.generated_at))
    document = ReportDocument(w, st, generated_on=generated_on, **describe(w))
    result = document.build(story, destination, progress)
    result.rows = data.entry_count
    return result
