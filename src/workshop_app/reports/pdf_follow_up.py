"""The follow-up section of a workshop's summary: what moved since the previous workshop
of its actions (improvements and action items, before → now) and the improvements of
earlier workshops still proposed or planned."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from workshop_app.domain.enums import ActionItemStatus, ImprovementStatus
from workshop_app.reports.follow_up_data import FollowUpReport, MovedRow
from workshop_app.reports.gather import SessionData
from workshop_app.reports.pdf_layout import BODY_WIDTH, Styles, grid_table
from workshop_app.reports.pdf_sections import header_width, workshop_label
from workshop_app.reports.wording import Wording


def _improvement_status(w: Wording, value: str) -> str:
    try:
        return w.status(ImprovementStatus(value))
    except ValueError:  # a status this version does not know (a newer file): as stored
        return value


def _item_status(w: Wording, value: str) -> str:
    try:
        return w.item_status(ActionItemStatus(value))
    except ValueError:
        return value


def _moved_table(
    data: SessionData, w: Wording, st: Styles, rows: list[MovedRow], label, first: str
) -> list[Flowable]:
    """Text | (Action) | From | Before → now; the action column only for improvements."""
    with_action = any(row.action_id for row in rows)
    header = [first, *([w("action")] if with_action else []), w("from")]
    header.append(w("follow_up_before_after"))
    table = [[st.para(h, st.cell_head) for h in header]]
    for row in rows:
        change = w("follow_up_change", before=label(w, row.before), after=label(w, row.after))
        cells = [st.para(row.text, st.cell)]
        if with_action:
            cells.append(st.para(w.action(*data.action_label(row.action_id)), st.small))
        cells += [st.para(workshop_label(w, row.origin), st.small), st.para(change, st.cell)]
        table.append(cells)
    fixed = [*([32 * mm] if with_action else []), 30 * mm]
    fixed.append(max(34 * mm, header_width(header[-1], st.cell_head)))
    return [grid_table(table, [BODY_WIDTH - sum(fixed), *fixed])]


def follow_up_section(data: SessionData, w: Wording, st: Styles) -> list[Flowable]:
    report: FollowUpReport | None = data.follow_up
    if report is None or report.empty:
        return []
    story: list[Flowable] = [st.para(w("follow_up_heading"), st.h1)]
    previous = report.previous
    if previous is None:
        story.append(st.para(w("follow_up_first")))
    else:
        day = previous.starts_at[:10]
        story.append(
            st.para(
                w("follow_up_since", title=previous.title, date=w.date(day))
                if day
                else w("follow_up_since_undated", title=previous.title)
            )
        )
        if not report.improvements and not report.items:
            story.append(st.para(w("follow_up_nothing")))
    if report.improvements:
        story.append(st.para(w("follow_up_moved"), st.h3))
        story += _moved_table(
            data, w, st, report.improvements, _improvement_status, w("improvement")
        )
    if report.items:
        story.append(st.para(w("follow_up_items_moved"), st.h3))
        story += _moved_table(data, w, st, report.items, _item_status, w("what"))
    if report.still_open:
        story.append(st.para(w("follow_up_open"), st.h3))
        header = [w("improvement"), w("action"), w("from"), w("status")]
        table = [[st.para(h, st.cell_head) for h in header]]
        for entry, origin in report.still_open:
            number, title = data.action_label(entry.action_id)
            table.append(
                [
                    st.para(entry.text, st.cell),
                    st.para(w.action(number, title), st.small),
                    st.para(workshop_label(w, origin), st.small),
                    st.para(w.status(entry.status or ImprovementStatus.PROPOSED), st.cell),
                ]
            )
        fixed = [32 * mm, 30 * mm, 26 * mm]
        story.append(grid_table(table, [BODY_WIDTH - sum(fixed), *fixed]))
    return story
