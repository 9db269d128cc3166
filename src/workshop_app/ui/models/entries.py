"""The entries of one workshop, in the order the summary prints them (read-only for now).

Issues come in capture order, each followed by the improvements that answer it, as the
rows of an OIF "Issue | Improvement" table; then improvements answering no issue, then
ideas, questions, decisions and key success factors, each kind together.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from workshop_app.domain.enums import EntryKind
from workshop_app.domain.models import Entry
from workshop_app.store import Workspace
from workshop_app.ui import labels
from workshop_app.ui.models.roles import ID_ROLE, NODE_ROLE

DISPLAY_LIMIT = 2_000
"""A cell shows at most this many characters (a 100 KB paste would stall painting)."""

_OTHER_KINDS = (
    EntryKind.IDEA,
    EntryKind.QUESTION,
    EntryKind.DECISION,
    EntryKind.SUCCESS_FACTOR,
)


def board_order(entries: list[Entry]) -> list[Entry]:
    """Issues each followed by their improvements, then lone improvements, then other kinds."""
    by_position = sorted(entries, key=lambda e: (e.position, e.created_at))
    issue_ids = {e.id for e in by_position if e.kind is EntryKind.ISSUE}
    answers: dict[str, list[Entry]] = {}
    for entry in by_position:
        if entry.kind is EntryKind.IMPROVEMENT and entry.answers_id in issue_ids:
            answers.setdefault(entry.answers_id, []).append(entry)
    ordered: list[Entry] = []
    for entry in by_position:
        if entry.kind is EntryKind.ISSUE:
            ordered.append(entry)
            ordered.extend(answers.get(entry.id, []))
    ordered.extend(
        e for e in by_position if e.kind is EntryKind.IMPROVEMENT and e.answers_id not in issue_ids
    )
    for kind in _OTHER_KINDS:
        ordered.extend(e for e in by_position if e.kind is kind)
    return ordered


def _clip(text: str) -> str:
    return text if len(text) <= DISPLAY_LIMIT else text[:DISPLAY_LIMIT] + "…"


class EntryTableModel(QAbstractTableModel):
    """Kind | Text | Action | Theme | Status | Votes for the entries of one workshop."""

    KIND, TEXT, ACTION, THEME, STATUS, VOTES = range(6)

    def __init__(self, workspace: Workspace | None = None, parent=None):
        super().__init__(parent)
        self._workspace = workspace
        self._entries: list[Entry] = []
        self._actions: dict[str, tuple[str, str]] = {}
        """action id -> (number shown in the cell, "number. title" for the tooltip)"""
        self._themes: dict[str, str] = {}
        self._issue_ids: set[str] = set()
        self.workshop_id: str | None = None

    def set_workspace(self, workspace: Workspace | None) -> None:
        self._workspace = workspace
        self.show_workshop(None)

    def show_workshop(self, workshop_id: str | None) -> None:
        """Show the entries of ``workshop_id`` (``None``: nothing)."""
        self.beginResetModel()
        self.workshop_id = workshop_id
        self._entries, self._actions, self._themes = [], {}, {}
        if self._workspace is not None and workshop_id is not None:
            ws = self._workspace
            workshop = ws.workshops.get(workshop_id)
            self._actions = {
                a.id: f"{a.number}. {a.title}"
                for a in ws.actions.for_programme(workshop.programme_id)
            }
            self._themes = {
                t.id: labels.theme_name(t.name)
                for t in ws.themes.for_programme(workshop.programme_id)
            }
            self._entries = board_order(ws.entries.for_workshop(workshop_id))
        self._issue_ids = {e.id for e in self._entries if e.kind is EntryKind.ISSUE}
        self.endResetModel()

    def entry_at(self, row: int) -> Entry:
        return self._entries[row]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._entries)):
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TEXT:
            return _clip(entry.text)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.ACTION and entry.action_id:
            return self._actions.get(entry.action_id, ("", ""))[1]
        if role == Qt.ItemDataRole.FontRole and entry.kind is EntryKind.ISSUE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.VOTES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return entry.id
        if role == NODE_ROLE:
            return "entry"
        return None

    def _display(self, entry: Entry, column: int) -> Any:
        if column == self.KIND:
            return labels.entry_kind(entry.kind)
        if column == self.TEXT:
            answering = entry.kind is EntryKind.IMPROVEMENT and entry.answers_id in self._issue_ids
            return ("↳ " if answering else "") + _clip(entry.text)
        if column == self.ACTION:
            return self._actions.get(entry.action_id or "", ("", ""))[0]
        if column == self.THEME:
            return self._themes.get(entry.theme_id or "", "")
        if column == self.STATUS:
            return labels.improvement_status(entry.status) if entry.status else ""
        if column == self.VOTES:
            return entry.votes or ""
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return (
            self.tr("Kind"),
            self.tr("Text"),
            self.tr("Action"),
            self.tr("Theme"),
            self.tr("Status"),
            self.tr("Votes"),
        )[section]
