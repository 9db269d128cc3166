"""The summary of one workshop, laid out like the tables of an Operational Implementation
Framework: heading block, attendance, agenda, Issue | Improvement per action and theme,
ideas, questions, decisions, key success factors, feedback and action items."""

from __future__ import annotations

import os

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from workshop_app.domain.enums import ParticipantRole
from workshop_app.reports.gather import ProgrammeData, SessionData
from workshop_app.reports.options import ExportResult, Progress
from workshop_app.reports.pdf_follow_up import follow_up_section
from workshop_app.reports.pdf_layout import Styles, grid_table, key_values
from workshop_app.reports.pdf_sections import (
    attendance_table,
    body_sections,
    write_report,
)
from workshop_app.reports.wording import Wording


def _when(w: Wording, data: SessionData) -> str:
    workshop = data.workshop
    if not workshop.starts_at:
        return ""
    text = w.date(workshop.starts_at)
    start, end = workshop.starts_at[11:16], workshop.ends_at[11:16]
    if start:
        text += f", {start}" + (f"–{end}" if end else "")
    return text


def heading(data: SessionData, w: Wording, st: Styles) -> list[Flowable]:
    workshop = data.workshop
    place = " · ".join(p for p in (workshop.place, workshop.territory) if p.strip())
    return [
        st.para(w("session_title"), st.kicker),
        st.para(workshop.title, st.title),
        key_values(
            st,
            [
                (w("programme"), data.programme.title),
                (w("kind"), w.workshop_kind(workshop.kind)),
                (w("date"), _when(w, data)),
                (w("place"), place),
                (w("facilitators"), workshop.facilitators),
            ],
        ),
        *names_note(data, w, st),
        *objective(workshop.agenda, w, st),
    ]


def names_note(data: SessionData | ProgrammeData, w: Wording, st: Styles) -> list[Flowable]:
    """Says that the names typed in the texts read as roles, when some do."""
    if data.with_names or not data.names_replaced:
        return []
    return [Spacer(1, 1.5 * mm), st.para(w("names_as_roles"), st.small)]


def objective(text: str, w: Wording, st: Styles) -> list[Flowable]:
    """The workshop's objective and preparation notes (the free text of its dialog)."""
    if not text.strip():
        return []
    return [st.para(w("objective_heading"), st.h3), st.para(text.strip(), st.body)]


def attendance(data: SessionData, w: Wording, st: Styles) -> list[Flowable]:
    story: list[Flowable] = [st.para(w("attendance"), st.h1)]
    story += attendance_table(w, st, data.attendance)
    if data.with_names and data.attendees:
        story.append(st.para(w("attendance_names"), st.h3))
        for name, role in data.attendees:
            story.append(
                st.bullet_item(name, w.role(role) if role is not ParticipantRole.OTHER else "")
            )
    return story


def agenda(data: SessionData, w: Wording, st: Styles) -> list[Flowable]:
    if not data.agenda:
        return []
    rows = [[st.para(h, st.cell_head) for h in (w("step"), w("planned"), w("actual"))]]
    for step in data.agenda:
        actual = ""
        if step.actual_seconds is not None:
            actual = w("minutes", minutes=round(step.actual_seconds / 60))
        title = st.para(step.title, st.cell, note=step.method_note)
        rows.append(
            [
                title,
                st.para(w("minutes", minutes=step.planned_minutes), st.cell),
                st.para(actual, st.cell),
            ]
        )
    from workshop_app.reports.pdf_layout import BODY_WIDTH

    return [
        st.para(w("agenda_heading"), st.h1),
        grid_table(rows, [BODY_WIDTH - 50 * mm, 25 * mm, 25 * mm]),
    ]


def build_story(data: SessionData, w: Wording, st: Styles) -> list[Flowable]:
    story = heading(data, w, st)
    story += attendance(data, w, st)
    story += agenda(data, w, st)
    story += follow_up_section(data, w, st)
    items = [(item, None) for item in data.action_items]
    return story + body_sections(data, w, st, items, w("action_items_heading"))


def write_session_pdf(
    data: SessionData, destination: str | os.PathLike[str], progress: Progress
) -> ExportResult:
    def describe(w: Wording) -> dict[str, str]:
        return {
            "title": f"{w('session_title')} – {data.workshop.title}",
            "subject": w(
                "session_subject", title=data.workshop.title, programme=data.programme.title
            ),
            "running_head": f"{data.programme.title} — {data.workshop.title}",
            "author": data.workshop.facilitators,
        }

    return write_report(
        data, destination, progress, lambda w, st: build_story(data, w, st), describe
    )
