"""The monitoring dialog of a programme: its challenges on one tab, the indicators of each
action and their measurements on the other.

Every change is written at once, as an undo step of the main window's stack: there is
nothing to save, so Escape and Close just close (the window says so). Ctrl+Z and
Ctrl+Shift+Z undo and redo from the dialog, and its status line says what was undone;
the Edit menu of the main window reads the same stack. A value refused (not a number…)
stays typed in its cell, flagged; closing with such a value asks first.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workshop_app.store.indicators import Proposal, WorkshopProposals, proposals_for
from workshop_app.ui.i18n import fill
from workshop_app.ui.monitoring.models import ChallengeModel, IndicatorModel, MeasurementModel
from workshop_app.ui.monitoring.proposals import ProposalWords
from workshop_app.ui.monitoring.record_model import RecordTableModel
from workshop_app.ui.monitoring.views import RecordTable
from workshop_app.ui.monitoring.wording import short, undo_keys

WIDTHS = {
    "challenge": {"theme": 150, "challenge": 250, "baseline": 260},
    "indicator": {
        "kind": 110,
        "unit": 80,
        "baseline": 140,
        "target": 140,
        "direction": 120,
        "source": 150,
    },
    "measurement": {"measured_on": 110, "value": 110, "territory": 180},
}
"""Starting widths of the columns, never below their header's; the one in :data:`STRETCH`
takes the room left."""
STRETCH = {"challenge": "goal", "indicator": "name", "measurement": "note"}
LINES = {"challenge": 3, "indicator": 2, "measurement": 2}
"""How many lines of text a row shows (the tooltip and the editor hold the rest)."""


class MonitoringDialog(QDialog):
    def __init__(self, session, stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("monitoringDialog")
        title = self.tr("Monitoring of the programme")  # a literal, for lupdate
        self.setWindowTitle(f"{title} — {short(session.programme.title, 60)}")
        self.session = session
        self.stack = stack
        self.question: QMessageBox | None = None
        self.menu: QMenu | None = None
        self.words = ProposalWords(self)
        programme_id = session.programme.id
        workspace = session.workspace
        self.tabs = QTabWidget(self)

        # challenges
        self.challenges = ChallengeModel(session, stack, programme_id, self)
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.challenge_view = self._table(self.challenges, page)
        layout.addWidget(self.challenge_view)
        layout.addLayout(self._buttons(page, self.challenge_view))
        self.tabs.addTab(page, self.tr("&Challenges"))

        # indicators and measurements
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.action_box = QComboBox(page)
        self.action_box.setAccessibleName(self.tr("Action"))
        for action in workspace.actions.for_programme(programme_id):
            self.action_box.addItem(
                fill(self.tr("Action %1: %2"), action.number, action.title), action.id
            )
        label = QLabel(self.tr("&Action:"), page)
        label.setBuddy(self.action_box)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.action_box, 1)
        layout.addLayout(row)
        self.indicators = IndicatorModel(session, stack, self.action_box.currentData(), self)
        self.indicator_view = self._table(self.indicators, page)
        layout.addWidget(self.indicator_view, 2)
        layout.addLayout(self._buttons(page, self.indicator_view))
        self.measurements = MeasurementModel(session, stack, self)
        self.measurement_view = self._table(self.measurements, page)
        self.measurement_label = QLabel(page)
        self.measurement_label.setTextFormat(Qt.TextFormat.PlainText)
        self.measurement_label.setBuddy(self.measurement_view)
        layout.addWidget(self.measurement_label)
        layout.addWidget(self.measurement_view, 2)
        buttons = self._buttons(page, self.measurement_view)
        self.propose_button = QPushButton(self.tr("&Propose from a workshop…"), page)
        self.propose_button.setAutoDefault(False)
        self.propose_button.setToolTip(
            self.tr(
                "Values Atelier already knows: attendance by role, feedback means (from five "
                "answers), improvements by status"
            )
        )
        self.propose_button.clicked.connect(self._show_proposals)
        buttons.addWidget(self.propose_button)
        layout.addLayout(buttons)
        self.tabs.addTab(page, self.tr("&Indicators"))

        self.action_box.currentIndexChanged.connect(self._action_chosen)
        self.indicator_view.selectionModel().currentRowChanged.connect(self._indicator_chosen)
        self.indicators.modelReset.connect(self._indicators_reset)
        self.indicators.dataChanged.connect(self._show_measurement_label)

        # saved as typed; undo, redo and what they did
        self.hint = QLabel(
            fill(
                self.tr(
                    "Changes are saved as you type: there is nothing to save. %1 undoes the "
                    "last one. Escape drops what is typed in a cell, or closes the window."
                ),
                undo_keys(),
            ),
            self,
        )
        self.hint.setObjectName("monitoringHint")
        self.hint.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("monitoringStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        self.undo_action = QAction(self.tr("&Undo"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(self.tr("&Redo"), self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(self.redo)
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
        self.undo_button = self._plain_button(self.tr("Undo"), self.undo)
        self.redo_button = self._plain_button(self.tr("Redo"), self.redo)
        # the actions stay enabled, to say "Nothing to undo" rather than nothing at all
        self.undo_button.setEnabled(stack.canUndo())
        stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.redo_button.setEnabled(stack.canRedo())
        stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setToolTip(stack.undoText())
        self.redo_button.setToolTip(stack.redoText())
        stack.undoTextChanged.connect(self.undo_button.setToolTip)
        stack.redoTextChanged.connect(self.redo_button.setToolTip)
        close = self._plain_button(self.tr("Close"), self.reject)
        close.setObjectName("monitoringClose")
        bottom = QHBoxLayout()
        bottom.addWidget(self.undo_button)
        bottom.addWidget(self.redo_button)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(close)

        for model in (self.challenges, self.indicators, self.measurements):
            model.problem.connect(lambda text: self.say(text, problem=True))
            model.notice.connect(self.say)
        outer = QVBoxLayout(self)
        outer.addWidget(self.tabs, 1)
        outer.addWidget(self.hint)
        outer.addLayout(bottom)
        self.resize(1000, 640)
        self._indicators_reset()
        self.challenge_view.select_row(0, 1)
        self.challenge_view.setFocus()

    # -- building ---------------------------------------------------------------------
    def _table(self, model: RecordTableModel, page: QWidget) -> RecordTable:
        view = RecordTable(model, self.territories, page)
        view.setObjectName(f"{model.table}View")
        view.setWordWrap(True)
        lines = LINES.get(model.table, 1)
        view.verticalHeader().setDefaultSectionSize(lines * view.fontMetrics().lineSpacing() + 12)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(60)
        for section, column in enumerate(model.columns):
            if column.field == STRETCH.get(model.table):
                header.setSectionResizeMode(section, QHeaderView.ResizeMode.Stretch)
                continue
            header.setSectionResizeMode(section, QHeaderView.ResizeMode.Interactive)
            wanted = WIDTHS.get(model.table, {}).get(column.field, 120)
            header.resizeSection(
                section, max(wanted, header.sectionSizeFromContents(section).width())
            )
        return view

    def _plain_button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)  # Enter in a table edits a cell, never presses a button
        button.clicked.connect(slot)
        return button

    def _buttons(self, page: QWidget, view: RecordTable) -> QHBoxLayout:
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add (Ins)"), page)
        add.setAutoDefault(False)
        add.clicked.connect(view.add_row)
        remove = QPushButton(self.tr("Remove (Del)"), page)
        remove.setAutoDefault(False)
        remove.clicked.connect(view.remove_current)
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        return row

    def territories(self) -> list[str]:
        return self.session.workspace.measurements.territories(self.session.programme.id)

    # -- the status line, undo and redo -----------------------------------------------
    def say(self, text: str, problem: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #b3261e; font-weight: bold" if problem else "")

    def undo(self) -> None:
        if not self.stack.canUndo():
            self.say(self.tr("Nothing to undo."))
            return
        text = self.stack.undoText()
        self.stack.undo()
        self.say(fill(self.tr("Undone: %1."), text))

    def redo(self) -> None:
        if not self.stack.canRedo():
            self.say(self.tr("Nothing to redo."))
            return
        text = self.stack.redoText()
        self.stack.redo()
        self.say(fill(self.tr("Redone: %1."), text))

    # -- closing ----------------------------------------------------------------------
    def kept_typing(self) -> int:
        """How many refused values are still typed in cells (they would be lost)."""
        return sum(len(m.drafts) for m in (self.challenges, self.indicators, self.measurements))

    def reject(self) -> None:
        kept = self.kept_typing()
        if not kept:
            super().reject()
            return
        self.question = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Close the monitoring?"),
            self.tr(
                "%n value(s) typed could not be saved (marked ⚠ in the tables). Close and "
                "drop them?",
                "",
                kept,
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        drop = self.question.addButton(
            self.tr("Close anyway"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.question.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        self.question.setDefaultButton(self.question.buttons()[-1])
        self.question.finished.connect(
            lambda _result: (
                self._close_dropping() if self.question.clickedButton() is drop else None
            )
        )
        self.question.open()

    def _close_dropping(self) -> None:
        for model in (self.challenges, self.indicators, self.measurements):
            model.drafts.clear()
        super().reject()

    # -- indicators and measurements --------------------------------------------------
    def _action_chosen(self) -> None:
        self.indicators.set_action(self.action_box.currentData())

    def _indicators_reset(self) -> None:
        if self.indicators.rowCount():
            self.indicator_view.select_row(0)
            self._indicator_chosen(self.indicator_view.currentIndex())
        else:
            self._indicator_chosen(self.indicator_view.currentIndex())

    def _indicator_chosen(self, current, _previous=None) -> None:
        if current.isValid():
            self.measurements.set_indicator(self.indicators.record_at(current.row()))
        else:
            self.measurements.set_indicator(None)
        self._show_measurement_label()

    def _show_measurement_label(self, *_args) -> None:
        current = self.indicator_view.currentIndex()
        if self.measurements.indicator is None or not current.isValid():
            self.measurement_label.setText(self.tr("Measurements (choose an indicator above)"))
            return
        name = self.indicators.record_at(current.row()).name  # as just typed
        self.measurement_label.setText(
            fill(self.tr("&Measurements of “%1”"), short(name, 80).replace("&", "&&"))
        )

    # -- proposals --------------------------------------------------------------------
    def proposals(self) -> list[WorkshopProposals]:
        """What the programme's workshops can give the chosen indicator (see
        :func:`~workshop_app.store.indicators.proposals_for`)."""
        indicator = self.measurements.indicator
        if indicator is None:
            return []
        return proposals_for(self.session.workspace, indicator)

    def take_proposal(self, proposal: Proposal, workshop_title: str = "") -> bool:
        indicator = self.measurements.indicator
        if indicator is None:
            return False
        measurement = proposal.measurement(indicator.id, self.words.note(proposal, workshop_title))
        name = fill(self.tr("Add a measurement from “%1”"), short(workshop_title))
        if not self.measurements.add_measurement(measurement, name):
            return False
        self.measurement_view.select_row(self.measurements.row_of(measurement.id), 1)
        self.say(fill(self.tr("Added: %1."), self.words.describe(proposal)))
        return True

    def proposal_menu(self) -> QMenu | None:
        indicator = self.measurements.indicator
        if indicator is None:
            self.say(self.tr("Choose an indicator in the table first."))
            return None
        self.menu = self.words.menu(self, indicator, self.proposals(), self.take_proposal)
        return self.menu

    def _show_proposals(self) -> None:
        menu = self.proposal_menu()
        if menu is not None:
            menu.exec(self.propose_button.mapToGlobal(self.propose_button.rect().bottomLeft()))
