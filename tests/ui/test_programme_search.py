"""Programme search (Ctrl+Shift+F) from the keyboard: the row chosen with ↓/↑ is the one
Enter opens, on the board of its workshop."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.search_dialog import SearchDialog

from .conftest import type_text

QUERY = "plateforme"  # seven entries of the demo, in two workshops


@pytest.fixture
def searching(qtbot, settings, demo_path):
    """The main window on the demo workspace, its search dialog open with results."""
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    assert window.open_workspace(demo_path)
    window.search_action.trigger()
    dialog = window.search_dialog
    type_text(dialog.edit, QUERY)
    qtbot.waitUntil(lambda: dialog.model.rowCount() >= 3)
    yield window, dialog
    window.close()


def test_down_then_enter_opens_the_second_result(searching, qtbot):
    window, dialog = searching
    second = dialog.model.hits[1].entry
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.session.workshop_id == second.workshop_id
    assert window.page.current_entry_id() == second.id
    qtbot.wait(50)
    assert window.focusWidget() is window.page.board  # ↑/↓, F2… go on from there


def test_up_and_down_stay_in_the_results_and_enter_opens_the_highlighted_one(searching, qtbot):
    window, dialog = searching
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Up):
        qtbot.keyClick(dialog.edit, key)
    assert dialog.results.currentIndex().row() == 2
    assert dialog.results.selectionModel().isRowSelected(2)
    third = dialog.model.hits[2].entry
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Up)  # stays on the first
    assert dialog.results.currentIndex().row() == 0
    for _ in range(2):
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Enter)  # the keypad's Enter too
    assert window.page.current_entry_id() == third.id


def test_enter_without_choosing_opens_the_first(searching, qtbot):
    window, dialog = searching
    first = dialog.model.hits[0].entry
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    assert window.page.current_entry_id() == first.id


def test_typing_after_choosing_searches_again_and_enter_opens_the_new_first(searching, qtbot):
    """Enter right after typing (before the search as you type has run) opens the first
    result of what was typed, not a row of the previous results."""
    window, dialog = searching
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Down)
    type_text(dialog.edit, " ménage")
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    [first, *_] = window.workspace.entries.search(window.session.programme.id, dialog.edit.text())
    assert window.page.current_entry_id() == first.entry.id


def test_double_click_opens_the_clicked_result(searching, qtbot):
    window, dialog = searching
    fourth = dialog.model.hits[3].entry
    view = dialog.results
    centre = view.visualRect(dialog.model.index(3)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert dialog.isVisible()  # one click chooses, it does not open
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert not dialog.isVisible()
    assert window.session.workshop_id == fourth.workshop_id
    assert window.page.current_entry_id() == fourth.id


def test_enter_in_the_list_opens_its_current_row(searching, qtbot):
    window, dialog = searching
    dialog.results.setFocus()
    qtbot.keyClick(dialog.results, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.results, Qt.Key.Key_Down)
    third = dialog.model.hits[2].entry
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    assert window.page.current_entry_id() == third.id


def test_escape_closes_without_opening(searching, qtbot):
    window, dialog = searching
    before = (window.session.workshop_id, window.page.current_entry_id())
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert (window.session.workshop_id, window.page.current_entry_id()) == before


# Words of the demo (so that some queries find entries) mixed with accents, emoji beyond
# U+FFFF, Arabic, and anything else.
WORDS = st.sampled_from(
    ["plateforme", "ménage", "référent", "Plate", "MENAGE", "reférent", "ménage😀", "😀"]
)
ODD = st.one_of(
    st.text("éèçàœÉ«»’ 😀🇫🇷👩‍👩‍👧مرحبا بالعالم\u200f\u0301", max_size=8),
    st.text(st.characters(codec="utf-8"), max_size=6),
)


@settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    parts=st.lists(st.one_of(WORDS, ODD), min_size=1, max_size=4),
    moves=st.lists(st.sampled_from([Qt.Key.Key_Down, Qt.Key.Key_Up]), max_size=6),
)
def test_generated_searches_never_raise_and_enter_opens_the_highlighted_row(
    qtbot, ws, parts, moves
):
    programme_id = ws.programmes.select()[0].id
    dialog = SearchDialog(ws, programme_id)
    qtbot.addWidget(dialog)
    opened: list[tuple[str, str]] = []
    dialog.open_entry.connect(lambda workshop_id, entry_id: opened.append((workshop_id, entry_id)))
    dialog.show()
    type_text(dialog.edit, " ".join(parts))
    dialog.timer.stop()
    dialog.run()  # what the timer does while the person types
    for key in moves:
        qtbot.keyClick(dialog.edit, key)
    QApplication.processEvents()
    row = dialog.results.currentIndex().row()
    hits = list(dialog.model.hits)
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    if hits:
        expected = hits[max(row, 0)].entry
        assert opened == [(expected.workshop_id, expected.id)]
        assert not dialog.isVisible()
    else:
        assert opened == []
        assert dialog.isVisible()


def test_the_board_shows_the_opened_entry_even_when_filtered_and_takes_the_focus(searching, qtbot):
    window, dialog = searching
    second = dialog.model.hits[1].entry
    window.select_workshop(second.workshop_id)
    window.page.filter_edit.setText("zzzz")  # hides every entry of the board
    assert window.page.board_model.index_of_entry(second.id).isValid() is False
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    assert window.page.filter_edit.text() == ""
    assert window.page.current_entry_id() == second.id
    assert window.focusWidget() is window.page.board  # when the window is active again


def test_a_search_that_fills_the_list_says_it_shows_the_first_ones(searching, qtbot, monkeypatch):
    """A play-through read "200 résultats" for a word found in thousands of entries."""
    _window, dialog = searching
    monkeypatch.setattr(SearchDialog, "LIMIT", 3)
    dialog.run()
    assert dialog.model.rowCount() == 3
    assert "3" in dialog.count.text() and "first" in dialog.count.text()
    monkeypatch.setattr(SearchDialog, "LIMIT", 200)
    dialog.run()
    assert dialog.model.rowCount() == 7
    assert dialog.count.text() == dialog.tr("%n result(s)", "", 7)
