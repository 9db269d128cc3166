"""The board as the projector shows it: model, delegate and view (see ``projector_window``).

:class:`ProjectorModel` lets through the entry texts and the layout roles only: never an
author, a vote's author or any participant data. It wraps a private :class:`BoardModel`
(not the facilitator's, which may be filtered or sorted) and so inherits its incremental
updates: a capture inserts one row, nothing is rebuilt. Rows get their height only when
on screen (as on the board). Text is painted as plain text, never interpreted as HTML.
"""

from __future__ import annotations

from PySide6.QtCore import QIdentityProxyModel, QModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QTextLayout, QTextOption
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyledItemDelegate, QTableView

from workshop_app.domain.board import OTHER_KINDS
from workshop_app.ui.models.board import BoardModel, clip
from workshop_app.ui.models.roles import ID_ROLE, ISSUE_ROLE, KIND_ROLE, NODE_ROLE
from workshop_app.ui.session import WorkshopSession

THEMES = {
    "light": {"base": "#ffffff", "text": "#111111", "heading": "#e3e6ea", "dim": "#5f6368",
              "mark": "#fff3c4", "bar": "#1f4e99", "alert": "#b3261e"},
    "dark": {"base": "#111315", "text": "#f1f1f1", "heading": "#2b2f33", "dim": "#b0b4b8",
             "mark": "#3d3520", "bar": "#8ab4ff", "alert": "#ff8a80"},
}  # fmt: skip
BAR = 10
"""Width of the bar that marks the entry being discussed (with bold: not colour alone)."""
_OTHER_VALUES = {k.value for k in OTHER_KINDS}


class ProjectorModel(QIdentityProxyModel):
    """The board's layout, with only what the room may see."""

    PASSED = (ID_ROLE, ISSUE_ROLE, NODE_ROLE, KIND_ROLE)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.session: WorkshopSession | None = None
        self.board = BoardModel(None, self)
        self.setSourceModel(self.board)

    def set_session(self, session: WorkshopSession | None) -> None:
        self.session = session if session is not None and session.workshop else None
        self.board.set_session(self.session)

    def index_of_entry(self, entry_id: str | None) -> QModelIndex:
        return (
            self.mapFromSource(self.board.index_of_entry(entry_id)) if entry_id else QModelIndex()
        )

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role in self.PASSED:
            return super().data(index, role)
        if role != Qt.ItemDataRole.DisplayRole or index.column() == BoardModel.STATUS:
            return None
        shown = super().data(index, role)
        entry_id = super().data(index, ID_ROLE)
        if super().data(index, NODE_ROLE) == "group" or not shown:
            return shown  # a heading (action · theme, or a kind), or an empty cell
        if entry_id is None:  # "(answers no issue)"
            return shown
        if super().data(index, KIND_ROLE) in _OTHER_VALUES and index.column() != 0:
            return shown  # action · theme · votes of an idea, a question…
        entry = self.session.entries.get(entry_id) if self.session else None
        if entry is None:
            return None
        other = entry.kind in OTHER_KINDS  # its votes are in the detail beside it
        return clip(self.session.shown(entry.text)) + (
            f"   ▲\u00a0{entry.votes}" if entry.votes and not other else ""
        )


class ProjectorDelegate(QStyledItemDelegate):
    """Paints plain wrapped text; the entry under discussion gets a bar and bold type."""

    MAX_LINES = 12

    def __init__(self, view: ProjectorView):
        super().__init__(view)
        self.view = view

    def _font(self, index: QModelIndex) -> QFont:
        font = QFont(self.view.font())
        heading = index.data(NODE_ROLE) == "group"
        entry_id = index.data(ID_ROLE)
        font.setBold(heading or (entry_id is not None and entry_id == self.view.highlighted_id))
        font.setItalic(not heading and entry_id is None)
        return font

    def _width(self, index: QModelIndex) -> int:
        if self.view.columnSpan(index.row(), index.column()) > 1:
            return self.view.viewport().width()
        return self.view.columnWidth(index.column())

    def _pad(self, metrics: QFontMetrics) -> int:
        return max(4, metrics.height() // 4)

    def sizeHint(self, option, index: QModelIndex) -> QSize:
        metrics = QFontMetrics(self._font(index))
        pad, text = self._pad(metrics), str(index.data() or "")
        width = max(40, self._width(index) - 2 * pad - BAR)
        rect = metrics.boundingRect(
            QRect(0, 0, width, 1_000_000), int(Qt.TextFlag.TextWordWrap), text[:1500]
        )
        height = min(rect.height(), metrics.lineSpacing() * self.MAX_LINES)
        return QSize(width, max(metrics.lineSpacing(), height) + 2 * pad)

    def paint(self, painter: QPainter, option, index: QModelIndex) -> None:
        colours = self.view.colours
        font = self._font(index)
        heading = index.data(NODE_ROLE) == "group"
        entry_id = index.data(ID_ROLE)
        marked = entry_id is not None and entry_id == self.view.highlighted_id
        rect = option.rect
        painter.save()
        background = colours["heading"] if heading else colours["mark" if marked else "base"]
        painter.fillRect(rect, QColor(background))
        if marked:
            painter.fillRect(
                QRect(rect.left(), rect.top(), BAR, rect.height()), QColor(colours["bar"])
            )
        if not heading:
            painter.setPen(QColor(colours["heading"]))
            painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        pad = self._pad(QFontMetrics(font))
        painter.setFont(font)
        painter.setPen(QColor(colours["text" if heading or entry_id else "dim"]))
        area = rect.adjusted(pad + BAR, pad, -pad, -pad)
        metrics = QFontMetrics(font)
        y = area.top()
        for line in fitted_lines(str(index.data() or ""), font, area.width(), area.height()):
            painter.drawText(
                QRect(area.left(), y, area.width(), metrics.lineSpacing()),
                int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft),
                line,
            )
            y += metrics.lineSpacing()
        painter.restore()


