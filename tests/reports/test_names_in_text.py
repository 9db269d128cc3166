"""Names typed in free text never leave in a file sent without names: the summary, the
synthesis, the CSV and the workbook are read back, byte by byte, and hold none of the
roster's names (full or first) unless names were asked for; each stands as the person's
role, and a spot the person kept prints as typed."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.reports.pdf_reading import pdf_text, squash
from workshop_app.cli import main
from workshop_app.domain.enums import ActionItemStatus, EntryKind, ParticipantRole
from workshop_app.domain.models import (
    ActionItem,
    AgendaStep,
    Entry,
    FeedbackResponse,
    Participant,
    Programme,
    Workshop,
)
from workshop_app.domain.name_matching import fold
from workshop_app.reports import ExportFormat, ExportOptions, export
from workshop_app.reports.names_in_text import (
    NameMask,
    findings_for_export,
    spots_after,
    workspace_edits,
)
from workshop_app.reports.wording import wording_for
from workshop_app.store import Workspace
from workshop_app.store.name_finder import Person, findings_in, name_matcher

PEOPLE = [
    ("Zéphyrine Quatrebras", ParticipantRole.RESIDENT),
    ("Barnabé Ulyssandre", ParticipantRole.SOCIAL_WORKER),
    ("Barnabé Vercingeto", ParticipantRole.INSTITUTION),
    ("Rosalinde Trémière", ParticipantRole.PARTNER_ASSOCIATION),
]
NAME_PARTS = ["Zéphyrine", "Quatrebras", "Barnabé", "Ulyssandre", "Vercingeto", "Rosalinde"]
"""Every word of the roster a file without names must not hold (the last names of the
people named only by their first name too)."""
RESIDENT, PARTNER, ANYONE = (
    "[un·e habitant·e]",
    "[une association partenaire]",
    "[un·e participant·e]",
)


@pytest.fixture
def named(tmp_path):
    """A workspace whose free texts name the roster every way: full names, first names,
    shouted, without accents, on two lines, in markup, beside emoji."""
    path = tmp_path / "names.sqlite"
    with Workspace.open(path) as ws:
        programme = ws.programmes.create_with_defaults(Programme(title="Programme P"))
        for name, role in PEOPLE:
            ws.participants.add(
                Participant(programme_id=programme.id, display_name=name, role=role)
            )
        workshop = ws.workshops.add(
            Workshop(
                programme_id=programme.id,
                title="Atelier chez Zéphyrine",
                facilitators="Rosalinde Trémière et Sam",
                agenda="Objectif : que ZEPHYRINE parle.",
                starts_at="2026-03-03T14:00",
            )
        )
        issue = ws.entries.add(
            Entry(
                workshop_id=workshop.id,
                kind=EntryKind.ISSUE,
                text="On a vu zephyrine hier 😀 <b>Rosalinde</b>",
            )
        )
        ws.entries.add(
            Entry(
                workshop_id=workshop.id,
                kind=EntryKind.IMPROVEMENT,
                text="Barnabé propose la salle Rosalinde\u0301, près de la Roseraie",
                answers_id=issue.id,
            )
        )
        ws.entries.add(
            Entry(
                workshop_id=workshop.id, kind=EntryKind.IDEA, text="Idée de Zéphyrine\nQuatrebras"
            )
        )
        ws.action_items.add(
            ActionItem(
                workshop_id=workshop.id,
                what="Rappeler Barnabé Ulyssandre",
                who="Zéphyrine et Karim",
                status=ActionItemStatus.OPEN,
            )
        )
        ws.agenda.add(
            AgendaStep(
                workshop_id=workshop.id, title="Accueil par Rosalinde", method_note="Barnabé"
            )
        )
        for comment in ("Merci à tous", "Zéphyrine m'a aidée", "Bien"):
            ws.feedback.add(FeedbackResponse(workshop_id=workshop.id, comment=comment))
    return path, programme, workshop


def _export_all(path: Path, programme, workshop, out: Path, **options) -> dict[str, Path]:
    files = {}
    with Workspace.open(path, read_only=True) as ws:
        for name, fmt, scope in (
            ("summary.pdf", ExportFormat.SESSION_PDF, {"workshop_id": workshop.id}),
            ("synthesis.pdf", ExportFormat.PROGRAMME_PDF, {"programme_id": programme.id}),
            ("entries.csv", ExportFormat.CSV, {"workshop_id": workshop.id}),
            ("book.xlsx", ExportFormat.XLSX, {"programme_id": programme.id}),
        ):
            files[name] = out / name
            export(ws, ExportOptions(fmt, **scope, **options), files[name])
    return files


def _texts(files: dict[str, Path]) -> dict[str, str]:
    """What each file holds, as text: the PDFs' text, the CSV's bytes, the workbook's XML."""
    texts = {}
    for name, path in files.items():
        if name.endswith(".pdf"):
            texts[name] = pdf_text(path)
        elif name.endswith(".csv"):
            texts[name] = path.read_bytes().decode("utf-8-sig")
        else:
            with zipfile.ZipFile(path) as book:
                texts[name] = "\n".join(book.read(n).decode("utf-8") for n in book.namelist())
    return texts


