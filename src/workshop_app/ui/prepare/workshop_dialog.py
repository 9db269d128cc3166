"""Creating or editing one workshop: what, when, where, who facilitates, which actions.

OK writes everything as one undo step ("New workshop" / "Edit workshop"). When something
is missing or cannot be written, the dialog says so and stays open with what was typed.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta
from itertools import pairwise

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QStandardItem, QStandardItemModel, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.enums import WorkshopKind, WorkshopStatus
from workshop_app.domain.models import Workshop
from workshop_app.ui import labels
from workshop_app.ui.commands import AddRecords, SessionCommand, SetWorkshopActions, UpdateRecords
from workshop_app.ui.date_edits import localise
from workshop_app.ui.models.roles import ID_ROLE
from workshop_app.ui.prepare.commands import push_as_one_step
from workshop_app.ui.prepare.dialog_parts import ErrorLabel, accept_on_ctrl_enter, named
from workshop_app.ui.session import WorkshopSession

ISO_MINUTES = "yyyy-MM-ddTHH:mm"
"""How ``starts_at``/``ends_at`` are stored: local time, to the minute."""

DEFAULT_HOURS = 3
"""A new workshop lasts this long until told otherwise."""

FIRST_HOUR, LAST_HOUR, MORNING_HOUR = 8, 19, 9
"""A proposed start falls between FIRST_HOUR and LAST_HOUR, else next morning at MORNING_HOUR."""


def parse_local(text: str) -> QDateTime | None:
    """``"2026-03-12T14:00"`` or ``"2026-03-12"`` as a QDateTime; ``None`` if empty or odd."""
    text = (text or "").strip()
    for layout in (ISO_MINUTES, "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd"):
        value = QDateTime.fromString(text, layout)
        if value.isValid():
            return value
    return None


def default_start(now: datetime | None = None) -> QDateTime:
    """When a new workshop starts unless told otherwise: the next o'clock in the day.

    Between 19:00 and 8:00 the next o'clock would be in the night: 9:00 is proposed instead.
    """
    now = now or datetime.now()
    start = now.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
    if start.hour < FIRST_HOUR:
        start = start.replace(hour=MORNING_HOUR)
    elif start.hour > LAST_HOUR or start.date() != now.date():
        start = (start + timedelta(days=1)).replace(hour=MORNING_HOUR)
    return QDateTime(QDate(start.year, start.month, start.day), QTime(start.hour, 0))


class WorkshopDialog(QDialog):
    """Create a workshop in ``session.programme`` (``workshop=None``) or edit ``workshop``.

    After OK, :attr:`workshop` is the workshop as written. Object names: ``workshopDialog``,
    ``workshopTitleEdit``, ``workshopKindCombo``, ``workshopStartEdit``, ``workshopEndEdit``,
    ``workshopPlaceEdit``, ``workshopTerritoryCombo``, ``workshopFacilitatorsEdit``,
    ``workshopLanguageCombo``, ``workshopStatusCombo``, ``workshopActionsList``,
    ``workshopAgendaEdit``, ``errorLabel``, ``workshopButtons``.
    """

    def __init__(
        self,
        session: WorkshopSession,
        undo_stack: QUndoStack,
        workshop: Workshop | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        if workshop is None and session.programme is None:
            raise ValueError("A new workshop needs a session with a programme.")
        self.session = session
        self.undo_stack = undo_stack
        self._original = workshop
        self.is_new = workshop is None
        programme_id = workshop.programme_id if workshop else session.programme.id
        self._draft = (
            dataclasses.replace(workshop)
            if workshop
            else Workshop(programme_id=programme_id, title="")
        )
        self.workshop: Workshop | None = workshop
        ws = session.workspace
        self._actions = ws.actions.for_programme(programme_id)
        self._action_ids_before = ws.workshops.action_ids(workshop.id) if workshop else []
        self._territories = sorted(
            {w.territory.strip() for w in ws.workshops.for_programme(programme_id)} - {""},
            key=str.casefold,
        )
        self._start_touched = self.is_new
        self._end_touched = self.is_new

        self.setObjectName("workshopDialog")
        self.setWindowTitle(self.tr("New workshop") if self.is_new else self.tr("Workshop"))
        self.setAccessibleName(self.windowTitle())
        self._build()
        self._load(self._draft)
        self.resize(900, 600)
        self.title_edit.setFocus()

    # -- construction -----------------------------------------------------------------
    def _build(self) -> None:
        self.title_edit = named(QLineEdit(self), "workshopTitleEdit", self.tr("Workshop title"))
        self.title_edit.setPlaceholderText(self.tr("e.g. Partnership platform — Bron"))
        self.kind_combo = named(QComboBox(self), "workshopKindCombo", self.tr("Kind of workshop"))
        for kind in WorkshopKind:
            self.kind_combo.addItem(labels.workshop_kind(kind), kind.value)

        self.start_edit = named(QDateTimeEdit(self), "workshopStartEdit", self.tr("Starts on"))
        self.start_edit.setCalendarPopup(True)
        localise(self.start_edit, with_time=True)
        self.end_edit = named(QTimeEdit(self), "workshopEndEdit", self.tr("Ends at"))
        self.end_edit.setDisplayFormat("HH:mm")
        when = QHBoxLayout()
        when.addWidget(self.start_edit, 1)
        until = QLabel(self.tr("u&ntil"), self)
        until.setBuddy(self.end_edit)
        when.addWidget(until)
        when.addWidget(self.end_edit)

        self.place_edit = named(QLineEdit(self), "workshopPlaceEdit", self.tr("Place"))
        self.place_edit.setPlaceholderText(self.tr("e.g. Community centre, room 2"))
        self.territory_combo = named(
            QComboBox(self), "workshopTerritoryCombo", self.tr("Territory")
        )
        self.territory_combo.setEditable(True)
        self.territory_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.territory_combo.addItems(self._territories)
        self.territory_combo.lineEdit().setPlaceholderText(self.tr("e.g. Vaulx-en-Velin"))
        self.facilitators_edit = named(
            QLineEdit(self), "workshopFacilitatorsEdit", self.tr("Facilitators")
        )
        self.language_combo = named(
            QComboBox(self), "workshopLanguageCombo", self.tr("Language of the workshop")
        )
        self.language_combo.addItem(self.tr("French"), "fr")
        self.language_combo.addItem(self.tr("English"), "en")
        self.status_combo = named(QComboBox(self), "workshopStatusCombo", self.tr("Status"))
        for status in WorkshopStatus:
            self.status_combo.addItem(labels.workshop_status(status), status.value)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = (
            (self.tr("&Title:"), self.title_edit, self.title_edit),
            (self.tr("&Kind:"), self.kind_combo, self.kind_combo),
            (self.tr("&When:"), when, self.start_edit),
            (self.tr("&Place:"), self.place_edit, self.place_edit),
            (self.tr("Te&rritory:"), self.territory_combo, self.territory_combo),
            (self.tr("&Facilitators:"), self.facilitators_edit, self.facilitators_edit),
            (self.tr("&Language:"), self.language_combo, self.language_combo),
            (self.tr("&Status:"), self.status_combo, self.status_combo),
        )
        for text, field, buddy in rows:
            label = QLabel(text, self)
            label.setBuddy(buddy)
            form.addRow(label, field)

        self.actions_model = QStandardItemModel(self)
        for action in self._actions:
            item = QStandardItem(f"{action.number}. {action.title}")
            item.setToolTip(action.title)
            item.setData(action.id, ID_ROLE)
            item.setCheckable(True)
            item.setEditable(False)
            self.actions_model.appendRow(item)
        self.actions_view = named(
            QListView(self), "workshopActionsList", self.tr("Actions concerned")
        )
        self.actions_view.setModel(self.actions_model)
        self.actions_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.actions_view.setWordWrap(True)
        self.actions_view.setMinimumHeight(90)
        actions_label = QLabel(self.tr("&Actions concerned (Space ticks):"), self)
        actions_label.setBuddy(self.actions_view)
        if not self._actions:
            actions_label.setText(self.tr("The programme has no actions yet."))
            self.actions_view.hide()

        # The free text is the objective and notes, printed under the summary's heading;
        # the timed steps are the agenda (Workshop › Edit Agenda…, Ctrl+F5): one agenda.
        self.agenda_edit = named(
            QPlainTextEdit(self), "workshopAgendaEdit", self.tr("Objective and notes")
        )
        self.agenda_edit.setTabChangesFocus(True)
        self.agenda_edit.setPlaceholderText(
            self.tr(
                "What the session is for, and anything to remember. Printed at the top of "
                "the summary. The timed steps go in the agenda: Workshop › Edit Agenda… "
                "(Ctrl+F5)."
            )
        )
        agenda_label = QLabel(self.tr("Ob&jective and notes:"), self)
        agenda_label.setBuddy(self.agenda_edit)

        right = QVBoxLayout()
        right.addWidget(actions_label)
        right.addWidget(self.actions_view, 2)
        right.addWidget(agenda_label)
        right.addWidget(self.agenda_edit, 3)

        columns = QHBoxLayout()
        columns.addLayout(form, 1)
        columns.addLayout(right, 1)

        self.error_label = ErrorLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("workshopButtons")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setObjectName("okButton")
        ok.setToolTip(self.tr("Save the workshop (Ctrl+Enter)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("cancelButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        accept_on_ctrl_enter(self, self.accept)

        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        chain = [
            self.title_edit,
            self.kind_combo,
            self.start_edit,
            self.end_edit,
            self.place_edit,
            self.territory_combo,
            self.facilitators_edit,
            self.language_combo,
            self.status_combo,
            self.actions_view,
            self.agenda_edit,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _load(self, workshop: Workshop) -> None:
        self.title_edit.setText(workshop.title)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(workshop.kind.value))
        start = parse_local(workshop.starts_at) or default_start()
        self.start_edit.setDateTime(start)
        end = parse_local(workshop.ends_at)
        if end is None:
            end = start.addSecs(DEFAULT_HOURS * 3600)
            if end.date() != start.date():
                end = QDateTime(start.date(), QTime(23, 59))
        self.end_edit.setTime(end.time())
        self.place_edit.setText(workshop.place)
        self.territory_combo.setCurrentText(workshop.territory)
        language = self.language_combo.findData(workshop.language)
        if language < 0:
            self.language_combo.addItem(workshop.language, workshop.language)
            language = self.language_combo.count() - 1
        self.language_combo.setCurrentIndex(language)
        self.facilitators_edit.setText(workshop.facilitators)
        self.status_combo.setCurrentIndex(self.status_combo.findData(workshop.status.value))
        chosen = set(self._action_ids_before)
        for row in range(self.actions_model.rowCount()):
            item = self.actions_model.item(row)
            checked = item.data(ID_ROLE) in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.agenda_edit.setPlainText(workshop.agenda)
        # Only a date or time the person changed is written back: a workshop stored with a
        # date alone keeps it as it is.
        self.start_edit.dateTimeChanged.connect(self._touch_start)
        self.end_edit.timeChanged.connect(self._touch_end)

    def _touch_start(self, *_args) -> None:
        self._start_touched = True

    def _touch_end(self, *_args) -> None:
        self._end_touched = True

    # -- reading the form -------------------------------------------------------------
    def checked_action_ids(self) -> list[str]:
        """Ids of the ticked actions, in action-number order."""
        return [
            self.actions_model.item(row).data(ID_ROLE)
            for row in range(self.actions_model.rowCount())
            if self.actions_model.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_checked_action_ids(self, action_ids: list[str]) -> None:
        wanted = set(action_ids)
        for row in range(self.actions_model.rowCount()):
            item = self.actions_model.item(row)
            state = (
                Qt.CheckState.Checked if item.data(ID_ROLE) in wanted else Qt.CheckState.Unchecked
            )
            item.setCheckState(state)

    def _times(self) -> tuple[str, str]:
        start = self.start_edit.dateTime()
        starts_at = start.toString(ISO_MINUTES) if self._start_touched else self._draft.starts_at
        if self._end_touched or (self._start_touched and self._draft.ends_at):
            ends_at = QDateTime(start.date(), self.end_edit.time()).toString(ISO_MINUTES)
        else:
            ends_at = self._draft.ends_at
        return starts_at, ends_at

    def edited_workshop(self) -> Workshop:
        """The workshop as the form shows it now (not written)."""
        starts_at, ends_at = self._times()
        return dataclasses.replace(
            self._draft,
            title=self.title_edit.text().strip(),
            kind=WorkshopKind(self.kind_combo.currentData()),
            starts_at=starts_at,
            ends_at=ends_at,
            place=self.place_edit.text().strip(),
            territory=self.territory_combo.currentText().strip(),
            facilitators=self.facilitators_edit.text().strip(),
            language=str(self.language_combo.currentData()),
            agenda=self.agenda_edit.toPlainText(),
            status=WorkshopStatus(self.status_combo.currentData()),
        )

    # -- OK ---------------------------------------------------------------------------
    def _problem(self, workshop: Workshop) -> tuple[str, QWidget] | None:
        if not workshop.title:
            return self.tr("The workshop needs a title."), self.title_edit
        start, end = parse_local(workshop.starts_at), parse_local(workshop.ends_at)
        if start is not None and end is not None and "T" in workshop.starts_at and end < start:
            return self.tr("The workshop ends before it starts."), self.end_edit
        return None

    def commands(self, workshop: Workshop, text: str) -> list[SessionCommand]:
        s = self.session
        steps: list[SessionCommand] = []
        if self._original is None:
            steps.append(AddRecords(s, "workshop", [workshop], text))
        elif workshop != self._original:
            steps.append(UpdateRecords(s, "workshop", [self._original], [workshop], text))
        after = self.checked_action_ids()
        if set(after) != set(self._action_ids_before):
            steps.append(SetWorkshopActions(s, workshop.id, self._action_ids_before, after, text))
        return steps

    def apply(self) -> bool:
        """Check and write the form as one undo step; ``False`` keeps the dialog open."""
        workshop = self.edited_workshop()
        problem = self._problem(workshop)
        if problem is not None:
            message, widget = problem
            self.error_label.show_error(message)
            widget.setFocus()
            return False
        text = self.tr("New workshop") if self.is_new else self.tr("Edit workshop")
        if not push_as_one_step(self.undo_stack, text, self.commands(workshop, text)):
            self.error_label.show_error(self.session.last_error or self.tr("Nothing was saved."))
            return False
        self.error_label.clear_error()
        self.workshop = workshop
        return True

    def accept(self) -> None:
        if self.apply():
            super().accept()
