"""Small pieces the preparation dialogs share: names for widgets, the error line, Ctrl+Enter."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QLabel, QWidget

W = TypeVar("W", bound=QWidget)


def named(widget: W, object_name: str, accessible_name: str) -> W:
    """Give ``widget`` a stable object name (tests, settings) and a name screen readers say."""
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible_name)
    return widget


class ErrorLabel(QLabel):
    """Says why OK did nothing; hidden while there is nothing to say. Plain text only."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("errorLabel")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setStyleSheet("QLabel { color: #a4000f; font-weight: bold; }")
        self.setAccessibleName(self.tr("Error"))
        self.hide()

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleDescription(text)
        self.show()

    def clear_error(self) -> None:
        self.clear()
        self.setAccessibleDescription("")
        self.hide()


def accept_on_ctrl_enter(dialog: QDialog, slot) -> list[QShortcut]:
    """Ctrl+Enter (both Enter keys) runs ``slot`` (the dialog's OK) from any field."""
    shortcuts = []
    for keys in ("Ctrl+Return", "Ctrl+Enter"):
        shortcut = QShortcut(QKeySequence(keys), dialog)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(slot)
        shortcuts.append(shortcut)
    return shortcuts
