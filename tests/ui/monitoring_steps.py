"""Steps shared by the monitoring dialog's tests: open it on the demo, find a row, type
in a cell from the keyboard as a person would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from workshop_app.ui.monitoring.dialog import MonitoringDialog
from workshop_app.ui.session import WorkshopSession

from .conftest import type_text


def open_dialog(qtbot, ws, stack) -> MonitoringDialog:
    programme = ws.programmes.select()[0]
    session = WorkshopSession(ws, None, programme_id=programme.id)
    dialog = MonitoringDialog(session, stack)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    return dialog


def column(model, field: str) -> int:
    return [c.field for c in model.columns].index(field)


def show_indicator(dialog: MonitoringDialog, name: str) -> int:
    """Choose the action of the indicator called ``name`` and make it current; its row."""
    dialog.tabs.setCurrentIndex(1)
    for position in range(dialog.action_box.count()):
        dialog.action_box.setCurrentIndex(position)
        model = dialog.indicators
        for row in range(model.rowCount()):
            if model.record_at(row).name == name:
                dialog.indicator_view.setCurrentIndex(model.index(row, 0))
                assert dialog.measurements.indicator.name == name
                return row
    raise AssertionError(f"no indicator {name!r}")


def start_editing(qtbot, view, row: int, col: int, key=Qt.Key.Key_F2):
    """Make the cell current and press ``key`` on the table; the editor that opened."""
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, col))
    qtbot.keyClick(view, key)
    assert view.editing()
    return QApplication.focusWidget()


def type_in_cell(qtbot, view, row: int, col: int, text: str, end=Qt.Key.Key_Return):
    """F2 on the cell, replace its text by ``text`` key by key, then ``end`` (Enter writes
    it once the event loop runs, as in the application)."""
    editor = start_editing(qtbot, view, row, col)
    assert isinstance(editor, QLineEdit), editor
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    type_text(editor, text)
    qtbot.keyClick(editor, end)
    if end in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        qtbot.waitUntil(lambda: not view.editing())
    return editor
