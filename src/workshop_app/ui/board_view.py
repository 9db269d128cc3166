"""The table showing the board: headings span the width, rows are as tall as their text.

Row heights are computed only for the rows on screen (and for rows as they arrive), never
for all 10,000 rows at once: that is what keeps capture instant in a long workshop.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from workshop_app.domain.enums import ImprovementStatus
from workshop_app.ui import labels
from workshop_app.ui.board_layout_cache import SIZES_KEPT, Lru, PaintedCells
from workshop_app.ui.cell_editor import CellEditor, editor_rect
from workshop_app.ui.models.board import BoardModel
from workshop_app.ui.models.cell_look import LOOK_ROLE
from workshop_app.ui.models.roles import ID_ROLE, META_ROLE


class WrapDelegate(QStyledItemDelegate):
    """Height of wrapped text, up to :attr:`MAX_LINES` lines, and a line of its own under
    the text for the votes and the author, so that a long entry never hides them."""

    MAX_LINES = 8

    editing = Signal(object, str)
    """An editor opened (the editor, the id of the entry it edits)."""

    def __init__(self, view: QTableView):
        super().__init__(view)
        self.view = view
        self.caching = True
        """Measure and paint through the caches (the tests compare with ``False``)."""
        self.sizes = Lru(SIZES_KEPT)
        self.cells = PaintedCells(view)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        look = index.model().data(index, LOOK_ROLE) if self.caching else None
        if look is None:
            return self.size_plain(option, index)
        text, meta, font = look[0], look[1], look[2]
        view = self.view
        if not text or view.columnSpan(index.row(), index.column()) > 1:
            metrics = QFontMetrics(font) if font is not None else option.fontMetrics
            return QSize(10, metrics.lineSpacing() + 8)
        width = self.text_width(index.column())
        key = (
            str(text),
            bool(meta),
            width,
            QFont(font) if font is not None else None,
            QFont(option.font),  # a copy: the option's is freed after the call
            view.logicalDpiX(),
            view.logicalDpiY(),
        )
        size = self.sizes.get(key)
        if size is None:
            size = self._measure(option, str(text), font, width, bool(meta))
            self.sizes.put(key, size)
        return QSize(size)

    def text_width(self, column: int) -> int:
        """The width the style wraps a cell's text in: the column less its grid line and
        the style's text margin on each side. Measured 6 px narrower than drawn, a text that
        just filled its cell was given a blank line more (a play-through saw it)."""
        view = self.view
        margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        grid = 1 if view.showGrid() else 0
        return max(40, view.columnWidth(column) - grid - 2 * margin)

    def size_plain(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        """The size of the cell's text, wrapped, and of its second line: measured afresh."""
        text = index.data(Qt.ItemDataRole.DisplayRole)
        font = index.data(Qt.ItemDataRole.FontRole)
        if not text or self.view.columnSpan(index.row(), index.column()) > 1:
            metrics = QFontMetrics(font) if font is not None else option.fontMetrics
            return QSize(10, metrics.lineSpacing() + 8)
        width = self.text_width(index.column())
        meta = bool(index.data(META_ROLE))
        return self._measure(option, str(text), font, width, meta)

    def _measure(
        self, option: QStyleOptionViewItem, text: str, font, width: int, meta: bool
    ) -> QSize:
        metrics = QFontMetrics(font) if font is not None else option.fontMetrics
        line = metrics.lineSpacing() + 8
        rect = metrics.boundingRect(
            QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), text[:1500]
        )
        height = min(rect.height(), metrics.lineSpacing() * self.MAX_LINES)
        natural = min(metrics.horizontalAdvance(text[:200]) + 12, 600)
        if meta:
            height += metrics.lineSpacing()
        return QSize(natural, max(line, height + 8))

    # -- editing in place (F2) ---------------------------------------------------------
    EDIT_LINES = 4

    def createEditor(self, parent, option: QStyleOptionViewItem, index: QModelIndex):
        editor = CellEditor(parent)
        editor.done.connect(lambda save, e=editor: self._finish(e, save))
        self.editing.emit(editor, str(index.data(ID_ROLE) or ""))
        return editor

    def _finish(self, editor: CellEditor, save: bool) -> None:
        if save:
            self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor, index: QModelIndex) -> None:
        editor.set_text(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor, model, index: QModelIndex) -> None:
        model.setData(index, editor.typed_text(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor, option: QStyleOptionViewItem, index) -> None:
        line = option.fontMetrics.lineSpacing()
        editor.setGeometry(
            editor_rect(option.rect, self.view.viewport().rect(), self.EDIT_LINES, line)
        )

    def eventFilter(self, editor, event) -> bool:
        # the editor handles Enter, Shift+Enter and Escape itself (see CellEditor)
        if isinstance(editor, CellEditor) and event.type() == QEvent.Type.KeyPress:
            return False
        return super().eventFilter(editor, event)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        if not (self.caching and self.cells.paint(painter, option, index, self.paint_plain)):
            self.paint_plain(painter, option, index)

    def paint_plain(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex
    ) -> None:
        """The text, wrapped, and the votes and author under it: laid out afresh."""
        meta = index.data(META_ROLE)
        if not meta:
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        style = item.widget.style() if item.widget else QApplication.style()
        style.drawPrimitive(
            QStyle.PrimitiveElement.PE_PanelItemViewItem, item, painter, item.widget
        )
        spacing = item.fontMetrics.lineSpacing()
        bottom = QRect(option.rect)
        bottom.setTop(option.rect.bottom() - spacing - 3)
        item.rect = QRect(option.rect)
        item.rect.setBottom(bottom.top())
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        painter.save()
        painter.setPen(option.palette.color(group))
        # within the cell, as the text above: a row shorter than its two lines (a font
        # just made larger) must not write over the row above
        painter.setClipRect(option.rect, Qt.ClipOperation.IntersectClip)
        text_rect = bottom.adjusted(6, 0, -6, 0)
        shown = item.fontMetrics.elidedText(meta, Qt.TextElideMode.ElideMiddle, text_rect.width())
        painter.drawText(
            text_rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), shown
        )
        painter.restore()


