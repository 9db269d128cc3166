"""Editing what a programme is monitored by: its challenges, the indicators of its
actions and their measurements (issue 16)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction


class MonitoringController(QObject):
    """Workshop › Programme Monitoring…: the challenges and indicators of the programme of
    the workshop (or programme) selected, edited as undo steps of the window."""

    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("monitoringController")
        self.window = window
        self.dialog = None
        self.action = QAction(self.tr("Programme &Monitoring…"), window)
        self.action.setObjectName("monitoringAction")
        self.action.setStatusTip(
            self.tr("The programme's challenges, and the indicators of its actions")
        )
        self.action.triggered.connect(self.open)
        window.workshop_menu.addAction(self.action)
        window.session_changed.connect(self._on_session_changed)
        self._on_session_changed(window.session)

    def _on_session_changed(self, session) -> None:
        self.action.setEnabled(session is not None and session.programme is not None)

    def open(self):
        session = self.window.session
        if session is None or session.programme is None:
            return None
        from workshop_app.ui.monitoring.dialog import MonitoringDialog

        self.dialog = MonitoringDialog(session, self.window.undo_stack, self.window)
        self.dialog.open()
        return self.dialog


def install_monitoring(window) -> QAction:
    existing = window.findChild(MonitoringController, "monitoringController")
    return (existing or MonitoringController(window)).action
