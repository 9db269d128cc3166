"""The programme dashboard: each filter, driven through its widget, changes what the charts
draw to what a plain SQL recount counts (read back from the pyqtgraph items and the table
models); an empty selection says so; Copy and Save work and propose a readable name."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QFileDialog

from workshop_app.domain.enums import ImprovementStatus, ParticipantRole, WorkshopKind
from workshop_app.domain.models import Programme
from workshop_app.ui import labels
from workshop_app.ui.dashboard.dashboard import Dashboard
from workshop_app.ui.date_edits import shown_date

from .dashboard_steps import (
    answers,
    bar_totals,
    column,
    entries,
    indicator_sums,
    line,
    present,
    running_improvements,
    selected_ids,
    series,
)

TERRITORY = "Vénissieux"


@pytest.fixture
def dashboard(qtbot, ws):
    board = Dashboard()
    qtbot.addWidget(board)
    (programme,) = ws.programmes.select()
    board.set_programme(ws, programme.id, programme.title)
    board.resize(1200, 900)
    board.show()
    return board


def count_indicator(ws, board) -> str:
    """Choose the demo's "Ménages repérés…" indicator (a count) in the chooser; its id."""
    (indicator_id,) = [
        i.id for i in ws.indicators.for_programme(board.programme_id) if "repérés" in i.name
    ]
    combo = board.indicator_combo
    combo.setCurrentIndex(combo.findData(indicator_id))
    return indicator_id


def check_charts(board, ws, **wanted) -> None:
    """Every chart of ``board`` against a recount of the workshops ``wanted`` selects."""
    ids = selected_ids(ws, board.programme_id, **wanted)
    assert ids, "the filter keeps some workshop"
    assert [w.id for w in board.data.workshops] == ids
    assert len(board.attendance.table.categories) == len(ids)
    assert bar_totals(board.attendance) == [float(present(ws, i)) for i in ids]
    residents = labels.participant_role(ParticipantRole.RESIDENT)
    assert series(board.attendance, residents) == [
        float(present(ws, i, ParticipantRole.RESIDENT.value)) for i in ids
    ]
    model = board.attendance.model
    assert [
        sum(int(model.text(row, c)) for c in range(1, model.columnCount()))
        for row in range(model.rowCount())
    ] == [present(ws, i) for i in ids]
    total = sum(entries(ws, i) for i in ids)
    assert sum(bar_totals(board.speakers)) == total
    assert sum(bar_totals(board.themes)) == total
    running = running_improvements(ws, ids)
    assert bar_totals(board.improvements) == [float(sum(c.values())) for c in running]
    for status in ImprovementStatus:
        name = labels.improvement_status(status)
        assert series(board.improvements, name) == [float(c[status]) for c in running]
    question = board.question_combo.currentText()
    shown = column(board.satisfaction.model, board.satisfaction.model.headers()[-1])
    expected = [answers(ws, i, question) for i in ids]
    assert shown == ["—" if n is None else str(n) for n in expected]
    assert board.summary.text().startswith(str(len(ids)))


def check_indicator(board, ws, indicator_id, **wanted) -> None:
    xs, ys = line(board.indicator)
    sums = indicator_sums(ws, indicator_id, **wanted)
    assert ys == [total for _day, total in sums]
    assert xs == [float(date.fromisoformat(day).toordinal()) for day, _total in sums]


def test_the_charts_hold_the_workspace_numbers(dashboard, ws):
    check_charts(dashboard, ws)
    check_indicator(dashboard, ws, count_indicator(ws, dashboard))


def test_the_territory_filter(dashboard, ws):
    indicator_id = count_indicator(ws, dashboard)
    combo = dashboard.territory_combo
    combo.setCurrentIndex(combo.findText(TERRITORY))
    check_charts(dashboard, ws, territory=TERRITORY)
    check_indicator(dashboard, ws, indicator_id, territory=TERRITORY)
    # the tenants' indicator was measured at each workshop: only this territory's remains
    combo.setCurrentIndex(0)
    check_charts(dashboard, ws)


@pytest.mark.parametrize("kind", [WorkshopKind.PROFESSIONALS, WorkshopKind.PROSPECTIVE])
def test_the_kind_filter(dashboard, ws, kind):
    combo = dashboard.kind_combo
    combo.setCurrentIndex(combo.findData(kind))
    check_charts(dashboard, ws, kind=kind)
    # measurements taken at a workshop count only for workshops of that kind
    (tenants,) = [s for s in dashboard.data.indicators if "Locataires" in s.indicator.name]
    kinds = dict(ws.db.execute("SELECT id, kind FROM workshop").fetchall())
    kept = [m.workshop_id for m in tenants.measurements]
    assert kept and all(kinds[w] == kind.value for w in kept)


