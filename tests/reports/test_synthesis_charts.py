"""The charts of the programme synthesis: each drawing's numbers against the database
(counted here by SQL, apart from the report's code), the under-five rule, vector output."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date

import pytest
from pypdf import PdfReader
from reportlab.graphics.shapes import Circle, Drawing, Group, Line, String
from reportlab.graphics.widgetbase import Widget
from reportlab.platypus import KeepTogether, Paragraph, Table

from tests.reports.pdf_reading import pdf_text, squash
from tests.reports.test_synthesis_tables import synthesis
from workshop_app.domain.enums import (
    ImprovementStatus,
    IndicatorKind,
    ParticipantRole,
    WorkshopKind,
)
from workshop_app.domain.models import (
    Action,
    FeedbackQuestion,
    FeedbackResponse,
    Indicator,
    Measurement,
    Programme,
    Workshop,
)
from workshop_app.reports import ExportFormat, ExportOptions, Selection, prepare
from workshop_app.reports.pdf_layout import Styles
from workshop_app.reports.pdf_programme_charts import satisfaction_chart
from workshop_app.reports.programme_pdf import build_story
from workshop_app.reports.synthesis_chart_data import attach_charts
from workshop_app.reports.wording import LANGUAGES, wording_for
from workshop_app.store import Workspace
from workshop_app.store.feedback import QuestionSummary


# -- reading the charts out of the synthesis -------------------------------------------------
def prepared(ws, programme_id: str, selection=None, language: str = "fr"):
    options = ExportOptions(
        ExportFormat.PROGRAMME_PDF,
        programme_id=programme_id,
        selection=selection or Selection(),
        language=language,
    )
    data = prepare(ws, options).data
    return attach_charts(ws, data) if getattr(data, "charts", None) is None else data


def _walk(items):
    for item in items:
        if isinstance(item, KeepTogether):
            yield from _walk(item._content)
        elif isinstance(item, Table):
            for row in item._cellvalues:
                for cell in row:
                    yield from _walk(cell if isinstance(cell, list) else [cell])
        else:
            yield item


def charts_of(data, language: str = "fr") -> list[tuple[str, Drawing]]:
    """(the paragraph just above, the drawing) for every drawing of the synthesis."""
    story = build_story(data, wording_for(language), Styles())
    found, caption = [], ""
    for flowable in _walk(story):
        if isinstance(flowable, Paragraph):
            caption = squash(flowable.getPlainText())
        elif isinstance(flowable, Drawing) and hasattr(flowable, "chart"):
            found.append((caption, flowable))
    return found


def shapes(node):
    """Every primitive shape of a drawing, its charts' axes and labels included."""
    if isinstance(node, Widget):
        node = node.draw()
    if isinstance(node, Group):
        for child in node.contents:
            yield from shapes(child)
    else:
        yield node


def strings(drawing: Drawing) -> list[str]:
    return [s.text for s in shapes(drawing) if isinstance(s, String)]


def one_chart(found, start: str) -> Drawing:
    chosen = [d for caption, d in found if caption.startswith(start)]
    assert len(chosen) == 1, (start, [c for c, _d in found])
    return chosen[0]


# -- indicators ---------------------------------------------------------------------------
def per_day_by_sql(ws, indicator_id: str, kind: str) -> list[tuple[int, float]]:
    rows = ws.db.execute(
        "SELECT measured_on, value FROM measurement WHERE indicator_id = ? AND deleted_at IS NULL",
        [indicator_id],
    ).fetchall()
    days = defaultdict(list)
    for day, value in rows:
        days[day].append(value)
    combine = sum if kind == "count" else (lambda v: sum(v) / len(v))
    return [(date.fromisoformat(d).toordinal(), combine(v)) for d, v in sorted(days.items())]


