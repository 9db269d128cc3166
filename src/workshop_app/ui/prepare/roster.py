"""The roster side panel: check people in by typing their name, see who came, by role.

Typing a few letters offers the programme's people (ignoring case and accents); Enter
checks in the one named, or adds a new person (role "other") and checks them in — one
undo step each. Shift+Enter always adds a new person. The table edits names, roles and
organisations and ticks presence; Delete erases a person for good, after confirmation.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.enums import ParticipantRole
from workshop_app.ui import labels
from workshop_app.ui.i18n import fill
from workshop_app.ui.models.roles import ID_ROLE
from workshop_app.ui.prepare.dialog_parts import named
from workshop_app.ui.prepare.name_completer import NameCompleter
from workshop_app.ui.prepare.role_delegate import RoleDelegate, RoleKeys, role_keys_help
from workshop_app.ui.prepare.roster_edits import CheckIn, Outcome
from workshop_app.ui.prepare.roster_model import WATCHED_TABLES, RosterModel
from workshop_app.ui.session import WorkshopSession


class CheckInEdit(QLineEdit):
    """A line edit whose Enter says which completion, if any, was highlighted.

    :attr:`submitted` carries (text, id of the person highlighted in the popup or ``""``,
    whether Shift was held: "add as a new person").
    """

    submitted = Signal(str, str, bool)
    left = Signal()
    """Escape (with no completion list open): back to where the person was capturing."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        completer = self.completer()
        popup_open = completer is not None and completer.popup().isVisible()
        if event.key() == Qt.Key.Key_Escape and not popup_open:
            event.accept()
            self.left.emit()
            return
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            super().keyPressEvent(event)
            return
        chosen = ""
        completer = self.completer()
        if completer is not None and completer.popup().isVisible():
            index = completer.popup().currentIndex()
            if index.isValid():
                chosen = str(index.data(ID_ROLE) or "")
            completer.popup().hide()
        force_new = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        event.accept()
        self.submitted.emit(self.text(), chosen, force_new)


