"""The projector view: what the group watches on the wall while the facilitator types.

The board as the room should see it (:mod:`.projector_board`): the entries only, in large
type, issue on the left and its improvements beside it, the entry under discussion marked;
the workshop's title above, the agenda step and the time left below. Full screen on the
second screen when there is one. Keys: D theme, Ctrl+= / Ctrl+- / Ctrl+0 size, F11 full
screen; Escape leaves full screen, then closes the window (Ctrl+W closes it at once).
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLabel, QVBoxLayout, QWidget

from workshop_app.ui.i18n import fill
from workshop_app.ui.projector.projector_board import THEMES, ProjectorModel, ProjectorView
from workshop_app.ui.session import WorkshopSession
from workshop_app.ui.settings import Settings

DEFAULT_POINTS, MIN_POINTS, MAX_POINTS = 22, 10, 72
THEME_KEY, FONT_KEY = "projector/theme", "projector/font_size"
"""Plain QSettings keys: :class:`Settings` has no generic accessor and gets no new class."""
_ENSURE = QAbstractItemView.ScrollHint.EnsureVisible


class ProjectorWindow(QWidget):
    """A window of its own, full screen on the second screen when there is one."""

    entry_shown = Signal(str)
    """A new entry is on the projector (its id), scrolled into view."""
    highlight_changed = Signal(object)
    """The entry under discussion changed (its id, or ``None``)."""

    def __init__(self, settings: Settings | None = None):
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("projectorWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.settings = settings or Settings()
        self.session: WorkshopSession | None = None
        self.model = ProjectorModel(self)
        self.view = ProjectorView(self)
        self.view.setModel(self.model)
        self.title = QLabel(self, objectName="projectorTitle", textFormat=Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.footer = QLabel(self, objectName="projectorFooter", textFormat=Qt.TextFormat.PlainText)
        self.footer.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.footer)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.theme = "dark" if self.settings.q.value(THEME_KEY, "light") == "dark" else "light"
        try:
            points = int(self.settings.q.value(FONT_KEY, DEFAULT_POINTS))
        except (TypeError, ValueError):
            points = DEFAULT_POINTS
        self.points = min(MAX_POINTS, max(MIN_POINTS, points))
        self._overrun = False
        self._apply_style()
        self.set_session(None)

    # -- what is shown -------------------------------------------------------------------
    def set_session(self, session: WorkshopSession | None) -> None:
        if self.session is not None:
            self.session.entry_added.disconnect(self._on_entry_added)
            self.session.record_changed.disconnect(self._on_record_changed)
        self.model.set_session(session)  # the model first: rows exist before we scroll
        self.session = session if session is not None and session.workshop else None
        if self.session is not None:
            self.session.entry_added.connect(self._on_entry_added)
            self.session.record_changed.connect(self._on_record_changed)
        self.highlighted_id = None
        self._show_title()

    def _show_title(self) -> None:
        workshop = self.session.workshop if self.session else None
        self.title.setText(workshop.title if workshop else self.tr("No workshop open"))
        self.setWindowTitle(
            fill(self.tr("Projector — %1"), workshop.title) if workshop else self.tr("Projector")
        )

    def _on_record_changed(self, table: str) -> None:
        if table == "workshop":
            self._show_title()

    def _on_entry_added(self, entry) -> None:
        self._reveal(self.model.index_of_entry(entry.id))
        self.entry_shown.emit(entry.id)

    @property
    def highlighted_id(self) -> str | None:
        return self.view.highlighted_id

    @highlighted_id.setter
    def highlighted_id(self, entry_id: str | None) -> None:
        self.follow(entry_id)

    def follow(self, entry_id: str | None) -> None:
        """Mark the entry the facilitator selected, and keep it in view."""
        old = self.model.index_of_entry(self.view.highlighted_id)
        self.view.highlighted_id = entry_id
        new = self.model.index_of_entry(entry_id)
        for index in (old, new):
            if index.isValid():
                self.view.resizeRowToContents(index.row())  # bold may take another line
        self._reveal(new)
        self.view.viewport().update()
        self.highlight_changed.emit(entry_id)

    def _reveal(self, index: QModelIndex) -> None:
        """Scroll ``index`` into view, with its group's heading when both fit."""
        if not index.isValid():
            return
        headings = self.model.board.heading_rows()
        at = bisect.bisect_right(headings, index.row()) - 1
        if at >= 0:
            self.view.fit_rows(max(headings[at], index.row() - 50), index.row() + 1)
            self.view.scrollTo(self.model.index(headings[at], 0), _ENSURE)
        self.view.scrollTo(index, _ENSURE)

    def show_timer(self, step_title: str, time_left_text: str, overrun: bool) -> None:
        """The current agenda step and the time left (the timer panel's ``timer_changed``)."""
        parts = [p for p in (step_title, time_left_text) if p]
        text = "  ·  ".join(parts)
        if overrun and text:
            text = "⚠ " + fill(self.tr("Over time: %1"), text)
        self._overrun = overrun
        self.footer.setText(text)
        self._apply_style()

    # -- looks -------------------------------------------------------------------------
    def _apply_style(self) -> None:
        c = THEMES[self.theme]
        self.view.colours = c
        self.view.set_points(self.points)
        footer = c["alert"] if self._overrun else c["dim"]
        size = self.points
        self.setStyleSheet(
            f"#projectorWindow {{ background: {c['base']}; }}"
            f"#projectorTitle {{ color: {c['text']}; font-size: {round(size * 1.2)}pt;"
            " font-weight: bold; padding: 6px; }"
            f"#projectorFooter {{ color: {footer}; font-size: {size}pt; padding: 6px; }}"
            f"QTableView {{ background: {c['base']}; color: {c['text']}; border: none; }}"
            f"QHeaderView::section {{ background: {c['base']}; color: {c['dim']};"
            f" border: none; border-bottom: 2px solid {c['heading']}; padding: 4px;"
            f" font-size: {size}pt; }}"
            f"QScrollBar:vertical {{ background: {c['base']}; width: 14px; margin: 0; }}"
            f"QScrollBar::handle:vertical {{ background: {c['heading']}; min-height: 40px;"
            " border-radius: 6px; }"
            "QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; }"
            "QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical { background: none; }"
        )
        self.view.viewport().update()

    def toggle_theme(self) -> None:
        self.theme = "light" if self.theme == "dark" else "dark"
        self.settings.q.setValue(THEME_KEY, self.theme)
        self._apply_style()

    def set_points(self, points: int) -> None:
        self.points = min(MAX_POINTS, max(MIN_POINTS, points))
        self.settings.q.setValue(FONT_KEY, self.points)
        self._apply_style()

    # -- screens and keys ----------------------------------------------------------------
    def present(self, main: QWidget | None = None) -> None:
        """Full screen on a screen other than ``main``'s, else a window to drag over;
        shown without taking the keyboard from the facilitator's window."""
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        own = main.screen() if main is not None else QGuiApplication.primaryScreen()
        others = [s for s in QGuiApplication.screens() if s != own]
        if others:
            self.setScreen(others[0])
            self.move(others[0].geometry().topLeft())
            self.showFullScreen()
        else:
            if not self.isVisible():
                self.resize(1024, 640)
            self.show()
        self.raise_()  # shown, not given the keyboard: the facilitator types in the main window

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.set_points(self.points + 2)
        elif ctrl and key == Qt.Key.Key_Minus:
            self.set_points(self.points - 2)
        elif ctrl and key == Qt.Key.Key_0:
            self.set_points(DEFAULT_POINTS)
        elif not ctrl and key == Qt.Key.Key_D:
            self.toggle_theme()
        elif key == Qt.Key.Key_F11:
            self.showNormal() if self.isFullScreen() else self.showFullScreen()
        elif key == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
        elif key == Qt.Key.Key_Escape or (ctrl and key == Qt.Key.Key_W):
            self.close()  # a window of its own: Escape (or Ctrl+W) puts it away
        else:
            super().keyPressEvent(event)
