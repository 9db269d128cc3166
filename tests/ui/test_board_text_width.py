"""A text that just fills its cell is measured on the lines the style draws it on (a
play-through saw such rows a blank line taller: they were measured 5 px narrower than the
style wraps them)."""

from __future__ import annotations

import dataclasses

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from workshop_app.domain import EntryKind
from workshop_app.store import Workspace
from workshop_app.ui.board_view import BoardView
from workshop_app.ui.models.board import BoardModel
from workshop_app.ui.models.roles import META_ROLE
from workshop_app.ui.session import WorkshopSession

WORDS = [
    "le",
    "courrier",
    "du",
    "bailleur",
    "arrive",
    "trop",
    "tard",
    "pour",
    "les",
    "familles",
    "du",
    "quartier",
]


def test_a_text_filling_its_cell_takes_one_line(demo_path, qtbot):
    with Workspace.open(demo_path) as ws:
        workshop = ws.workshops.select()[0]
        issue = ws.entries.for_workshop(workshop.id, EntryKind.ISSUE)[0]
        session = WorkshopSession(ws, workshop.id)
        view = BoardView()
        qtbot.addWidget(view)
        model = BoardModel(session, view)
        view.setModel(model)
        view.resize(700, 400)
        view.show()
        qtbot.waitExposed(view)
        column = BoardModel.ISSUE
        margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        drawn = view.columnWidth(column) - (1 if view.showGrid() else 0) - 2 * margin
        metrics = QFontMetrics(view.font())
        # words until the text reaches the last 5 px the style draws in
        text = ""
        for n in range(400):
            longer = f"{text} {WORDS[n % len(WORDS)]}".strip()
            if metrics.horizontalAdvance(longer) > drawn:
                break
            text = longer
        text += " " + "x" * 40  # then pad a last word to land in the band
        while metrics.horizontalAdvance(text) > drawn:
            text = text[:-1]
        assert drawn - 5 <= metrics.horizontalAdvance(text) <= drawn
        ws.entries.update(dataclasses.replace(issue, text=text, author_id=None, votes=0))
        session = WorkshopSession(ws, workshop.id)
        model.set_session(session)
        index = model.index_of_entry(issue.id)
        index = model.index(index.row(), column)
        assert not index.data(META_ROLE)  # no votes, no author: the text alone
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        for caching in (True, False):  # the cached measure and the plain one
            view.delegate.caching = caching
            height = view.itemDelegate().sizeHint(option, index).height()
            assert height == metrics.lineSpacing() + 8, caching
        model.set_session(None)
        view.close()