class BoardView(QTableView):
    escape_pressed = Signal()
    vote_pressed = Signal(int)
    delete_pressed = Signal()
    empty_hint = ""
    """What to say while no workshop is open (the window sets it: where to start)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("boardView")
        self.setAccessibleName(self.tr("Board: issues and improvements"))
        self.setWordWrap(True)
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.delegate = WrapDelegate(self)
        self.setItemDelegate(self.delegate)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._target: tuple[QPersistentModelIndex, QAbstractItemView.ScrollHint] | None = None
        """A row scrolled to, to scroll to again once the rows around it are fitted."""
        self._fit = QTimer(self, singleShot=True, interval=30)
        self._fit.timeout.connect(self.fit_visible_rows)
        self.verticalScrollBar().valueChanged.connect(lambda _v: self._fit.start())

    def setModel(self, model: BoardModel) -> None:
        super().setModel(model)
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(BoardModel.ISSUE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(BoardModel.IMPROVEMENT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(BoardModel.STATUS, QHeaderView.ResizeMode.ResizeToContents)
        header.sectionResized.connect(lambda *_: self._fit.start())
        model.modelReset.connect(self._on_reset)
        model.rowsInserted.connect(self._on_rows_inserted)
        model.rowsRemoved.connect(lambda *_: self._span_headings())
        model.dataChanged.connect(self._on_data_changed)
        self._on_reset()

    def _span_headings(self) -> None:
        self.clearSpans()
        for row in self.model().heading_rows():
            self.setSpan(row, 0, 1, self.model().columnCount())

    def _on_reset(self) -> None:
        self._span_headings()
        self._fit.start()

    def _on_rows_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        self._span_headings()
        for row in range(first, min(last, first + 50) + 1):
            self.resizeRowToContents(row)

    def _on_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, _roles=()) -> None:
        for row in range(top_left.row(), min(bottom_right.row(), top_left.row() + 50) + 1):
            self.resizeRowToContents(row)

    def fit_visible_rows(self) -> bool:
        """Give the rows on screen (and a margin) the height of their text; True if one
        changed. Rows that come into view as the ones above shrink are fitted too (after
        a wider window, rows further down kept their narrow height: a play-through saw
        it), a view scrolled to its end stays at its end, and a row just scrolled to is
        scrolled to again once the rows around it have their heights."""
        changed = self._fit_rows()
        target, self._target = self._target, None
        if target is not None and target[0].isValid():
            for _ in range(3):
                super().scrollTo(QModelIndex(target[0]), target[1])
                if not self._fit_rows():
                    break
                changed = True
        return changed

    def _fit_rows(self) -> bool:
        model = self.model()
        if model is None or model.rowCount() == 0:
            return False
        bar = self.verticalScrollBar()
        at_end = bar.value() == bar.maximum() and bar.maximum() > 0
        first = max(0, self.rowAt(0))
        fitted = first - 1
        changed = False
        while True:
            last = self.rowAt(self.viewport().height())
            last = model.rowCount() - 1 if last < 0 else last
            end = min(model.rowCount(), last + 20)
            if end - 1 <= fitted:
                break
            for row in range(fitted + 1, end):
                before = self.rowHeight(row)
                self.resizeRowToContents(row)
                changed = changed or self.rowHeight(row) != before
            fitted = end - 1
        if changed:
            self.updateGeometries()  # the scroll range now, not at the next layout
        if at_end and bar.value() != bar.maximum():
            bar.setValue(bar.maximum())
        return changed

    def scrollTo(self, index: QModelIndex, hint=QAbstractItemView.ScrollHint.EnsureVisible) -> None:
        """Scroll to ``index`` now, and again once the rows then on screen are fitted (a
        moment later, off the capture's path): rows not yet fitted above it have a guessed
        height, and fitting them pushed the row just captured, or a search result opened,
        out of sight in a large workshop (a play-through)."""
        super().scrollTo(index, hint)
        if index.isValid():
            self._target = (QPersistentModelIndex(index), hint)
            self._fit.start()

    def paintEvent(self, event) -> None:
        with self.delegate.cells.painting():
            super().paintEvent(event)
        model = self.model()
        if model is None or model.rowCount() > 0:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        text = (
            self.empty_hint
            if not self.isEnabled() and self.empty_hint
            else self.tr("Nothing matches the filter.")
            if getattr(model, "filter_text", "")
            else self.tr(
                "Nothing captured yet. Type what is said in the box above, then Enter:\n"
                "an issue first (Ctrl+1), then the improvements that answer it (Ctrl+2)."
            )
        )
        painter.drawText(
            self.viewport().rect().adjusted(24, 24, -24, -24),
            int(
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
            ),
            text,
        )
        painter.end()

    def sizeHintForColumn(self, column: int) -> int:
        """The status column is as wide as its widest label, worked out from the labels.

        Qt's own measure (the column sizes to its contents) asked the delegate for up to
        1,000 rows at every reset of the model: each keystroke in the filter spent most of
        its time there (issue 18). The labels are known, so the width is too, and it no
        longer moves when the rows shown change."""
        if column != BoardModel.STATUS or self.model() is None:
            return super().sizeHintForColumn(column)
        metrics = self.fontMetrics()
        widest = max(
            metrics.horizontalAdvance(labels.improvement_status(status))
            for status in ImprovementStatus
        )
        return widest + 12 + (1 if self.showGrid() else 0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit.start()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if key == Qt.Key.Key_Escape and self.state() != QAbstractItemView.State.EditingState:
            self.escape_pressed.emit()
            return
        shifted = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.ShiftModifier,
        )
        if (plain and key == Qt.Key.Key_Equal) or (shifted and key == Qt.Key.Key_Plus):
            self.vote_pressed.emit(1)  # "+" needs Shift on most keyboards
            return
        if plain and key == Qt.Key.Key_Minus:
            self.vote_pressed.emit(-1)
            return
        if plain and key == Qt.Key.Key_Delete:
            self.delete_pressed.emit()
            return
        super().keyPressEvent(event)
