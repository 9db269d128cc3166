"""Fewer than five answers print no rating (issue 15, privacy).

One rating of four is a person's rating: under five answers to a question, the session
summary, the programme synthesis, the workbook and the CSV give the count and the comments
only, never the mean nor the distribution, and the comments come in alphabetical order,
apart from the ratings. Five answers show both. Everything is read back from the files.
"""

from __future__ import annotations

import csv
import tempfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from pypdf import PdfReader

from tests.reports.feedback_groups import (
    MINIMUM,
    Expected,
    build,
    expected_programme,
    expected_session,
    means_in,
    programmes,
)
from tests.reports.generated import bounded
from tests.reports.pdf_reading import pdf_text, squash
from workshop_app.domain.models import FeedbackQuestion, FeedbackResponse, Programme, Workshop
from workshop_app.reports import ExportFormat, ExportOptions, Selection, export
from workshop_app.reports.wording import wording_for
from workshop_app.store.feedback import comment_order
from workshop_app.store.workspace import Workspace

CHART_SIZE = 7.0
"""The font size of the counts written beside the bars of a PDF distribution chart."""
SYNTHESIS_CHART_SIZE = 6.5
"""The font size of the synthesis charts' labels (:mod:`workshop_app.reports.
pdf_programme_charts`): a workshop's mean there, from five answers on, is checked by
``tests/reports/test_synthesis_charts.py``; the tables' means are checked here."""


def table_texts(runs: list[tuple[str, float, str]]) -> list[str]:
    """The texts of ``runs`` but the synthesis charts' labels."""
    return [text for text, size, _font in runs if size != SYNTHESIS_CHART_SIZE]


def pdf_runs(path: Path) -> list[tuple[str, float, str]]:
    """Every piece of text the PDF draws: (text, font size, font name), in drawing order."""
    runs = []
    for page in PdfReader(path).pages:

        def visit(text, _cm, _tm, font, size):
            if text.strip():
                runs.append((text.strip(), size, str((font or {}).get("/BaseFont", ""))))

        page.extract_text(visitor_text=visit)
    return runs


def charts_in(runs: list[tuple[str, float, str]]) -> list[list[int]]:
    """The distributions the PDF's charts print (five counts each, in order)."""
    counts = [int(t) for t, size, font in runs if size == CHART_SIZE and "Bold" not in font]
    assert len(counts) % 5 == 0
    return [counts[i : i + 5] for i in range(0, len(counts), 5)]


def check_pdf(path: Path, rows: list[Expected], language: str) -> None:
    """Exactly the means and distributions of the rows that may show them, in order."""
    w = wording_for(language)
    runs = pdf_runs(path)
    texts = table_texts(runs)
    assert means_in(texts) == [w.number(r.mean) for r in rows if r.mean is not None]
    assert charts_in(runs) == [r.distribution for r in rows if r.distribution is not None]


def check_xlsx(path: Path, built) -> None:
    """Per workshop and question: the count always, mean and counts by rating only from
    five answers on; each workshop's comments in alphabetical order."""
    book = openpyxl.load_workbook(path)
    feedback, comments = book.worksheets[2], book.worksheets[3]
    rows = list(feedback.iter_rows(min_row=2, values_only=True))
    expected = [
        (w.title, e) for w in built.spec.workshops for e in expected_session(w)
    ]  # workshops in date order, as written
    assert len(rows) == len(expected)
    for row, (title, e) in zip(rows, expected, strict=True):
        assert row[0] == title
        assert row[2] == e.answers
        if e.mean is None:
            assert row[3:] == (None,) * 6, row
        else:
            assert row[3] == pytest.approx(round(e.mean, 2))
            assert list(row[4:]) == e.distribution
    written = list(comments.iter_rows(min_row=2, values_only=True))
    for w in built.spec.workshops:
        mine = [text for title, text in written if title == w.title]
        assert mine == sorted(w.comments(), key=comment_order)


