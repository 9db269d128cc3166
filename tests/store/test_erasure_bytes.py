"""Issue 15's proof of erasure, byte by byte: once a person is erased, their name is in none
of the workspace file, its journal, the search index, or the default CSV, XLSX and PDF,
including where it had been typed as a mention ("avec @kar …")."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tests.reports.pdf_reading import pdf_text
from workshop_app.domain import (
    ActionItem,
    Entry,
    EntryKind,
    FeedbackQuestion,
    FeedbackResponse,
    Participant,
    ParticipantRole,
)
from workshop_app.domain.capture_syntax import Choice, resolve
from workshop_app.reports import export
from workshop_app.reports.options import ExportFormat, ExportOptions
from workshop_app.store import Workspace

NAME = "Karima Benhaddou"
FORMS = (b"Karima", b"karima", b"KARIMA", b"Benhaddou", b"benhaddou")


def forms_in(raw: bytes) -> list[bytes]:
    return [form for form in FORMS if form in raw]


@pytest.fixture
def said(ws: Workspace, programme, workshop) -> Participant:
    person = ws.participants.add(
        Participant(programme_id=programme.id, display_name=NAME, role=ParticipantRole.RESIDENT)
    )
    ws.attendance.check_in(workshop.id, person.id)
    people = [Choice(person.id, (person.display_name,))]
    typed = resolve("On en a parlé avec @kar mardi, les charges ont doublé @kar", people=people)
    assert typed.author_id == person.id and NAME in typed.text  # a mention and the author
    assert NAME not in typed.stored  # saved as a reference to the person
    ws.entries.add(
        Entry(workshop_id=workshop.id, kind=EntryKind.ISSUE, text=typed.stored, author_id=person.id)
    )
    ws.entries.add(
        Entry(workshop_id=workshop.id, kind=EntryKind.IDEA, text=f"{NAME} propose une permanence")
    )
    ws.action_items.add(ActionItem(workshop_id=workshop.id, what="Rappeler le bailleur", who=NAME))
    question = ws.feedback_questions.add(FeedbackQuestion(workshop_id=workshop.id, text="Utile ?"))
    ws.feedback.submit(
        FeedbackResponse(
            workshop_id=workshop.id, participant_id=person.id, comment=f"Merci {NAME} !"
        ),
        {question.id: 5},
    )
    return person


def workspace_bytes(ws: Workspace) -> bytes:
    wal = ws.path.with_name(ws.path.name + "-wal")
    return ws.path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_before_erasure_the_check_sees_the_name(ws, said):
    assert forms_in(workspace_bytes(ws))
    assert (
        ws.conn.execute("SELECT count(*) FROM entry_fts WHERE entry_fts MATCH 'karima'").fetchone()[
            0
        ]
        == 1
    )


def test_after_erasure_no_byte_of_the_name_is_left(ws, said, workshop, tmp_path):
    ws.participants.erase(said.id)
    assert forms_in(workspace_bytes(ws)) == []  # the file and its journal, before closing
    found = ws.conn.execute(
        "SELECT count(*) FROM entry_fts WHERE entry_fts MATCH 'karima OR benhaddou'"
    ).fetchone()[0]
    assert found == 0
    texts = [r[0] for r in ws.conn.execute("SELECT text FROM entry ORDER BY seq")]
    assert texts[0].startswith("On en a parlé avec") and "mardi" in texts[0]
    outputs = {
        "csv": (ExportFormat.CSV, tmp_path / "e.csv"),
        "xlsx": (ExportFormat.XLSX, tmp_path / "e.xlsx"),
        "pdf": (ExportFormat.SESSION_PDF, tmp_path / "e.pdf"),
    }
    for fmt, target in outputs.values():
        export(ws, ExportOptions(format=fmt, workshop_id=workshop.id), target)
    assert forms_in(outputs["csv"][1].read_bytes()) == []
    with zipfile.ZipFile(outputs["xlsx"][1]) as book:
        inside = b"".join(book.read(n) for n in book.namelist())
    assert forms_in(inside) == []
    assert forms_in(pdf_text(outputs["pdf"][1]).encode()) == []
    ws.close()
    assert forms_in(Path(ws.path).read_bytes()) == []


def test_a_default_export_names_no_one_even_before_erasure(ws, said, workshop, tmp_path):
    """Without names asked for, the name typed in texts (a mention included) does not leave."""
    target = tmp_path / "e.csv"
    export(ws, ExportOptions(format=ExportFormat.CSV, workshop_id=workshop.id), target)
    assert forms_in(target.read_bytes()) == []
    named = tmp_path / "named.csv"
    export(
        ws, ExportOptions(format=ExportFormat.CSV, workshop_id=workshop.id, with_names=True), named
    )
    assert forms_in(named.read_bytes())
    assert "parlé avec Karima Benhaddou mardi".encode() in named.read_bytes()  # the mention


def test_the_mention_reads_as_a_role_without_names_and_as_nothing_once_erased(
    ws, said, workshop, tmp_path
):
    target = tmp_path / "e.csv"
    export(ws, ExportOptions(format=ExportFormat.CSV, workshop_id=workshop.id), target)
    text = target.read_bytes().decode("utf-8-sig")
    assert "parlé avec Karima" not in text and "On en a parlé avec " in text
    ws.participants.erase(said.id)
    named = tmp_path / "named.csv"
    export(
        ws, ExportOptions(format=ExportFormat.CSV, workshop_id=workshop.id, with_names=True), named
    )
    assert "On en a parlé avec […] mardi" in named.read_bytes().decode("utf-8-sig")


def test_a_name_replaced_in_the_workspace_leaves_the_search_index_at_once(ws, workshop):
    """Found in review: a name replaced through the review stayed in the index's old
    segments until the workspace closed."""
    from workshop_app.store.name_scrub import TextEdit, rewrite_texts

    entry = ws.entries.add(
        Entry(workshop_id=workshop.id, kind=EntryKind.IDEA, text="Benhaddou a proposé un local")
    )
    ws.db.checkpoint("TRUNCATE")
    assert b"benhaddou" in ws.path.read_bytes()  # the index's token, lower case
    edit = TextEdit("entry", entry.id, "text", entry.text, "[…] a proposé un local")
    assert rewrite_texts(ws.db, [edit], "2026-12-02T10:00:00Z")
    ws.db.checkpoint("TRUNCATE")
    assert forms_in(ws.path.read_bytes()) == []
