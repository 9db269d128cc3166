"""The workshop's feedback at a glance: answers, mean per question, distribution chart,
then the comments.

With fewer than :data:`MIN_ANSWERS_FOR_DISTRIBUTION` answers to a question, only its
count shows: neither its mean nor its distribution (one rating of four is a person's),
and a sentence says why; the store's summary does not even hold them. The comments are
listed in alphabetical order, apart from the questions, so that none can be matched to
a rating (see :mod:`workshop_app.store.feedback`).
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
    QPlainTextEdit,
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
        self.comments: list[str] = []
        """The comments shown, in their order (alphabetical)."""
        self.comments_view: QPlainTextEdit | None = None
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
        self.charts, self.hidden_notes, self.comments, self.comments_view = [], [], [], None
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
        comments = ws.feedback.comments(workshop_id)  # alphabetical: never paired with a rating
        if comments:
            self.body_layout.addWidget(self._comments_box(comments))
        self.body_layout.addStretch(1)

    def _question_box(self, summary: QuestionSummary, words: dict[int, str]) -> QWidget:
        box = QFrame(self.body)
        box.setObjectName("feedbackQuestion")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(box)
        layout.addWidget(_plain_label(summary.question.text, box, "font-weight: bold"))
        count = self.tr("%n answer(s)", "", summary.answers)
        if summary.shown and summary.mean is not None:
            mean = fill(self.tr("Mean %1 / 5"), self.locale().toString(summary.mean, "f", 1))
            stats = mean + " · " + count
        else:  # under five answers, the count alone: no mean, no distribution
            stats = count if summary.answers else self.tr("No answer yet.")
        label = _plain_label(stats, box)
        label.setObjectName("feedbackStats")
        layout.addWidget(label)
        if summary.shown:
            chart = chart_type()(summary, words, box)
            self.charts.append(chart)
            layout.addWidget(chart)
        elif summary.answers:
            note = _plain_label(
                fill(
                    self.tr(
                        "Fewer than %1 answers: neither the mean nor the distribution is "
                        "shown, so that nobody can be recognised."
                    ),
                    MIN_ANSWERS_FOR_DISTRIBUTION,
                ),
                box,
                "font-style: italic",
            )
            note.setObjectName("distributionHidden")
            self.hidden_notes.append(note)
            layout.addWidget(note)
        return box

    def _comments_box(self, comments: list[str]) -> QWidget:
        """The comments in the order given (alphabetical), in one read-only text box: a
        label each would lay out 200 long comments for seconds at every resize."""
        box = QFrame(self.body)
        box.setObjectName("feedbackComments")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(box)
        heading = self.tr("Comments (%n)", "", len(comments))
        layout.addWidget(_plain_label(heading, box, "font-weight: bold"))
        order = _plain_label(
            self.tr("In alphabetical order, so that no comment can be matched to a rating."),
            box,
            "font-style: italic",
        )
        order.setObjectName("commentsOrder")
        layout.addWidget(order)
        view = QPlainTextEdit(box)
        view.setObjectName("feedbackCommentsText")
        view.setReadOnly(True)
        view.setAccessibleName(heading)
        view.setPlainText("\n\n".join("• " + comment for comment in comments))
        lines = min(14, 2 * len(comments))  # a longer list scrolls in its box
        margins = 2 * (view.frameWidth() + int(view.document().documentMargin()))
        view.setFixedHeight(lines * view.fontMetrics().lineSpacing() + margins)
        layout.addWidget(view)
        self.comments_view, self.comments = view, comments
        return box


def _plain_label(text: str, parent: QWidget, style: str = "") -> QLabel:
    """A wrapped label showing ``text`` literally (a comment's "<b>" is not markup)."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if style:
        label.setStyleSheet(style)
    return label