# -- a workshop of four answers, one of five ------------------------------------------------
FOUR = [(1, "Merci 😀"), (2, "<b>trop</b> long"), (2, ""), (5, "J’ai pu parler")]
"""Four ratings (mean 2,5) and comments, in the order given."""
FIVE = [(1, "Zut"), (2, ""), (4, "Bien"), (4, "à refaire"), (5, "")]
"""Five ratings (mean 3,2)."""
QUESTION = "Dans l’ensemble, je suis satisfait·e de cet atelier."


@pytest.fixture
def small_and_full(tmp_path):
    """A French programme: "Quatre" with four answers, "Cinq" with five (same question)."""
    ws = Workspace.open(tmp_path / "w.sqlite", create=True)
    programme = ws.programmes.create_with_defaults(Programme(title="Essai", language="fr"))
    workshops = {}
    for day, title, answers in (("2026-03-12", "Quatre", FOUR), ("2026-04-09", "Cinq", FIVE)):
        workshop = ws.workshops.add(
            Workshop(programme_id=programme.id, title=title, starts_at=day, language="fr")
        )
        question = ws.feedback_questions.add(
            FeedbackQuestion(workshop_id=workshop.id, text=QUESTION)
        )
        for rating, comment in answers:
            ws.feedback.submit(
                FeedbackResponse(workshop_id=workshop.id, comment=comment), {question.id: rating}
            )
        workshops[title] = workshop
    yield ws, programme, workshops
    ws.close()


def session_pdf(ws, workshop, path: Path, language: str = "fr") -> Path:
    options = ExportOptions(ExportFormat.SESSION_PDF, workshop_id=workshop.id, language=language)
    export(ws, options, path)
    return path


def programme_pdf(ws, programme, path: Path, *workshops, language: str = "fr") -> Path:
    selection = Selection(workshop_ids=[w.id for w in workshops])
    options = ExportOptions(
        ExportFormat.PROGRAMME_PDF, programme_id=programme.id, selection=selection,
        language=language,
    )  # fmt: skip
    export(ws, options, path)
    return path


@pytest.mark.parametrize("language", ["fr", "en"])
def test_four_answers_print_no_mean_in_the_summary(small_and_full, tmp_path, language):
    ws, _programme, workshops = small_and_full
    path = session_pdf(ws, workshops["Quatre"], tmp_path / "s.pdf", language)
    runs = pdf_runs(path)
    text = squash(pdf_text(path))
    assert means_in([t for t, _s, _f in runs]) == []
    assert "2,5" not in text and "2.5" not in text
    assert charts_in(runs) == []
    assert "Moyenne (1–5)" not in text and "Mean (1–5)" not in text  # not even the column
    said = {"fr": "Moins de 5 réponses", "en": "Fewer than 5 answers"}[language]
    assert said in text
    assert {"fr": "4 réponses", "en": "4 answers"}[language] in text
    # the comments, in alphabetical order (not in the order given)
    comments = [squash(c) for _r, c in FOUR if c]
    where = [text.index(c) for c in sorted(comments, key=str.casefold)]
    assert where == sorted(where)
    assert [text.index(c) for c in comments] != sorted(text.index(c) for c in comments)


def test_five_answers_print_the_mean_and_the_distribution(small_and_full, tmp_path):
    ws, _programme, workshops = small_and_full
    path = session_pdf(ws, workshops["Cinq"], tmp_path / "s.pdf")
    runs = pdf_runs(path)
    assert means_in([t for t, _s, _f in runs]) == ["3,2"]
    assert charts_in(runs) == [[1, 1, 0, 2, 1]]
    text = squash(pdf_text(path))
    assert "Moyenne (1–5)" in text and "Moins de 5" not in text
    assert "5 réponses" in text


