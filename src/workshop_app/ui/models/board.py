"""The board: what the workshop captured, laid out like the OIF tables, live.

A flat table: a heading row per group ("Action 1 — Repérer · Partenariat", "Idées", …),
then its rows of ``Issue | Improvement | Status`` (see :mod:`workshop_app.domain.board`).
It is flat on purpose: a QTreeView lays out every row again after each insertion, which
at 10,000 entries costs tenths of a second in Python calls; a QTableView does not.
Capturing an entry inserts one row (``beginInsertRows``) or fills one cell
(``dataChanged``): a workshop of 10,000 entries captures as fast as an empty one. Changes
that move entries between groups and sorting rebuild the layout, then emit :attr:`rebuilt`
so that views can select the same entry again.

Filtering does not lay anything out: the model keeps the whole layout (the one it updates
incrementally) and a :class:`~workshop_app.domain.board.BoardFilter` over it, which keeps
the folded text of each block of rows; a keystroke in the filter only picks blocks out
of it and resets the model, a few milliseconds at 10,000 entries.

The model never writes: edits made in a cell are sent as :attr:`edit_requested` to the
window, which turns them into undoable commands.
"""

from __future__ import annotations

import bisect
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from workshop_app.domain import board as layout
from workshop_app.domain import mentions
from workshop_app.domain.board import BoardGroup, BoardRow
from workshop_app.domain.enums import EntryKind
from workshop_app.domain.models import Entry
from workshop_app.ui import labels
from workshop_app.ui.i18n import fill
from workshop_app.ui.models.board_updates import IncrementalRows
from workshop_app.ui.models.cell_look import LOOK_ROLE, LOOK_ROLES
from workshop_app.ui.models.roles import ID_ROLE, ISSUE_ROLE, KIND_ROLE, META_ROLE, NODE_ROLE
from workshop_app.ui.session import WorkshopSession
from workshop_app.ui.tooltips import as_typed

FOLD_AHEAD_CHUNK = 1_000
"""Entries folded per turn of the event loop when folding ahead (about 2 ms)."""

DISPLAY_LIMIT = 2_000
"""A cell shows at most this many characters (a 100 KB paste would stall painting)."""


def clip(text: str) -> str:
    return text if len(text) <= DISPLAY_LIMIT else text[:DISPLAY_LIMIT] + "…"


_EDITABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
_SELECTABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_ANSWERED_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.FontRole,
        ID_ROLE,
        ISSUE_ROLE,
        KIND_ROLE,
        NODE_ROLE,
        META_ROLE,
        LOOK_ROLE,
    }
)
"""The roles :meth:`BoardModel.data` answers; a view asks for a dozen more at every paint."""


