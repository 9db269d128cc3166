"""What the board measures and paints, kept by content: a capture repaints every row on
screen, and each cell would lay its wrapped text out again (a fifth of a millisecond a
cell, thirty cells a paint); sizing the rows on screen after a scroll measures them again.

Both caches are keyed by everything the result depends on, never by a row number: the
text, the second line, the fonts and colours, the cell's size, its state (selected,
alternate, under the mouse). So nothing has to be told when a row's text changes, when
rows move or when the column is resized: a changed cell has another key, and the old
entry ages out. What cannot be keyed (a gradient brush, a scaled painter, a fractional
pixel ratio, the cell with the focus frame) is painted the plain way.
``tests/ui/test_board_layout_cache*.py`` compare both with the plain path on generated
texts and edits.

Painted cells are kept as opaque pixmaps holding what the view draws under the cell (the
viewport's background, the row's panel) and then the cell, so that drawing the pixmap
gives the same pixels as painting the cell there. They are of the pixel format of what
is painted on (a widget's is the screen's, as a QPixmap's; an image's its own): blending
an anti-aliased edge rounds differently in another format.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from contextlib import contextmanager

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPixmap, QTransform
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QWidget

from workshop_app.ui.models.cell_look import LOOK_ROLE, LOOK_ROLES

SIZES_KEPT = 20_000
"""Measured cells kept (a few dozen bytes each)."""

PIXELS_KEPT = 8_000_000
"""Painted pixels kept at least (32 MB at four bytes a pixel): several screens of cells."""

SCREENS_KEPT = 3
"""...or this many times the viewport, on a large or high-density screen."""

_PAINTED_ROLES = (
    *LOOK_ROLES,
    Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.CheckStateRole,
)
"""The roles a cell's paint reads from a model that does not answer
:data:`~workshop_app.ui.models.cell_look.LOOK_ROLE` (the style reads the last three)."""


class Uncacheable(Exception):
    """A value the key cannot hold faithfully: paint the plain way."""


class Lru:
    """Least recently used first out, within a budget of ``cost`` (items, or pixels)."""

    def __init__(self, budget: int):
        self.budget = budget
        self._items: OrderedDict[Hashable, tuple[object, int]] = OrderedDict()
        self._cost = 0
        self.hits = 0
        self.misses = 0

    def __len__(self) -> int:
        return len(self._items)

    def get(self, key: Hashable):
        item = self._items.get(key)
        if item is None:
            self.misses += 1
            return None
        self.hits += 1
        self._items.move_to_end(key)
        return item[0]

    def put(self, key: Hashable, value: object, cost: int = 1) -> None:
        old = self._items.pop(key, None)
        if old is not None:
            self._cost -= old[1]
        self._items[key] = (value, cost)
        self._cost += cost
        while self._cost > self.budget and len(self._items) > 1:
            _key, (_value, dropped) = self._items.popitem(last=False)
            self._cost -= dropped

    def clear(self) -> None:
        self._items.clear()
        self._cost = 0


def value_key(value: object) -> Hashable:
    """A data role's value as a key: text, numbers, fonts, solid colours."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, QBrush):
        if value.style() not in (Qt.BrushStyle.SolidPattern, Qt.BrushStyle.NoBrush):
            raise Uncacheable
        return ("brush", int(value.style().value), value.color().rgba())
    if isinstance(value, QColor):
        return ("color", value.rgba())
    if isinstance(value, QFont):
        return QFont(value)  # hashed and compared by every attribute
    if isinstance(value, Qt.AlignmentFlag | Qt.CheckState):
        return int(value.value)
    raise Uncacheable


_UNCACHEABLE = object()


