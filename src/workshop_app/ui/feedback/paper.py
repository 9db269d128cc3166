"""Paper feedback forms: print one (PDF), then type a pile of them quickly in a grid.

In the grid, one row is one paper form: digits 1–5 fill a cell and move right, Space
marks a question left blank on paper, Backspace clears (the cell just typed), Enter
goes to the next form; other keys are ignored. The comment column takes any text.
Save writes every complete row as an anonymous response, all in one undo step.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.models import FeedbackQuestion, FeedbackResponse
from workshop_app.reports.options import ExportFailed
from workshop_app.ui.commands import SessionCommand
from workshop_app.ui.dialogs import message_box
from workshop_app.ui.feedback.kiosk import DIGIT_KEYS, ENTER_KEYS
from workshop_app.ui.i18n import fill
from workshop_app.ui.messages import export_error_text
from workshop_app.ui.session import WorkshopSession

BLANK = 0
"""A question left blank on the paper form (typed with Space)."""
TABLES = ("feedback_response",)


class PaperFormsModel(QAbstractTableModel):
    """One row per paper form: a rating (or ``None``/``BLANK``) per question, then a comment."""

    def __init__(self, questions: list[FeedbackQuestion], parent=None):
        super().__init__(parent)
        self.questions = questions
        self.rows: list[dict] = [self._new_row()]

    def _new_row(self) -> dict:
        return {"ratings": [None] * len(self.questions), "comment": ""}

    @property
    def comment_column(self) -> int:
        return len(self.questions)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.questions) + 1

    def flags(self, index):
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.comment_column:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if index.column() == self.comment_column:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return row["comment"]
            return None
        value = row["ratings"][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None else "–" if value == BLANK else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        row = self.rows[index.row()]
        if index.column() == self.comment_column:
            row["comment"] = str(value or "")
        else:
            row["ratings"][index.column()] = value
        self.dataChanged.emit(index, index)
        return True

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        if section == self.comment_column:
            return self.tr("Comment")
        text = self.questions[section].text
        if role == Qt.ItemDataRole.ToolTipRole or len(text) <= 28:
            return f"{section + 1}. {text}"
        return f"{section + 1}. {text[:26]}…"

    def append_row(self) -> None:
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append(self._new_row())
        self.endInsertRows()

    def is_empty(self, row: dict) -> bool:
        return not row["comment"].strip() and all(v in (None, BLANK) for v in row["ratings"])

    def is_complete(self, row: dict) -> bool:
        return not self.is_empty(row) and None not in row["ratings"]

    def take_complete(self) -> list[tuple[dict[str, int], str]]:
        """The complete forms as (ratings by question id, comment); they leave the grid."""
        done = [r for r in self.rows if self.is_complete(r)]
        self.beginResetModel()
        self.rows = [r for r in self.rows if not self.is_complete(r) and not self.is_empty(r)]
        self.rows = self.rows or [self._new_row()]
        self.endResetModel()
        return [
            (
                {q.id: v for q, v in zip(self.questions, r["ratings"], strict=True) if v != BLANK},
                r["comment"].strip(),
            )
            for r in done
        ]


class PaperGrid(QTableView):
    """The typing grid: see the module's docstring for the keys."""

    def __init__(self, model: PaperFormsModel, parent=None):
        super().__init__(parent)
        self.setObjectName("paperGrid")
        self.setModel(model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.horizontalHeader().setStretchLastSection(True)
        self.setCurrentIndex(model.index(0, 0))

    def _go(self, row: int, column: int) -> None:
        model = self.model()
        while row >= model.rowCount():
            model.append_row()
        self.setCurrentIndex(model.index(row, min(column, model.columnCount() - 1)))

    def next_form(self) -> None:
        self._go(self.currentIndex().row() + 1, 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        model, index, key = self.model(), self.currentIndex(), event.key()
        in_ratings = index.isValid() and index.column() < model.comment_column
        if not index.isValid():
            super().keyPressEvent(event)
        elif key in ENTER_KEYS and self.state() != QAbstractItemView.State.EditingState:
            self.next_form()
        elif in_ratings and key in DIGIT_KEYS:
            model.setData(index, DIGIT_KEYS[key])
            self._go(index.row(), index.column() + 1)
        elif in_ratings and key == Qt.Key.Key_Space:
            model.setData(index, BLANK)
            self._go(index.row(), index.column() + 1)
        elif key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            if key == Qt.Key.Key_Backspace and not index.data() and index.column() > 0:
                index = model.index(index.row(), index.column() - 1)
                self.setCurrentIndex(index)
            model.setData(index, "" if index.column() == model.comment_column else None)
        elif in_ratings and event.text() and event.text().isprintable():
            event.accept()  # another letter or digit: ignored
        else:
            super().keyPressEvent(event)

    def closeEditor(self, editor, hint) -> None:
        enter = hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        if enter:
            self.next_form()


class SubmitResponses(SessionCommand):
    """Several responses written together; undo takes them away, redo brings them back."""

    def __init__(self, session: WorkshopSession, forms, text: str, parent=None):
        super().__init__(session, text, parent)
        self.forms = [
            (FeedbackResponse(workshop_id=session.workshop_id, comment=comment), ratings)
            for ratings, comment in forms
        ]

    def _set_deleted(self, deleted: bool) -> bool:
        def write(ws):
            with ws.db.atomic():
                for response, _ratings in self.forms:
                    (ws.feedback.soft_delete if deleted else ws.feedback.restore)(response.id)

        return self.session.run_write(write, entries_changed=False, tables=TABLES)

    def redo(self) -> None:
        if self._done_once:
            self._set_deleted(False)
            return

        def write(ws):
            with ws.db.atomic():
                for response, ratings in self.forms:
                    ws.feedback.submit(response, ratings)

        self._first_redo(self.session.run_write(write, entries_changed=False, tables=TABLES))

    def undo(self) -> None:
        self._set_deleted(True)


class PaperEntryDialog(QDialog):
    def __init__(self, session: WorkshopSession, undo_stack: QUndoStack, parent=None):
        super().__init__(parent)
        self.setObjectName("paperEntryDialog")
        self.setWindowTitle(self.tr("Type paper feedback forms"))
        self.session, self.undo_stack = session, undo_stack
        self.model = PaperFormsModel(
            session.workspace.feedback_questions.for_workshop(session.workshop_id), self
        )
        self.grid = PaperGrid(self.model, self)
        help_text = self.tr(
            "One row per paper form. Type 1 to 5 for each question (Space: left blank on "
            "paper; Backspace: correct), then the comment if any; Enter goes to the next form."
        )
        intro = QLabel(help_text, self)
        intro.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("paperMessage")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            button.setAutoDefault(False)  # Enter belongs to the grid
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(900, 500)

    def save(self) -> bool:
        """Write the complete forms (one undo step); incomplete ones stay in the grid."""
        forms = self.model.take_complete()
        if forms:
            command = SubmitResponses(self.session, forms, self.tr("Type paper feedback forms"))
            self.undo_stack.push(command)
            if command.failed:
                self.message.setText(self.session.last_error or self.tr("Nothing was saved."))
                return False
        left = len(self.model.rows) - (1 if self.model.is_empty(self.model.rows[-1]) else 0)
        if left:
            self.message.setText(
                fill(
                    self.tr(
                        "%1 form(s) saved. The forms still in the grid are incomplete: "
                        "type a rating or Space for each question."
                    ),
                    len(forms),
                )
            )
            self.grid.setCurrentIndex(self.model.index(0, 0))
            return False
        self.accept()
        return True


def open_paper_entry(parent: QWidget, session, undo_stack: QUndoStack):
    if session is None:
        return None
    if not session.workspace.feedback_questions.for_workshop(session.workshop_id):
        message_box(
            parent,
            QCoreApplication.translate("Feedback", "No feedback questions"),
            QCoreApplication.translate("Feedback", "Add questions first."),
        )
        return None
    dialog = PaperEntryDialog(session, undo_stack, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    dialog.grid.setFocus()
    return dialog


def print_paper_form(parent: QWidget, session, path: str | Path | None = None) -> Path | None:
    """Ask where to write the paper form (unless ``path``), write it, say where it is."""
    if session is None:
        return None
    questions = session.workspace.feedback_questions.for_workshop(session.workshop_id)
    if path is None:
        start = str(Path.home() / QCoreApplication.translate("Feedback", "feedback-form.pdf"))
        path, _filter = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("Feedback", "Print paper feedback form"),
            start,
            "PDF (*.pdf)",
        )
        if not path:
            return None
    from workshop_app.reports.feedback_form import write_feedback_form

    language = session.workshop.language
    try:
        written = write_feedback_form(
            path,
            [q.text for q in questions],
            language=language,
            workshop_line=session.workshop.title,
        )
    except ExportFailed as error:
        message_box(
            parent,
            QCoreApplication.translate("Feedback", "The form was not written"),
            export_error_text(error),
        )
        return None
    message_box(
        parent,
        QCoreApplication.translate("Feedback", "Paper feedback form"),
        fill(QCoreApplication.translate("Feedback", "Written to %1"), written),
    )
    return written
