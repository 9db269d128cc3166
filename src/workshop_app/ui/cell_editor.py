"""Editing an entry in place (F2 on the board): a text box as tall as the text needs.

A long entry is edited in several lines inside its own cell, never one line running over
the next column. Enter saves, Shift+Enter starts a new line, Escape leaves the entry as it
was. Markers typed here (``#theme``, ``!2``, ``@person``) are read as in the capture box.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QFrame, QPlainTextEdit


class CellEditor(QPlainTextEdit):
    done = Signal(bool)
    """The editing ended: ``True`` to save what the box holds, ``False`` to drop it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("cellEditor")
        self.setAccessibleName(self.tr("Edit the entry: Enter saves, Escape cancels"))
        self.setTabChangesFocus(True)
        self.setFrameShape(QFrame.Shape.Box)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)

    def typed_text(self) -> str:
        """The text as typed (no-break spaces kept, like the capture box)."""
        return self.document().toRawText().replace("\u2029", "\n")

    def set_text(self, text: str) -> None:
        self.setPlainText(text)
        self.moveCursor(QTextCursor.MoveOperation.End)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
            else:
                self.done.emit(True)
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.done.emit(False)
            event.accept()
            return
        super().keyPressEvent(event)


def editor_rect(cell: QRect, viewport: QRect, lines: int, line_height: int) -> QRect:
    """Where the editor goes: the cell's width, at least ``lines`` lines tall, inside the
    viewport (pulled up if the cell is near the bottom)."""
    height = max(cell.height(), lines * line_height + 12)
    height = min(height, max(cell.height(), viewport.height()))
    rect = QRect(cell.left(), cell.top(), cell.width(), height)
    if rect.bottom() > viewport.bottom():
        rect.moveBottom(viewport.bottom())
    if rect.top() < viewport.top():
        rect.moveTop(viewport.top())
    return rect
