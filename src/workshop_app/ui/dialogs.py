"""Help › Keyboard shortcuts, Help › About, and the non-blocking message boxes."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)


def shortcut_rows(widget: QWidget) -> list[tuple[str, str]]:
    """(keys, what) for every action of ``widget`` that has a shortcut, every key of each."""
    rows = []
    seen: set[tuple[str, str]] = set()
    in_menus = []
    if isinstance(widget, QMainWindow):  # the menus' actions first, in menu order
        for menu_action in widget.menuBar().actions():
            if menu_action.menu() is not None:
                in_menus.extend(menu_action.menu().actions())
    others = [a for a in widget.findChildren(QAction) if a not in in_menus]
    for action in in_menus + others:
        keys = [k for k in action.shortcuts() if not k.isEmpty()]
        if not keys:
            continue
        what = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…")
        shown = " · ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
        if (shown, what) not in seen:
            seen.add((shown, what))
            rows.append((shown, what))
    return rows


def typing_rows() -> list[tuple[str, str]]:
    """Keys that work inside the capture box and the board (not menu actions)."""
    return [
        (
            QCoreApplication.translate("Help", "Enter"),
            QCoreApplication.translate("Help", "Save what is typed in the capture box"),
        ),
        (
            QCoreApplication.translate("Help", "Shift+Enter"),
            QCoreApplication.translate("Help", "New line in the capture box"),
        ),
        (
            "#  @  !",
            QCoreApplication.translate(
                "Help", "Theme, person, action number: a list to complete appears"
            ),
        ),
        (
            QCoreApplication.translate("Help", "Tab"),
            QCoreApplication.translate("Help", "Accept the highlighted completion"),
        ),
        (
            QCoreApplication.translate("Help", "Enter (list open)"),
            QCoreApplication.translate("Help", "Accept the highlighted completion and save"),
        ),
        (
            QCoreApplication.translate("Help", "Ctrl+Z (empty box)"),
            QCoreApplication.translate("Help", "Undo the last capture; its text comes back"),
        ),
        (
            "1 … 8",
            QCoreApplication.translate("Help", "Set the role of the selected person (roster)"),
        ),
        ("+  −", QCoreApplication.translate("Help", "Add or remove a vote (board)")),
        (
            QCoreApplication.translate("Help", "Escape"),
            QCoreApplication.translate("Help", "Back to the capture box (board)"),
        ),
        (
            QCoreApplication.translate("Help", "Double-click"),
            QCoreApplication.translate("Help", "Edit an entry in place (board)"),
        ),
    ]


def shortcuts_html(widget: QWidget) -> str:
    def table(rows):
        return (
            "<table>"
            + "".join(
                f"<tr><td style='padding-right:14px'><b>{escape(keys)}</b></td>"
                f"<td>{escape(what)}</td></tr>"
                for keys, what in rows
            )
            + "</table>"
        )

    title = QCoreApplication.translate("Help", "Keyboard shortcuts")
    typing = QCoreApplication.translate("Help", "While typing")
    return (
        f"<h3>{escape(title)}</h3>{table(shortcut_rows(widget))}"
        f"<h4>{escape(typing)}</h4>{table(typing_rows())}"
    )


def message_box(
    parent: QWidget, title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Information
) -> QMessageBox:
    """A window-modal box shown with ``open()``: it never blocks the event loop (or a test)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("messageBox")
    box.setTextFormat(Qt.TextFormat.RichText if text.startswith("<") else Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


class HelpDialog(QDialog):
    """Rich text that may be taller than the screen: it scrolls."""

    def __init__(self, parent: QWidget, title: str, html: str):
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(title)
        self._html = html
        browser = QTextBrowser(self)
        browser.setObjectName("helpText")
        browser.setOpenLinks(False)
        browser.setHtml(html)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(browser, 1)
        layout.addWidget(buttons)
        screen = parent.screen().availableGeometry() if parent and parent.screen() else None
        height = min(640, int(screen.height() * 0.85)) if screen else 600
        self.resize(620, height)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def text(self) -> str:
        return self._html
