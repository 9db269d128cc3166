"""In a large workshop the board shows the row it is asked to show, fitted to its text
(a play-through: the entry just captured, or a search result opened, landed out of
sight, and rows kept their narrow height after the window was widened)."""

from __future__ import annotations

import random

import pytest
from PySide6.QtWidgets import QApplication

from workshop_app.domain import Entry, EntryKind
from workshop_app.store import Workspace
from workshop_app.ui.board_view import BoardView
from workshop_app.ui.models.board import BoardModel
from workshop_app.ui.session import WorkshopSession

WORDS = [
    "les",
    "locataires",
    "attendent",
    "une",
    "réponse",
    "du",
    "bailleur",
    "depuis",
    "des",
    "mois",
    "sans",
    "nouvelles",
]


@pytest.fixture
def big_board(demo_path, qtbot):
    rng = random.Random(18)
    ws = Workspace.open(demo_path)
    workshop = ws.workshops.select()[0]
    with ws.db.atomic():
        for n in range(600):
            text = " ".join(rng.choice(WORDS) for _ in range(rng.choice([3, 12, 40, 90])))
            ws.entries.add(Entry(workshop_id=workshop.id, kind=EntryKind.ISSUE, text=f"{n} {text}"))
    session = WorkshopSession(ws, workshop.id)
    view = BoardView()
    qtbot.addWidget(view)
    model = BoardModel(session, view)
    view.setModel(model)
    view.resize(640, 420)
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(60)
    yield view, model
    model.set_session(None)
    view.close()
    ws.close()


def _settle(qtbot) -> None:
    qtbot.wait(80)  # the 30 ms fitting timer, and what it sets off
    QApplication.processEvents()


def test_a_row_shown_far_away_is_on_screen_and_fitted(big_board, qtbot):
    view, model = big_board
    rng = random.Random(7)
    rows = [r for r in range(model.rowCount()) if r not in model.heading_rows()]
    for row in [rows[-1], *rng.sample(rows, 12), rows[0], rows[-1]]:
        index = model.index(row, BoardModel.ISSUE)
        view.setCurrentIndex(index)
        view.scrollTo(index)  # as the page selects an entry (a capture, a search result)
        _settle(qtbot)
        rect = view.visualRect(index)
        assert view.viewport().rect().contains(rect), (row, rect, view.viewport().rect())
        assert view.rowHeight(row) == view.sizeHintForRow(row)


def test_rows_on_screen_take_their_height_after_a_wider_board(big_board, qtbot):
    view, model = big_board
    for width in (360, 1200, 420, 1300):
        view.resize(width, 420)
        _settle(qtbot)
        first = max(0, view.rowAt(0))
        last = view.rowAt(view.viewport().height())
        last = model.rowCount() - 1 if last < 0 else last
        stale = [r for r in range(first, last + 1) if view.rowHeight(r) != view.sizeHintForRow(r)]
        assert stale == [], width


def test_the_end_of_the_board_stays_in_view(big_board, qtbot):
    view, model = big_board
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum())  # the scroll bar's thumb dragged to the bottom
    _settle(qtbot)
    last = model.rowCount() - 1
    assert view.viewport().rect().contains(view.visualRect(model.index(last, 0)))