def test_the_synthesis_leaves_the_small_workshop_out_of_the_mean(small_and_full, tmp_path):
    """9 answers in all; the mean and the distribution are those of "Cinq" alone, so that
    the synthesis less the summary of "Cinq" gives nothing about "Quatre"."""
    ws, programme, workshops = small_and_full
    path = programme_pdf(ws, programme, tmp_path / "p.pdf", *workshops.values())
    runs = pdf_runs(path)
    texts = [t for t, _s, _f in runs]
    assert means_in(table_texts(runs)) == ["3,2"]  # not 2,9 (all nine), not 2,5 (the four)
    assert set(means_in(texts)) == {"3,2"}  # the chart's bar of "Cinq"; none for "Quatre"
    assert charts_in(runs) == [[1, 1, 0, 2, 1]]  # the same as "Cinq" alone
    text = squash(pdf_text(path))
    assert "3,2 sur 5 réponses" in text  # said of how many answers
    assert "9" in texts  # every answer counted
    assert "ne comptent que les ateliers où une question a au moins 5 réponses" in text


def test_the_synthesis_of_the_small_workshop_alone_prints_no_mean(small_and_full, tmp_path):
    ws, programme, workshops = small_and_full
    path = programme_pdf(ws, programme, tmp_path / "p.pdf", workshops["Quatre"], language="en")
    runs = pdf_runs(path)
    assert means_in([t for t, _s, _f in runs]) == []
    assert charts_in(runs) == []
    assert "Fewer than 5 answers" in squash(pdf_text(path))


def test_two_small_workshops_together_print_no_mean(tmp_path):
    """4 + 4 answers: enough in all, too few in each; a third workshop's synthesis would
    otherwise give one of them by difference."""
    ws = Workspace.open(tmp_path / "w.sqlite", create=True)
    try:
        programme = ws.programmes.create_with_defaults(Programme(title="Essai", language="fr"))
        for day in ("2026-03-12", "2026-04-09"):
            workshop = ws.workshops.add(
                Workshop(programme_id=programme.id, title=f"Atelier {day}", starts_at=day)
            )
            question = ws.feedback_questions.add(
                FeedbackQuestion(workshop_id=workshop.id, text=QUESTION)
            )
            for rating, comment in FOUR:
                ws.feedback.submit(
                    FeedbackResponse(workshop_id=workshop.id, comment=comment),
                    {question.id: rating},
                )
        path = programme_pdf(ws, programme, tmp_path / "p.pdf")
        runs = pdf_runs(path)
        assert means_in([t for t, _s, _f in runs]) == []
        assert charts_in(runs) == []
        text = squash(pdf_text(path))
        assert "Aucun atelier n’a 5 réponses à cette question" in text
        assert "8 réponses" in text
    finally:
        ws.close()


def test_the_workbook_leaves_the_mean_blank_under_five(small_and_full, tmp_path):
    ws, programme, _workshops = small_and_full
    path = tmp_path / "p.xlsx"
    export(ws, ExportOptions(ExportFormat.XLSX, programme_id=programme.id), path)
    book = openpyxl.load_workbook(path)
    rows = {r[0]: r for r in book.worksheets[2].iter_rows(min_row=2, values_only=True)}
    assert rows["Quatre"][2:] == (4, None, None, None, None, None, None)
    assert rows["Cinq"][2:] == (5, 3.2, 1, 1, 0, 2, 1)
    header = book.worksheets[2][1]
    assert all("moins de 5 réponses" in header[c].comment.text for c in range(3, 9))
    comments = list(book.worksheets[3].iter_rows(min_row=2, values_only=True))
    assert comments == [
        ("Quatre", "<b>trop</b> long"),
        ("Quatre", "J’ai pu parler"),
        ("Quatre", "Merci 😀"),
        ("Cinq", "à refaire"),
        ("Cinq", "Bien"),
        ("Cinq", "Zut"),
    ]


def test_the_csv_holds_no_feedback(small_and_full, tmp_path):
    ws, programme, _workshops = small_and_full
    path = tmp_path / "p.csv"
    export(ws, ExportOptions(ExportFormat.CSV, programme_id=programme.id), path)
    text = path.read_text(encoding="utf-8-sig")
    cells = [c for row in csv.reader(text.splitlines(), delimiter=";") for c in row]
    assert means_in(cells) == []
    assert QUESTION not in text and "Moyenne" not in text


