"""The tree view showing the board: group rows span the width, every group stays open."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
)

from workshop_app.ui.models.board import BoardModel


class WrapDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text (QTreeView does not wrap by itself)."""

    MAX_LINES = 8

    def __init__(self, view: QTreeView):
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        base = super().sizeHint(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not text or not index.parent().isValid():
            return base
        width = (
            self.view.columnWidth(index.column())
            - 2 * self.view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin)
            - 6
        )
        if index.column() == 0:
            width -= self.view.indentation()
        metrics = option.fontMetrics
        if index.data(Qt.ItemDataRole.FontRole) is not None:
            from PySide6.QtGui import QFontMetrics

            metrics = QFontMetrics(index.data(Qt.ItemDataRole.FontRole))
        rect = metrics.boundingRect(
            QRect(0, 0, max(40, width), 100_000), int(Qt.TextFlag.TextWordWrap), str(text)[:1500]
        )
        height = min(rect.height(), metrics.lineSpacing() * self.MAX_LINES)
        return QSize(base.width(), max(base.height(), height + 6))


class BoardView(QTreeView):
    escape_pressed = Signal()
    vote_pressed = Signal(int)
    delete_pressed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("boardView")
        self.setAccessibleName(self.tr("Board: issues and improvements"))
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setExpandsOnDoubleClick(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.setIndentation(8)
        self.setItemDelegate(WrapDelegate(self))
        self._relayout = QTimer(self, singleShot=True, interval=60)
        self._relayout.timeout.connect(self.doItemsLayout)

    def setModel(self, model: BoardModel) -> None:
        super().setModel(model)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(BoardModel.ISSUE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(BoardModel.IMPROVEMENT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(BoardModel.STATUS, QHeaderView.ResizeMode.ResizeToContents)
        header.sectionResized.connect(lambda *_: self._relayout.start())
        model.modelReset.connect(self._open_all)
        model.rowsInserted.connect(self._on_rows_inserted)
        self._open_all()

    def _open_all(self) -> None:
        model = self.model()
        for row in range(model.rowCount()):
            self._open_group(row)

    def _open_group(self, row: int) -> None:
        self.setFirstColumnSpanned(row, QModelIndex(), True)
        self.expand(self.model().index(row, 0))

    def _on_rows_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        if not parent.isValid():
            for row in range(first, last + 1):
                self._open_group(row)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if key == Qt.Key.Key_Escape and self.state() != QAbstractItemView.State.EditingState:
            self.escape_pressed.emit()
            return
        if plain and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.vote_pressed.emit(1)
            return
        if plain and key == Qt.Key.Key_Minus:
            self.vote_pressed.emit(-1)
            return
        if plain and key == Qt.Key.Key_Delete:
            self.delete_pressed.emit()
            return
        super().keyPressEvent(event)
