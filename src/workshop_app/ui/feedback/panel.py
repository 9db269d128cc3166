"""The workshop's feedback at a glance: answers, mean per question, distribution chart.

With fewer than :data:`MIN_ANSWERS_FOR_DISTRIBUTION` answers to a question, its
distribution is hidden (people could be recognised) and a sentence says why.
pyqtgraph (heavy) is imported by ``chart.py`` the first time the tab shows a chart: the
panel reads the feedback only while it is visible, so start-up does not pay for it.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.feedback_questions import MIN_ANSWERS_FOR_DISTRIBUTION
from workshop_app.store.feedback import QuestionSummary
from workshop_app.ui.feedback.kiosk_parts import rating_words
from workshop_app.ui.i18n import fill
from workshop_app.ui.session import WorkshopSession

WATCHED_TABLES = ("feedback_response", "feedback_question")


def chart_type():
    from workshop_app.ui.feedback.chart import DistributionChart

    return DistributionChart


class FeedbackPanel(QWidget):
    """A side tab. Its buttons ask the window to open the feedback tools."""

    edit_questions = Signal()
    start_kiosk = Signal()
    type_paper_forms = Signal()
    print_paper_form = Signal()

    def __init__(self, session: WorkshopSession | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("feedbackPanel")
        self.session: WorkshopSession | None = None
        self.charts: list = []
        self._stale = True
        self.hidden_notes: list[QLabel] = []
        self.count_label = QLabel(self)
        self.count_label.setObjectName("feedbackCount")
        self.count_label.setWordWrap(True)
        self.buttons = []
        grid = QGridLayout()
        for number, (text, signal, name) in enumerate(
            (
                (self.tr("Edit questions…"), self.edit_questions, "feedbackEditQuestions"),
                (self.tr("Start kiosk…"), self.start_kiosk, "feedbackStartKiosk"),
                (self.tr("Type paper forms…"), self.type_paper_forms, "feedbackTypePaper"),
                (self.tr("Print paper form…"), self.print_paper_form, "feedbackPrintForm"),
            )
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(signal.emit)
            self.buttons.append(button)
            grid.addWidget(button, number, 0)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count_label)
        layout.addLayout(grid)
        layout.addWidget(scroll, 1)
        self.set_session(session)

    def set_session(self, session: WorkshopSession | None) -> None:
        if self.session is not None:
            with contextlib.suppress(RuntimeError, TypeError):  # the old session may be gone
                self.session.record_changed.disconnect(self._on_record_changed)
        self.session = session
        if session is not None:
            session.record_changed.connect(self._on_record_changed)
        self.refresh()

    def _on_record_changed(self, table: str) -> None:
        if table in WATCHED_TABLES:
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Read the counts again and rebuild the per-question rows (later, when hidden)."""
        session = self.session
        has_workshop = session is not None and session.workshop_id is not None
        for button in self.buttons:
            button.setEnabled(has_workshop)
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.charts, self.hidden_notes = [], []
        if not has_workshop:
            self.count_label.setText(self.tr("Choose a workshop to see its feedback."))
            return
        ws, workshop_id = session.workspace, session.workshop_id
        responses = len(ws.feedback.for_workshop(workshop_id))
        summaries = ws.feedback.summary(workshop_id)
        self.count_label.setText(
            self.tr("%n response(s) from participants.", "", responses)
            if summaries
            else self.tr("No feedback questions yet: use “Edit questions…” to add some.")
        )
        words = rating_words(self)
        for summary in summaries:
            self.body_layout.addWidget(self._question_box(summary, words))
        self.body_layout.addStretch(1)

    def _question_box(self, summary: QuestionSummary, words: dict[int, str]) -> QWidget:
        box = QFrame(self.body)
        box.setObjectName("feedbackQuestion")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(box)
        title = QLabel(summary.question.text, box)
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        title.setStyleSheet("font-weight: bold")
        layout.addWidget(title)
        if summary.answers:
            mean = fill(self.tr("Mean %1 / 5"), self.locale().toString(summary.mean, "f", 1))
            stats = mean + " · " + self.tr("%n answer(s)", "", summary.answers)
        else:
            stats = self.tr("No answer yet.")
        layout.addWidget(QLabel(stats, box))
        if summary.answers >= MIN_ANSWERS_FOR_DISTRIBUTION:
            chart = chart_type()(summary, words, box)
            self.charts.append(chart)
            layout.addWidget(chart)
        elif summary.answers:
            note = QLabel(
                fill(
                    self.tr(
                        "Fewer than %1 answers: the distribution is not shown, so that nobody "
                        "can be recognised."
                    ),
                    MIN_ANSWERS_FOR_DISTRIBUTION,
                ),
                box,
            )
            note.setObjectName("distributionHidden")
            note.setWordWrap(True)
            note.setStyleSheet("font-style: italic")
            self.hidden_notes.append(note)
            layout.addWidget(note)
        return box
