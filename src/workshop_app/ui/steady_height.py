"""A holder that lets a widget change its text without laying the whole window out again.

Qt asks the layouts above a widget to lay out again each time the widget's text changes
(``QLabel.setText`` calls ``updateGeometry``, and a layout that was activated ends by
calling it on its widget), whether or not its size changed. Above the capture box that is
every keystroke: the preview of what Enter will save changes with each letter, and the
request climbed one layout per turn of the event loop up to the main window, where the
page's layout repainted the header; the header and the preview, dirty together, were
painted as one rectangle spanning the page, the board and the side panel with them
(10 to 30 ms a key at 10,000 entries).

:class:`SteadyHeight` holds one widget (no layout of its own: Qt posts the request to it
and stops there) and passes a change on to the layouts above only when the height the
widget needs at its width, or its minimum size, changed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtWidgets import QWidget


class SteadyHeight(QWidget):
    """Shows ``child`` at its full size; its size, as the layouts above see it, changes
    only when the child's height for this width or its minimum size does."""

    def __init__(self, child: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.child = child
        child.setParent(self)
        self.setSizePolicy(child.sizePolicy())
        self.setVisible(not child.isHidden())
        child.installEventFilter(self)
        self._told: tuple[int, QSize] | None = None
        """(height for the width, minimum size) the layouts above were last told."""

    def _needs(self, width: int) -> tuple[int, QSize]:
        return self.heightForWidth(width), self.child.minimumSizeHint()

    # what the layout above asks
    def sizeHint(self) -> QSize:
        return self.child.sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.child.minimumSizeHint()

    def hasHeightForWidth(self) -> bool:
        return self.child.hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:
        if self.child.hasHeightForWidth():
            return self.child.heightForWidth(width)
        return self.child.sizeHint().height()

    # what happens here
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.child.setGeometry(0, 0, self.width(), self.height())
        self._told = self._needs(self.width())
        if self._cut():
            self.updateGeometry()

    def _cut(self) -> bool:
        """Given less height than the child needs at this width: the layouts above worked
        with an older need (the preview wrapped onto a second line while the box grew, and
        the holder was resized with the new text already in: a play-through saw the
        preview cut in half)."""
        return self.height() < self.heightForWidth(self.width())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            needs = self._needs(self.width())
            if needs != self._told or self._cut():
                self._told = needs
                self.updateGeometry()  # a real change: the layouts above make room
            else:
                self.child.setGeometry(0, 0, self.width(), self.height())
            return True
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The holder is shown and hidden with its child."""
        if watched is self.child:
            if event.type() == QEvent.Type.ShowToParent:
                self.show()
            elif event.type() == QEvent.Type.HideToParent:
                self.hide()
        return False