class RosterPanel(QWidget):
    """Check-in box, attendance counts and the roster table of ``session``'s programme.

    Object names: ``rosterPanel``, ``checkInEdit``, ``checkInStatus``, ``attendanceCounts``,
    ``rosterView``, ``eraseParticipantButton``, ``eraseParticipantAction``, and the
    confirmation box ``eraseConfirmation`` (button ``eraseConfirmButton``), or, when the
    person is named in texts, the review ``nameReview`` (same button).
    """

    checked_in = Signal(str)
    """A person (their id) was checked in or added to the roster."""
    participant_erased = Signal(str)
    """A person (their id) was erased; the undo history has been cleared."""
    left = Signal()
    """Escape in the check-in box: the person is done checking in."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("rosterPanel")
        self.setAccessibleName(self.tr("Participants"))
        self.session: WorkshopSession | None = None
        self.undo_stack: QUndoStack | None = None
        self.last_message: QMessageBox | QDialog | None = None
        self.last_check_in: CheckIn | None = None
        self.model = RosterModel(self)
        self._build()
        self.set_session(None, None)

    # -- construction -----------------------------------------------------------------
    def _build(self) -> None:
        self.check_in_edit = named(CheckInEdit(self), "checkInEdit", self.tr("Check in"))
        self.check_in_edit.setAccessibleDescription(
            self.tr(
                "Type a name and press Enter to mark the person present. "
                "Shift+Enter adds a new person even if the name resembles another."
            )
        )
        self.check_in_edit.setClearButtonEnabled(True)
        self.completer = NameCompleter(self.model, self)
        self.check_in_edit.setCompleter(self.completer)
        self.check_in_edit.submitted.connect(self._on_submitted)
        self.check_in_edit.left.connect(self.left)
        label = QLabel(self.tr("Chec&k in:"), self)
        label.setBuddy(self.check_in_edit)

        self.status_label = named(QLabel(self), "checkInStatus", self.tr("Check-in result"))
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        self.left.connect(self.status_label.hide)  # done checking in: its news goes too

        self.counts_label = named(QLabel(self), "attendanceCounts", self.tr("Attendance"))
        self.counts_label.setTextFormat(Qt.TextFormat.PlainText)
        self.counts_label.setWordWrap(True)
        font = self.counts_label.font()
        font.setBold(True)
        self.counts_label.setFont(font)

        self.view = named(QTableView(self), "rosterView", self.tr("Participants of the programme"))
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(RosterModel.ROLE, RoleDelegate(self.view))
        self.role_keys = RoleKeys(self.view, RosterModel.ROLE)
        self.view.installEventFilter(self)  # Escape: back to capturing
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.view.setTabKeyNavigation(False)
        self.view.setAlternatingRowColors(True)
        self.view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setWordWrap(False)  # one line per person; long organisations are elided
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        # Presence first (a list to tick), organisation last: in a narrow side panel it is
        # the one that gets elided, or scrolled to.
        header.moveSection(header.visualIndex(RosterModel.PRESENT), 0)
        header.setSectionResizeMode(RosterModel.PRESENT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RosterModel.NAME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RosterModel.ROLE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RosterModel.ORGANISATION, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)

        self.erase_action = QAction(self.tr("&Erase this person for good…"), self.view)
        self.erase_action.setObjectName("eraseParticipantAction")
        self.erase_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.erase_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.erase_action.triggered.connect(lambda: self.request_erase())
        self.view.addAction(self.erase_action)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.erase_button = named(
            QPushButton(self.tr("Erase…"), self),
            "eraseParticipantButton",
            self.tr("Erase the selected person for good (right to erasure)"),
        )
        delete_key = self.erase_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.erase_button.setToolTip(f"{self.erase_button.accessibleName()} ({delete_key})")
        self.erase_button.clicked.connect(lambda: self.request_erase())
        self.hint_label = named(QLabel(self), "rosterHint", self.tr("Keyboard help"))
        self.hint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.hint_label.setWordWrap(True)
        self.hint_label.setEnabled(False)  # greyed: a hint, not content

        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.check_in_edit, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint_label, 1)
        bottom.addWidget(self.erase_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.status_label)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        QWidget.setTabOrder(self.check_in_edit, self.view)
        QWidget.setTabOrder(self.view, self.erase_button)

    def eventFilter(self, watched, event) -> bool:
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
            and self.view.state() != QAbstractItemView.State.EditingState
        ):
            self.left.emit()
            return True
        return super().eventFilter(watched, event)

    # -- session ----------------------------------------------------------------------
    def set_session(self, session: WorkshopSession | None, undo_stack: QUndoStack | None) -> None:
        """Show ``session``'s programme and workshop (``None``: an empty, disabled panel)."""
        if self.session is not None:
            with contextlib.suppress(RuntimeError, TypeError):  # the old session may be gone
                self.session.record_changed.disconnect(self._on_record_changed)
        self.session, self.undo_stack = session, undo_stack
        self.model.set_session(session, undo_stack)
        if session is not None:
            session.record_changed.connect(self._on_record_changed)
        usable = session is not None and session.programme is not None and undo_stack is not None
        has_workshop = usable and session.workshop is not None
        self.check_in_edit.setEnabled(usable)
        self.view.setEnabled(usable)
        self.view.setColumnHidden(RosterModel.PRESENT, not has_workshop)
        if has_workshop:
            self.hint_label.setText(
                self.tr("Space: present/absent · 1–8: role · F2: edit · Delete: erase")
            )
        else:
            self.hint_label.setText(self.tr("1–8: role · F2: edit · Delete: erase"))
        if has_workshop:
            self.check_in_edit.setPlaceholderText(self.tr("Type a name, then Enter"))
        elif usable:
            self.check_in_edit.setPlaceholderText(self.tr("Type a name, then Enter to add"))
        else:
            self.check_in_edit.setPlaceholderText(self.tr("Choose a programme first"))
        self.status_label.clear()
        self.status_label.setVisible(False)
        self._update_counts()
        self._update_buttons()

    def _on_record_changed(self, table: str) -> None:
        if table in WATCHED_TABLES:
            self._update_counts()
            self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        self.erase_button.setEnabled(self.model.editor is not None and self._current_row() >= 0)

    def _current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    # -- counts -----------------------------------------------------------------------
    def counts_text(self) -> str:
        """ "5 present · Resident / user 3 · Social worker 2", or the roster size."""
        s = self.session
        if s is None or s.programme is None:
            return ""
        if s.workshop is None:
            return self.tr("%n person(s) on the roster", "", self.model.rowCount())
        counts = s.workspace.attendance.counts_by_role(s.workshop.id)
        total = sum(counts.values())
        parts = [self.tr("%n present", "", total)]
        parts += [
            f"{labels.participant_role(role)} {counts[role]}"
            for role in ParticipantRole
            if counts.get(role)
        ]
        return " · ".join(parts)

    def _update_counts(self) -> None:
        text = self.counts_text()
        self.counts_label.setText(text)
        self.counts_label.setAccessibleDescription(text)
        self.counts_label.setVisible(bool(text))

    # -- checking in ----------------------------------------------------------------
    def _on_submitted(self, text: str, chosen_id: str, force_new: bool) -> None:
        self.check_in(text, chosen_id=chosen_id or None, force_new=force_new)

    def check_in(
        self, text: str | None = None, *, chosen_id: str | None = None, force_new: bool = False
    ) -> CheckIn | None:
        """Check in the person named ``text`` (default: what the box holds)."""
        editor = self.model.editor
        if editor is None or self.session is None or self.session.programme is None:
            return None
        typed = self.check_in_edit.text() if text is None else text
        proposal, self._proposal = getattr(self, "_proposal", None), None
        if proposal and proposal[0] == typed and not chosen_id and not force_new:
            chosen_id = proposal[1]  # Enter again: yes, the person proposed
            typed = editor.ws.participants.get(chosen_id).display_name
        result = editor.check_in_text(typed, chosen_id=chosen_id, force_new=force_new)
        if result.outcome is Outcome.CLOSE_MATCH:
            self._proposal = (typed, result.matches[0].id)
        self.last_check_in = result
        message = self._message(result, typed)
        if message:
            self.status_label.setText(message)
            self.status_label.setAccessibleDescription(message)
            self.status_label.setVisible(True)
        if result.outcome in (
            Outcome.CHECKED_IN,
            Outcome.ADDED,
            Outcome.ALREADY_PRESENT,
            Outcome.ON_ROSTER,
        ):
            self.check_in_edit.clear()
            self.completer.popup().hide()
            self._show_person(result.participant.id)
            if result.outcome in (Outcome.CHECKED_IN, Outcome.ADDED):
                self.checked_in.emit(result.participant.id)
        return result

    def _message(self, result: CheckIn, typed: str) -> str:
        name = result.participant.display_name if result.participant else typed.strip()
        texts = {
            Outcome.CHECKED_IN: self.tr("%1 is checked in."),
            Outcome.ALREADY_PRESENT: self.tr("%1 is already checked in: nothing to do."),
            Outcome.ON_ROSTER: self.tr("%1 is already on the roster."),
            Outcome.AMBIGUOUS: self.tr(
                "Several people match “%1”: choose one with the arrow keys, "
                "or press Shift+Enter to add a new person."
            ),
        }
        if result.outcome is Outcome.CLOSE_MATCH:
            return fill(
                self.tr(
                    "Nobody is called “%1”. Did you mean %2? Enter checks in %2; "
                    "Shift+Enter adds “%1” as a new person."
                ),
                typed.strip(),
                result.matches[0].display_name,
            )
        if result.outcome is Outcome.ADDED:
            if self.session.workshop is None:
                return self.tr("%1 is added to the roster.").replace("%1", name)
            return fill(
                self.tr(
                    "%1 is new: added to the roster and checked in. Their role: Tab, then "
                    "its number (%2)."
                ),
                name,
                role_keys_help(),
            )
        if result.outcome is Outcome.FAILED:
            return result.error or self.tr("The check-in could not be saved.")
        text = texts.get(result.outcome)
        return text.replace("%1", name) if text else ""

    def _show_person(self, participant_id: str) -> None:
        row = self.model.row_of(participant_id)
        if row >= 0:
            index = self.model.index(row, RosterModel.NAME)
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
            self.view.horizontalScrollBar().setValue(0)  # keep the ticks in sight

    # -- erasure ----------------------------------------------------------------------
    def request_erase(self, row: int | None = None) -> QMessageBox | QDialog | None:
        """Ask (without blocking) whether to erase the person at ``row`` (default: current).

        Returns the confirmation box, also kept as :attr:`last_message`; its
        ``eraseConfirmButton`` erases, Cancel (the default, and Escape) does nothing. When
        the person's name or first name stands in texts of the programme, the box is a
        review of those texts (:meth:`review_erasure`).
        """
        row = self._current_row() if row is None else row
        if self.model.editor is None or not (0 <= row < self.model.rowCount()):
            return None
        person = self.model.participant_at(row)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            found = self.model.editor.erasure_findings(person.id)
        finally:
            QApplication.restoreOverrideCursor()
        if found:
            return self.review_erasure(person, found)
        box = QMessageBox(self)
        box.setObjectName("eraseConfirmation")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Erase a person"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr("Erase “%1” from this workspace for good?").replace("%1", person.display_name)
        )
        box.setInformativeText(
            self.tr(
                "Their name and organisation will be deleted and cannot be recovered, "
                "not even with Undo. What they said stays, without their name, and their "
                "attendance still counts by role. The undo history will be cleared."
            )
        )
        erase = box.addButton(self.tr("Erase for good"), QMessageBox.ButtonRole.DestructiveRole)
        erase.setObjectName("eraseConfirmButton")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        person_id = person.id
        erase.clicked.connect(lambda: self.erase(person_id))
        self.last_message = box
        box.open()
        return box

    def review_erasure(self, person, found) -> QDialog:
        """The texts that name ``person`` (``found``), each to be rewritten with their
        role, or not, as part of the erasure; erasing is the dialog's accept button."""
        from workshop_app.reports.names_in_text import workspace_edits
        from workshop_app.reports.wording import wording_for
        from workshop_app.ui.models.name_findings import NameChoice, NameFindingsModel
        from workshop_app.ui.name_review import NameReviewDialog

        workspace = self.model.editor.ws
        programme = self.session.programme
        workshops = {
            w.id: w
            for w in workspace.workshops.select(
                "programme_id = ?", [programme.id], include_deleted=True
            )
        }

        def word(finding) -> str:
            workshop = workshops.get(finding.workshop_id or "")
            language = ((workshop or programme).language or "fr").lower()[:2]
            return wording_for(language if language in ("fr", "en") else "en").person_in_text(
                person.role
            )

        def default(finding) -> NameChoice:
            # a full name goes anyway; a first name another person has stays unless asked
            return (
                NameChoice.KEEP
                if finding.ambiguous and not finding.full_name
                else NameChoice.WORKSPACE
            )

        model = NameFindingsModel(
            found,
            word,
            allowed=(NameChoice.WORKSPACE, NameChoice.KEEP),
            default=default,
            workshop_titles={w.id: w.title for w in workshops.values()},
            erasure=True,
            mention_names=workspace.entries.mentioned_names(f.text for f in found),
        )
        dialog = NameReviewDialog(model, erasing=person.display_name, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        person_id = person.id

        def accepted() -> None:
            chosen = model.chosen(NameChoice.WORKSPACE)
            self.erase(person_id, workspace_edits((f, word(f)) for f in chosen))

        dialog.accepted.connect(accepted)
        self.last_message = dialog
        dialog.open()
        return dialog

    def erase(self, participant_id: str, edits=None) -> bool:
        """Erase the person now, without asking (the confirmation box calls this);
        ``edits``: texts rewritten first (their name or first name replaced with their
        role)."""
        editor = self.model.editor
        if editor is None:
            return False
        if not editor.erase(participant_id, edits):
            message = editor.last_error or self.tr("The person could not be erased.")
            self.status_label.setText(message)
            self.status_label.setVisible(True)
            return False
        self.status_label.setText(
            self.tr("The person was erased. The undo history has been cleared.")
        )
        self.status_label.setVisible(True)
        self._update_counts()
        self._update_buttons()
        self.participant_erased.emit(participant_id)
        return True
