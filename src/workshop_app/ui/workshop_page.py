"""The workshop being run: capture box, board, filter, and the side panels.

Keyboard first. The capture box has the focus; Ctrl+1…6 choose the kind; Enter saves.
An improvement answers the *current issue*: the issue of the board's current row, which
right after an issue is captured is that issue. Every change is an undo command.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QMenu,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.board import fold
from workshop_app.domain.enums import EntryKind, ImprovementStatus, WorkshopStatus
from workshop_app.ui import entry_edits, labels
from workshop_app.ui.action_items import ActionItemsPanel
from workshop_app.ui.board_view import BoardView
from workshop_app.ui.capture import KIND_KEYS, CaptureBar
from workshop_app.ui.capture_draft import DraftKeeper
from workshop_app.ui.models.board import BoardModel
from workshop_app.ui.prepare import RosterPanel
from workshop_app.ui.session import WorkshopSession
from workshop_app.ui.workshop_header import WorkshopHeader

AZERTY_KIND_KEYS = {
    # On a French AZERTY keyboard the digits need Shift: Ctrl+1 arrives as Ctrl+&.
    # (6 is "-", already "remove a vote": there, Ctrl+Shift+6 works.)
    EntryKind.ISSUE: ("Ctrl+&",),
    EntryKind.IMPROVEMENT: ("Ctrl+É",),
    EntryKind.IDEA: ('Ctrl+"',),
    EntryKind.QUESTION: ("Ctrl+'",),
    EntryKind.DECISION: ("Ctrl+(",),
}


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
        self.drafts = DraftKeeper(self.capture.edit, self)
        self.drafts.message.connect(self.status_message)
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
        self.roster = RosterPanel(self)
        self.side_tabs = QTabWidget(self)
        self.side_tabs.setObjectName("sideTabs")
        # Four tabs in a narrow column: shorten their labels rather than hide some behind arrows.
        self.side_tabs.setUsesScrollButtons(False)
        self.side_tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.side_tabs.addTab(self.roster, self.tr("Participants"))
        self.side_tabs.addTab(self.action_items, self.tr("Action items"))
        self.action_items.model.modelReset.connect(self._count_action_items)
        self._layout()
        self._connect()
        self._make_actions()
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

    def _action(
        self,
        text: str,
        keys,
        slot,
        name: str,
        context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        shortcuts = [QKeySequence(k) for k in (keys if isinstance(keys, list | tuple) else [keys])]
        action.setShortcuts(shortcuts)
        action.setShortcutContext(context)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.kind_actions = {}
        for kind in EntryKind:
            self.kind_actions[kind] = self._action(
                labels.entry_kind(kind),
                [KIND_KEYS[kind], *AZERTY_KIND_KEYS.get(kind, ())],
                lambda _=False, k=kind: self.set_kind(k),
                f"kind_{kind.value}",
            )
        self.vote_up_action = self._action(
            self.tr("Add a vote"), ["Ctrl+=", "Ctrl++"], lambda: self.vote(1), "voteUpAction"
        )
        self.vote_down_action = self._action(
            self.tr("Remove a vote"), "Ctrl+-", lambda: self.vote(-1), "voteDownAction"
        )
        self.sort_votes_action = self._action(
            self.tr("Sort by votes"), "Ctrl+Shift+V", self._toggle_sort, "sortByVotesAction"
        )
        self.sort_votes_action.setCheckable(True)
        self.previous_issue_action = self._action(
            self.tr("Previous issue"), "Ctrl+Up", lambda: self.step_issue(-1), "previousIssueAction"
        )
        self.next_issue_action = self._action(
            self.tr("Next issue"), "Ctrl+Down", lambda: self.step_issue(1), "nextIssueAction"
        )
        self.link_up_action = self._action(
            self.tr("Link improvement to the previous issue"),
            "Ctrl+Alt+Up",
            lambda: self.move_link(-1),
            "linkPreviousAction",
        )
        self.link_down_action = self._action(
            self.tr("Link improvement to the next issue"),
            "Ctrl+Alt+Down",
            lambda: self.move_link(1),
            "linkNextAction",
        )
        self.unlink_action = self._action(
            self.tr("Unlink improvement from its issue"),
            "Ctrl+Shift+U",
            self.unlink_current,
            "unlinkAction",
        )
        self.move_up_action = self._action(
            self.tr("Move entry up"), "Alt+Up", lambda: self.reorder(-1), "moveUpAction"
        )
        self.move_down_action = self._action(
            self.tr("Move entry down"), "Alt+Down", lambda: self.reorder(1), "moveDownAction"
        )
        self.edit_action = self._action(
            self.tr("Edit entry"),
            "F2",
            self.edit_current,
            "editEntryAction",
            Qt.ShortcutContext.WidgetShortcut,  # F2 in the side tables edits their cells
        )
        self.board.addAction(self.edit_action)
        self.capture.edit.addAction(self.edit_action)
        self.theme_action = self._action(
            self.tr("Set theme…"), "Ctrl+T", self.choose_theme, "setThemeAction"
        )
        self.set_action_action = self._action(
            self.tr("Set action…"), "Ctrl+Shift+A", self.choose_action, "setActionAction"
        )
        self.author_action = self._action(
            self.tr("Set author…"), "Ctrl+Shift+P", self.choose_author, "setAuthorAction"
        )
        self.status_action = self._action(
            self.tr("Set improvement status…"),
            "Ctrl+Shift+S",
            self.choose_status,
            "setStatusAction",
        )
        self.action_item_action = self._action(
            self.tr("Action item from entry…"), "Ctrl+J", self.new_action_item, "actionItemAction"
        )
        self.remove_action = self._action(
            self.tr("Remove entry"),
            "Delete",
            self.remove_current,
            "removeEntryAction",
            Qt.ShortcutContext.WidgetShortcut,
        )
        self.board.addAction(self.remove_action)
        self.board.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.board.customContextMenuRequested.connect(self._board_menu)
        self.filter_action = self._action(
            self.tr("Filter this workshop"),
            QKeySequence.StandardKey.Find,
            self.focus_filter,
            "filterAction",
        )
        self.focus_action = self._action(
            self.tr("Switch between capture and board"),
            "F6",
            self.toggle_focus,
            "switchFocusAction",
        )

    def _board_menu(self, point) -> None:
        """Right-click on the board: the Entry menu's actions for the entry clicked."""
        index = self.board.indexAt(point)
        if index.isValid():
            self.board.setCurrentIndex(index)
        menu = QMenu(self)
        menu.setObjectName("boardContextMenu")
        for action in self.entry_actions()[7:]:  # the kinds are for the capture box
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.popup(self.board.viewport().mapToGlobal(point))
        self.last_menu = menu

    def entry_actions(self) -> list[QAction]:
        """The actions for the window's Entry menu, in menu order (None = separator)."""
        return [
            *self.kind_actions.values(),
            None,
            self.edit_action,
            self.theme_action,
            self.set_action_action,
            self.author_action,
            self.status_action,
            None,
            self.previous_issue_action,
            self.next_issue_action,
            self.link_up_action,
            self.link_down_action,
            self.unlink_action,
            None,
            self.move_up_action,
            self.move_down_action,
            None,
            self.vote_up_action,
            self.vote_down_action,
            self.sort_votes_action,
            None,
            self.action_item_action,
            self.remove_action,
            None,
            self.filter_action,
            self.focus_action,
        ]

    # -- session ---------------------------------------------------------------------
    def set_session(self, session: WorkshopSession | None) -> None:
        self.session = session
        self.board_model.set_session(session if session and session.workshop else None)
        self.action_items.set_session(session if session and session.workshop else None)
        self.roster.set_session(session if session and session.programme else None, self.undo_stack)
        has_workshop = bool(session and session.workshop)
        for widget in (self.capture, self.filter_edit, self.board, self.side_tabs):
            widget.setEnabled(has_workshop)
        for action in self.actions():
            action.setEnabled(has_workshop)
        self.filter_edit.clear()
        if has_workshop:
            self.capture.set_kind(EntryKind.ISSUE)  # a new workshop starts with its issues
            self.capture.edit.setPlaceholderText(
                self.tr("This workshop is closed: what you type is added to it")
                if session.workshop.status is WorkshopStatus.CLOSED
                else self.tr("Type what is said, then Enter")
            )
            self.refresh_choices()
            session.record_changed.connect(self._on_record_changed)
            self._select_first_issue()
        # each workshop has its own draft; the one being left is kept first
        if has_workshop:
            self.drafts.switch(session.workspace, session.workshop_id)
        else:
            self.drafts.switch(None, None)
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
        label = self.tr("Action items")
        at = self.side_tabs.indexOf(self.action_items)
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
        issue_id = self.current_issue_id()
        issue = self.session.entries.get(issue_id) if self.session and issue_id else None
        self.capture.show_answer_target(issue.text if issue else None)

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
        current = self.session.entries.get(self.current_entry_id() or "")
        command, unresolved = entry_edits.capture(
            self.session, kind, typed, self.current_issue_id(), current
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
            else ""
        )
        self._show_target()

    # -- editing the current entry ---------------------------------------------------
    def _edit_text(self, entry_id: str, typed: str) -> None:
        self.push(entry_edits.edit_text(self.session, entry_id, typed))
        # an edit that moves the entry rebuilds the board and drops the editor: keep the
        # keyboard on the board, on the entry
        QTimer.singleShot(0, self._back_to_board)

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

    def _toggle_sort(self) -> None:
        by_votes = self.sort_votes_action.isChecked()
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

    def _popup(self, title: str, items: list[tuple[str, object]], apply) -> QMenu | None:
        entry_id = self.current_entry_id()
        if not entry_id:
            self.status_message.emit(self.tr("Select an entry on the board first."))
            return None
        menu = QMenu(title, self)
        menu.setObjectName("chooserMenu")
        for number, (text, value) in enumerate(items, start=1):
            prefix = f"&{number} " if number < 10 else "   "
            action = menu.addAction(prefix + text.replace("&", "&&"))
            action.triggered.connect(lambda _=False, v=value: self.push(apply(entry_id, v)))
        rect = self.board.visualRect(self.board.currentIndex())
        menu.popup(self.board.viewport().mapToGlobal(rect.bottomLeft()))
        self.last_menu = menu
        return menu

    def choose_theme(self) -> None:
        themes = self.session.workspace.themes.for_programme(self.session.programme.id)
        items = [(labels.theme_name(t.name), t.id) for t in themes] + [(self.tr("No theme"), None)]
        self._popup(
            self.tr("Theme"),
            items,
            lambda eid, v: entry_edits.set_field(self.session, eid, theme_id=v),
        )

    def choose_action(self) -> None:
        actions = self.session.workspace.actions.for_programme(self.session.programme.id)
        items = [(f"{a.number}. {a.title}", a.id) for a in actions] + [(self.tr("No action"), None)]
        self._popup(
            self.tr("Action"),
            items,
            lambda eid, v: entry_edits.set_field(self.session, eid, action_id=v),
        )

    def choose_author(self) -> None:
        people = sorted(
            self.session.workspace.participants.for_programme(self.session.programme.id),
            key=lambda p: fold(p.display_name),
        )
        items = [(p.display_name, p.id) for p in people] + [(self.tr("No author"), None)]
        self._popup(
            self.tr("Author"),
            items,
            lambda eid, v: entry_edits.set_field(self.session, eid, author_id=v),
        )

    def choose_status(self) -> None:
        entry_id = self.current_entry_id()
        if entry_id and self.session.entries[entry_id].kind is not EntryKind.IMPROVEMENT:
            self.status_message.emit(self.tr("Only an improvement has a status."))
            return
        items = [(labels.improvement_status(s), s) for s in ImprovementStatus]
        self._popup(
            self.tr("Status"),
            items,
            lambda eid, v: entry_edits.set_field(self.session, eid, status=v),
        )

    def new_action_item(self) -> None:
        entry_id = self.current_entry_id()
        entry = self.session.entries.get(entry_id) if entry_id else None
        self.action_items.create_from(entry)