DEMO_REFERENCES = {
    "Ménages repérés depuis l'ouverture des plateformes": ["départ : 0", "cible : 240"],
    "Délai moyen entre le repérage et le premier contact": ["départ : 30", "cible : 15"],
    "Ménages en accompagnement global renforcé": ["départ : 12", "cible : 30"],
    "Part des situations signalées par un partenaire autre que le bailleur": [
        "départ : 15",
        "cible : 40",
    ],
    "Satisfaction moyenne des participants aux ateliers": ["cible : 4"],
    "Locataires présents aux ateliers": ["départ : 1", "cible : 3"],
}


def test_each_indicator_chart_draws_the_measurements_of_the_database(demo_ws):
    programme = demo_ws.programmes.select()[0]
    found = charts_of(prepared(demo_ws, programme.id))
    indicators = demo_ws.db.execute(
        "SELECT id, name, kind FROM indicator WHERE deleted_at IS NULL"
    ).fetchall()
    assert len(indicators) == len(DEMO_REFERENCES) == 6
    for indicator_id, name, kind in indicators:
        drawing = one_chart(found, name)
        chart = drawing.chart
        expected = per_day_by_sql(demo_ws, indicator_id, kind)
        assert len(expected) >= 2
        assert [x for x, _y in chart.data[0]] == [x for x, _y in expected], name
        assert [y for _x, y in chart.data[0]] == pytest.approx([y for _x, y in expected]), name
        # each value is written beside its point (here: none hidden, as the points stand apart)
        words = [squash(s) for s in strings(drawing)]
        latest = expected[-1][1]
        assert squash(f"{latest:g}".replace(".", ",")) in words, name
        # the baseline and target: labelled dashed lines at their height
        references = [w for w in words if w.startswith(("départ", "cible"))]
        assert sorted(references) == sorted(DEMO_REFERENCES[name]), name
        low, high = chart.yValueAxis.valueMin, chart.yValueAxis.valueMax
        dashed = [s for s in shapes(drawing) if isinstance(s, Line) and s.strokeDashArray]
        for label in references:
            value = float(label.split(": ")[1])
            height = chart.y + (value - low) / (high - low) * chart.height
            assert any(abs(line.y1 - height) < 0.01 and abs(line.y2 - height) < 0.01
                       for line in dashed), label  # fmt: skip


def test_a_lone_measurement_is_a_point_and_none_is_no_chart(tmp_path):
    ws = Workspace.open(tmp_path / "w.sqlite", create=True)
    programme = ws.programmes.create_with_defaults(Programme(title="P", language="fr"))
    ws.workshops.add(Workshop(programme_id=programme.id, title="W", starts_at="2026-03-14"))
    action = ws.actions.add(Action(programme_id=programme.id, number=1, title="A"))
    lone = ws.indicators.add(Indicator(action_id=action.id, name="Seule", kind=IndicatorKind.RATE))
    ws.measurements.add(Measurement(indicator_id=lone.id, measured_on="2026-02-01", value=35))
    ws.indicators.add(Indicator(action_id=action.id, name="Jamais", kind=IndicatorKind.COUNT))
    written = ws.indicators.add(Indicator(action_id=action.id, name="Écrit", kind="text"))
    ws.measurements.add(
        Measurement(indicator_id=written.id, measured_on="2026-02-01", value=0, text_value="Oui")
    )
    found = charts_of(prepared(ws, programme.id))
    assert len(found) == 1 and found[0][0].startswith("Seule")
    drawing = found[0][1]
    assert drawing.chart.data == [[(date(2026, 2, 1).toordinal(), 35)]]
    dots = [s for s in shapes(drawing) if isinstance(s, Circle)]
    assert len(dots) == 1 and dots[0].r > 1
    assert "35" in strings(drawing)
    ws.close()


