"""The report wording: plural forms by the language's CLDR rules, dates and numbers by Babel."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import UTC, date, datetime

import pytest
from babel import Locale
from pypdf import PdfReader

from tests.reports.pdf_reading import pdf_text, squash
from workshop_app.domain.models import FeedbackQuestion, FeedbackResponse, Programme, Workshop
from workshop_app.reports import ExportFormat, ExportOptions, Selection, export
from workshop_app.reports.wording import LANGUAGES, wording_for
from workshop_app.store.workspace import Workspace

COUNTED = ["feedback_answers", "programme_subject", "selection_chosen", "attendance_total"]


@pytest.mark.parametrize(
    ("language", "n", "expected"),
    [
        ("fr", 0, "0 réponse"),
        ("fr", 1, "1 réponse"),
        ("fr", 2, "2 réponses"),
        ("fr", 6, "6 réponses"),
        ("fr", 1234, "1\u202f234 réponses"),
        ("fr", 1_000_000, "1\u202f000\u202f000 de réponses"),
        ("en", 0, "0 answers"),
        ("en", 1, "1 answer"),
        ("en", 2, "2 answers"),
        ("en", 1234, "1,234 answers"),
    ],
)
def test_counts_take_the_plural_form_of_the_language(language, n, expected):
    w = wording_for(language)
    assert w.count("feedback_answers", n) == expected
    assert w("feedback_answers", count=n) == expected


@pytest.mark.parametrize(
    ("language", "key", "values", "one", "two"),
    [
        ("fr", "programme_subject", {"title": "T"}, "Synthèse de 1 atelier du programme «\u00a0T\u00a0»",
         "Synthèse de 2 ateliers du programme «\u00a0T\u00a0»"),
        ("en", "programme_subject", {"title": "T"}, "Synthesis of 1 workshop of the programme “T”",
         "Synthesis of 2 workshops of the programme “T”"),
        ("fr", "selection_chosen", {}, "1 atelier choisi", "2 ateliers choisis"),
        ("en", "selection_chosen", {}, "1 chosen workshop", "2 chosen workshops"),
        ("fr", "attendance_total", {}, "1 personne présente", "2 personnes présentes"),
        ("en", "attendance_total", {}, "1 person present", "2 people present"),
    ],
)  # fmt: skip
def test_every_counted_sentence_agrees(language, key, values, one, two):
    w = wording_for(language)
    assert w.count(key, 1, **values) == one
    assert w.count(key, 2, **values) == two


def test_the_cut_marker_counts_characters_in_the_language():
    assert "100\u202f003 caractères" in wording_for("fr").count("tables_cut", 100_003)
    assert "100,003 characters" in wording_for("en").count("tables_cut", 100_003)


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_every_sentence_with_a_count_has_the_forms_of_its_language(language):
    """A count is never put into a sentence that cannot agree with it, and each counted
    sentence has exactly the forms (CLDR categories) its language's plural rules choose."""
    module = LANGUAGES[language]
    categories = set(Locale.parse(language).plural_form.tags) | {"other"}
    counted = {key for key, text in module.TEXT.items() if isinstance(text, dict)}
    assert counted >= {*COUNTED, "tables_cut"}
    for key in counted:
        assert set(module.TEXT[key]) == categories, key
        assert all("{count}" in form for form in module.TEXT[key].values()), key
    plain = [key for key, text in module.TEXT.items() if isinstance(text, str)]
    assert not [key for key in plain if re.search(r"\{(count|n|total)\}", module.TEXT[key])]


def test_a_counted_sentence_needs_its_count():
    with pytest.raises(TypeError, match="feedback_answers"):
        wording_for("fr")("feedback_answers")


@pytest.mark.parametrize(
    ("language", "value", "expected"),
    [
        ("fr", "2026-03-14", "14 mars 2026"),
        ("fr", "2026-08-01T09:30", "1er août 2026"),
        ("en", "2026-08-01", "1 August 2026"),
        ("fr", date(2026, 2, 3), "3 février 2026"),
        ("en", "2026-03-14", "14 March 2026"),
        ("en", datetime(2026, 12, 31, 23, 0, tzinfo=UTC), "31 December 2026"),
        ("fr", "pas une date", "pas une date"),
        ("en", "", ""),
    ],
)
def test_dates(language, value, expected):
    assert wording_for(language).date(value) == expected


