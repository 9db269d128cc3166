"""Workspaces that once could not be printed (issue 11), each written and read back.

Each case was seen failing on a workshop made from scratch: paragraphs crossing a page,
shaped text split across pages, heading values taller than a page, a long issue with many
improvements, characters beyond the Basic Multilingual Plane.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.reports.pdf_reading import page_texts, pdf_text, squash
from workshop_app.demo import create_demo_workspace
from workshop_app.domain.enums import EntryKind
from workshop_app.domain.models import ActionItem, Entry, Programme, Workshop
from workshop_app.reports import ExportFormat, ExportOptions, export
from workshop_app.store import Workspace


@pytest.fixture
def blank(tmp_path):
    ws = Workspace.open(tmp_path / "blank.sqlite", create=True)
    programme = ws.programmes.create_with_defaults(Programme(title="Programme"))
    workshop = ws.workshops.add(Workshop(programme_id=programme.id, title="Atelier"))
    yield ws, workshop
    ws.close()


def add(ws, workshop, kind: EntryKind, texts, **fields) -> list[Entry]:
    entries = [
        Entry(workshop_id=workshop.id, kind=kind, text=t, position=float(n), **fields)
        for n, t in enumerate(texts)
    ]
    ws.entries.add_many(entries)
    return entries


def summary(ws, workshop, path: Path, language: str = "") -> Path:
    options = ExportOptions(ExportFormat.SESSION_PDF, workshop_id=workshop.id, language=language)
    export(ws, options, path)
    return path


def synthesis(ws, path: Path) -> Path:
    programme = ws.programmes.select()[0]
    export(ws, ExportOptions(ExportFormat.PROGRAMME_PDF, programme_id=programme.id), path)
    return path


@pytest.mark.parametrize("count", [38, 39, 80])
def test_a_list_of_one_word_ideas_crosses_a_page(blank, tmp_path, count):
    ws, workshop = blank
    add(ws, workshop, EntryKind.IDEA, [f"idée{n}" for n in range(count)])
    path = summary(ws, workshop, tmp_path / "ideas.pdf")
    words = set(squash(pdf_text(path)).split())
    assert {f"idée{n}" for n in range(count)} <= words


def test_action_items_of_three_hundred_characters_cross_pages(blank, tmp_path):
    ws, workshop = blank
    whats = [f"Suivi {n} : " + "relancer le bailleur et le CCAS " * 9 for n in range(30)]
    for n, what in enumerate(whats):
        ws.action_items.add(ActionItem(workshop_id=workshop.id, what=what, who=f"Équipe {n}"))
    path = summary(ws, workshop, tmp_path / "items.pdf")
    text = squash(pdf_text(path))
    for what in whats:
        assert squash(what) in text
    assert len(PdfReader(path).pages) >= 3


def test_the_synthesis_prints_after_issues_are_added_to_the_demo(tmp_path):
    path = create_demo_workspace(tmp_path / "demo.sqlite")
    with Workspace.open(path) as ws:
        first = sorted(ws.workshops.select(), key=lambda w: w.starts_at)[0]
        issue = ws.entries.for_workshop(first.id, EntryKind.ISSUE)[0]
        texts = [
            f"Nouvelle difficulté {n} : " + "les courriers arrivent trop tard " * 6
            for n in range(3)
        ]
        add(
            ws,
            first,
            EntryKind.ISSUE,
            texts,
            action_id=issue.action_id,
            theme_id=issue.theme_id,
        )
        text = squash(pdf_text(synthesis(ws, tmp_path / "synthesis.pdf")))
    for sample in texts:
        assert squash(sample) in text


SHAPED = [
    "مرحبا بالعالم، نريد أن يسمع صوتنا في الحي",
    "\ufeffbonjour à toutes et à tous",
]


@pytest.mark.parametrize("sample", SHAPED)
@pytest.mark.parametrize(
    "kind", [EntryKind.IDEA, EntryKind.ISSUE, EntryKind.SUCCESS_FACTOR, EntryKind.DECISION]
)
def test_shaped_paragraphs_of_many_lines_split_across_pages(blank, tmp_path, sample, kind):
    ws, workshop = blank
    long_text = "\n".join([sample] * 120)  # many lines, more than a page
    add(ws, workshop, kind, [long_text, sample + " " + sample * 40], votes=2)
    path = summary(ws, workshop, tmp_path / "shaped.pdf")
    assert len(PdfReader(path).pages) >= 2


@pytest.mark.parametrize("field", ["place", "title", "facilitators", "territory"])
def test_a_heading_value_taller_than_a_page_prints(tmp_path, field):
    with Workspace.open(tmp_path / "tall.sqlite") as ws:
        programme = ws.programmes.create_with_defaults(Programme(title="Programme"))
        value = ("Maison des habitants du quartier " * 400)[:12_000]
        workshop = ws.workshops.add(
            Workshop(programme_id=programme.id, **{"title": "Atelier", field: value})
        )
        add(ws, workshop, EntryKind.IDEA, ["une idée"])
        path = summary(ws, workshop, tmp_path / "tall.pdf")
        text = squash(pdf_text(path))
        assert "une idée" in text
        assert squash(value)[:600] in text
        synthesis_text = squash(pdf_text(synthesis(ws, tmp_path / "tall-synthesis.pdf")))
        assert "une idée" in synthesis_text


def test_a_long_issue_with_many_improvements_is_not_repeated_page_after_page(blank, tmp_path):
    ws, workshop = blank
    issue_text = ("Les habitants ne savent pas à qui s’adresser pour leurs impayés. " * 1600)[
        :100_000
    ]
    (issue,) = add(ws, workshop, EntryKind.ISSUE, [issue_text])
    improvements = [f"Piste {n} : une permanence commune" for n in range(30)]
    add(ws, workshop, EntryKind.IMPROVEMENT, improvements, answers_id=issue.id)
    path = summary(ws, workshop, tmp_path / "long.pdf")
    pages = page_texts(path)
    # The issue alone fills about 40 pages; each improvement must not bring it back whole.
    assert len(pages) < 80
    text = squash("\n".join(pages))
    for improvement in improvements:
        assert improvement in text


def test_characters_beyond_the_bmp_copy_as_themselves(blank, tmp_path):
    ws, workshop = blank
    add(ws, workshop, EntryKind.IDEA, ["café 😀 et 🎉 fête", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𐍈"])
    text = pdf_text(summary(ws, workshop, tmp_path / "emoji.pdf"))
    assert "😀" in text
    assert "\u1f60" not in text  # what a truncated code of 😀 read as
    assert "(cid:" not in text
    assert "•" in text


def test_the_arabic_running_head_is_shaped_like_the_body(tmp_path):
    with Workspace.open(tmp_path / "ar.sqlite") as ws:
        programme = ws.programmes.create_with_defaults(Programme(title="برنامج الحي"))
        workshop = ws.workshops.add(Workshop(programme_id=programme.id, title="ورشة السكان"))
        add(ws, workshop, EntryKind.IDEA, ["فكرة"])
        pages = page_texts(summary(ws, workshop, tmp_path / "ar.pdf"))
    head, _kicker, body_title, *_rest = pages[0].splitlines()
    # Both shaped the same way: the same joined letter forms, in the same order.
    assert any("\ufe70" <= c <= "\ufeff" for c in body_title)
    assert squash(body_title) in squash(head)


def test_demo_summaries_still_print(tmp_path):
    path = create_demo_workspace(tmp_path / "demo.sqlite")
    copy = tmp_path / "copy.sqlite"
    shutil.copy(path, copy)
    with Workspace.open(copy) as ws:
        for workshop in ws.workshops.select():
            summary(ws, workshop, tmp_path / f"{workshop.id}.pdf")


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("abcالسكان", ["abc", "السكان"]),
        ("السكان+33 6", ["السكان", "33", "6"]),
        ("%PDF-1.4السكان", ["%PDF-1.4", "السكان"]),
    ],
)
def test_latin_glued_to_arabic_prints_in_its_own_order(blank, tmp_path, text, runs):
    ws, workshop = blank
    add(ws, workshop, EntryKind.IDEA, [text])
    printed = pdf_text(summary(ws, workshop, tmp_path / "mixed.pdf"))
    line = next(line for line in printed.splitlines() if "•" in line)
    for run in runs:
        if any("\u0600" <= c <= "\u06ff" for c in run):
            assert any("\ufe70" <= c <= "\ufefc" for c in line)  # shaped: joined forms
        else:
            assert run in line  # not reversed


def test_a_long_arabic_word_keeps_every_letter(blank, tmp_path):
    ws, workshop = blank
    letters = "بتثجحخدذرزسشصضطظعغفقكلمنهوي"
    word = "".join(letters[(n * 7) % len(letters)] for n in range(300))  # never periodic
    add(ws, workshop, EntryKind.IDEA, [word])
    printed = pdf_text(summary(ws, workshop, tmp_path / "long-word.pdf"))
    import unicodedata

    # A right-to-left line is drawn from right to left: its words read back last first.
    lines = [" ".join(reversed(line.split())) for line in printed.splitlines()]
    text = unicodedata.normalize("NFKC", "".join(lines))
    assert "".join(c for c in text if "\u0600" <= c <= "\u06ff") == word


@pytest.mark.parametrize("text", ["السكان", "يريد السكان", "abc السكان", "بببب" * 10])
def test_the_note_after_arabic_prints_after_it(blank, tmp_path, text):
    """The votes note was glued to the last word by a no-break space, so reportlab shaped
    ``السكان ▲ 7`` as one right-to-left word: "7 ▲" was drawn left of the last Arabic word."""
    from tests.reports.check_exports import pdf_runs

    ws, workshop = blank
    add(ws, workshop, EntryKind.IDEA, [text], votes=7)
    runs, _pages = pdf_runs(summary(ws, workshop, tmp_path / "note.pdf"))
    import unicodedata

    # Read as drawn, left to right, each right-to-left run put back in the order typed.
    drawn = unicodedata.normalize("NFKC", " ".join(r.text for r in runs))
    assert "▲ 7" in drawn, drawn
    last = text.split()[-1][-4:]
    assert drawn.index(last) < drawn.index("▲ 7")


@pytest.mark.parametrize("length", [3_000, 4_000, 5_000, 6_000, 12_000])
@pytest.mark.parametrize("named", ["theme", "action"])
def test_a_theme_or_action_named_at_length_prints_its_table(tmp_path, named, length):
    from workshop_app.domain.models import Action, Theme

    with Workspace.open(tmp_path / "named.sqlite") as ws:
        programme = ws.programmes.create_with_defaults(Programme(title="Programme"))
        workshop = ws.workshops.add(Workshop(programme_id=programme.id, title="Atelier"))
        name = ("Accès aux droits et prévention des expulsions locatives " * 220)[:length]
        fields = {}
        # A first table on the page, so that the long heading starts a second one.
        design = next(t for t in ws.themes.for_programme(programme.id) if t.name == "Design")
        add(ws, workshop, EntryKind.ISSUE, ["un premier tableau"], theme_id=design.id)
        if named == "theme":
            theme = ws.themes.add(Theme(programme_id=programme.id, name=name, position=99))
            fields["theme_id"] = theme.id
        else:
            action = ws.actions.add(Action(programme_id=programme.id, number=1, title=name))
            fields["action_id"] = action.id
        (issue,) = add(ws, workshop, EntryKind.ISSUE, ["une difficulté"], **fields)
        add(ws, workshop, EntryKind.IMPROVEMENT, ["une piste"], answers_id=issue.id, **fields)
        text = squash(pdf_text(summary(ws, workshop, tmp_path / "named.pdf")))
        assert "une difficulté" in text
        assert "une piste" in text
        text = squash(pdf_text(synthesis(ws, tmp_path / "named-synthesis.pdf")))
        assert "une difficulté" in text


def test_no_page_is_left_blank_at_the_end(blank, tmp_path):
    """The story once ended with a spacer: when the action items filled the last page to
    its foot, the spacer opened a page holding only the running head and the footer."""
    ws, workshop = blank
    for count in range(30, 75):
        what = f"Suivi {count} " + "relancer le bailleur " * (count % 4)  # 1 to 3 lines
        ws.action_items.add(ActionItem(workshop_id=workshop.id, what=what, who="CCAS"))
        path = summary(ws, workshop, tmp_path / f"items-{count}.pdf")
        for number, page in enumerate(page_texts(path), start=1):
            lines = [line for line in page.splitlines() if line.strip()]
            assert len(lines) > 3, (count, number, lines)
