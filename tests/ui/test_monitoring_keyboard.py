"""The monitoring dialog from the keyboard (issue 16, the new facilitator's play-through):
undo and redo from the dialog, Escape, the cell editors, Tab, Enter, Insert, Delete."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QMessageBox

from workshop_app.domain import IndicatorDirection, IndicatorKind
from workshop_app.ui.date_edits import shown_date

from .monitoring_steps import column, open_dialog, show_indicator, start_editing, type_in_cell

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
COUNTED = "Ménages en accompagnement global renforcé"


@pytest.fixture
def dialog(qtbot, ws, stack):
    return open_dialog(qtbot, ws, stack)


def stored_indicator(ws, dialog, row: int = 0):
    return ws.indicators.get(dialog.indicators.record_at(row).id)


# -- 2. undo and redo from the dialog ----------------------------------------------------


def test_ctrl_z_and_ctrl_shift_z_in_the_dialog_undo_redo_and_say_what(dialog, ws, qtbot):
    view = dialog.indicator_view
    show_indicator(dialog, COUNTED)
    row = view.currentIndex().row()
    before = stored_indicator(ws, dialog, row).name
    type_in_cell(qtbot, view, row, column(dialog.indicators, "name"), "Ménages suivis")
    assert stored_indicator(ws, dialog, row).name == "Ménages suivis"

    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert stored_indicator(ws, dialog, row).name == before
    assert (
        dialog.status.text()
        == "Undone: Edit the indicator “Ménages en accompagnement global renfor…”."
    )
    assert dialog.redo_button.isEnabled()

    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL | SHIFT)
    assert stored_indicator(ws, dialog, row).name == "Ménages suivis"
    assert dialog.status.text().startswith("Redone: Edit the indicator")

    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(view, Qt.Key.Key_Y, CTRL)  # the other redo key
    assert stored_indicator(ws, dialog, row).name == "Ménages suivis"


def test_with_nothing_to_undo_the_dialog_says_so(dialog, qtbot):
    assert not dialog.undo_button.isEnabled()
    qtbot.keyClick(dialog.challenge_view, Qt.Key.Key_Z, CTRL)
    assert dialog.status.text() == "Nothing to undo."


def test_ctrl_z_while_typing_in_a_cell_undoes_the_typing_only(dialog, ws, qtbot):
    view = dialog.challenge_view
    dialog.tabs.setCurrentIndex(0)
    type_in_cell(qtbot, view, 0, 1, "Un premier enjeu")
    editor = start_editing(qtbot, view, 0, 1)
    editor.end(False)
    editor.insert(" ajouté")
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert view.editing() and editor.text() == "Un premier enjeu"
    assert dialog.status.text() == ""  # the dialog's undo did not run
    assert ws.challenges.get(dialog.challenges.record_at(0).id).challenge == "Un premier enjeu"


def test_the_edit_menu_of_the_window_follows_the_dialog(window, demo_path, qtbot):
    """The dialog edits the window's undo stack: after an edit and an undo in the dialog,
    Edit › Undo and Edit › Redo of the window name the same step."""
    assert window.open_workspace(demo_path, create=False)
    window._select_last_workshop()
    window.monitoring_action.trigger()
    from workshop_app.ui.monitoring import MonitoringController

    dialog = window.findChild(MonitoringController, "monitoringController").dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.stack is window.undo_stack
    type_in_cell(qtbot, dialog.challenge_view, 0, 2, "Rien de partagé")
    assert "Edit the challenge “Associer les partenaires locaux aux déc…”" in (
        window.undo_action.text()
    )
    qtbot.keyClick(dialog.challenge_view, Qt.Key.Key_Z, CTRL)
    assert window.redo_action.isEnabled()
    assert "Edit the challenge" in window.redo_action.text()
    assert dialog.status.text().startswith("Undone: Edit the challenge")
    dialog.reject()


# -- 3. Escape ----------------------------------------------------------------------------


def test_escape_in_a_cell_drops_the_typing_only(dialog, ws, qtbot):
    view = dialog.challenge_view
    stored = ws.challenges.get(dialog.challenges.record_at(0).id).goal
    editor = start_editing(qtbot, view, 0, 3, Qt.Key.Key_A)  # typing starts editing
    qtbot.keyClicks(editor, "u lieu de")
    assert editor.text() == "au lieu de"
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert dialog.isVisible() and not view.editing()
    assert ws.challenges.get(dialog.challenges.record_at(0).id).goal == stored
    assert dialog.challenges.index(0, 3).data() == stored


def test_everything_is_saved_as_typed_so_escape_closes(dialog, ws, qtbot):
    assert "saved as you type" in dialog.hint.text()
    type_in_cell(qtbot, dialog.challenge_view, 1, 0, "Approche globale des ménages")
    qtbot.keyClick(dialog.challenge_view, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert ws.challenges.get(dialog.challenges.record_at(1).id).theme == (
        "Approche globale des ménages"
    )


def test_closing_with_a_refused_value_in_a_cell_asks_first(dialog, ws, qtbot):
    show_indicator(dialog, COUNTED)
    view = dialog.measurement_view
    type_in_cell(qtbot, view, 0, column(dialog.measurements, "value"), "beaucoup")
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    question = dialog.question
    assert question.isVisible() and "could not be saved" in question.text()
    answer(question, "Keep editing")
    assert dialog.isVisible() and not question.isVisible()
    assert dialog.measurements.index(0, 1).data() == "beaucoup"
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    answer(dialog.question, "Close anyway")
    assert not dialog.isVisible()


def answer(question: QMessageBox, text: str) -> None:
    next(b for b in question.buttons() if b.text() == text).click()


# -- 4. editors and keys ------------------------------------------------------------------


def test_the_kind_and_direction_are_chosen_from_lists_by_the_keyboard(dialog, ws, qtbot):
    show_indicator(dialog, COUNTED)
    view = dialog.indicator_view
    row = view.currentIndex().row()
    combo = start_editing(qtbot, view, row, column(dialog.indicators, "kind"))
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Count",
        "Rate (%)",
        "Scale 1–5",
        "Yes/no",
        "Text",
    ]
    assert combo.currentText() == "Count"
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.editing())
    assert stored_indicator(ws, dialog, row).kind is IndicatorKind.RATE
    combo = start_editing(qtbot, view, row, column(dialog.indicators, "direction"))
    assert combo.itemText(1) == "Should fall"
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.editing())
    assert stored_indicator(ws, dialog, row).direction is IndicatorDirection.DOWN


def test_a_measurement_date_is_edited_in_a_date_field(dialog, ws, qtbot):
    show_indicator(dialog, COUNTED)
    view = dialog.measurement_view
    editor = start_editing(qtbot, view, 0, column(dialog.measurements, "measured_on"))
    assert isinstance(editor, QDateEdit)
    assert editor.date() == QDate(2025, 6, 30)
    editor.setDate(QDate(2025, 7, 1))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.editing())
    record = dialog.measurements.record_at(0)
    assert ws.measurements.get(record.id).measured_on == "2025-07-01"
    assert view.model().index(0, 0).data() == shown_date("2025-07-01")


def test_the_territory_offers_the_programme_s_and_takes_a_new_one(dialog, ws, qtbot):
    show_indicator(dialog, COUNTED)
    view = dialog.measurement_view
    territory = column(dialog.measurements, "territory")
    combo = start_editing(qtbot, view, 0, territory)
    assert isinstance(combo, QComboBox) and combo.isEditable()
    offered = [combo.itemText(i) for i in range(combo.count())]
    assert offered == ["Vaulx-en-Velin / Bron", "Vénissieux"]
    combo.setCurrentIndex(1)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.editing())
    assert ws.measurements.get(dialog.measurements.record_at(0).id).territory == "Vénissieux"
    combo = start_editing(qtbot, view, 1, territory)
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "Bron")
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.editing())
    assert ws.measurements.get(dialog.measurements.record_at(1).id).territory == "Bron"
    assert "Bron" in dialog.territories()


def test_tab_writes_the_cell_and_edits_the_next_one(dialog, ws, qtbot):
    show_indicator(dialog, COUNTED)
    view = dialog.indicator_view
    row = view.currentIndex().row()
    type_in_cell(qtbot, view, row, column(dialog.indicators, "unit"), "foyers", Qt.Key.Key_Tab)
    assert stored_indicator(ws, dialog, row).unit == "foyers"
    assert view.editing() and view.currentIndex().column() == column(dialog.indicators, "baseline")
    editor = QApplication.focusWidget()
    assert editor.text() == "12 ménages en 2024"
    editor.selectAll()
    qtbot.keyClicks(editor, "10 foyers en 2024")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert stored_indicator(ws, dialog, row).baseline == "10 foyers en 2024"
    assert view.currentIndex().column() == column(dialog.indicators, "target")


def test_enter_on_a_cell_edits_it_and_never_presses_a_button(dialog, qtbot):
    view = dialog.challenge_view
    view.setFocus()
    view.setCurrentIndex(dialog.challenges.index(0, 1))
    rows = dialog.challenges.rowCount()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert view.editing() and dialog.isVisible()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert dialog.challenges.rowCount() == rows


def test_insert_adds_a_measurement_and_delete_removes_it_with_undo(dialog, ws, qtbot):
    show_indicator(dialog, COUNTED)
    view = dialog.measurement_view
    indicator_id = dialog.measurements.indicator.id
    view.setFocus()
    view.setCurrentIndex(dialog.measurements.index(2, 0))
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    assert len(ws.measurements.for_indicator(indicator_id)) == 4
    assert view.editing() and view.currentIndex().row() == 3
    date_editor = QApplication.focusWidget()
    date_editor.setDate(QDate(2026, 6, 30))
    qtbot.keyClick(date_editor, Qt.Key.Key_Tab)  # to the value, which starts as the last one
    value = QApplication.focusWidget()
    assert value.text() == "26"
    value.selectAll()
    qtbot.keyClicks(value, "28")
    qtbot.keyClick(value, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.editing())
    added = ws.measurements.for_indicator(indicator_id)[-1]
    assert (added.measured_on, added.value) == ("2026-06-30", 28.0)

    view.setCurrentIndex(dialog.measurements.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert len(ws.measurements.for_indicator(indicator_id)) == 3
    assert dialog.status.text().startswith("Done: Remove the measurement of")
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert len(ws.measurements.for_indicator(indicator_id)) == 4
    assert dialog.measurements.rowCount() == 4
