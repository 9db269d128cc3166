"""The Entry menu: its actions and keys, the board's right-click menu, and the small
menus that set an entry's theme, action, author or status.

The actions belong to the workshop page (their keys work anywhere in it); what they do is
the page's, except the choosers, which are here.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from workshop_app.domain.board import fold
from workshop_app.domain.enums import EntryKind, ImprovementStatus
from workshop_app.ui import entry_edits, labels
from workshop_app.ui.capture import KIND_KEYS

AZERTY_KIND_KEYS = {
    # On a French AZERTY keyboard the digits need Shift: Ctrl+1 arrives as Ctrl+&.
    # (6 is "-", already "remove a vote": there, Ctrl+Shift+6 works.)
    EntryKind.ISSUE: ("Ctrl+&",),
    EntryKind.IMPROVEMENT: ("Ctrl+É",),
    EntryKind.IDEA: ('Ctrl+"',),
    EntryKind.QUESTION: ("Ctrl+'",),
    EntryKind.DECISION: ("Ctrl+(",),
}


class EntryActions(QObject):
    """The workshop page's entry actions (``page.entries_menu``)."""

    def __init__(self, page):
        super().__init__(page)
        self.page = page
        self.last_menu: QMenu | None = None
        self._make()

    def _add(
        self,
        text: str,
        keys,
        slot,
        name: str,
        context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
    ) -> QAction:
        action = QAction(text, self.page)
        action.setObjectName(name)
        shortcuts = [QKeySequence(k) for k in (keys if isinstance(keys, list | tuple) else [keys])]
        action.setShortcuts(shortcuts)
        action.setShortcutContext(context)
        action.triggered.connect(slot)
        self.page.addAction(action)
        return action

    def _make(self) -> None:
        self.kind_actions = {}
        for kind in EntryKind:
            self.kind_actions[kind] = self._add(
                labels.entry_kind(kind),
                [KIND_KEYS[kind], *AZERTY_KIND_KEYS.get(kind, ())],
                lambda _=False, k=kind: self.page.set_kind(k),
                f"kind_{kind.value}",
            )
        self.vote_up_action = self._add(
            self.tr("Add a vote"), ["Ctrl+=", "Ctrl++"], lambda: self.page.vote(1), "voteUpAction"
        )
        self.vote_down_action = self._add(
            self.tr("Remove a vote"), "Ctrl+-", lambda: self.page.vote(-1), "voteDownAction"
        )
        self.sort_votes_action = self._add(
            self.tr("Sort by votes"), "Ctrl+Shift+V", self.page._toggle_sort, "sortByVotesAction"
        )
        self.sort_votes_action.setCheckable(True)
        self.previous_issue_action = self._add(
            self.tr("Previous issue"),
            "Ctrl+Up",
            lambda: self.page.step_issue(-1),
            "previousIssueAction",
        )
        self.next_issue_action = self._add(
            self.tr("Next issue"), "Ctrl+Down", lambda: self.page.step_issue(1), "nextIssueAction"
        )
        self.link_up_action = self._add(
            self.tr("Link improvement to the previous issue"),
            # Ctrl+Alt+arrows are taken by some desktops (switch workspace, rotate the
            # screen): Ctrl+Shift+arrows do the same
            ["Ctrl+Alt+Up", "Ctrl+Shift+Up"],
            lambda: self.page.move_link(-1),
            "linkPreviousAction",
        )
        self.link_down_action = self._add(
            self.tr("Link improvement to the next issue"),
            ["Ctrl+Alt+Down", "Ctrl+Shift+Down"],
            lambda: self.page.move_link(1),
            "linkNextAction",
        )
        self.unlink_action = self._add(
            self.tr("Unlink improvement from its issue"),
            "Ctrl+Shift+U",
            self.page.unlink_current,
            "unlinkAction",
        )
        self.move_up_action = self._add(
            self.tr("Move entry up"), "Alt+Up", lambda: self.page.reorder(-1), "moveUpAction"
        )
        self.move_down_action = self._add(
            self.tr("Move entry down"), "Alt+Down", lambda: self.page.reorder(1), "moveDownAction"
        )
        self.edit_action = self._add(
            self.tr("Edit entry"),
            "F2",
            self.page.edit_current,
            "editEntryAction",
            Qt.ShortcutContext.WidgetShortcut,  # F2 in the side tables edits their cells
        )
        self.page.board.addAction(self.edit_action)
        self.page.capture.edit.addAction(self.edit_action)
        self.theme_action = self._add(
            self.tr("Set theme…"), "Ctrl+T", self.choose_theme, "setThemeAction"
        )
        self.set_action_action = self._add(
            self.tr("Set action…"), "Ctrl+Shift+A", self.choose_action, "setActionAction"
        )
        self.author_action = self._add(
            self.tr("Set author…"), "Ctrl+Shift+P", self.choose_author, "setAuthorAction"
        )
        self.status_action = self._add(
            self.tr("Set improvement status…"),
            "Ctrl+Shift+S",
            self.choose_status,
            "setStatusAction",
        )
        self.filing_action = self._add(
            self.tr("File next entries under…"), "Ctrl+L", self.page.choose_filing, "filingAction"
        )
        self.clear_filing_action = self._add(
            self.tr("File next entries under nothing"),
            "Ctrl+Shift+L",
            self.page.filing.clear,
            "clearFilingAction",
        )
        self.action_item_action = self._add(
            self.tr("Action item from entry…"),
            "Ctrl+J",
            self.page.new_action_item,
            "actionItemAction",
        )
        self.remove_action = self._add(
            self.tr("Remove entry"),
            "Delete",
            self.page.remove_current,
            "removeEntryAction",
            Qt.ShortcutContext.WidgetShortcut,
        )
        self.page.board.addAction(self.remove_action)
        self.page.board.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.page.board.customContextMenuRequested.connect(self.board_menu)
        self.filter_action = self._add(
            self.tr("Filter this workshop"),
            QKeySequence.StandardKey.Find,
            self.page.focus_filter,
            "filterAction",
        )
        self.focus_action = self._add(
            self.tr("Switch between capture and board"),
            "F6",
            self.page.toggle_focus,
            "switchFocusAction",
        )

    def board_menu(self, point) -> None:
        """Right-click on the board: the Entry menu's actions for the entry clicked."""
        index = self.page.board.indexAt(point)
        if index.isValid():
            self.page.board.setCurrentIndex(index)
        menu = QMenu(self.page)
        menu.setObjectName("boardContextMenu")
        for action in self.in_menu_order()[7:]:  # the kinds are for the capture box
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.popup(self.page.board.viewport().mapToGlobal(point))
        self.last_menu = menu

    def in_menu_order(self) -> list[QAction]:
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
            self.filing_action,
            self.clear_filing_action,
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

    def _popup(self, title: str, items: list[tuple[str, object]], apply) -> QMenu | None:
        entry_id = self.page.current_entry_id()
        if not entry_id:
            self.page.status_message.emit(self.tr("Select an entry on the board first."))
            return None
        menu = QMenu(title, self.page)
        menu.setObjectName("chooserMenu")
        for number, (text, value) in enumerate(items, start=1):
            prefix = f"&{number} " if number < 10 else "   "
            action = menu.addAction(prefix + text.replace("&", "&&"))
            action.triggered.connect(lambda _=False, v=value: self.page.push(apply(entry_id, v)))
        rect = self.page.board.visualRect(self.page.board.currentIndex())
        menu.popup(self.page.board.viewport().mapToGlobal(rect.bottomLeft()))
        self.last_menu = menu
        return menu

    def choose_theme(self) -> None:
        themes = self.page.session.workspace.themes.for_programme(self.page.session.programme.id)
        items = [(labels.theme_name(t.name), t.id) for t in themes] + [(self.tr("No theme"), None)]
        self._popup(
            self.tr("Theme"),
            items,
            lambda eid, v: entry_edits.set_field(self.page.session, eid, theme_id=v),
        )

    def choose_action(self) -> None:
        actions = self.page.session.workspace.actions.for_programme(self.page.session.programme.id)
        items = [(f"{a.number}. {a.title}", a.id) for a in actions] + [(self.tr("No action"), None)]
        self._popup(
            self.tr("Action"),
            items,
            lambda eid, v: entry_edits.set_field(self.page.session, eid, action_id=v),
        )

    def choose_author(self) -> None:
        people = sorted(
            self.page.session.workspace.participants.for_programme(self.page.session.programme.id),
            key=lambda p: fold(p.display_name),
        )
        items = [(p.display_name, p.id) for p in people] + [(self.tr("No author"), None)]
        self._popup(
            self.tr("Author"),
            items,
            lambda eid, v: entry_edits.set_field(self.page.session, eid, author_id=v),
        )

    def choose_status(self) -> None:
        entry_id = self.page.current_entry_id()
        if entry_id and self.page.session.entries[entry_id].kind is not EntryKind.IMPROVEMENT:
            self.page.status_message.emit(self.tr("Only an improvement has a status."))
            return
        items = [(labels.improvement_status(s), s) for s in ImprovementStatus]
        self._popup(
            self.tr("Status"),
            items,
            lambda eid, v: entry_edits.set_field(self.page.session, eid, status=v),
        )
