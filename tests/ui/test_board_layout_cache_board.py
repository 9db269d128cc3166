"""The board with its caches against the board without, through what a workshop does to
it: captures at the end and in the middle of a group, edits, undo and redo, filtering,
a narrower or wider column, another font, another selection. After each step both
views must have rows of the same heights and paint the same pixels, and the model must
locate every entry where a scan of its rows finds it."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QUndoStack
from PySide6.QtWidgets import QApplication

from tests.ui.test_board_layout_cache import SAMPLES
from workshop_app.domain import Entry, EntryKind
from workshop_app.store import Workspace
from workshop_app.ui.board_view import BoardView
from workshop_app.ui.commands import AddRecords, UpdateRecords
from workshop_app.ui.models.board import BoardModel
from workshop_app.ui.session import WorkshopSession

TEXTS = st.one_of(
    st.sampled_from([s for s in SAMPLES if s.strip()]),
    st.text(
        st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
        min_size=1,
        max_size=200,
    ).filter(str.strip),
)

STEPS = st.lists(
    st.one_of(
        st.tuples(
            st.just("capture"),
            st.sampled_from(list(EntryKind)),
            TEXTS,
            st.booleans(),  # in the middle of its group rather than last
            st.integers(0, 10_000),
        ),
        st.tuples(st.just("edit"), st.integers(0, 10_000), TEXTS),
        st.tuples(st.just("undo")),
        st.tuples(st.just("redo")),
        st.tuples(st.just("filter"), st.sampled_from(["", "", "les", "a", "zzz", "é"])),
        st.tuples(st.just("width"), st.integers(300, 1100)),
        st.tuples(st.just("font"), st.sampled_from([0, 8, 11, 15])),
        st.tuples(st.just("select"), st.integers(0, 10_000)),
    ),
    min_size=1,
    max_size=8,
)


@pytest.fixture
def board(demo_path, qapp, qtbot):
    ws = Workspace.open(demo_path)
    workshop = ws.workshops.select()[0]
    session = WorkshopSession(ws, workshop.id)
    model = BoardModel(session)
    views = []
    for caching in (True, False):
        view = BoardView()
        view.setModel(model)
        view.delegate.caching = caching
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # one of two views would have it
        view.resize(700, 500)
        qtbot.addWidget(view)
        view.show()
        qtbot.waitExposed(view)
        views.append(view)
    yield session, model, views, QUndoStack()
    for view in views:
        view.close()
    model.set_session(None)
    ws.close()


def _apply(step, session: WorkshopSession, model: BoardModel, views, stack: QUndoStack):
    live = sorted(session.entries.values(), key=lambda e: (e.position, e.id))
    match step:
        case ("capture", kind, text, middle, pick):
            issues = [e for e in live if e.kind is EntryKind.ISSUE]
            answers = (
                issues[pick % len(issues)].id if kind is EntryKind.IMPROVEMENT and issues else None
            )
            other = live[pick % len(live)] if live else None
            entry = Entry(
                workshop_id=session.workshop_id,
                kind=kind,
                text=text,
                action_id=other.action_id if other else None,
                theme_id=other.theme_id if other else None,
                answers_id=answers,
                position=(other.position - 0.5) if middle and other else session.next_position(),
            )
            stack.push(AddRecords(session, "entry", [entry], "capture"))
        case ("edit", pick, text) if live:
            before = live[pick % len(live)]
            after = dataclasses.replace(before, text=text)
            stack.push(UpdateRecords(session, "entry", [before], [after], "edit"))
        case ("undo",):
            stack.undo()
        case ("redo",):
            stack.redo()
        case ("filter", words):
            model.set_filter(words)
        case ("width", width):
            for view in views:
                view.resize(width, 500)
        case ("font", size):
            font = QFont()
            if size:
                font.setPointSize(size)
            for view in views:
                view.setFont(font)
        case ("select", pick) if model.rowCount():
            for view in views:
                index = model.index(pick % model.rowCount(), pick % 3)
                view.setCurrentIndex(index)
                view.scrollTo(index)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=STEPS)
def test_the_board_with_caches_is_the_board_without(board, steps):
    session, model, views, stack = board
    for number, step in enumerate(steps):
        _apply(step, session, model, views, stack)
        QApplication.processEvents()
        # Every row fitted in both (which rows the views fit on their own depends on
        # where each is scrolled, and fitting moves a view kept at its end), then the
        # same place shown: the heights and the pixels must then be the same.
        for view in views:
            view.resizeRowsToContents()
        QApplication.processEvents()
        for view in views:
            view.verticalScrollBar().setValue(views[0].verticalScrollBar().value())
        QApplication.processEvents()
        cached, plain = views
        heights = [plain.rowHeight(r) for r in range(model.rowCount())]
        assert [cached.rowHeight(r) for r in range(model.rowCount())] == heights, (number, step)
        assert cached.viewport().grab().toImage() == plain.viewport().grab().toImage(), (
            number,
            step,
        )
        for entry_id in list(session.entries)[:: max(1, len(session.entries) // 40)]:
            found, scanned = model.locate(entry_id), model.scan_for(entry_id)
            assert (found is None and scanned is None) or (
                found[0] is scanned[0] and found[1] == scanned[1]
            ), (number, step)
