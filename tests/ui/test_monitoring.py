"""Editing challenges, indicators and measurements with undo (issue 16)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from workshop_app.domain import IndicatorKind
from workshop_app.ui.monitoring.dialog import MonitoringDialog
from workshop_app.ui.session import WorkshopSession


@pytest.fixture
def dialog(qtbot, ws, stack):
    programme = ws.programmes.select()[0]
    session = WorkshopSession(ws, None, programme_id=programme.id)
    shown = MonitoringDialog(session, stack)
    qtbot.addWidget(shown)
    return shown


def test_a_challenge_is_edited_added_removed_and_undone(dialog, ws, stack):
    model = dialog.challenges
    programme_id = dialog.session.programme.id
    assert model.rowCount() == 4
    index = model.index(0, 1)
    assert model.setData(index, "Coproduire avec les associations")
    assert ws.challenges.for_programme(programme_id)[0].challenge == (
        "Coproduire avec les associations"
    )
    stack.undo()
    assert model.data(model.index(0, 1)) == "Associer les partenaires locaux aux décisions"
    dialog.challenge_view.setFocus()
    row = model.add_row()
    assert row == 4 and len(ws.challenges.for_programme(programme_id)) == 5
    assert model.remove_row(0)
    assert model.rowCount() == 4
    stack.undo()
    stack.undo()
    assert [c.position for c in ws.challenges.for_programme(programme_id)] == [0, 1, 2, 3]


def test_an_indicator_kind_is_chosen_by_its_label_and_a_bad_value_is_refused(dialog, ws, stack):
    model = dialog.indicators
    assert model.rowCount() == 2  # action 1
    kind = [c.field for c in model.columns].index("kind")
    assert model.setData(model.index(0, kind), "Rate (%)")
    assert ws.indicators.get(model.record_at(0).id).kind is IndicatorKind.RATE
    assert not model.setData(model.index(0, kind), "histogramme")
    stack.undo()
    assert ws.indicators.get(model.record_at(0).id).kind is IndicatorKind.COUNT


def test_measurements_follow_the_indicator_and_a_proposal_is_taken(dialog, ws, stack):
    dialog.action_box.setCurrentIndex(2)  # action 3
    names = [dialog.indicators.record_at(r).name for r in range(dialog.indicators.rowCount())]
    row = names.index("Locataires présents aux ateliers")
    dialog.indicator_view.setCurrentIndex(dialog.indicators.index(row, 0))
    assert dialog.measurements.rowCount() == 3
    value = [c.field for c in dialog.measurements.columns].index("value")
    assert dialog.measurements.setData(dialog.measurements.index(1, value), "2")
    assert ws.measurements.for_indicator(dialog.measurements.indicator.id)[1].value == 2.0
    assert not dialog.measurements.setData(dialog.measurements.index(1, value), "beaucoup")
    residents = [
        (group.workshop, p)
        for group in dialog.proposals()
        for p in group.proposals
        if p.source == "attendance" and p.detail == "resident"
    ]
    assert residents
    assert dialog.take_proposal(residents[0][1], residents[0][0].title)
    assert dialog.measurements.rowCount() == 4
    stack.undo()
    assert dialog.measurements.rowCount() == 3


def test_insert_adds_a_row_from_the_keyboard(dialog, qtbot, ws):
    dialog.show()
    dialog.tabs.setCurrentIndex(0)
    dialog.challenge_view.setFocus()
    dialog.challenge_view.setCurrentIndex(dialog.challenges.index(0, 0))
    qtbot.keyClick(dialog.challenge_view, Qt.Key.Key_Insert)
    assert dialog.challenges.rowCount() == 5


def test_an_edit_keeps_the_rows_in_place_for_the_next_cell(dialog):
    """The play-through: each edit reset the table, so the editor that Tab had opened on the
    next cell belonged to no row any more and the typing landed in other cells."""
    model = dialog.challenges
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    assert model.setData(model.index(0, 1), "Un enjeu retapé")
    assert resets == []
    assert model.index(0, 1).data() == "Un enjeu retapé"