def fitted_lines(text: str, font: QFont, width: int, height: int) -> list[str]:
    """``text`` wrapped to ``width``, as many lines as ``height`` holds; when some text
    is left over, the last line shown ends with "…" (the room sees that it goes on)."""
    metrics = QFontMetrics(font)
    room = max(1, height // max(1, metrics.lineSpacing()))
    layout = QTextLayout(text[:4000], font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    lines: list[tuple[int, int]] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append((line.textStart(), line.textLength()))
    layout.endLayout()
    shown = [layout.text()[start : start + length].rstrip("\n\u2028") for start, length in lines]
    if len(shown) <= room and len(text) <= 4000:
        return shown
    last_start = lines[room - 1][0]
    rest = " ".join(layout.text()[last_start:].split())
    ending = metrics.elidedText(rest + " …", Qt.TextElideMode.ElideRight, width)
    return [*shown[: room - 1], ending]


class ProjectorView(QTableView):
    """Issue | Improvement, headings across, no focus, no selection: it is only watched."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.highlighted_id: str | None = None
        self.colours = THEMES["light"]
        self.setObjectName("projectorBoard")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(False)
        self.setWordWrap(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setItemDelegate(ProjectorDelegate(self))
        self.verticalHeader().setVisible(False)
        self._fit = QTimer(self, singleShot=True, interval=30)
        self._fit.timeout.connect(self.fit_visible_rows)
        self.verticalScrollBar().valueChanged.connect(lambda _v: self._fit.start())

    def setModel(self, model: ProjectorModel) -> None:
        super().setModel(model)
        header = self.horizontalHeader()
        for column in (BoardModel.ISSUE, BoardModel.IMPROVEMENT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.setColumnHidden(BoardModel.STATUS, True)
        header.sectionResized.connect(lambda *_: self._fit.start())
        model.modelReset.connect(self._on_reset)
        model.rowsInserted.connect(self._on_rows_inserted)
        model.rowsRemoved.connect(lambda *_: self._span_headings())
        model.dataChanged.connect(lambda top, bottom, *_: self.fit_rows(top.row(), bottom.row()))
        self._on_reset()

    def _span_headings(self) -> None:
        self.clearSpans()
        for row in self.model().sourceModel().heading_rows():
            self.setSpan(row, 0, 1, 2)

    def _on_reset(self) -> None:
        self._span_headings()
        self._fit.start()

    def _on_rows_inserted(self, _parent, first: int, last: int) -> None:
        self._span_headings()
        self.fit_rows(first, last)

    def fit_rows(self, first: int, last: int) -> None:
        for row in range(max(0, first), min(last, first + 50) + 1):
            self.resizeRowToContents(row)

    def fit_visible_rows(self) -> None:
        count = self.model().rowCount() if self.model() else 0
        if count:
            first = max(0, self.rowAt(0))
            last = self.rowAt(self.viewport().height())
            self.fit_rows(first, min(count - 1, (count if last < 0 else last) + 10))

    def set_points(self, points: int) -> None:
        font = QFont(self.font())
        font.setPointSize(points)
        self.setFont(font)
        self.horizontalHeader().setFont(font)
        self.verticalHeader().setDefaultSectionSize(QFontMetrics(font).lineSpacing() * 2)
        self.fit_visible_rows()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit.start()
