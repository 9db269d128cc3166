"""The status column's width comes from its labels, not from measuring rows (issue 18:
Qt measured up to 1,000 rows at every keystroke in the filter). It is never narrower than
Qt's own measure of the rows, and equal to it once every status is shown."""

from __future__ import annotations

import dataclasses

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTableView

from workshop_app.domain import EntryKind, ImprovementStatus
from workshop_app.store import Workspace
from workshop_app.ui.board_view import BoardView
from workshop_app.ui.models.board import BoardModel
from workshop_app.ui.session import WorkshopSession


def qt_measure(view: BoardView) -> int:
    view.horizontalHeader().setResizeContentsPrecision(-1)  # every row
    return QTableView.sizeHintForColumn(view, BoardModel.STATUS)


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    statuses=st.lists(st.sampled_from(list(ImprovementStatus)), max_size=6),
    size=st.sampled_from([0, 8, 11, 16]),
)
def test_the_status_column_fits_every_label(demo_path, qtbot, statuses, size):
    with Workspace.open(demo_path) as ws:
        workshop = ws.workshops.select()[0]
        improvements = ws.entries.for_workshop(workshop.id, EntryKind.IMPROVEMENT)
        for entry, status in zip(improvements, statuses, strict=False):
            ws.entries.update(dataclasses.replace(entry, status=status))
        session = WorkshopSession(ws, workshop.id)
        view = BoardView()
        qtbot.addWidget(view)
        model = BoardModel(session, view)
        view.setModel(model)
        if size:
            font = QFont(view.font())
            font.setPointSize(size)
            view.setFont(font)
        shown = {e.status for e in ws.entries.for_workshop(workshop.id) if e.status}
        mine, qt = view.sizeHintForColumn(BoardModel.STATUS), qt_measure(view)
        assert mine >= qt
        if shown == set(ImprovementStatus):
            assert mine == qt
        model.set_session(None)
        view.close()
