"""The workshop being run: capture box, board, filter, and the side panels.

Keyboard first. The capture box has the focus; Ctrl+1…6 choose the kind; Enter saves.
An improvement answers the *current issue*: the issue of the board's current row, which
right after an issue is captured is that issue. Every change is an undo command.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.enums import EntryKind, WorkshopStatus
from workshop_app.ui import entry_edits
from workshop_app.ui.action_items import ActionItemsPanel
from workshop_app.ui.board_view import BoardView
from workshop_app.ui.capture import CaptureBar
from workshop_app.ui.capture_draft import DraftKeeper
from workshop_app.ui.edit_draft import EditDraftKeeper
from workshop_app.ui.entry_actions import EntryActions
from workshop_app.ui.filing import Filing
from workshop_app.ui.follow_up import FollowUpPanel
from workshop_app.ui.models.board import BoardModel
from workshop_app.ui.prepare import RosterPanel
from workshop_app.ui.session import WorkshopSession
from workshop_app.ui.workshop_header import WorkshopHeader


class WorkshopPage(QWidget):
    """Everything about one workshop. ``set_session(None)`` shows an empty page."""

    status_message = Signal(str)
    """Something to tell the person briefly (status bar)."""

    def __init__(self, undo_stack: QUndoStack, parent=None):
        super().__init__(parent)
        self.setObjectName("workshopPage")
        self.undo_stack = undo_stack
        self.session: WorkshopSession | None = None
        self.header = WorkshopHeader(self)
        self.capture = CaptureBar(self)
        self.drafts = DraftKeeper(self.capture.edit, self, bar=self.capture)
        self.drafts.message.connect(self.status_message)
        self.filing = Filing(self.capture.filing_bar, self)
        self.edit_drafts = EditDraftKeeper(self)
        self.edit_drafts.message.connect(self.status_message)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("searchEdit")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(self.tr("Filter this workshop (Ctrl+F)"))
        self.filter_edit.setAccessibleName(self.tr("Filter the entries of this workshop"))
        self.board = BoardView(self)
        # The model belongs to the view, so the view never outlives it (Qt deletes
        # children in creation order).
        self.board_model = BoardModel(None, self.board)
        self.board.setModel(self.board_model)
        self.action_items = ActionItemsPanel(undo_stack, self)
        self.follow_up = FollowUpPanel(undo_stack, self)
        self.follow_tab = QSplitter(Qt.Orientation.Vertical, self)
        self.follow_tab.setObjectName("followUpSplitter")
        self.follow_tab.addWidget(self.action_items)
        self.follow_tab.addWidget(self.follow_up)
        self.roster = RosterPanel(self)
        self.side_tabs = QTabWidget(self)
        self.side_tabs.setObjectName("sideTabs")
        # Four tabs in a narrow column: shorten their labels rather than hide some behind arrows.
        self.side_tabs.setUsesScrollButtons(False)
        self.side_tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.side_tabs.addTab(self.roster, self.tr("Participants"))
        self.side_tabs.addTab(self.follow_tab, self.tr("Follow-up"))
        self.action_items.model.modelReset.connect(self._count_action_items)
        self._layout()
        self._connect()
        self.entry_menu = EntryActions(self)
        self.set_session(None)

    # -- construction -----------------------------------------------------------------
    def _layout(self) -> None:
        centre = QWidget(self)
        column = QVBoxLayout(centre)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.capture)
        column.addWidget(self.filter_edit)
        column.addWidget(self.board, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("workshopSplitter")
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.side_tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([600, 340])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.splitter, 1)

    def _connect(self) -> None:
        self.capture.edit.submitted.connect(self.capture_text)
        self.capture.kind_changed.connect(lambda _kind: self._show_target())
        self.filing.changed.connect(self._show_target)
        self.capture.filing_bar.choose_requested.connect(self.choose_filing)
        self.capture.edit.textChanged.connect(self._show_preview)
        self.capture.edit.textChanged.connect(self._drop_old_hint)
        self.drafts.message.connect(self.capture.show_hint)  # where the eyes are, too
        self.undo_stack.indexChanged.connect(self._give_back_undone_capture)
        self.undo_stack.indexChanged.connect(self._forget_undo_hint)
        self.roster.left.connect(self.focus_capture)
        self.board.itemDelegate().editing.connect(self.edit_drafts.watch)
        self.edit_drafts.reopen.connect(self._reopen_edit)
        self.filter_edit.textChanged.connect(self.board_model.set_filter)
        self.board_model.fold_ahead = True  # the first keystroke as quick as the next ones
        self.filter_edit.returnPressed.connect(self._leave_filter)
        self.filter_edit.installEventFilter(self)
        self.board_model.edit_requested.connect(self._edit_text)
        self.board_model.rebuilt.connect(self._reselect)
        self.board.selectionModel().currentChanged.connect(self._on_current_changed)
        self.board.escape_pressed.connect(self.focus_capture)
        self.board.vote_pressed.connect(self.vote)
        self.board.delete_pressed.connect(self.remove_current)

    # -- session ---------------------------------------------------------------------
    def set_session(self, session: WorkshopSession | None) -> None:
        self.session = session
        self.capture.show_hint("")  # "Saved. Ctrl+Z…" was about the workshop being left
        self.board_model.set_session(session if session and session.workshop else None)
        self.action_items.set_session(session if session and session.workshop else None)
        self.follow_up.set_session(session if session and session.workshop else None)
        self.roster.set_session(session if session and session.programme else None, self.undo_stack)
        has_workshop = bool(session and session.workshop)
        for widget in (self.capture, self.filter_edit, self.board, self.side_tabs):
            widget.setEnabled(has_workshop)
        for action in self.actions():
            action.setEnabled(has_workshop)
        self.filter_edit.clear()
        self.filing.set_session(session)
        if has_workshop:
            self.capture.set_kind(EntryKind.ISSUE)  # a new workshop starts with its issues
            self.capture.edit.setPlaceholderText(
                self.tr("This workshop is closed: what you type is added to it")
                if session.workshop.status is WorkshopStatus.CLOSED
                else self.tr("Type what is said, then Enter")
            )
            self.refresh_choices()
            session.record_changed.connect(self._on_record_changed)
            # an edited issue (F2) is shown as it now reads in "Answers: …"
            session.entries_changed.connect(lambda *_changes: self._show_target())
            self._select_first_issue()
        # each workshop has its own draft; the one being left is kept first
        if has_workshop:
            self.drafts.switch(session.workspace, session.workshop_id)
            self.edit_drafts.switch(session.workspace, session.workshop_id)
        else:
            self.drafts.switch(None, None)
            self.edit_drafts.switch(None, None)
        self._show_target()

    def refresh_choices(self) -> None:
        if self.session is None or self.session.programme is None:
            return
        choices = entry_edits.marker_choices(self.session)
        titles = {
            a.id: a.title
            for a in self.session.workspace.actions.for_programme(self.session.programme.id)
        }
        self.capture.edit.set_choices(
            choices["themes"], choices["people"], choices["actions"], titles
        )

    def _on_record_changed(self, table: str) -> None:
        if table in ("participant", "theme", "action"):
            self.refresh_choices()

    # -- focus and selection ------------------------------------------------------
    def _count_action_items(self) -> None:
        """The tab says how many items there are, carried-over ones included."""
        count = self.action_items.model.rowCount()
        label = self.tr("Follow-up")
        at = self.side_tabs.indexOf(self.follow_tab)
        self.side_tabs.setTabText(at, f"{label} ({count})" if count else label)

    def show_roster(self) -> None:
        """Bring the participants panel forward with the check-in box focused (Ctrl+K)."""
        self.side_tabs.setCurrentWidget(self.roster)
        edit = self.roster.findChild(QLineEdit, "checkInEdit")
        if edit is not None:
            edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_capture(self) -> None:
        self.capture.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _leave_filter(self) -> None:
        """Enter in the filter: go to the board, on the first entry that matches."""
        if not self.current_entry_id():
            for group in self.board_model.groups():
                if group.rows:
                    self.select_entry(group.rows[0].lead_id)
                    break
        self.board.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def eventFilter(self, watched, event) -> bool:
        if (
            watched is self.filter_edit
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
        ):
            self.filter_edit.clear()
            self.focus_capture()
            return True
        return super().eventFilter(watched, event)

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def toggle_focus(self) -> None:
        if self.capture.edit.hasFocus():
            self.board.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.focus_capture()

    def current_entry_id(self) -> str | None:
        return self.board_model.entry_id_at(self.board.currentIndex())

    def current_issue_id(self) -> str | None:
        return self.board_model.issue_id_at(self.board.currentIndex())

    def select_entry(self, entry_id: str) -> bool:
        index = self.board_model.index_of_entry(entry_id)
        if not index.isValid():
            return False
        self.board.setCurrentIndex(index)
        self.board.scrollTo(index)
        return True

    def reveal_entry(self, entry_id: str) -> bool:
        """Select an entry and give the board the focus, clearing a filter that hides it."""
        if not self.select_entry(entry_id) and self.filter_edit.text():
            self.filter_edit.clear()
        self.board.setFocus(Qt.FocusReason.OtherFocusReason)
        return self.select_entry(entry_id)

    def _select_first_issue(self) -> None:
        for group in self.board_model.groups():
            for row in group.rows:
                if row.issue_id:
                    self.select_entry(row.issue_id)
                    return

    def _reselect(self) -> None:
        if getattr(self, "_remembered", None):
            self.select_entry(self._remembered)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._remembered = self.board_model.entry_id_at(current)
        self._show_target()

    def _show_target(self) -> None:
        """Say what an improvement answers, where the next entry goes, what it will be."""
        issue_id = self.current_issue_id()
        issue = self.session.entries.get(issue_id) if self.session and issue_id else None
        self.capture.show_answer_target(self.session.shown(issue.text) if issue else None)
        self.capture.filing_bar.show_where(
            self.filing.where(self.capture.kind, issue), any(self.filing.context)
        )
        self._show_preview()

    def _show_preview(self) -> None:
        if self.session is None or self.session.programme is None:
            self.capture.filing_bar.show_preview("")
            return
        typed = self.capture.edit.typed_text()
        with_issue = entry_edits.follows_its_issue(
            self.session, self.capture.kind, self.current_issue_id()
        )
        self.capture.filing_bar.show_preview(
            self.filing.preview(typed, entry_edits.read_typed(self.session, typed), with_issue)
        )

    def _forget_undo_hint(self, _index: int) -> None:
        """The undo history emptied (the bin, an erasure): "Ctrl+Z puts it back" no longer
        holds."""
        if self.undo_stack.count() == 0:
            self.capture.show_hint("")

    def _drop_old_hint(self) -> None:
        """A hint about the last capture ("Saved…", "Not recognised…") goes once the next
        one is being typed."""
        if self.capture.edit.typed_text() and self.capture.hint_label.isVisible():
            self.capture.show_hint("")

    def choose_filing(self) -> None:
        """Ctrl+L: set what the next entries are filed under."""
        selected = self.session.entries.get(self.current_entry_id() or "") if self.session else None
        menu = self.filing.menu(selected, self)
        if menu is not None:
            bar = self.capture.filing_bar
            menu.popup(bar.mapToGlobal(bar.where_label.geometry().bottomLeft()))
            self.entry_menu.last_menu = menu

    def _give_back_undone_capture(self, index: int) -> None:
        """Undoing a capture puts what was typed back in an empty capture box, to fix and
        save again; redoing it takes it out again."""
        edit = self.capture.edit
        try:
            stack = self.undo_stack
            undone = stack.command(index) if index < stack.count() else None
            redone = stack.command(index - 1) if index > 0 else None
        except RuntimeError:  # the stack is being destroyed with the window
            return
        if undone is not None and getattr(undone, "typed", None) and not edit.typed_text():
            edit.put_back(undone.typed)
            self.drafts.keep()
            self._show_preview()
            self.capture.show_hint(
                self.tr("Capture undone: its text is back in the box, to fix and save again.")
            )
        elif redone is not None and getattr(redone, "typed", None) == edit.typed_text():
            edit.clear_after_save()
            self.drafts.saved()
            self._show_preview()
            self.capture.show_hint(self.tr("Capture redone: it is back on the board."))

    def set_kind(self, kind: EntryKind) -> None:
        self.capture.set_kind(kind)
        self.focus_capture()

    def step_issue(self, step: int) -> None:
        issues = entry_edits.issues_in_board_order(self.session, self.board_model.groups())
        if not issues:
            return
        current = self.current_issue_id()
        at = (
            issues.index(current) + step
            if current in issues
            else (0 if step > 0 else len(issues) - 1)
        )
        self.select_entry(issues[max(0, min(len(issues) - 1, at))])

    # -- capturing -----------------------------------------------------------------
    def push(self, command) -> bool:
        """Push ``command``; ``False`` if it could not be saved (the message is shown)."""
        if command is None:
            return False
        self.undo_stack.push(command)
        return not command.failed

    def capture_text(self, typed: str) -> None:
        if self.session is None or not typed.strip():
            return
        if self.filter_edit.text():
            # Capturing shows everything again: the new entry, and the issue it answers,
            # must be on the board (the selection is kept through the rebuild).
            self.filter_edit.clear()
        kind = self.capture.kind
        command, unresolved = entry_edits.capture(
            self.session, kind, typed, self.current_issue_id(), self.filing.context
        )
        if command is None:
            self.capture.show_hint(
                self.tr("Nothing to save: type what was said, not only markers.")
            )
            return
        if not self.push(command):
            return  # the text stays in the box
        self.capture.edit.clear_after_save()
        self.drafts.saved()
        entry = command.records[0]
        if kind in (EntryKind.ISSUE, EntryKind.IMPROVEMENT, EntryKind.DECISION):
            self.select_entry(entry.id)  # a decision is selected, ready for Ctrl+J
        else:
            index = self.board_model.index_of_entry(entry.id)
            if index.isValid():
                self.board.scrollTo(index)
        self.capture.show_hint(
            self.tr("Not recognised, kept in the text: %1").replace("%1", " ".join(unresolved))
            if unresolved
            else self.tr("Saved. Ctrl+Z takes it back into the box.")
        )
        self._show_target()

    # -- editing the current entry ---------------------------------------------------
    def _edit_text(self, entry_id: str, typed: str) -> None:
        self.push(entry_edits.edit_text(self.session, entry_id, typed))
        # an edit that moves the entry rebuilds the board and drops the editor: keep the
        # keyboard on the board, on the entry
        QTimer.singleShot(0, self._back_to_board)

    def _reopen_edit(self, entry_id: str, text: str) -> None:
        """An edit kept through a crash: the entry's editor again, holding that text."""
        index = self.board_model.index_of_entry(entry_id)
        if not index.isValid():
            return
        self.select_entry(entry_id)
        self.board.setFocus(Qt.FocusReason.OtherFocusReason)
        self.board.edit(index)
        editor = self.board.indexWidget(index)
        if editor is not None and hasattr(editor, "set_text"):
            editor.set_text(text)
            self.edit_drafts.said_back()

    def _back_to_board(self) -> None:
        if self.board.state() != QAbstractItemView.State.EditingState:
            self.board.setFocus(Qt.FocusReason.OtherFocusReason)

    def edit_current(self) -> None:
        index = self.board.currentIndex()
        if self.board_model.entry_id_at(index):
            if index.column() == BoardModel.STATUS:
                index = index.siblingAtColumn(BoardModel.IMPROVEMENT)
            self.board.setFocus()
            self.board.edit(index)

    def vote(self, delta: int) -> None:
        entry_id = self.current_entry_id()
        if entry_id:
            self.push(entry_edits.vote(self.session, entry_id, delta))
        else:
            self.status_message.emit(self.tr("Select an entry on the board first (↑/↓)."))

    def _toggle_sort(self) -> None:
        by_votes = self.entry_menu.sort_votes_action.isChecked()
        self.board_model.set_sort_by_votes(by_votes)
        self.status_message.emit(
            self.tr("Sorted by votes (Ctrl+Shift+V to go back to the order of capture).")
            if by_votes
            else self.tr("In the order of capture.")
        )

    def unlink_current(self) -> None:
        entry_id = self.current_entry_id()
        if entry_id and self.session.entries[entry_id].kind is EntryKind.IMPROVEMENT:
            self.push(entry_edits.unlink(self.session, entry_id))

    def move_link(self, step: int) -> None:
        entry_id = self.current_entry_id()
        if entry_id:
            self.push(
                entry_edits.move_link(self.session, entry_id, self.board_model.groups(), step)
            )

    def reorder(self, step: int) -> None:
        entry_id = self.current_entry_id()
        if entry_id:
            self.push(entry_edits.reorder(self.session, entry_id, self.board_model.groups(), step))

    def remove_current(self) -> None:
        entry_id = self.current_entry_id()
        if not entry_id:
            return
        command = entry_edits.remove(self.session, entry_id)
        if self.push(command) and len(command.ids) > 1:
            self.status_message.emit(
                self.tr(
                    "Removed the issue and the %n improvement(s) answering it (Ctrl+Z to undo).",
                    "",
                    len(command.ids) - 1,
                )
            )

    def new_action_item(self) -> None:
        entry_id = self.current_entry_id()
        entry = self.session.entries.get(entry_id) if entry_id else None
        self.action_items.create_from(entry)