# -- attendance, improvements --------------------------------------------------------------
def attendance_by_sql(ws, workshop_ids: list[str]) -> list[tuple[ParticipantRole, list[float]]]:
    people = dict(ws.db.execute("SELECT id, role FROM participant").fetchall())
    counts: dict[str, Counter] = {w: Counter() for w in workshop_ids}
    for workshop_id, participant_id, present, deleted in ws.db.execute(
        "SELECT workshop_id, participant_id, present, deleted_at FROM attendance"
    ):
        if workshop_id in counts and present and deleted is None:
            counts[workshop_id][people[participant_id]] += 1
    series = []
    for role in ParticipantRole:
        values = [float(counts[w][role.value]) for w in workshop_ids]
        if any(values):
            series.append((role, values))
    return series


@pytest.mark.parametrize(
    "selection",
    [None, "territory", "kind", "dates"],
)
def test_the_attendance_chart_is_the_attendance_counted_by_sql(demo_ws, selection):
    programme = demo_ws.programmes.select()[0]
    workshops = sorted(demo_ws.workshops.for_programme(programme.id), key=lambda w: w.starts_at)
    chosen = {
        None: Selection(),
        "territory": Selection(territory=workshops[1].territory),
        "kind": Selection(kind=WorkshopKind(workshops[2].kind)),
        "dates": Selection(date_from=workshops[1].starts_at[:10]),
    }[selection]
    data = prepared(demo_ws, programme.id, chosen)
    ids = [w.id for w in data.workshops]
    assert 0 < len(ids) <= len(workshops) and (selection is None) == (len(ids) == 3)
    drawing = one_chart(charts_of(data), "Personnes présentes à chaque atelier")
    expected = attendance_by_sql(demo_ws, ids)
    assert drawing.chart.data == [values for _role, values in expected]
    assert [n.split("\n")[0] for n in drawing.chart.categoryAxis.categoryNames] == [
        f"A{n}" for n in range(1, len(ids) + 1)
    ]
    words = strings(drawing)
    w = wording_for("fr")
    assert [w.role(role) for role, _v in expected] == [x for x in words if x in
            {w.role(r) for r in ParticipantRole}]  # fmt: skip
    totals = [sum(v[n] for _r, v in expected) for n in range(len(ids))]
    assert all(str(int(t)) in words for t in totals)


def test_the_improvements_chart_counts_each_status_by_sql(demo_ws):
    programme = demo_ws.programmes.select()[0]
    data = prepared(demo_ws, programme.id)
    ids = [w.id for w in data.workshops]
    counts: dict[str, Counter] = {w: Counter() for w in ids}
    for workshop_id, status in demo_ws.db.execute(
        "SELECT workshop_id, status FROM entry WHERE kind = 'improvement' AND deleted_at IS NULL"
    ):
        counts[workshop_id][status or "proposed"] += 1
    expected = [[float(counts[w][s.value]) for w in ids] for s in ImprovementStatus]
    expected = [values for values in expected if any(values)]
    drawing = one_chart(charts_of(data), "Pistes d’amélioration de chaque atelier")
    assert drawing.chart.data == expected
    assert sum(map(sum, expected)) == 14  # the demo's improvements, all of them


# -- satisfaction: fewer than five answers show no mean ---------------------------------------
@pytest.fixture
def five_workshops(tmp_path):
    """The same question in four workshops out of five, answered 4, 5, 6 and 0 times."""
    ws = Workspace.open(tmp_path / "w.sqlite", create=True)
    programme = ws.programmes.create_with_defaults(Programme(title="P", language="fr"))
    plans = [  # (question, ratings)
        ("Satisfait·e ?", [2, 2, 2, 1]),  # 1,75: never to be seen
        ("Satisfait·e ?", [5, 5, 5, 5, 5]),
        ("Satisfait·e ?", [4, 4, 4, 4, 4, 4]),
        ("Autre chose ?", [3, 3, 3, 3, 3]),
        ("Satisfait·e ?", []),
    ]
    for n, (text, ratings) in enumerate(plans):
        workshop = ws.workshops.add(
            Workshop(programme_id=programme.id, title=f"W{n}", starts_at=f"2026-0{n + 1}-10T10:00")
        )
        question = ws.feedback_questions.add(FeedbackQuestion(workshop_id=workshop.id, text=text))
        for rating in ratings:
            ws.feedback.submit(FeedbackResponse(workshop_id=workshop.id), {question.id: rating})
    yield ws, programme
    ws.close()