class BoardModel(IncrementalRows, QAbstractTableModel):
    ISSUE, IMPROVEMENT, STATUS = range(3)

    edit_requested = Signal(str, str)
    """(entry id, new text) typed in a cell."""
    rebuilt = Signal()

    def __init__(self, session: WorkshopSession | None = None, parent=None):
        super().__init__(parent)
        self._session: WorkshopSession | None = None
        self._groups: list[BoardGroup] = []
        """What is shown: :attr:`_full`, or the rows of it that match the filter."""
        self._full: list[BoardGroup] = []
        """Every live entry laid out (the same list as :attr:`_groups` when unfiltered)."""
        self._folded = layout.FoldedTexts(self.shown)
        self._filter: layout.BoardFilter | None = None
        """Built over :attr:`_full` at the first keystroke; dropped when entries change."""
        self._words: list[str] = []
        self.fold_ahead = False
        """Fold the texts in idle time once a workshop is shown (the page's model does), so
        that the first keystroke in the filter is as quick as the next ones."""
        self._unfolded: list[Entry] = []
        self._fold_timer = QTimer(self)
        self._fold_timer.setInterval(0)
        self._fold_timer.timeout.connect(self._fold_some)
        self._starts: list[int] = []
        """Flat row of each group's heading; its rows follow it."""
        self._total = 0
        self._actions: dict[str, tuple[int, str]] = {}
        self._themes: dict[str, tuple[int, str]] = {}
        self._people: dict[str, str] = {}
        self.by_votes = False
        self.filter_text = ""
        self.set_session(session)

    # -- loading ------------------------------------------------------------------------
    def set_session(self, session: WorkshopSession | None) -> None:
        if self._session is not None:
            for signal, slot in self._connections():
                signal.disconnect(slot)
        self._session = session
        self._folded = layout.FoldedTexts(self.shown)
        if session is not None:
            for signal, slot in self._connections():
                signal.connect(slot)
        self.refresh_names()
        self.rebuild()
        self._start_folding()

    def _start_folding(self) -> None:
        self._unfolded = list(self._entries().values()) if self.fold_ahead else []
        if self._unfolded:
            self._fold_timer.start()
        else:
            self._fold_timer.stop()

    def _fold_some(self) -> None:
        chunk = self._unfolded[-FOLD_AHEAD_CHUNK:]
        del self._unfolded[-FOLD_AHEAD_CHUNK:]
        for entry in chunk:
            self._folded(entry)
        if not self._unfolded:
            self._fold_timer.stop()

    def _on_reset(self) -> None:
        self.rebuild()
        self._start_folding()

    def _connections(self):
        s = self._session
        return (
            (s.entry_added, self._on_added),
            (s.entry_removed, self._on_removed),
            (s.entries_changed, self._on_changed),
            (s.record_changed, self._on_record_changed),
            (s.entries_reset, self._on_reset),
        )

    def refresh_names(self) -> None:
        """Re-read action, theme and participant names (after they were edited)."""
        self._actions, self._themes, self._people = {}, {}, {}
        if self._session is None or self._session.programme is None:
            return
        ws, programme_id = self._session.workspace, self._session.programme.id
        self._actions = {a.id: (a.number, a.title) for a in ws.actions.for_programme(programme_id)}
        self._themes = {
            t.id: (t.position, labels.theme_name(t.name))
            for t in ws.themes.for_programme(programme_id)
        }
        self._people = {
            p.id: p.display_name
            for p in ws.participants.for_programme(programme_id, include_erased=True)
        }
        self._folded = layout.FoldedTexts(self.shown)  # a renamed person: mentions read anew

    def shown(self, text: str) -> str:
        """``text`` as it reads: mentions by the person's display name (:mod:`mentions`)."""
        return mentions.render(text, self._people.get) if mentions.has_marks(text) else text

    def _on_record_changed(self, table: str) -> None:
        if table in ("action", "theme", "participant"):
            self.refresh_names()
            self.rebuild()

    def rebuild(self) -> None:
        """Lay everything out again (sort, or a change of group), then filter it."""
        self.beginResetModel()
        self._full = []
        self._filter = None
        if self._session is not None:
            self._full = layout.build_board(
                self._session.entries,
                self._action_numbers(),
                self._theme_positions(),
                by_votes=self.by_votes,
            )
        self._groups = self._filtered()
        self._reindex()
        self.endResetModel()
        self.rebuilt.emit()

    def _filtered(self) -> list[BoardGroup]:
        if not self._words:
            return self._full
        if self._filter is None:
            self._filter = layout.BoardFilter(self._full, self._entries(), self._folded)
        return self._filter.filter(self._words)

    def set_filter(self, text: str) -> None:
        """Show only the rows matching ``text`` (pairs whole), without laying out again."""
        if text == self.filter_text:
            return
        self.filter_text = text
        words = layout.query_words(text)
        if words == self._words:
            return  # a space typed, or the same words: nothing shown changes
        self._words = words
        self.beginResetModel()
        self._groups = self._filtered()
        self._reindex()
        self.endResetModel()
        self.rebuilt.emit()

    def set_sort_by_votes(self, by_votes: bool) -> None:
        if by_votes != self.by_votes:
            self.by_votes = by_votes
            self.rebuild()

    def _reindex(self) -> None:
        """Recompute where each group starts (after a group or row came or went)."""
        starts, row = [], 0
        for group in self._groups:
            starts.append(row)
            row += len(group.rows) + 1
        self._starts, self._total = starts, row

    def heading_rows(self) -> list[int]:
        """Flat rows of the group headings (the view spans them across the columns)."""
        return list(self._starts)

    def _action_numbers(self) -> dict[str, int]:
        return {i: n for i, (n, _t) in self._actions.items()}

    def _theme_positions(self) -> dict[str, int]:
        return {i: p for i, (p, _n) in self._themes.items()}

    # -- lookup ---------------------------------------------------------------------------
    # locate(entry_id): see IncrementalRows (it remembers where entries were found)

    def indexes_of(self, entry_id: str) -> list[QModelIndex]:
        located = self.locate(entry_id)
        if located is None:
            return []
        group, at = located
        row = group.rows[at]
        if entry_id in (row.issue_id, row.other_id):
            return [self._flat(group, at, self.ISSUE)]
        return [self._flat(group, at, self.IMPROVEMENT), self._flat(group, at, self.STATUS)]

    def index_of_entry(self, entry_id: str) -> QModelIndex:
        found = self.indexes_of(entry_id)
        return found[0] if found else QModelIndex()

    def _cell(self, index: QModelIndex) -> tuple[BoardGroup | None, BoardRow | None]:
        """The group of a flat row, and its board row (``None`` for the heading)."""
        if not index.isValid():
            return None, None
        row = index.row()
        if not 0 <= row < self._total:
            return None, None
        position = bisect.bisect_right(self._starts, row) - 1
        group = self._groups[position]
        offset = row - self._starts[position]
        return group, (group.rows[offset - 1] if offset else None)

    def entry_id_at(self, index: QModelIndex) -> str | None:
        """The entry a cell stands for: the issue in the first column, else the improvement."""
        _group, row = self._cell(index)
        if row is None:
            return None
        if row.other_id:
            return row.other_id
        if index.column() == self.ISSUE:
            return row.issue_id
        return row.improvement_id

    def issue_id_at(self, index: QModelIndex) -> str | None:
        """The issue of the row of ``index`` (what a new improvement would answer)."""
        _group, row = self._cell(index)
        return row.issue_id if row is not None else None

    def group_count(self) -> int:
        return len(self._groups)

    def groups(self) -> list[BoardGroup]:
        return list(self._groups)

    def group_title(self, group: BoardGroup) -> str:
        if not group.is_pairs:
            return {
                EntryKind.IDEA: self.tr("Ideas"),
                EntryKind.QUESTION: self.tr("Questions"),
                EntryKind.DECISION: self.tr("Decisions"),
                EntryKind.SUCCESS_FACTOR: self.tr("Key success factors"),
            }[group.kind]
        action = self._actions.get(group.action_id) if group.action_id else None
        theme = self._themes.get(group.theme_id) if group.theme_id else None
        action_text = (
            fill(self.tr("Action %1 — %2"), action[0], action[1])
            if action
            else self.tr("No action")
        )
        theme_text = theme[1] if theme else self.tr("No theme")
        return f"{action_text} · {theme_text}"

    # -- QAbstractTableModel ---------------------------------------------------------
    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:
        if parent.isValid() or not (0 <= row < self._total and 0 <= column < 3):
            return QModelIndex()
        return self.createIndex(row, column)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        group, row = self._cell(index)
        if group is None:
            return Qt.ItemFlag.NoItemFlags
        if row is None or index.column() == self.STATUS:
            return _SELECTABLE
        if row.other_id or (row.issue_id if index.column() == self.ISSUE else row.improvement_id):
            return _EDITABLE
        return _SELECTABLE

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role not in _ANSWERED_ROLES:
            return None
        group, row = self._cell(index)
        if group is None:
            return None
        if role == LOOK_ROLE:  # what the board's delegate draws with, in one call
            if row is None:
                return tuple(self._group_data(group, index.column(), r) for r in LOOK_ROLES)
            return tuple(self._row_data(row, index.column(), r) for r in LOOK_ROLES)
        if row is None:
            return self._group_data(group, index.column(), role)
        return self._row_data(row, index.column(), role)

    def _group_data(self, group: BoardGroup, column: int, role: int) -> Any:
        if role == NODE_ROLE:
            return "group"
        if column != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.group_title(group)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return QApplication.palette().brush(QPalette.ColorRole.AlternateBase)
        return None

    def _row_data(self, row: BoardRow, column: int, role: int) -> Any:
        entries = self._entries()
        entry_id = row.other_id or (row.issue_id if column == self.ISSUE else row.improvement_id)
        entry = entries.get(entry_id) if entry_id else None
        if role == ID_ROLE:
            return entry_id
        if role == ISSUE_ROLE:
            return row.issue_id
        if role == NODE_ROLE:
            return "entry"
        if role == KIND_ROLE:
            return entry.kind.value if entry else None
        if entry is None:
            if column == self.ISSUE and row.issue_id is None and row.improvement_id:
                # an improvement answering no issue must not look like a second improvement
                # of the issue above it
                if role == Qt.ItemDataRole.DisplayRole:
                    return self.tr("(answers no issue)")
                if role == Qt.ItemDataRole.ForegroundRole:
                    return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
                if role == Qt.ItemDataRole.FontRole:
                    font = QFont()
                    font.setItalic(True)
                    return font
            return None
        if row.other_id and column != self.ISSUE:
            return self._other_detail(entry, column, role)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.STATUS:
                return labels.improvement_status(entry.status) if entry.status else ""
            if column == self.ISSUE and row.continuation:
                return ""
            return clip(self.shown(entry.text))
        if role == META_ROLE and column != self.STATUS:
            if column == self.ISSUE and row.continuation:
                return ""
            return self._meta(entry, votes=not row.other_id)  # an idea's are beside it
        if role == Qt.ItemDataRole.EditRole and column != self.STATUS:
            return self.shown(entry.text)
        if role == Qt.ItemDataRole.ToolTipRole:
            author = self._people.get(entry.author_id or "", "")
            tip = clip(self.shown(entry.text))
            return as_typed(f"{tip}\n— {author}" if author else tip)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.ISSUE and row.continuation:
            return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        return None

    def _meta(self, entry: Entry, votes: bool = True) -> str:
        """Votes and author: "▲ 3 · Nadia B." (a no-break space keeps ▲ by its number)."""
        author = self._people.get(entry.author_id or "", "")
        parts = [f"▲\u00a0{entry.votes}"] if entry.votes and votes else []
        return "  ·  ".join(parts + ([author] if author else []))

    def _other_detail(self, entry: Entry, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or column != self.IMPROVEMENT:
            return None
        parts = []
        if entry.action_id in self._actions:
            parts.append(self.tr("Action %1").replace("%1", str(self._actions[entry.action_id][0])))
        if entry.theme_id in self._themes:
            parts.append(self._themes[entry.theme_id][1])
        if entry.votes:
            parts.append(f"▲\u00a0{entry.votes}")
        return " · ".join(parts)

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole:
            return False
        entry_id = self.entry_id_at(index)
        if not entry_id or not isinstance(value, str):
            return False
        if value == self.shown(self._entries()[entry_id].text):
            return False
        self.edit_requested.emit(entry_id, value)
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            labels.entry_kind(EntryKind.ISSUE),
            labels.entry_kind(EntryKind.IMPROVEMENT),
            self.tr("Status"),
        )[section]
