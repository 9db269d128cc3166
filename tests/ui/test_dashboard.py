"""The programme dashboard: filters drive the charts; the charts' items hold the numbers of
the workspace; under five answers no mean is drawn; Copy and Save work."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication

from workshop_app.domain.enums import ParticipantRole, WorkshopKind
from workshop_app.domain.models import FeedbackQuestion, FeedbackResponse, Programme, Workshop
from workshop_app.reports.dashboard_data import dashboard_data
from workshop_app.reports.options import Selection
from workshop_app.ui import labels
from workshop_app.ui.dashboard.dashboard import Dashboard


def bar_totals(panel) -> list[float]:
    """What the stacked bars of ``panel`` add up to, per category, read from the items."""
    totals: list[float] = []
    for item in panel.bars:
        opts = item.opts
        values = opts["width"] if opts.get("x0") is not None else opts["height"]
        values = list(values)
        totals = [a + b for a, b in zip(totals, values, strict=True)] if totals else values
    return totals


def series(panel, name: str) -> list[float]:
    item = next(i for i in panel.bars if i.series_name == name)
    opts = item.opts
    return list(opts["width"] if opts.get("x0") is not None else opts["height"])


@pytest.fixture
def dashboard(qtbot, ws):
    board = Dashboard()
    qtbot.addWidget(board)
    (programme,) = ws.programmes.select()
    board.set_programme(ws, programme.id)
    board.resize(1200, 900)
    board.show()
    return board


def test_the_charts_hold_the_workspace_numbers(dashboard, ws):
    data = dashboard_data(ws, dashboard.programme_id)
    workshops = data.workshops
    assert len(dashboard.attendance.table.categories) == len(workshops)
    expected = [float(sum(data.attendance[w.id].values())) for w in workshops]
    assert bar_totals(dashboard.attendance) == expected
    residents = labels.participant_role(ParticipantRole.RESIDENT)
    assert series(dashboard.attendance, residents) == [
        float(data.attendance[w.id][ParticipantRole.RESIDENT]) for w in workshops
    ]
    assert sum(bar_totals(dashboard.speakers)) == data.total_entries
    assert sum(bar_totals(dashboard.themes)) == data.total_entries
    improvements = sum(sum(c.values()) for c in data.improvements.values())
    assert sum(bar_totals(dashboard.improvements)) == improvements
    # the table view shows the same numbers
    model = dashboard.attendance.model
    assert model.rowCount() == len(workshops)
    column = 1 + [s.name for s in model.table.series].index(residents)
    assert [int(model.text(r, column)) for r in range(model.rowCount())] == [
        data.attendance[w.id][ParticipantRole.RESIDENT] for w in workshops
    ]


def test_filters_change_what_the_charts_count(dashboard, ws):
    everything = dashboard_data(ws, dashboard.programme_id)
    territories = [label for _key, label in everything.territories if label]
    assert territories, "the demo has territories"
    combo = dashboard.territory_combo
    combo.setCurrentIndex(combo.findData(territories[0]))
    wanted = dashboard_data(ws, dashboard.programme_id, Selection(territory=territories[0]))
    assert len(dashboard.attendance.table.categories) == len(wanted.workshops)
    assert sum(bar_totals(dashboard.speakers)) == wanted.total_entries
    assert dashboard.summary.text().startswith(str(len(wanted.workshops)))

    combo.setCurrentIndex(0)
    kinds = {w.kind for w in everything.workshops}
    kind = sorted(kinds)[0]
    dashboard.kind_combo.setCurrentIndex(dashboard.kind_combo.findData(kind))
    wanted = dashboard_data(ws, dashboard.programme_id, Selection(kind=kind))
    assert sum(bar_totals(dashboard.themes)) == wanted.total_entries

    dashboard.kind_combo.setCurrentIndex(0)
    dashboard.date_from.setDate(QDate(2100, 1, 1))  # after every workshop
    assert dashboard.attendance.table.categories == []
    assert dashboard.attendance.empty_label.isVisibleTo(dashboard)
    dashboard.date_from.setDate(dashboard.date_from.minimumDate())  # "any date" again
    assert len(dashboard.attendance.table.categories) == len(everything.workshops)


def test_under_five_answers_no_mean_is_drawn(qtbot, ws):
    programme = ws.programmes.add(Programme(title="Petits groupes"))
    ratings = {"2024-01-01": [5, 4, 4, 3, 5, 4], "2024-02-01": [1, 1, 2], "2024-03-01": []}
    for day, answers in ratings.items():
        workshop = ws.workshops.add(
            Workshop(
                programme_id=programme.id,
                title=day,
                starts_at=day,
                kind=WorkshopKind.FOCUS_GROUP,
            )
        )
        question = ws.feedback_questions.add(
            FeedbackQuestion(workshop_id=workshop.id, text="Satisfait·e ?")
        )
        for rating in answers:
            ws.feedback.submit(FeedbackResponse(workshop_id=workshop.id), {question.id: rating})
    board = Dashboard()
    qtbot.addWidget(board)
    board.set_programme(ws, programme.id)
    (line,) = board.satisfaction.lines
    xs, ys = line.getData()
    assert list(xs) == [0, 1, 2]
    assert ys[0] == pytest.approx(25 / 6)
    assert math.isnan(ys[1]) and math.isnan(ys[2])  # 3 answers, then none: no point
    notes = [item.toPlainText() for item in board.satisfaction.note_items]
    assert notes == ["n = 6", "n = 3 (< 5)", "n = 0 (< 5)"]
    model = board.satisfaction.model
    assert [model.text(r, 1) for r in range(3)] == ["4.17", "—", "—"]


def test_copy_and_save(dashboard, tmp_path):
    panel = dashboard.attendance
    panel.copy()
    copied = QApplication.clipboard().mimeData()
    assert copied.hasImage()
    assert copied.text().splitlines()[0].startswith(panel.first_header)
    png = panel.save_to(tmp_path / "chart.png")
    assert png.read_bytes()[:4] == b"\x89PNG"
    svg = panel.save_to(tmp_path / "chart.svg")
    assert "<svg" in svg.read_text()


def test_the_main_window_opens_the_dashboard_of_the_programme(window, demo_path, qtbot):
    assert not window.dashboard_action.isEnabled()
    assert window.open_workspace(demo_path, create=False)
    window._select_last_workshop()
    assert window.dashboard_action.isEnabled()
    window.dashboard_action.trigger()
    from workshop_app.ui.dashboard import DashboardController

    controller = window.findChild(DashboardController, "dashboardController")
    assert controller.frame.isVisible()
    assert controller.dashboard.programme_id == window.session.programme.id
    assert controller.dashboard.data.workshops


def test_quitting_after_a_copy_does_not_crash():
    """A chart copied, then Atelier quits: the clipboard's data made by Python was freed
    twice at exit (segmentation fault); it is taken back as the application quits."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from PySide6.QtCore import QMimeData, QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from workshop_app.ui.dashboard.charts import _clear_clipboard_on_quit\n"
        "app = QApplication(sys.argv)\n"
        "data = QMimeData(); data.setText('1\\t2')\n"
        "app.clipboard().setMimeData(data)\n"
        "_clear_clipboard_on_quit()\n"
        "QTimer.singleShot(0, app.quit)\n"
        "sys.exit(app.exec())\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-500:]
