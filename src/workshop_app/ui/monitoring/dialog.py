"""The monitoring dialog of a programme: its challenges on one tab, the indicators of each
action and their measurements on the other. Insert adds a row, Delete removes the current
one, F2 edits a cell; every change is an undo step of the window's stack."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workshop_app.store.indicators import propose_measurements
from workshop_app.ui.monitoring.models import (
    ChallengeModel,
    IndicatorModel,
    MeasurementModel,
    RecordTableModel,
)


class RecordTable(QTableView):
    """A table of records: Insert adds a row and edits it, Delete removes the current one
    (when no cell is being edited)."""

    def keyPressEvent(self, event) -> None:
        model = self.model()
        if self.state() != QAbstractItemView.State.EditingState:
            if event.key() == Qt.Key.Key_Insert:
                _add(self, model)
                return
            if event.key() == Qt.Key.Key_Delete and self.currentIndex().isValid():
                model.remove_row(self.currentIndex().row())
                return
        super().keyPressEvent(event)


def _table(model: RecordTableModel, parent: QWidget) -> QTableView:
    view = RecordTable(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(True)
    return view


def _add(view: QTableView, model: RecordTableModel) -> None:
    row = model.add_row()
    if row >= 0:
        index = model.index(row, 0 if not isinstance(model, ChallengeModel) else 1)
        view.setCurrentIndex(index)
        view.edit(index)


class MonitoringDialog(QDialog):
    def __init__(self, session, stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Monitoring of the programme"))
        self.session = session
        self.stack = stack
        programme_id = session.programme.id
        workspace = session.workspace
        self.tabs = QTabWidget(self)

        # challenges
        self.challenges = ChallengeModel(session, stack, programme_id, self)
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.challenge_view = _table(self.challenges, page)
        layout.addWidget(self.challenge_view)
        layout.addLayout(self._buttons(page, self.challenge_view, self.challenges))
        self.tabs.addTab(page, self.tr("&Challenges"))

        # indicators and measurements
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.action_box = QComboBox(page)
        self.action_box.setAccessibleName(self.tr("Action"))
        for action in workspace.actions.for_programme(programme_id):
            self.action_box.addItem(
                self.tr("Action %1: %2")
                .replace("%1", str(action.number))
                .replace("%2", action.title),
                action.id,
            )
        label = QLabel(self.tr("&Action:"), page)
        label.setBuddy(self.action_box)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.action_box, 1)
        layout.addLayout(row)
        self.indicators = IndicatorModel(session, stack, self.action_box.currentData(), self)
        self.indicator_view = _table(self.indicators, page)
        layout.addWidget(self.indicator_view, 2)
        layout.addLayout(self._buttons(page, self.indicator_view, self.indicators))
        self.measurements = MeasurementModel(session, stack, self)
        self.measurement_view = _table(self.measurements, page)
        layout.addWidget(QLabel(self.tr("Measurements of the selected indicator"), page))
        layout.addWidget(self.measurement_view, 2)
        buttons = self._buttons(page, self.measurement_view, self.measurements)
        self.propose_button = QPushButton(self.tr("&Propose from a workshop…"), page)
        self.propose_button.clicked.connect(self._show_proposals)
        buttons.addWidget(self.propose_button)
        layout.addLayout(buttons)
        self.tabs.addTab(page, self.tr("&Indicators"))

        self.action_box.currentIndexChanged.connect(
            lambda: self.indicators.set_action(self.action_box.currentData())
        )
        self.indicator_view.selectionModel().currentRowChanged.connect(self._indicator_chosen)
        self.indicators.modelReset.connect(self._rebind_selection)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(self.tabs)
        outer.addWidget(close)
        self.resize(900, 600)

    def _buttons(self, page, view: QTableView, model: RecordTableModel) -> QHBoxLayout:
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add (Ins)"), page)
        add.clicked.connect(lambda: _add(view, model))
        remove = QPushButton(self.tr("Remove (Del)"), page)
        remove.clicked.connect(lambda: model.remove_row(view.currentIndex().row()))
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        return row

    def _rebind_selection(self) -> None:
        self.measurements.set_indicator(None)

    def _indicator_chosen(self, current, _previous=None) -> None:
        if current.isValid():
            self.measurements.set_indicator(self.indicators.record_at(current.row()))
        else:
            self.measurements.set_indicator(None)

    def proposals(self) -> list:
        """What Atelier knows of the programme's workshops, to be taken as measurements."""
        workspace = self.session.workspace
        found = []
        for workshop in workspace.workshops.for_programme(self.session.programme.id):
            if workshop.starts_at:
                found.extend((workshop, p) for p in propose_measurements(workspace, workshop.id))
        return found

    def take_proposal(self, proposal) -> bool:
        indicator = self.measurements.indicator
        if indicator is None:
            return False
        return self.measurements.add_measurement(
            proposal.measurement(indicator.id), self.tr("Add measurement")
        )

    def _show_proposals(self) -> None:
        if self.measurements.indicator is None:
            return
        menu = QMenu(self)
        for workshop, proposal in self.proposals():
            what = {
                "attendance": self.tr("Present: %1"),
                "satisfaction": self.tr("Mean rating: %1"),
                "improvements": self.tr("Improvements: %1"),
            }[proposal.source].replace("%1", proposal.detail or self.tr("everyone"))
            text = f"{workshop.title} — {what} = {proposal.value:g}"
            menu.addAction(text).triggered.connect(
                lambda _=False, p=proposal: self.take_proposal(p)
            )
        menu.exec(self.propose_button.mapToGlobal(self.propose_button.rect().bottomLeft()))