def test_date_and_time():
    when = datetime(2026, 3, 14, 9, 5)
    assert wording_for("fr").date_time(when) == "14 mars 2026 à 09:05"
    assert wording_for("en").date_time(when) == "14 March 2026 at 09:05"


@pytest.mark.parametrize(
    ("language", "value", "decimals", "expected"),
    [
        ("fr", 2.5, 1, "2,5"),
        ("en", 2.5, 1, "2.5"),
        ("fr", 4.0, 1, "4,0"),
        ("fr", 3.25, 2, "3,25"),
        ("en", 2.45, 1, "2.5"),  # as Python rounds the float 2.45 (a hair above)
        ("fr", 2.25, 1, "2,2"),  # … and 2.25 (exactly half, to even)
        ("fr", 1234.5, 1, "1\u202f234,5"),
        ("en", 1234.5, 1, "1,234.5"),
        ("fr", 3.0, 0, "3"),
    ],
)
def test_numbers(language, value, decimals, expected):
    assert wording_for(language).number(value, decimals) == expected


def test_babel_is_loaded_only_when_words_are_formatted():
    code = (
        "import sys\n"
        "from workshop_app.reports.wording import wording_for\n"
        "import workshop_app.reports, workshop_app.reports.gather\n"
        "w = wording_for('fr')\n"
        "w('page_x_of_y', page=1, pages=2); w.kind\n"
        "assert 'babel' not in sys.modules, 'babel imported too early'\n"
        "assert w.count('feedback_answers', 1) == '1 réponse'\n"
        "assert 'babel' in sys.modules\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


# -- in the reports --------------------------------------------------------------------------
@pytest.fixture
def one_answer(tmp_path):
    """A French workshop with one feedback answer, alone in its programme."""
    ws = Workspace.open(tmp_path / "w.sqlite")
    programme = ws.programmes.create_with_defaults(Programme(title="Essai"))
    workshop = ws.workshops.add(
        Workshop(programme_id=programme.id, title="Atelier", starts_at="2026-03-14T10:00")
    )
    question = ws.feedback_questions.add(FeedbackQuestion(workshop_id=workshop.id, text="Utile ?"))
    ws.feedback.submit(FeedbackResponse(workshop_id=workshop.id), {question.id: 4})
    yield ws, programme, workshop
    ws.close()


@pytest.mark.parametrize(
    ("language", "said", "not_said"),
    [("fr", "1 réponse", "1 réponses"), ("en", "1 answer", "1 answers")],
)
def test_the_summary_says_one_answer(one_answer, tmp_path, language, said, not_said):
    ws, _programme, workshop = one_answer
    path = tmp_path / "s.pdf"
    options = ExportOptions(ExportFormat.SESSION_PDF, workshop_id=workshop.id, language=language)
    export(ws, options, path)
    text = squash(pdf_text(path))
    assert said in text
    assert not_said not in text
    assert ("14 mars 2026" if language == "fr" else "14 March 2026") in text


@pytest.mark.parametrize(
    ("language", "subject", "chosen"),
    [
        ("fr", "Synthèse de 1 atelier du programme", "1 atelier choisi"),
        ("en", "Synthesis of 1 workshop of the programme", "1 chosen workshop"),
    ],
)
def test_the_synthesis_of_one_workshop_says_so(one_answer, tmp_path, language, subject, chosen):
    ws, programme, workshop = one_answer
    path = tmp_path / "p.pdf"
    options = ExportOptions(
        ExportFormat.PROGRAMME_PDF,
        programme_id=programme.id,
        selection=Selection(workshop_ids=[workshop.id]),
        language=language,
    )
    export(ws, options, path)
    assert PdfReader(path).metadata.subject.startswith(subject)
    text = squash(pdf_text(path))
    assert chosen in text
    assert ("1 réponse" if language == "fr" else "1 answer") in text