class PaintedCells:
    """Cells painted once into pixmaps, then drawn from them.

    The part of the key that holds for a whole paint event (the painter, the view's
    fonts, palette and style) is read at the first cell of the event and kept until its
    end (:meth:`painting`); a cell painted outside an event reads it afresh."""

    def __init__(self, view: QWidget):
        self.view = view
        self.pixmaps = Lru(PIXELS_KEPT)
        self._in_event = False
        self._event_context: object = None

    @contextmanager
    def painting(self):
        """Around the view's paint event: the cells it paints share one painter."""
        self._in_event, self._event_context = True, None
        try:
            yield
        finally:
            self._in_event, self._event_context = False, None

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex,
        plain: Callable[[QPainter, QStyleOptionViewItem, QModelIndex], None],
    ) -> bool:
        """Draw the cell from the cache (painting it into the cache first); False when it
        cannot be cached and must be painted the plain way."""
        context = self._event_context
        if context is None:
            context = self._context(painter, option)
            if self._in_event:
                self._event_context = context
        if context is _UNCACHEABLE:
            return False
        if option.state & QStyle.StateFlag.State_HasFocus:
            # the focus frame is anti-aliased: its edges round differently at another
            # place, so the one cell that has it is painted where it is
            return False
        rect = option.rect
        width, height = rect.width(), rect.height()
        if width <= 0 or height <= 0:
            return True  # nothing to paint
        model = index.model()
        look = model.data(index, LOOK_ROLE)
        if look is None:  # a model that does not answer it: every role paint reads
            look = tuple(model.data(index, role) for role in _PAINTED_ROLES)
        try:
            data = tuple(value_key(value) for value in look)
        except Uncacheable:
            return False
        key = (
            context,
            data,
            width,
            height,
            option.state.value,
            option.features.value,
            option.palette.currentColorGroup().value,
        )
        pixmap = self.pixmaps.get(key)
        if pixmap is None:
            pixmap = self._render(painter, option, index, plain)
            self._fit_budget(painter.device().devicePixelRatio())
            self.pixmaps.put(key, pixmap, pixmap.width() * pixmap.height())
        if isinstance(pixmap, QImage):
            painter.drawImage(rect.topLeft(), pixmap)
        else:
            painter.drawPixmap(rect.topLeft(), pixmap)
        return True

    def _context(self, painter: QPainter, option: QStyleOptionViewItem) -> Hashable:
        """What the painter, the view and its viewport bring to every cell."""
        ratio = painter.device().devicePixelRatio()
        transform = painter.worldTransform()
        if (
            ratio != int(ratio)
            or transform.type().value > QTransform.TransformationType.TxTranslate.value
            or transform.dx() != int(transform.dx())
            or transform.dy() != int(transform.dy())
            or painter.opacity() != 1.0
        ):
            return _UNCACHEABLE
        base = self._base()
        if base.style() != Qt.BrushStyle.SolidPattern or base.color().alpha() != 255:
            return _UNCACHEABLE
        device = painter.device()
        return (
            ratio,
            device.format() if isinstance(device, QImage) else None,
            base.color().rgba(),
            option.widget.style() if option.widget else None,
            option.palette.cacheKey(),
            option.displayAlignment.value,
            option.textElideMode.value,
            option.direction.value,
            option.showDecorationSelected,
            QFont(option.font),  # copies: the option's and painter's are theirs to free
            QFont(painter.font()),
            painter.pen().color().rgba(),
            painter.layoutDirection().value,
            painter.renderHints().value,
        )

    def _base(self) -> QBrush:
        """What the viewport is filled with before the cells are painted."""
        viewport = self.view.viewport()
        return viewport.palette().brush(viewport.backgroundRole())

    def _render(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex,
        plain: Callable[[QPainter, QStyleOptionViewItem, QModelIndex], None],
    ) -> QPixmap | QImage:
        """What the view draws under the cell and the cell itself, at the origin."""
        device = painter.device()
        ratio = device.devicePixelRatio()
        size = option.rect.size()
        pixels = QSize(int(size.width() * ratio), int(size.height() * ratio))
        pixmap = QImage(pixels, device.format()) if isinstance(device, QImage) else QPixmap(pixels)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(self._base().color())
        local = QStyleOptionViewItem(option)
        local.rect = QRect(0, 0, size.width(), size.height())
        into = QPainter(pixmap)
        into.setFont(painter.font())
        into.setPen(painter.pen())
        into.setBrush(painter.brush())
        into.setLayoutDirection(painter.layoutDirection())
        into.setRenderHints(painter.renderHints())
        style = option.widget.style() if option.widget else self.view.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewRow, local, into, option.widget)
        plain(into, local, index)
        into.end()
        return pixmap

    def _fit_budget(self, ratio: float) -> None:
        size = self.view.viewport().size()
        screens = int(size.width() * size.height() * ratio * ratio * SCREENS_KEPT)
        self.pixmaps.budget = max(PIXELS_KEPT, screens)