def test_the_date_filters(dashboard, ws):
    indicator_id = count_indicator(ws, dashboard)
    dashboard.date_from.setDate(QDate(2026, 4, 1))
    check_charts(dashboard, ws, date_from="2026-04-01")
    assert not dashboard.indicator.lines  # measured up to March 2026 only
    dashboard.date_from.setDate(QDate(2025, 7, 1))
    dashboard.date_to.setDate(QDate(2026, 4, 30))
    check_charts(dashboard, ws, date_from="2025-07-01", date_to="2026-04-30")
    check_indicator(dashboard, ws, indicator_id, date_from="2025-07-01", date_to="2026-04-30")
    assert len(line(dashboard.indicator)[1]) == 2
    dashboard.date_to.setDate(dashboard.date_to.minimumDate())  # "any date" again
    dashboard.date_from.setDate(dashboard.date_from.minimumDate())
    check_charts(dashboard, ws)
    check_indicator(dashboard, ws, indicator_id)


def test_an_empty_selection_says_so_instead_of_empty_axes(dashboard):
    dashboard.date_from.setDate(QDate(2100, 1, 1))  # after every workshop
    for panel in dashboard.panels:
        assert not panel.plot_widget.isVisibleTo(dashboard), panel.objectName()
        assert panel.empty_label.isVisibleTo(dashboard), panel.objectName()
        assert not panel.bars and not panel.lines
    assert dashboard.attendance.empty_label.text() == "No data for this selection"
    combo = dashboard.question_combo
    assert combo.count() == 0 and not combo.isEnabled() and combo.placeholderText()
    assert "feedback question" in dashboard.satisfaction.empty_label.text()
    assert "No measurement" in dashboard.indicator.empty_label.text()
    dashboard.date_from.setDate(dashboard.date_from.minimumDate())
    assert dashboard.attendance.plot_widget.isVisibleTo(dashboard)
    assert not dashboard.attendance.empty_label.isVisibleTo(dashboard)


def test_a_programme_without_feedback_explains_the_empty_question(qtbot, ws):
    programme = ws.programmes.add(Programme(title="Sans avis"))
    board = Dashboard()
    qtbot.addWidget(board)
    board.set_programme(ws, programme.id, programme.title)
    assert not board.question_combo.isEnabled()
    assert board.question_combo.placeholderText() == "No feedback question in these workshops"
    assert not board.indicator_combo.isEnabled()
    assert "Programme Monitoring" in board.indicator.empty_label.text()


def test_workshops_are_named_by_date_with_their_full_names_in_tooltips(dashboard):
    table = dashboard.attendance.table
    for workshop, label, full in zip(
        dashboard.data.workshops, table.categories, table.row_headers, strict=True
    ):
        assert label == shown_date(workshop.starts_at[:10])  # a date, not "A1"
        assert workshop.title in full
    tip = dashboard.attendance.tooltip(0)
    assert dashboard.data.workshops[0].title in tip
    assert labels.participant_role(ParticipantRole.RESIDENT) in tip
    for panel in dashboard.panels:  # the mouse over a chart names what is under it
        box = panel.plot.getViewBox()
        panel._hover(box.sceneBoundingRect().center())


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


def test_save_proposes_a_readable_name(dashboard, tmp_path, monkeypatch):
    panel = dashboard.satisfaction
    panel.programme_title = 'Programme "Nord/Sud": 2026?'
    name = panel.suggested_file_name(date(2026, 5, 3))
    assert name == "Satisfaction across workshops - Programme - Nord - Sud - 2026 - 2026-05-03.png"
    asked = {}

    def save_file_name(parent, caption, proposed, filters):
        asked["proposed"] = proposed
        return str(tmp_path / "satisfaction"), filters.split(";;")[1]  # the SVG filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_file_name)
    with_saved = []
    panel.saved.connect(with_saved.append)
    panel.save_dialog()
    assert Path(asked["proposed"]).name == panel.suggested_file_name()  # dated today
    assert with_saved == [str(tmp_path / "satisfaction.svg")]
    assert "<svg" in (tmp_path / "satisfaction.svg").read_text()


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
