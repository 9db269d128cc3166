"""The workshop agenda and its timer, added to the main window by :func:`install_agenda`."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel

from workshop_app.ui.agenda.timer_panel import AgendaTimerPanel
from workshop_app.ui.session import WorkshopSession

if TYPE_CHECKING:
    from workshop_app.ui.agenda.agenda_editor import AgendaEditor

__all__ = ["AgendaEditor", "AgendaTableModel", "AgendaTimerPanel", "AgendaWiring", "install_agenda"]


class AgendaWiring(QObject):
    """What :func:`install_agenda` adds to the window: the tab, three actions, a status label."""

    def __init__(self, window, panel: AgendaTimerPanel):
        super().__init__(window)
        self.setObjectName("agendaWiring")
        self.window, self.panel = window, panel
        self.editor: AgendaEditor | None = None
        window.page.side_tabs.addTab(panel, self.tr("Agenda"))

        self.edit_action = self._action(self.tr("Edit &Agenda…"), self.edit_agenda, "Ctrl+F5")
        self.edit_action.setObjectName("editAgendaAction")
        self.toggle_action = self._action(self.tr("Start / Pause &Timer"), panel.toggle, "F5")
        self.toggle_action.setObjectName("agendaToggleAction")
        self.next_action = self._action(self.tr("Ne&xt Agenda Step"), panel.next_step, "Shift+F5")
        self.next_action.setObjectName("agendaNextAction")
        menu = window.workshop_menu
        menu.addSeparator()
        for action in (self.edit_action, self.toggle_action, self.next_action):
            menu.addAction(action)
            window.addAction(action)  # the keys work even while the menu bar is hidden

        self.status_label = QLabel(window)
        self.status_label.setObjectName("agendaStatusLabel")
        self.status_label.setAccessibleName(self.tr("Agenda timer"))
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        window.statusBar().insertPermanentWidget(0, self.status_label)

        panel.timer_changed.connect(self._show_status)
        panel.edit_requested.connect(self.edit_agenda)
        window.session_changed.connect(self.set_session)
        self.set_session(window.session)

    def _action(self, text: str, slot, keys: str | None) -> QAction:
        action = QAction(text, self.window)
        if keys:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def set_session(self, session: WorkshopSession | None) -> None:
        has_workshop = session is not None and session.workshop is not None
        for action in (self.edit_action, self.toggle_action, self.next_action):
            action.setEnabled(has_workshop)
        self.panel.set_session(session)

    def _show_status(self, _title: str, _left: str, overrun: bool) -> None:
        self.status_label.setText(self.panel.status_text())
        self.status_label.setStyleSheet("color: #b3261e; font-weight: bold" if overrun else "")

    def edit_agenda(self) -> AgendaEditor | None:
        session = self.window.session
        if session is None or session.workshop is None:
            return None
        from workshop_app.ui.agenda.agenda_editor import AgendaEditor

        dialog = AgendaEditor(session, self.window.undo_stack, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.editor = dialog
        dialog.open()
        return dialog


def install_agenda(window, *, now: Callable[[], float] = time.monotonic) -> AgendaTimerPanel:
    """Add the agenda to a :class:`MainWindow`: an "Agenda" side tab with the timer, the
    actions Edit agenda…, Start / pause timer (F5) and Next agenda step (Shift+F5) in the
    Workshop menu, and the time left in the status bar. Returns the panel; the rest of the
    wiring is ``panel.wiring``. ``now`` is the clock (monotonic seconds) the timer reads."""
    panel = AgendaTimerPanel(window.page.side_tabs, now=now)
    panel.wiring = AgendaWiring(window, panel)
    return panel


def __getattr__(name: str):
    """The agenda editor loads when first used."""
    if name in ("AgendaEditor", "AgendaTableModel"):
        from workshop_app.ui.agenda import agenda_editor

        return getattr(agenda_editor, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
