"""The workshop summary, read back from the PDF."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.reports.pdf_reading import first_run, page_texts, pdf_text, squash, text_runs
from workshop_app import __version__
from workshop_app.demo import create_demo_workspace
from workshop_app.domain.enums import EntryKind
from workshop_app.reports import ExportFormat, ExportOptions, export
from workshop_app.store import Workspace


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    return create_demo_workspace(tmp_path_factory.mktemp("demo") / "demo.sqlite")


@pytest.fixture
def demo(demo_file, tmp_path):
    copy = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, copy)
    ws = Workspace.open(copy)
    yield ws
    ws.close()


def summary(ws, tmp_path, workshop, **options) -> Path:
    path = tmp_path / f"summary-{workshop.id[:8]}.pdf"
    export(ws, ExportOptions(ExportFormat.SESSION_PDF, workshop_id=workshop.id, **options), path)
    return path


def test_every_entry_of_every_workshop_is_printed(demo, tmp_path):
    for workshop in demo.workshops.select():
        entries = demo.entries.for_workshop(workshop.id)
        assert entries
        text = squash(pdf_text(summary(demo, tmp_path, workshop)))
        for entry in entries:
            assert squash(entry.text) in text, entry.text


def test_an_improvement_is_on_the_row_of_its_issue(demo, tmp_path):
    workshop = demo.workshops.select()[0]
    path = summary(demo, tmp_path, workshop)
    runs = text_runs(path)
    entries = demo.entries.for_workshop(workshop.id)
    firsts = {}
    for entry in sorted(entries, key=lambda e: e.position):
        if entry.kind is EntryKind.IMPROVEMENT and entry.answers_id:
            firsts.setdefault(entry.answers_id, entry)
    assert len(firsts) >= 3
    by_id = {e.id: e for e in entries}
    for issue_id, improvement in firsts.items():
        issue_run = first_run(runs, by_id[issue_id].text)
        improvement_run = first_run(runs, improvement.text)
        assert issue_run.page == improvement_run.page
        assert issue_run.y == pytest.approx(improvement_run.y, abs=0.5)
        assert issue_run.x < improvement_run.x


def test_a_lone_improvement_leaves_the_issue_cell_empty(demo, tmp_path):
    workshop = demo.workshops.select()[0]
    lone = [
        e
        for e in demo.entries.for_workshop(workshop.id)
        if e.kind is EntryKind.IMPROVEMENT and not e.answers_id
    ]
    assert lone, "the demo has an improvement answering no issue"
    runs = text_runs(summary(demo, tmp_path, workshop))
    run = first_run(runs, lone[0].text)
    same_line = [r for r in runs if r.page == run.page and abs(r.y - run.y) < 0.5 and r.x < run.x]
    assert same_line == []


def test_no_participant_name_is_printed_unless_asked(demo, tmp_path):
    workshop = demo.workshops.select()[0]
    names = [p.display_name for p in demo.participants.for_programme(workshop.programme_id)]
    assert len(names) >= 10
    text = pdf_text(summary(demo, tmp_path, workshop))
    assert [n for n in names if n in text] == []
    named = pdf_text(summary(demo, tmp_path, workshop, with_names=True))
    assert sum(n in named for n in names) >= 5


def test_headings_metadata_and_page_numbers(demo, tmp_path):
    workshop = demo.workshops.select()[0]
    path = summary(demo, tmp_path, workshop, language="fr")
    reader = PdfReader(path)
    meta = reader.metadata
    assert workshop.title in meta.title
    assert workshop.title in meta.subject
    assert meta.author == workshop.facilitators
    assert __version__ in meta.creator
    pages = page_texts(path)
    for number, text in enumerate(pages, start=1):
        assert f"page {number} sur {len(pages)}" in text
        assert "Produit par Atelier" in text
    whole = squash("\n".join(pages))
    for heading in (
        "Difficulté",
        "Piste d’amélioration",
        "Participation",
        "Facteurs clés de succès",
    ):
        assert heading in whole
    assert "Plateforme partenariale" in whole  # the workshop kind, in French


def test_english_wording(demo, tmp_path):
    workshop = demo.workshops.select()[0]
    text = squash(pdf_text(summary(demo, tmp_path, workshop, language="en")))
    for heading in (
        "Issue",
        "Improvement",
        "Key success factor",
        "Participant feedback",
        "page 1 of",
    ):
        assert heading in text
    assert "Difficulté" not in text


def test_feedback_counts_means_and_the_under_five_rule(demo, tmp_path):
    workshop = demo.workshops.select()[1]  # four answers in the demo
    responses = demo.feedback.for_workshop(workshop.id)
    assert 0 < len(responses) < 5
    text = squash(pdf_text(summary(demo, tmp_path, workshop, language="en")))
    assert f"{len(responses)} answers" in text
    assert "Fewer than 5 answers" in text
    full = demo.workshops.select()[0]
    text = squash(pdf_text(summary(demo, tmp_path, full, language="en")))
    assert "Fewer than 5 answers" not in text
    for comment in (r.comment for r in demo.feedback.for_workshop(full.id) if r.comment):
        assert squash(comment) in text


def test_action_items_say_a_role_instead_of_a_participant_name(demo, tmp_path):
    workshop = demo.workshops.select()[0]
    items = demo.action_items.for_workshop(workshop.id)
    names = {p.display_name for p in demo.participants.for_programme(workshop.programme_id)}
    named = [i for i in items if i.who in names]
    assert named
    text = squash(pdf_text(summary(demo, tmp_path, workshop)))
    for item in items:
        assert squash(item.what) in text
    assert not any(i.who in text for i in named)
    text = squash(pdf_text(summary(demo, tmp_path, workshop, with_names=True)))
    assert all(i.who in text for i in named)


def test_agenda_prints_planned_and_actual_minutes(demo, tmp_path):
    workshop = demo.workshops.select()[0]
    steps = demo.agenda.for_workshop(workshop.id)
    assert steps
    text = squash(pdf_text(summary(demo, tmp_path, workshop)))
    for step in steps:
        assert squash(step.title) in text
        assert f"{step.planned_minutes} min" in text
        if step.actual_seconds is not None:
            assert f"{round(step.actual_seconds / 60)} min" in text


def test_the_names_present_are_in_alphabetical_order_accents_aside(demo, tmp_path):
    """The play-through: "élodie Roux" came after every other name."""
    from workshop_app.domain.models import Attendance, Participant

    workshop = demo.workshops.select()[0]
    for name in ("élodie Roux", "Zoé Z.", "Éric A."):
        person = demo.participants.add(
            Participant(programme_id=workshop.programme_id, display_name=name)
        )
        demo.attendance.add(Attendance(workshop_id=workshop.id, participant_id=person.id))
    text = squash(pdf_text(summary(demo, tmp_path, workshop, with_names=True, language="fr")))
    assert "Présent·es" in text
    assert text.index("élodie Roux") < text.index("Éric A.") < text.index("Zoé Z.")
