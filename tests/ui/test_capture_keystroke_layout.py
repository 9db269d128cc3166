"""The holder of the filing bar (issue 18) passes a change of height on, and only that: a
preview of any length is shown whole, as the plain layout would show it."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtWidgets import QApplication

from workshop_app.ui.capture import CaptureBar

from .test_capture_keystroke_paths import texts
from .test_text_positions import QT


@QT
@given(st.lists(texts(30), min_size=1, max_size=6), st.integers(260, 1100))
def test_the_preview_is_shown_at_the_height_it_needs(qtbot, previews, width):
    bar = CaptureBar()
    qtbot.addWidget(bar)
    bar.resize(width, 3000)  # room for every line: only the holder may cut one
    bar.show()
    qtbot.waitExposed(bar)
    filing = bar.filing_bar
    for text in previews:
        filing.show_preview(text)
        for _ in range(4):  # the layouts above take one turn each
            QApplication.processEvents()
        holder = filing.parentWidget()
        assert filing.size() == holder.size() and filing.width() > 0
        label = filing.preview_label
        assert label.isVisible() == bool(text)
        if text:  # every line of it, inside the bar
            assert label.height() >= label.heightForWidth(label.width())
            assert label.geometry().bottom() < filing.height()
        assert holder.height() >= holder.heightForWidth(holder.width())


def test_a_preview_that_wraps_while_typing_is_shown_whole(window, demo_path, qtbot):
    """In the window, typed key by key: the preview wrapped onto a second line as the box
    was laid out, and the holder kept one line (a play-through saw it cut in half)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window.open_workspace(demo_path)
    edit = window.page.capture.edit
    label = window.page.capture.filing_bar.preview_label
    cut = []
    for width in range(900, 1400, 50):
        window.resize(width, 740)
        edit.clear()
        edit.setFocus()
        for piece in ("Les bus passent trop rarement le soir #Conc", "\t", " !1 @Na"):
            if piece == "\t":
                QTest.keyClick(edit, Qt.Key.Key_Tab)
            else:
                QTest.keyClicks(edit, piece)
            for _ in range(6):
                QApplication.processEvents()
            if label.isVisible() and label.height() < label.heightForWidth(label.width()):
                cut.append((width, piece, label.height(), label.heightForWidth(label.width())))
    edit.clear()
    assert cut == []