def _raw(files: dict[str, Path]) -> dict[str, bytes]:
    raw = {}
    for name, path in files.items():
        if name.endswith(".xlsx"):
            with zipfile.ZipFile(path) as book:
                raw[name] = b"\n".join(book.read(n) for n in book.namelist())
        else:
            raw[name] = path.read_bytes()
    return raw


def test_no_name_of_the_roster_leaves_by_default(named, tmp_path):
    path, programme, workshop = named
    files = _export_all(path, programme, workshop, tmp_path)
    texts, raw = _texts(files), _raw(files)
    for name, text in texts.items():
        folded = fold(squash(text))
        for part in NAME_PARTS:
            assert fold(part) not in folded, (name, part)
            assert part.encode() not in raw[name], (name, part)
    csv_text = texts["entries.csv"]
    assert f"On a vu {RESIDENT} hier 😀 <b>{PARTNER}</b>" in csv_text
    assert f"{ANYONE} propose la salle {PARTNER}, près de la Roseraie" in csv_text
    assert f"Idée de {RESIDENT}" in csv_text  # the full name, over two lines
    assert f"Atelier chez {RESIDENT}" in csv_text
    summary = squash(texts["summary.pdf"])
    note = "Les noms de participant·es tapés dans les textes se lisent comme leur rôle."
    assert note in summary and note in squash(texts["synthesis.pdf"])
    assert f"Objectif : que {RESIDENT} parle." in summary
    assert f"{PARTNER} et Sam" in summary  # the facilitators
    assert "Karim" in summary  # not on the roster: no name of theirs


def test_the_names_print_when_asked(named, tmp_path):
    path, programme, workshop = named
    texts = _texts(_export_all(path, programme, workshop, tmp_path, with_names=True))
    for name, text in texts.items():
        assert "Zéphyrine" in text, name
        assert "Barnabé" in text, name
    assert "Rosalinde Trémière et Sam" in squash(texts["summary.pdf"])
    assert "se lisent comme leur rôle" not in squash(texts["summary.pdf"])
    assert "On a vu zephyrine hier" in texts["entries.csv"]


def test_comments_are_sorted_again_once_masked(named, tmp_path):
    path, programme, workshop = named
    files = _export_all(path, programme, workshop, tmp_path)
    book = openpyxl.load_workbook(files["book.xlsx"])
    comments = [row[1] for row in book.worksheets[3].iter_rows(min_row=2, values_only=True)]
    # "Zéphyrine m'a aidée" would have stood last, telling the initial of a name
    assert comments == [f"{RESIDENT} m'a aidée", "Bien", "Merci à tous"]
    summary = squash(pdf_text(files["summary.pdf"]))
    assert summary.index(f"{RESIDENT} m'a aidée") < summary.index("Merci à tous")


def test_a_kept_spot_prints_as_typed_and_the_others_do_not(named, tmp_path):
    path, programme, workshop = named
    with Workspace.open(path, read_only=True) as ws:
        found = findings_for_export(
            ws, ExportOptions(ExportFormat.SESSION_PDF, workshop_id=workshop.id)
        )
        salle = [f for f in found if f.found == "Rosalinde\u0301"]
        assert len(salle) == 1 and salle[0].table == "entry"
        keep = frozenset({salle[0].spot})
    files = _export_all(path, programme, workshop, tmp_path, keep_names=keep)
    texts = _texts(files)
    # the improvement is printed once, but twice in the workbook (entries, and pairs)
    for name, times in (
        ("summary.pdf", 1),
        ("synthesis.pdf", 1),
        ("entries.csv", 1),
        ("book.xlsx", 2),
    ):
        text = fold(squash(texts[name]))
        assert text.count("la salle rosalinde") == times, name
        assert text.count("rosalinde") == times, name  # "<b>Rosalinde</b>" is replaced
        assert "zephyrine" not in text, name
    assert f"<b>{PARTNER}</b>" in texts["entries.csv"]


