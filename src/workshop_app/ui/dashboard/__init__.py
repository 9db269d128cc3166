"""The programme's dashboard, wired to the main window: Workshop ▸ Programme Dashboard.

:func:`install_dashboard` adds the action; the dashboard (pyqtgraph, loaded when it first
opens) shows the programme of the open workshop, or the programme selected, and follows
the selection while it is open.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QVBoxLayout, QWidget

from workshop_app.ui.i18n import fill

__all__ = ["DashboardController", "install_dashboard"]


class DashboardController(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("dashboardController")
        self.window = window
        self.frame: QWidget | None = None
        self.dashboard = None
        self.action = QAction(self.tr("Programme &Dashboard"), window)
        self.action.setObjectName("dashboardAction")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.action.setStatusTip(
            self.tr("Charts of the programme's workshops: attendance, who speaks, feedback")
        )
        self.action.triggered.connect(self.open)
        window.workshop_menu.addAction(self.action)
        window.session_changed.connect(self._on_session_changed)
        self._on_session_changed(window.session)

    def _programme(self):
        session = self.window.session
        return session.programme if session is not None else None

    def open(self):
        programme = self._programme()
        if programme is None or self.window.workspace is None:
            return None
        if self.frame is None:
            from workshop_app.ui.dashboard.dashboard import Dashboard

            self.frame = QWidget(self.window, Qt.WindowType.Window)
            self.frame.setObjectName("dashboardWindow")
            self.dashboard = Dashboard(self.frame)
            QVBoxLayout(self.frame).addWidget(self.dashboard)
            self.frame.resize(1200, 820)
        self._show(programme)
        self.frame.show()
        self.frame.raise_()
        return self.dashboard

    def _show(self, programme) -> None:
        self.frame.setWindowTitle(fill(self.tr("Dashboard — %1"), programme.title))
        workspace = self.window.workspace
        if (self.dashboard.workspace, self.dashboard.programme_id) != (workspace, programme.id):
            self.dashboard.set_programme(workspace, programme.id)
        else:
            self.dashboard.refresh()

    def _on_session_changed(self, _session) -> None:
        programme = self._programme()
        self.action.setEnabled(programme is not None)
        if self.frame is not None and self.frame.isVisible():
            if programme is None:
                self.frame.hide()
            else:
                self._show(programme)


def install_dashboard(window) -> QAction:
    existing = window.findChild(DashboardController, "dashboardController")
    return (existing or DashboardController(window)).action
