"""The dashboard's satisfaction and indicator charts: under five answers no mean anywhere
(chart, table, copied text) but "< 5 answers"; each indicator's measurements over time
against its baseline and target; a text indicator listed in its table."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from workshop_app.domain.enums import IndicatorKind, WorkshopKind
from workshop_app.domain.models import (
    Action,
    FeedbackQuestion,
    FeedbackResponse,
    Indicator,
    Measurement,
    Programme,
    Workshop,
)
from workshop_app.ui.dashboard.dashboard import Dashboard
from workshop_app.ui.date_edits import shown_date

from .dashboard_steps import column, legend, line

QUESTION = "Satisfait·e ?"


def small_groups(ws, ratings: dict[str, list[int] | None]) -> str:
    """A programme whose workshops (by date) got these ratings (``None``: not asked)."""
    programme = ws.programmes.add(Programme(title="Petits groupes"))
    for day, answers in ratings.items():
        workshop = ws.workshops.add(
            Workshop(
                programme_id=programme.id, title=day, starts_at=day, kind=WorkshopKind.FOCUS_GROUP
            )
        )
        if answers is None:
            continue
        question = ws.feedback_questions.add(
            FeedbackQuestion(workshop_id=workshop.id, text=QUESTION)
        )
        for rating in answers:
            ws.feedback.submit(FeedbackResponse(workshop_id=workshop.id), {question.id: rating})
    return programme.id


@pytest.fixture
def board(qtbot):
    widget = Dashboard()
    qtbot.addWidget(widget)
    widget.resize(1200, 900)
    return widget


def test_under_five_answers_no_mean_anywhere(board, ws):
    ratings = {
        "2024-01-01": [5, 4, 4, 3, 5, 4],
        "2024-02-01": [1, 1, 2],  # 3 answers: their mean, 1.33, must show nowhere
        "2024-03-01": [2, 2, 2, 2],
        "2024-04-01": [],
        "2024-05-01": None,
    }
    board.set_programme(ws, small_groups(ws, ratings), "Petits groupes")
    panel = board.satisfaction
    xs, ys = line(panel)
    assert xs == [0, 1, 2, 3, 4]
    assert ys[0] == pytest.approx(25 / 6)
    assert ys[1:] == [None] * 4  # no point under five answers
    notes = [item.toPlainText() for item in panel.note_items]
    assert notes == [
        "n = 6",
        "< 5 answers (n = 3)",
        "< 5 answers (n = 4)",
        "no answers",
        "not asked",
    ]
    model = panel.model
    assert column(model, "Mean rating (1–5)") == [
        "4.17",
        "< 5 answers",
        "< 5 answers",
        "no answers",
        "not asked",
    ]
    assert column(model, "Answers") == ["6", "3", "4", "0", "—"]
    panel.copy()
    copied = QApplication.clipboard().mimeData().text()
    assert copied.count("< 5 answers") == 2
    for mean in ("1.33", "1,33", "1.3", "2.00", "2.0"):
        assert mean not in copied
    assert "2024" in panel.tooltip(1) and "< 5 answers" in panel.tooltip(1)
    assert "No mean is shown under five answers" in legend(panel)
    assert gap_bands(panel) == [1.0, 2.0]


def gap_bands(panel) -> list[float]:
    """Where the grey bands of the workshops under five answers stand."""
    return [float(x) for item in panel.bands for x in item.opts["x"]]


def test_under_five_when_the_workshops_are_many(board, ws):
    """Upright notes in their columns up to twenty workshops; beyond, too narrow for text:
    the grey bands, their legend, the table and the tooltips say it."""
    ratings = {f"2024-{month:02d}-01": [5] * 5 if month == 3 else [3, 4] for month in range(1, 13)}
    board.set_programme(ws, small_groups(ws, ratings), "Douze")
    panel = board.satisfaction
    notes = [item.toPlainText() for item in panel.note_items]
    assert notes == ["< 5 answers (n = 2)"] * 2 + ["5"] + ["< 5 answers (n = 2)"] * 9
    assert gap_bands(panel) == [n for n in range(12) if n != 2]
    assert "< 5 answers: no mean shown" in legend(panel)
    for month in range(13, 25):
        day = f"{2024 + month // 12}-{month % 12 + 1:02d}-01"
        ratings[day] = [1, 2, 3]
    board.set_programme(ws, small_groups(ws, ratings), "Vingt-quatre")
    assert panel.note_items == []
    assert len(gap_bands(panel)) == 23
    assert column(panel.model, "Mean rating (1–5)").count("< 5 answers") == 23
    tip = panel.tooltip(23)
    assert "< 5 answers" in tip and "Answers: 3" in tip


def test_the_question_asked_most_is_shown_first(board, ws):
    programme_id = small_groups(ws, {"2024-01-01": None, "2024-02-01": [5] * 5})
    first = ws.workshops.for_programme(programme_id)[0]
    ws.feedback_questions.add(FeedbackQuestion(workshop_id=first.id, text="Rare ?", position=-1))
    later = ws.workshops.add(Workshop(programme_id=programme_id, title="3", starts_at="2024-03-01"))
    ws.feedback_questions.add(FeedbackQuestion(workshop_id=later.id, text=QUESTION))
    board.set_programme(ws, programme_id, "P")
    assert board.question_combo.count() == 2
    assert board.question_combo.currentText() == QUESTION
    board.question_combo.setCurrentIndex(board.question_combo.findText("Rare ?"))
    assert [i.toPlainText() for i in board.satisfaction.note_items] == [
        "no answers",
        "not asked",
        "not asked",
    ]


def monitored(ws) -> tuple[str, Indicator, Indicator]:
    programme = ws.programmes.add(Programme(title="Suivi"))
    ws.workshops.add(Workshop(programme_id=programme.id, title="A", starts_at="2025-01-15"))
    action = ws.actions.add(Action(programme_id=programme.id, number=4, title="Logement"))
    households = ws.indicators.add(
        Indicator(
            action_id=action.id,
            name="Ménages repérés",
            unit="ménages",
            baseline="12 ménages en 2024",
            target="240 à fin 2026",
        )
    )
    for day, value, territory, note in (
        ("2025-06-30", 96, "", "Cumul des deux territoires."),
        ("2025-12-31", 100, "Nord", ""),
        ("2025-12-31", 48, "Sud", ""),
        ("2026-03-31", 183, "", ""),
    ):
        ws.measurements.add(
            Measurement(
                indicator_id=households.id,
                measured_on=day,
                value=value,
                territory=territory,
                note=note,
            )
        )
    opinion = ws.indicators.add(
        Indicator(
            action_id=action.id,
            name="Avis des partenaires",
            kind=IndicatorKind.TEXT,
            baseline="Méfiance",
            target="Confiance",
        )
    )
    ws.measurements.add(
        Measurement(
            indicator_id=opinion.id,
            measured_on="2025-09-01",
            value=0,
            text_value="Plus d'échanges",
            note="Réunion de septembre",
        )
    )
    return programme.id, households, opinion


def test_an_indicator_against_its_baseline_and_target(board, ws):
    programme_id, households, _opinion = monitored(ws)
    board.set_programme(ws, programme_id, "Suivi")
    combo = board.indicator_combo
    assert [combo.itemText(n) for n in range(combo.count())] == [
        "Action 4 — Avis des partenaires",
        "Action 4 — Ménages repérés",
    ]
    combo.setCurrentIndex(combo.findData(households.id))
    panel = board.indicator
    xs, ys = line(panel)
    assert ys == [96.0, 148.0, 183.0]  # the two territories of 31 December added up
    days = ["2025-06-30", "2025-12-31", "2026-03-31"]
    assert xs == [float(date.fromisoformat(d).toordinal()) for d in days]
    assert {r.reference_name: r.value() for r in panel.reference_lines} == {
        "Baseline": 12.0,
        "Target": 240.0,
    }
    assert "Target: 240 à fin 2026" in legend(panel)
    model = panel.model
    assert model.headers() == ["Date", "Territory", "Value", "Note"]
    assert [[model.text(r, c) for c in range(4)] for r in range(model.rowCount())] == [
        [shown_date("2025-06-30"), "—", "96\u00a0ménages", "Cumul des deux territoires."],
        [shown_date("2025-12-31"), "Nord", "100\u00a0ménages", ""],
        [shown_date("2025-12-31"), "Sud", "48\u00a0ménages", ""],
        [shown_date("2026-03-31"), "—", "183\u00a0ménages", ""],
    ]
    assert "Baseline: 12 ménages en 2024" in panel.caption.text()
    assert "Baseline: 12 ménages en 2024" in model.as_text().splitlines()[0]
    # a territory keeps its own values and those of no territory in particular
    board.territory_combo.addItem("Sud", "Sud")
    board.territory_combo.setCurrentIndex(board.territory_combo.findData("Sud"))
    assert line(panel)[1] == [96.0, 48.0, 183.0]


def test_a_text_indicator_is_listed_in_its_table(board, ws):
    programme_id, households, opinion = monitored(ws)
    board.set_programme(ws, programme_id, "Suivi")
    board.indicator_combo.setCurrentIndex(board.indicator_combo.findData(opinion.id))
    panel = board.indicator
    assert not panel.lines and not panel.reference_lines
    assert panel.table_button.isChecked() and panel.stack.currentIndex() == 1
    assert [panel.model.text(0, c) for c in range(4)] == [
        shown_date("2025-09-01"),
        "—",
        "Plus d'échanges",
        "Réunion de septembre",
    ]
    assert "listed in the table" in panel.empty_label.text()
    board.indicator_combo.setCurrentIndex(board.indicator_combo.findData(households.id))
    assert not panel.table_button.isChecked()  # back to the chart for numbers
    assert len(panel.lines) == 1
