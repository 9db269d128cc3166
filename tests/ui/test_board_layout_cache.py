"""The board's caches against the plain path, cell by cell: the same size hints and the
same pixels with and without them, on generated texts, fonts, colours, widths and states,
painted one after another through one delegate (so that a stale entry would show)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QRect, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from workshop_app.ui.board_layout_cache import Lru
from workshop_app.ui.board_view import BoardView
from workshop_app.ui.models.cell_look import LOOK_ROLE, LOOK_ROLES

SAMPLES = [
    "",
    " ",
    "<b>&amp;</b> <i>not markup</i> &lt;",
    "مرحبا، هذه ملاحظة من الورشة حول السكن",
    "Le loyer — مرحبا — rent",
    "😀👩‍👩‍👧‍👦 🇫🇷 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𠜎𠜱",
    "tab\there\x00nul\x1bescape\x7f\u200b\u202eRTL override",
    "line one\nline two\r\nline three\u2028line four",
    "x" * 2_100,
    "mot " * 400,
    "Anticonstitutionnellementanticonstitutionnellementanticonstitutionnellement",
]

TEXTS = st.one_of(
    st.sampled_from(SAMPLES),
    st.text(max_size=300),
    st.lists(st.sampled_from(SAMPLES), max_size=4).map(" ".join),
)
METAS = st.one_of(st.just(""), st.sampled_from(["▲\u00a03  ·  Nadia B.", "Nadia B.", "▲\u00a012"]))


def _font(kind: int) -> QFont | None:
    if kind == 0:
        return None
    font = QFont()
    font.setBold(kind == 1)
    font.setItalic(kind == 2)
    if kind == 3:
        font.setPointSize(14)
    return font


LOOKS = st.tuples(
    TEXTS,
    METAS,
    st.integers(0, 3).map(_font),
    st.sampled_from([None, "placeholder", "red"]),
    st.sampled_from([None, "alternate"]),
)
STATES = st.tuples(st.booleans(), st.booleans(), st.booleans(), st.booleans())
"""Selected, with the focus, on an alternate row, under the mouse."""


class Looks(QAbstractTableModel):
    """A model of one row of three cells, each a look (text, meta, font, colours)."""

    def __init__(self):
        super().__init__()
        self.looks = [("", "", None, None, None)] * 3

    def set_look(self, column: int, look) -> None:
        self.looks[column] = look
        self.dataChanged.emit(self.index(0, column), self.index(0, column))

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 1

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def heading_rows(self) -> list[int]:
        return []

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        look = self._values(self.looks[index.column()])
        if role == LOOK_ROLE:
            return look
        if role in LOOK_ROLES:
            return look[LOOK_ROLES.index(role)]
        return None

    @staticmethod
    def _values(look) -> tuple:
        text, meta, font, foreground, background = look
        palette = QPalette()
        brushes = {
            None: None,
            "placeholder": palette.brush(QPalette.ColorRole.PlaceholderText),
            "red": QBrush(QColor("#c0392b")),
            "alternate": palette.brush(QPalette.ColorRole.AlternateBase),
        }
        return (
            text,
            meta,
            QFont(font) if font is not None else None,
            brushes[foreground],
            brushes[background],
        )


@pytest.fixture
def view(qtbot):
    board = BoardView()
    board.setModel(Looks())
    board.resize(900, 600)
    qtbot.addWidget(board)
    board.show()
    qtbot.waitExposed(board)
    return board


def paint_cell(view: BoardView, column: int, width: int, height: int, state, caching: bool):
    """The cell as the view paints it (its background, its row's panel, the delegate), in
    an image with a margin around the cell, so that anything drawn outside shows too."""
    delegate = view.delegate
    delegate.caching = caching
    selected, focus, alternate, hovered = state
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = QRect(5, 3, width, height)
    if selected:
        option.state |= QStyle.StateFlag.State_Selected
    if focus:
        option.state |= QStyle.StateFlag.State_HasFocus
    if hovered:
        option.state |= QStyle.StateFlag.State_MouseOver
    if alternate:
        option.features |= QStyleOptionViewItem.ViewItemFeature.Alternate
    viewport = view.viewport()
    image = QImage(width + 10, height + 6, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(viewport.palette().color(viewport.backgroundRole()))
    painter = QPainter(image)
    painter.setFont(viewport.font())
    view.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewRow, option, painter, view)
    delegate.paint(painter, option, view.model().index(0, column))
    painter.end()
    return image


def size_hint(view: BoardView, column: int, caching: bool):
    view.delegate.caching = caching
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    return view.delegate.sizeHint(option, view.model().index(0, column))


CELLS = st.lists(
    st.tuples(LOOKS, st.integers(0, 2), st.integers(20, 500), st.integers(1, 160), STATES),
    min_size=1,
    max_size=6,
)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(cells=CELLS, font_size=st.sampled_from([0, 8, 13]))
def test_cached_cells_measure_and_paint_as_the_plain_path(view, cells, font_size):
    if font_size:  # the view's font: part of every key
        font = QFont(view.font())
        font.setPointSize(font_size)
        view.setFont(font)
    model = view.model()
    for look, column, width, height, state in [*cells, cells[0]]:  # the first again: a hit
        model.set_look(column, look)
        view.setColumnWidth(column, width)
        plain_size = size_hint(view, column, caching=False)
        assert size_hint(view, column, caching=True) == plain_size
        assert size_hint(view, column, caching=True) == plain_size  # from the cache
        plain = paint_cell(view, column, width, height, state, caching=False)
        assert paint_cell(view, column, width, height, state, caching=True) == plain
        assert paint_cell(view, column, width, height, state, caching=True) == plain


def test_a_cell_is_painted_once_then_drawn_from_the_cache(view):
    model = view.model()
    model.set_look(0, ("Les voisins attendent", "▲\u00a03", None, None, None))
    view.setColumnWidth(0, 200)
    cells = view.delegate.cells.pixmaps
    state = (False, False, False, False)
    paint_cell(view, 0, 200, 60, state, caching=True)
    misses = cells.misses
    paint_cell(view, 0, 200, 60, state, caching=True)
    assert (cells.misses, cells.hits) == (misses, 1)
    model.set_look(0, ("Les voisins attendent !", "▲\u00a03", None, None, None))
    paint_cell(view, 0, 200, 60, state, caching=True)  # another text: painted anew
    assert cells.misses == misses + 1


def test_a_scaled_painter_or_a_gradient_is_painted_the_plain_way(view):
    model = view.model()
    model.set_look(0, ("Texte", "", None, None, None))
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = QRect(0, 0, 100, 40)
    image = QImage(200, 80, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    painter.scale(1.5, 1.5)
    assert not view.delegate.cells.paint(painter, option, model.index(0, 0), lambda *_: None)
    painter.end()


# -- the least-recently-used store -------------------------------------------------------

OPERATIONS = st.lists(
    st.tuples(st.sampled_from(["get", "put"]), st.integers(0, 12), st.integers(1, 5)),
    max_size=80,
)


@given(operations=OPERATIONS, budget=st.integers(1, 20))
def test_lru_keeps_the_most_recent_within_its_budget(operations, budget):
    lru = Lru(budget)
    recent: list[tuple[int, int, int]] = []  # (key, value, cost), most recent last
    for number, (operation, key, cost) in enumerate(operations):
        if operation == "put":
            lru.put(key, number, cost)
            recent = [r for r in recent if r[0] != key] + [(key, number, cost)]
            # what the reference keeps: the most recent, dropping the oldest while over
            # budget (never the last one)
            while sum(c for _k, _v, c in recent) > budget and len(recent) > 1:
                recent.pop(0)
        else:
            expected = next((v for k, v, _c in recent if k == key), None)
            assert lru.get(key) == expected
            if expected is not None:
                hit = next(r for r in recent if r[0] == key)
                recent = [r for r in recent if r[0] != key] + [hit]
        assert len(lru) == len(recent)
