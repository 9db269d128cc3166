"""The synthesis of a programme for a steering committee: the workshops covered, charts
per workshop (attendance, satisfaction, improvements), counts per theme, the monitoring
tables and charts, one merged Issue | Improvement table per action with the workshop of
each row, key success factors, feedback across workshops and the action items still open."""

from __future__ import annotations

import os

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from workshop_app.domain.board import OTHER_KINDS
from workshop_app.domain.enums import EntryKind
from workshop_app.reports.gather import ProgrammeData
from workshop_app.reports.options import ExportResult, Progress
from workshop_app.reports.pdf_layout import (
    BODY_WIDTH,
    Styles,
    grid_table,
    key_values,
)
from workshop_app.reports.pdf_monitoring import challenges_section, indicators_section
from workshop_app.reports.pdf_programme_charts import programme_charts
from workshop_app.reports.pdf_sections import (
    attendance_table,
    body_sections,
    header_width,
    write_report,
)
from workshop_app.reports.session_pdf import names_note
from workshop_app.reports.wording import Wording

COUNTED_KINDS = (EntryKind.ISSUE, EntryKind.IMPROVEMENT, *OTHER_KINDS)


def describe_selection(data: ProgrammeData, w: Wording) -> str:
    selection = data.selection
    parts = []
    if selection.workshop_ids:
        parts.append(w("selection_chosen", count=len(selection.workshop_ids)))
    if selection.date_from:
        parts.append(w("selection_from", date=w.date(selection.date_from)))
    if selection.date_to:
        parts.append(w("selection_to", date=w.date(selection.date_to)))
    if selection.territory:
        parts.append(w("selection_territory", territory=selection.territory))
    if selection.kind is not None:
        parts.append(w("selection_kind", kind=w.workshop_kind(selection.kind)))
    return ", ".join(parts) if parts else w("selection_all")


def heading(data: ProgrammeData, w: Wording, st: Styles) -> list[Flowable]:
    days = sorted(x.starts_at[:10] for x in data.workshops if x.starts_at)
    period = ""
    if days:
        period = (
            w.date(days[0]) if days[0] == days[-1] else f"{w.date(days[0])} – {w.date(days[-1])}"
        )
    territories = sorted({x.territory.strip() for x in data.workshops if x.territory.strip()})
    return [
        st.para(w("programme_title"), st.kicker),
        st.para(data.programme.title, st.title),
        key_values(
            st,
            [
                (w("selection"), describe_selection(data, w)),
                (w("workshops_heading"), str(len(data.workshops))),
                (w("date"), period),
                (w("territory"), ", ".join(territories)),
            ],
        ),
        *names_note(data, w, st),
    ]


def workshops_table(data: ProgrammeData, w: Wording, st: Styles) -> list[Flowable]:
    counts: dict[str, int] = {}
    for table in data.tables:
        for row in table.rows:
            if row.workshop is not None:
                counts[row.workshop.id] = counts.get(row.workshop.id, 0) + (
                    (row.issue is not None and not row.continuation) + (row.improvement is not None)
                )
    for entries in [*data.others.values(), data.success_factors]:
        for entry in entries:
            counts[entry.workshop_id] = counts.get(entry.workshop_id, 0) + 1
    header = ("", w("date"), w("workshop"), w("kind"), w("territory"), w("entries"))
    rows = [[st.para(h, st.cell_head) for h in header]]
    for workshop in data.workshops:
        rows.append(
            [
                st.para(data.workshop_code(workshop), st.cell_head),
                st.para(w.date(workshop.starts_at) if workshop.starts_at else "", st.cell),
                st.para(workshop.title, st.cell),
                st.para(w.workshop_kind(workshop.kind), st.cell),
                st.para(workshop.territory, st.cell),
                st.para(str(counts.get(workshop.id, 0)), st.cell),
            ]
        )
    code = header_width(data.workshop_code(data.workshops[-1]), st.cell_head)  # "A12" whole
    fixed = [max(9 * mm, code), 26 * mm, 32 * mm, 28 * mm, 28 * mm]
    widths = [*fixed[:2], BODY_WIDTH - sum(fixed), *fixed[2:]]
    # Not kept with the whole table (h1 keeps with what follows): a table of thirty
    # workshops, which fits on a page, left the first page empty but for the heading
    # block. The heading moves on only when its first rows could not follow it.
    loose = ParagraphStyle("h1_loose", parent=st.h1, keepWithNext=0)
    return [
        CondPageBreak(45 * mm),
        st.para(w("workshops_heading"), loose),
        grid_table(rows, widths),
    ]


def theme_counts_table(data: ProgrammeData, w: Wording, st: Styles) -> list[Flowable]:
    if not data.theme_counts:
        return []
    kinds = [k for k in COUNTED_KINDS if any(c[k] for _name, c in data.theme_counts)]
    rows = [
        [st.para(w("theme"), st.cell_head)] + [st.para(w.kinds(k), st.tiny_head) for k in kinds]
    ]
    rows[0].append(st.para(w("total"), st.cell_head))
    for name, counter in data.theme_counts:
        cells = [st.para(w.theme(name), st.cell)]
        cells += [st.para(str(counter[k]) if counter[k] else "", st.cell) for k in kinds]
        cells.append(st.para(str(sum(counter[k] for k in kinds)), st.cell_head))
        rows.append(cells)
    first, total = 31 * mm, 12 * mm
    each = (BODY_WIDTH - first - total) / len(kinds)
    tight = [("LEFTPADDING", (1, 0), (-1, 0), 2), ("RIGHTPADDING", (1, 0), (-1, 0), 2)]
    return [
        st.para(w("theme_counts_heading"), st.h1),
        grid_table(rows, [first] + [each] * len(kinds) + [total], extra=tight),
    ]


def build_story(data: ProgrammeData, w: Wording, st: Styles) -> list[Flowable]:
    story = heading(data, w, st)
    story += workshops_table(data, w, st)
    story += programme_charts(data, w, st)
    story += [st.para(w("attendance"), st.h1), *attendance_table(w, st, data.attendance)]
    story += theme_counts_table(data, w, st)
    story += challenges_section(data, w, st)
    story += indicators_section(data, w, st)
    items_heading = w("open_items_heading")
    return story + body_sections(
        data, w, st, list(data.open_items), items_heading, with_workshop=True
    )


def write_programme_pdf(
    data: ProgrammeData, destination: str | os.PathLike[str], progress: Progress
) -> ExportResult:
    def describe(w: Wording) -> dict[str, str]:
        title = data.programme.title
        return {
            "title": f"{w('programme_title')} – {title}",
            "subject": w("programme_subject", count=len(data.workshops), title=title),
            "running_head": f"{w('programme_title')} — {title}",
        }

    return write_report(
        data, destination, progress, lambda w, st: build_story(data, w, st), describe
    )
