"""The projector view, wired to the main window: Workshop ▸ Projector View (F7).

:func:`install_projector` adds the action; the projector follows the open workshop
(``session_changed``) and the entry selected on the facilitator's board, and closes with
the main window.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from workshop_app.ui.projector.projector_window import ProjectorWindow

__all__ = ["ProjectorController", "ProjectorWindow", "install_projector", "projector_of"]


class ProjectorController(QObject):
    """Owns the projector window of one main window (a child of that window)."""

    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("projectorController")
        self.window = window
        self.projector: ProjectorWindow | None = None
        self._selection = None
        self._timer: tuple[str, str, bool] = ("", "", False)
        self.action = QAction(self.tr("&Projector View"), window)
        self.action.setObjectName("projectorAction")
        self.action.setShortcut(QKeySequence("F7"))
        self.action.setStatusTip(self.tr("Show the entries to the group, on a second screen"))
        self.action.triggered.connect(self.open)
        window.workshop_menu.addSeparator()
        window.workshop_menu.addAction(self.action)
        window.session_changed.connect(self._on_session_changed)
        window.installEventFilter(self)
        self._on_session_changed(window.session)

    def open(self) -> ProjectorWindow:
        if self.projector is None:
            from workshop_app.ui.projector.projector_window import ProjectorWindow

            self.projector = ProjectorWindow(self.window.settings)
        self.projector.set_session(self.window.session)
        self._watch_selection()
        self._on_current()
        self.projector.show_timer(*self._timer)
        self.projector.present(self.window)
        # the facilitator goes on typing: the keyboard stays in the main window
        self.window.activateWindow()
        self.window.page.focus_capture()
        return self.projector

    def show_timer(self, step_title: str, time_left_text: str, overrun: bool) -> None:
        """The agenda timer's latest state, shown on the projector (now or once opened)."""
        self._timer = (step_title, time_left_text, overrun)
        if self.projector is not None:
            self.projector.show_timer(step_title, time_left_text, overrun)

    def _on_session_changed(self, session) -> None:
        self.action.setEnabled(session is not None and session.workshop is not None)
        if self.projector is not None:
            self.projector.set_session(session)
            self._watch_selection()
            self._on_current()

    def _watch_selection(self) -> None:
        """Listen to the board's current selection model (the board may get a new one)."""
        selection = self.window.page.board.selectionModel()
        if selection is self._selection:
            return
        if self._selection is not None:
            with contextlib.suppress(RuntimeError, TypeError):  # gone with its model
                self._selection.currentChanged.disconnect(self._on_current)
        self._selection = selection
        if selection is not None:
            selection.currentChanged.connect(self._on_current)

    def _on_current(self, _current: QModelIndex | None = None, _previous=None) -> None:
        if self.projector is not None and self.projector.session is not None:
            self.projector.follow(self.window.page.current_entry_id())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        closing = watched is self.window and event.type() == QEvent.Type.Close
        if closing and self.projector is not None:
            self.projector.close()
        return False


def install_projector(window) -> QAction:
    """Add Workshop ▸ Projector View (F7) to ``window`` (a MainWindow) and return it."""
    existing = projector_controller(window)
    if existing is not None:
        return existing.action
    return ProjectorController(window).action


def projector_controller(window) -> ProjectorController | None:
    return window.findChild(ProjectorController, "projectorController")


def projector_of(window) -> ProjectorWindow | None:
    """The projector window of ``window``, once it has been opened."""
    controller = projector_controller(window)
    return controller.projector if controller is not None else None


def __getattr__(name: str):
    """The projector window's module loads when the projector first opens."""
    if name == "ProjectorWindow":
        from workshop_app.ui.projector.projector_window import ProjectorWindow

        return ProjectorWindow
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
