"""Participant feedback: questions, the kiosk, paper forms and the chart in a side tab.

:func:`install_feedback` adds all of it to a :class:`MainWindow` (a "Feedback" tab and four
actions of the Workshop menu), following the window's workshop as it changes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from workshop_app.ui.feedback.panel import FeedbackPanel
from workshop_app.ui.i18n import fill

__all__ = ["FeedbackPanel", "FeedbackTools", "install_feedback"]


class FeedbackTools(QObject):
    """The feedback actions of one window; keeps the panel on the window's session."""

    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("feedbackTools")
        self.window = window
        self.panel = FeedbackPanel(window.session, window.page)
        window.page.side_tabs.addTab(self.panel, self.tr("Feedback"))
        self.actions: list[QAction] = []
        for text, slot, shortcut, name in (
            (self.tr("Feedback &Questions…"), self.edit_questions, None, "feedbackQuestionsAction"),
            (
                self.tr("Start Feedback &Kiosk…"),
                self.start_kiosk,
                "Ctrl+Shift+K",
                "feedbackKioskAction",
            ),
            (
                self.tr("Type Paper Feedback &Forms…"),
                self.type_paper_forms,
                None,
                "feedbackPaperAction",
            ),
            (
                self.tr("Print Paper Feedback F&orm…"),
                self.print_paper_form,
                None,
                "feedbackFormAction",
            ),
        ):
            action = QAction(text, window)
            action.setObjectName(name)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            self.actions.append(action)
        window.workshop_menu.addSeparator()
        window.workshop_menu.addActions(self.actions)
        self.panel.edit_questions.connect(self.edit_questions)
        self.panel.start_kiosk.connect(self.start_kiosk)
        self.panel.type_paper_forms.connect(self.type_paper_forms)
        self.panel.print_paper_form.connect(self.print_paper_form)
        window.session_changed.connect(self._on_session)
        self._on_session(window.session)

    def _on_session(self, session) -> None:
        self.panel.set_session(session)
        has_workshop = session is not None and session.workshop_id is not None
        for action in self.actions:
            action.setEnabled(has_workshop)

    def _session(self):
        session = self.window.session
        return session if session is not None and session.workshop_id is not None else None

    # The dialogs, the kiosk and the paper form load when first used.
    def edit_questions(self):
        from workshop_app.ui.feedback.questions_dialog import open_questions_dialog

        return open_questions_dialog(self.window, self._session(), self.window.undo_stack)

    def start_kiosk(self):
        """Open the kiosk; a workshop without questions is offered the standard ones."""
        from workshop_app.ui.feedback.kiosk import start_kiosk

        session = self._session()
        if session is not None and not session.workspace.feedback_questions.for_workshop(
            session.workshop_id
        ):
            return self._offer_standard_questions(session)
        return start_kiosk(self.window, session)

    def _offer_standard_questions(self, session) -> QMessageBox:
        from workshop_app.ui.feedback.questions_dialog import (
            add_suggested_questions,
            suggested_questions,
        )

        listed = "\n".join(f"• {q.text}" for q in suggested_questions(session))
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("No feedback questions yet"),
            fill(
                self.tr(
                    "This workshop has no feedback questions yet. Start the kiosk with "
                    "these ones? (You can change them later with “Edit questions…”.)\n\n%1"
                ),
                listed,
            ),
            QMessageBox.StandardButton.Cancel,
            self.window,
        )
        box.setObjectName("standardQuestionsBox")
        box.setTextFormat(Qt.TextFormat.PlainText)
        use = box.addButton(self.tr("&Use these questions"), QMessageBox.ButtonRole.AcceptRole)
        edit = box.addButton(self.tr("&Edit questions…"), QMessageBox.ButtonRole.ActionRole)
        box.setDefaultButton(use)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen(button) -> None:
            if button is use and add_suggested_questions(session, self.window.undo_stack):
                self.start_kiosk()
            elif button is edit:
                self.edit_questions()

        box.buttonClicked.connect(chosen)
        box.open()
        self.last_box = box
        return box

    def type_paper_forms(self):
        from workshop_app.ui.feedback.paper import open_paper_entry

        return open_paper_entry(self.window, self._session(), self.window.undo_stack)

    def print_paper_form(self):
        from workshop_app.ui.feedback.paper import print_paper_form

        return print_paper_form(self.window, self._session())


def install_feedback(window) -> FeedbackPanel:
    """Add the feedback tab and menu actions to ``window``; returns the panel."""
    tools = FeedbackTools(window)
    window.feedback_tools = tools
    return tools.panel