def test_a_workshop_with_fewer_than_five_answers_has_no_mean_and_no_bar(five_workshops, tmp_path):
    ws, programme = five_workshops
    drawing = one_chart(charts_of(prepared(ws, programme.id)), "Note moyenne de 1 à 5")
    assert drawing.chart.data == [[None, 5.0, 4.0, None, None]]
    words = [squash(s) for s in strings(drawing)]
    assert words.count("moins de 5 réponses") == 1
    assert words.count("question non posée") == 1 and words.count("aucune réponse") == 1
    for n in (4, 5, 6, 0):
        assert f"n = {n}" in words
    assert "1,8" not in words and "1,7" not in words
    # the gap's words stand in the first workshop's place
    chart = drawing.chart
    first = chart.x + chart.width / 10
    gap = [
        s for s in shapes(drawing) if isinstance(s, String) and squash(s.text).startswith("moins")
    ]
    assert all(abs(s.x - first) < 1 for s in gap)
    text = squash(pdf_text(synthesis(ws, programme.id, tmp_path / "s.pdf")))
    assert "moins de 5 réponses" in text and "n = 4" in text
    assert "1,8" not in text and "1,75" not in text


def test_no_bar_below_five_even_from_a_summary_holding_a_mean():
    question = FeedbackQuestion(workshop_id="w", text="Q")
    leaky = QuestionSummary(question, 4, mean=1.75, distribution={2: 3, 1: 1}, rated=4)
    fine = QuestionSummary(question, 5, mean=3.0, distribution={3: 5}, rated=5)
    workshops = [Workshop(programme_id="p", title=t, starts_at="2026-01-01") for t in "ab"]
    drawing = satisfaction_chart(wording_for("en"), workshops, ["A1", "A2"], [leaky, fine])
    assert drawing.chart.data == [[None, 3.0]]
    words = strings(drawing)
    assert "fewer than 5 answers" in words and "1.8" not in words and "3.0" in words


# -- vector, and the words of the charts -----------------------------------------------------
def test_the_charts_are_vector_drawings_not_images(demo_ws, tmp_path):
    programme = demo_ws.programmes.select()[0]
    path = synthesis(demo_ws, programme.id, tmp_path / "s.pdf")
    reader = PdfReader(path)
    pages = [squash(page.extract_text()) for page in reader.pages]
    with_charts = [n for n, text in enumerate(pages) if "Les ateliers en graphiques" in text]
    with_charts += [n for n, text in enumerate(pages) if "cible : 240" in text]
    assert len(with_charts) == 2
    for page in reader.pages:
        objects = page["/Resources"].get("/XObject") or {}
        kinds = [objects[name].get_object().get("/Subtype") for name in objects]
        assert "/Image" not in kinds
    for n in with_charts:
        content = reader.pages[n].get_contents().get_data()
        assert content.count(b" re") > 5 and content.count(b" l") > 10  # rectangles, lines
    assert "n = 9" in pages[with_charts[0]]  # words of a chart are text, not pixels


def test_the_chart_words_are_in_both_languages_and_typeset():
    keys = {lang: {k for k in m.TEXT if k.startswith("chart")} for lang, m in LANGUAGES.items()}
    assert keys["fr"] == keys["en"] and len(keys["fr"]) >= 10
    for key in keys["fr"]:
        french = LANGUAGES["fr"].TEXT[key]
        assert "'" not in french and '"' not in french, key
        for mark in (":", "»"):
            assert f" {mark}" not in french, key  # a no-break space before, not a space