def test_the_synthesis_says_one_answer_in_the_singular(tmp_path):
    ws = Workspace.open(tmp_path / "w.sqlite", create=True)
    try:
        programme = ws.programmes.create_with_defaults(Programme(title="Essai", language="fr"))
        workshop = ws.workshops.add(Workshop(programme_id=programme.id, title="Un"))
        question = ws.feedback_questions.add(
            FeedbackQuestion(workshop_id=workshop.id, text=QUESTION)
        )
        ws.feedback.submit(
            FeedbackResponse(workshop_id=workshop.id, comment="Seul"), {question.id: 2}
        )
        for path in (
            session_pdf(ws, workshop, tmp_path / "s.pdf"),
            programme_pdf(ws, programme, tmp_path / "p.pdf"),
        ):
            text = squash(pdf_text(path))
            assert "1 réponse" in text and "1 réponses" not in text
            assert "2,0" not in text and "Moyenne" not in text
            assert means_in([t for t, _s, _f in pdf_runs(path)]) == []
    finally:
        ws.close()


# -- generated workspaces ---------------------------------------------------------------------
@bounded(25)
@given(programmes())
def test_every_output_follows_the_under_five_rule(spec):
    """0 to 8 answers per question, one to three workshops: each summary and the synthesis
    print exactly the means and distributions of questions with five answers (in one
    workshop), the workbook likewise per workshop, the CSV none."""
    with tempfile.TemporaryDirectory(prefix="atelier-small-groups-") as folder:
        here = Path(folder)
        built = build(spec, here / "w.sqlite")
        try:
            ws, language = built.ws, spec.language
            for n, (w, workshop_id) in enumerate(
                zip(spec.workshops, built.workshop_ids, strict=True)
            ):
                path = here / f"s{n}.pdf"
                export(ws, ExportOptions(ExportFormat.SESSION_PDF, workshop_id=workshop_id), path)
                check_pdf(path, expected_session(w), language)
            path = here / "p.pdf"
            export(
                ws, ExportOptions(ExportFormat.PROGRAMME_PDF, programme_id=built.programme_id), path
            )
            check_pdf(path, expected_programme(spec), language)
            path = here / "p.xlsx"
            export(ws, ExportOptions(ExportFormat.XLSX, programme_id=built.programme_id), path)
            check_xlsx(path, built)
            path = here / "p.csv"
            export(ws, ExportOptions(ExportFormat.CSV, programme_id=built.programme_id), path)
            assert means_in(path.read_text(encoding="utf-8-sig").splitlines()) == []
        finally:
            built.ws.close()


@bounded(40)
@given(programmes())
def test_no_summary_holds_a_small_group_s_ratings(spec):
    """Below the files: what the store and the gathering hand to every writer."""
    from workshop_app.reports.gather import gather_programme

    with tempfile.TemporaryDirectory(prefix="atelier-small-groups-") as folder:
        built = build(spec, Path(folder) / "w.sqlite")
        try:
            for w, workshop_id in zip(spec.workshops, built.workshop_ids, strict=True):
                summaries = built.ws.feedback.summary(workshop_id)
                for summary, e in zip(summaries, expected_session(w), strict=True):
                    assert summary.answers == e.answers
                    assert summary.shown == (e.answers >= MINIMUM)
                    if not summary.shown:
                        assert (summary.mean, summary.distribution) == (None, {})
            data = gather_programme(built.ws, built.programme_id)
            for summary, e in zip(data.feedback.questions, expected_programme(spec), strict=True):
                assert (summary.answers, summary.rated) == (e.answers, e.rated)
                assert summary.mean == (pytest.approx(e.mean) if e.mean is not None else None)
            assert data.feedback.comments == sorted(
                (c for w in spec.workshops for c in w.comments()), key=comment_order
            )
        finally:
            built.ws.close()