def test_the_command_line_replaces_every_name(named, tmp_path, capsys):
    path, _programme, workshop = named
    out = tmp_path / "cli.csv"
    assert (
        main(["export", "csv", "--workshop", workshop.id, "-o", str(out), "--db", str(path)]) == 0
    )
    data = out.read_bytes()
    for part in NAME_PARTS:
        assert part.encode() not in data
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert any(f"On a vu {RESIDENT} hier" in cell for row in rows for cell in row)


def test_findings_follow_what_each_export_prints(named):
    path, programme, workshop = named
    with Workspace.open(path, read_only=True) as ws:

        def where(fmt, **scope):
            found = findings_for_export(ws, ExportOptions(fmt, **scope))
            return {(f.table, f.column) for f in found}

        assert where(ExportFormat.CSV, workshop_id=workshop.id) == {
            ("workshop", "title"),
            ("entry", "text"),
        }
        assert ("agenda_step", "title") in where(ExportFormat.SESSION_PDF, workshop_id=workshop.id)
        assert ("workshop", "facilitators") not in where(
            ExportFormat.PROGRAMME_PDF, programme_id=programme.id
        )
        assert not findings_for_export(
            ws, ExportOptions(ExportFormat.CSV, workshop_id=workshop.id, with_names=True)
        )


# -- the mask, on generated texts -------------------------------------------------------------
ROSTER = [
    Person("a", "Rose Martin", ParticipantRole.RESIDENT),
    Person("b", "Karima H.", ParticipantRole.SOCIAL_WORKER),
    Person("c", "Karima B.", ParticipantRole.RESIDENT),
    Person("d", "Nguyễn Thị Lan", ParticipantRole.RESEARCHER),
    Person("e", "سارة", ParticipantRole.INSTITUTION),
]
PIECES = (
    "Rose", "ROSE", "rosé", "Roseraie", "Rosemary", "Karima H.", "karima", "KARIMA  b.",
    "Nguyen Thi Lan", "nguyễn", "سارة", "سارةى", " ", "\n", "\x00", "😀", "<i>", "&amp;", "x",
    "Martin", "e\u0301", "\u0301", ". ", "ß", "漢",
)  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join), st.sampled_from(["fr", "en"]))
def test_the_mask_replaces_names_and_nothing_else(text, language):
    w = wording_for(language)
    matcher = name_matcher(ROSTER)
    mask = NameMask(matcher, w)
    out = mask.text(text)
    findings = findings_in(matcher, text)
    # rebuilt from the findings: the text between them untouched, each one a role
    expected, at = [], 0
    for finding in findings:
        expected += [text[at : finding.start], _word(finding, w)]
        at = finding.end
    expected.append(text[at:])
    assert out == "".join(expected)
    # nothing of a name is left to find (the role words hold none)
    assert findings_in(matcher, out) == []
    # kept spots print as typed
    if findings:
        kept = findings[0]
        mask = NameMask(matcher, w, keep=[("entry", "e", "text", kept.start)])
        spot_out = mask.text(text, "entry", "e", "text")
        assert spot_out.startswith(text[: kept.end])


def _word(finding, w) -> str:
    roles = {p.role for p in finding.people}
    return w.person_in_text(roles.pop() if len(roles) == 1 else ParticipantRole.OTHER)


def test_the_ambiguous_first_name_and_the_shared_role():
    w = wording_for("fr")
    mask = NameMask(name_matcher(ROSTER), w)
    assert (
        mask.text("karima et Karima H.") == "[un·e participant·e] et [un·e travailleur·se social·e]"
    )
    same = [*ROSTER[:2], Person("z", "Karima Z.", ParticipantRole.SOCIAL_WORKER)]
    assert NameMask(name_matcher(same), w).text("Karima") == "[un·e travailleur·se social·e]"


def test_workspace_edits_and_the_spots_they_move():
    matcher = name_matcher(ROSTER)
    text = "Karima H. et Rose, puis Rose encore"
    found = findings_in(matcher, text, "entry", "e1", "text")
    karima, rose1, rose2 = found
    edits = workspace_edits([(karima, "Habitante"), (rose2, "X")])
    assert [e.after for e in edits] == ["Habitante et Rose, puis X encore"]
    assert edits[0].before == text
    moved = spots_after([rose1], [(karima, "Habitante"), (rose2, "X")])
    (spot,) = moved
    assert edits[0].after[spot.start : spot.start + 4] == "Rose"
