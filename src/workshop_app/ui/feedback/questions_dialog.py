"""Editing a workshop's feedback questions: add, remove, reorder, reword, or propose them
from the programme's monitoring criteria. OK writes every change as one undo step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.feedback_questions import propose_questions
from workshop_app.domain.models import FeedbackQuestion
from workshop_app.ui.commands import AddRecords, RemoveRecords, UpdateRecords, changed
from workshop_app.ui.prepare.commands import push_as_one_step
from workshop_app.ui.session import WorkshopSession

ID_ROLE = Qt.ItemDataRole.UserRole
CRITERION_ROLE = Qt.ItemDataRole.UserRole + 1
TABLE = "feedback_question"


def suggested_questions(session: WorkshopSession) -> list:
    """The standard questions in the workshop's language, then one per monitoring
    criterion of the workshop's actions (all the programme's when it names none)."""
    ws = session.workspace
    action_ids = set(ws.workshops.action_ids(session.workshop_id))
    actions = ws.actions.for_programme(session.workshop.programme_id)
    concerned = [a for a in actions if a.id in action_ids] or actions
    return propose_questions(session.workshop.language, [a.monitoring_criteria for a in concerned])


def add_suggested_questions(session: WorkshopSession, undo_stack) -> bool:
    """Give a workshop without questions the suggested ones (one undo step)."""
    text = QCoreApplication.translate("QuestionsDialog", "Use the standard questions")
    questions = [
        FeedbackQuestion(
            workshop_id=session.workshop_id,
            text=s.text,
            position=at,
            criterion=s.criterion,
        )
        for at, s in enumerate(suggested_questions(session), start=1)
    ]
    return push_as_one_step(undo_stack, text, [AddRecords(session, TABLE, questions, text)])


class QuestionsDialog(QDialog):
    def __init__(self, session: WorkshopSession, undo_stack: QUndoStack, parent=None):
        super().__init__(parent)
        self.setObjectName("feedbackQuestionsDialog")
        self.setWindowTitle(self.tr("Feedback questions"))
        self.session, self.undo_stack = session, undo_stack
        self.originals = {
            q.id: q for q in session.workspace.feedback_questions.for_workshop(session.workshop_id)
        }
        intro = QLabel(
            self.tr(
                "Participants answer each question from 1 (not at all) to 5 (completely). "
                "Double-click or press F2 to reword a question."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("feedbackQuestionList")
        self.list.setAccessibleName(self.tr("Questions"))
        self.list.setWordWrap(True)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        for question in self.originals.values():
            self._add_item(question.text, question.id, question.criterion)
        side = QVBoxLayout()
        for text, slot, name in (
            (self.tr("&Add"), self.add_question, "addQuestion"),
            (self.tr("&Remove"), self.remove_question, "removeQuestion"),
            (self.tr("Move &up"), lambda: self.move(-1), "moveQuestionUp"),
            (self.tr("Move &down"), lambda: self.move(1), "moveQuestionDown"),
            (self.tr("&Propose questions"), self.propose, "proposeQuestions"),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.setAutoDefault(False)
            # Alt+letter or a click, never Tab: Tab from the list goes to OK, and a Space
            # meant for OK can never remove a question
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(slot)
            side.addWidget(button)
        side.addStretch(1)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("questionsError")
        self.error_label.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(720, 420)

    def _add_item(self, text: str, question_id: str | None = None, criterion: str = ""):
        item = QListWidgetItem(text, self.list)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        item.setData(ID_ROLE, question_id)
        item.setData(CRITERION_ROLE, criterion)
        return item

    def texts(self) -> list[str]:
        return [self.list.item(r).text() for r in range(self.list.count())]

    def add_question(self) -> None:
        item = self._add_item(self.tr("New question"))
        self.list.setCurrentItem(item)
        self.list.editItem(item)

    def remove_question(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)

    def move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def propose(self) -> None:
        """Add the suggested questions that are not in the list yet."""
        have = {text.strip().casefold() for text in self.texts()}
        for suggestion in suggested_questions(self.session):
            if suggestion.text.casefold() not in have:
                self._add_item(suggestion.text, None, suggestion.criterion)

    def commands(self, text: str) -> list:
        s, workshop_id = self.session, self.session.workshop_id
        kept, added, before, after = set(), [], [], []
        position = 0
        for row in range(self.list.count()):
            item = self.list.item(row)
            wording = item.text().strip()
            if not wording:
                continue
            position += 1
            question_id = item.data(ID_ROLE)
            if question_id is None:
                added.append(
                    FeedbackQuestion(
                        workshop_id=workshop_id,
                        text=wording,
                        position=position,
                        criterion=item.data(CRITERION_ROLE) or "",
                    )
                )
                continue
            kept.add(question_id)
            old = self.originals[question_id]
            if old.text != wording or old.position != position:
                before.append(old)
                after.append(changed(old, text=wording, position=position))
        removed = [qid for qid in self.originals if qid not in kept]
        steps = []
        if removed:
            steps.append(RemoveRecords(s, TABLE, removed, text))
        if before:
            steps.append(UpdateRecords(s, TABLE, before, after, text))
        if added:
            steps.append(AddRecords(s, TABLE, added, text))
        return steps

    def save(self) -> bool:
        text = self.tr("Edit feedback questions")
        if not push_as_one_step(self.undo_stack, text, self.commands(text)):
            self.error_label.setText(self.session.last_error or self.tr("Nothing was saved."))
            return False
        self.accept()
        return True


def open_questions_dialog(parent: QWidget, session, undo_stack: QUndoStack):
    if session is None:
        return None
    dialog = QuestionsDialog(session, undo_stack, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
