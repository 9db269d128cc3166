"""The programme's dashboard, a tab of the main window beside the workshop page.

:func:`install_dashboard` adds the tab and its action (Workshop ▸ Programme Dashboard,
Ctrl+Shift+D, which switches to the tab and back). The dashboard itself (pyqtgraph) is
built the first time its tab shows; it shows the programme of the workshop (or the
programme) selected, follows the selection, and reads its numbers again when what it
counts has changed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QVBoxLayout, QWidget

__all__ = ["DashboardController", "install_dashboard"]

REFRESH_DELAY_MS = 400
"""A run of changes (captures, undo) seen on the dashboard is read again once, this long
after the last one."""


class DashboardController(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("dashboardController")
        self.window = window
        self.dashboard = None
        self.stale = True
        self.tabs = window.views
        self.host = QWidget()
        self.host.setObjectName("dashboardTab")
        self.host_layout = QVBoxLayout(self.host)
        self.host_layout.setContentsMargins(0, 0, 0, 0)
        self.index = self.tabs.addTab(self.host, self.tr("Programme dashboard"))
        self.tabs.setTabToolTip(self.index, self.tr("Programme dashboard") + " (Ctrl+Shift+D)")
        self.action = QAction(self.tr("Programme &Dashboard"), window)
        self.action.setObjectName("dashboardAction")
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.action.setStatusTip(
            self.tr("Charts of the programme's workshops: attendance, who speaks, feedback")
        )
        self.action.triggered.connect(self.toggle)
        window.workshop_menu.addAction(self.action)
        self.timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self.timer.timeout.connect(self._refresh_if_shown)
        self.tabs.currentChanged.connect(self._on_tab)
        window.session_changed.connect(self._on_session_changed)
        self._on_session_changed(window.session)

    # -- showing -----------------------------------------------------------------------
    @property
    def shown(self) -> bool:
        return self.tabs.currentWidget() is self.host

    def _programme(self):
        session = self.window.session
        return session.programme if session is not None else None

    def open(self):
        """Show the dashboard's tab (built the first time); the dashboard, or ``None``
        without a programme."""
        if self._programme() is None or self.window.workspace is None:
            self.action.setChecked(False)
            return None
        self.tabs.setCurrentWidget(self.host)
        return self.dashboard

    def toggle(self) -> None:
        """Ctrl+Shift+D: to the dashboard, and back to the workshop."""
        if self.shown:
            self.window.show_workshop_page()
        else:
            self.open()

    def _on_tab(self, _index: int) -> None:
        shown = self.shown
        self.action.setChecked(shown)
        if shown:
            self._build()
            self._show()

    def _build(self) -> None:
        if self.dashboard is None:
            from workshop_app.ui.dashboard.dashboard import Dashboard

            self.dashboard = Dashboard(self.host)
            self.host_layout.addWidget(self.dashboard)
            self.dashboard.show()

    def _show(self) -> None:
        """Draw the selected programme, read again if it changed since it was drawn."""
        programme = self._programme()
        workspace = self.window.workspace
        if programme is None or workspace is None:
            self.dashboard.set_programme(None, None)
            return
        board = self.dashboard
        drawn = (board.workspace, board.programme_id, board.programme_title)
        if self.stale or drawn != (workspace, programme.id, programme.title):
            board.set_programme(workspace, programme.id, programme.title)
        self.stale = False

    def _refresh_if_shown(self) -> None:
        if self.shown and self.dashboard is not None:
            self._show()

    # -- following the window ----------------------------------------------------------
    def _on_session_changed(self, session) -> None:
        # (the connections to a session go with it: the window deletes the one it leaves)
        if session is not None:
            for signal in self._signals(session):
                signal.connect(self._on_change)
        programme = self._programme()
        if programme is None:
            if self.shown:
                self.window.show_workshop_page()
            if self.dashboard is not None:  # let go of a workspace that may be closing
                self.dashboard.set_programme(None, None)
        elif self.shown and self.dashboard is not None:
            self._show()
        self.action.setEnabled(programme is not None)
        self.tabs.setTabEnabled(self.index, programme is not None)

    @staticmethod
    def _signals(session):
        return (
            session.entry_added,
            session.entry_removed,
            session.entries_reset,
            session.entries_changed,
            session.record_changed,
        )

    def _on_change(self, *_args) -> None:
        """Something the dashboard counts changed: read again when it shows."""
        self.stale = True
        if self.shown:
            self.timer.start()


def install_dashboard(window) -> QAction:
    existing = window.findChild(DashboardController, "dashboardController")
    return (existing or DashboardController(window)).action
