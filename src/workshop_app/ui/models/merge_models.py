"""Item models of the merge preview: what each file brings (counts by kind of record), the
matches to confirm, and the conflicts to settle one by one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from workshop_app.domain.merge_rules import Choice
from workshop_app.store.exchange import CATEGORIES, Change, MergePlan
from workshop_app.store.exchange.match import Match

DISPLAY = Qt.ItemDataRole.DisplayRole


def kind_label(table: str) -> str:
    return {
        "programme": QCoreApplication.translate("Merge", "Programmes"),
        "action": QCoreApplication.translate("Merge", "Actions"),
        "theme": QCoreApplication.translate("Merge", "Themes"),
        "workshop": QCoreApplication.translate("Merge", "Workshops"),
        "workshop_action": QCoreApplication.translate("Merge", "Actions of a workshop"),
        "agenda_step": QCoreApplication.translate("Merge", "Agenda steps"),
        "participant": QCoreApplication.translate("Merge", "Participants"),
        "attendance": QCoreApplication.translate("Merge", "Check-ins"),
        "feedback_question": QCoreApplication.translate("Merge", "Feedback questions"),
        "entry": QCoreApplication.translate("Merge", "Entries"),
        "feedback_response": QCoreApplication.translate("Merge", "Feedback answers"),
        "feedback_answer": QCoreApplication.translate("Merge", "Ratings"),
        "action_item": QCoreApplication.translate("Merge", "Action items"),
        "indicator": QCoreApplication.translate("Merge", "Indicators"),
        "measurement": QCoreApplication.translate("Merge", "Measurements"),
        "challenge": QCoreApplication.translate("Merge", "Challenges"),
        "status_change": QCoreApplication.translate("Merge", "Status changes"),
    }.get(table, table)


def category_label(category: str) -> str:
    return {
        "new": QCoreApplication.translate("Merge", "New"),
        "updated": QCoreApplication.translate("Merge", "Updated"),
        "deleted": QCoreApplication.translate("Merge", "Removed"),
        "identical": QCoreApplication.translate("Merge", "Identical"),
        "conflict": QCoreApplication.translate("Merge", "Conflicts"),
        "erased": QCoreApplication.translate("Merge", "Erased"),
    }[category]


def choice_label(choice: Choice) -> str:
    return {
        Choice.MINE: QCoreApplication.translate("Merge", "Keep mine"),
        Choice.THEIRS: QCoreApplication.translate("Merge", "Take theirs"),
        Choice.BOTH: QCoreApplication.translate("Merge", "Keep both"),
    }[choice]


class SummaryModel(QAbstractTableModel):
    """One row per file and kind of record, one column per category."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[tuple[str, str, dict[str, int]]] = []

    def set_plans(self, plans: list[MergePlan]) -> None:
        self.beginResetModel()
        self.rows = []
        for plan in plans:
            label = plan.source
            marker = QCoreApplication.translate("Merge", "(without names)")
            if plan.names_withheld and marker not in label:
                label += " " + marker
            for table, counts in plan.counts().items():
                self.rows.append((label, table, dict(counts)))
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 2 + len(CATEGORIES)

    def data(self, index, role=DISPLAY) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        source, table, counts = self.rows[index.row()]
        column = index.column()
        if role == DISPLAY:
            if column == 0:
                return source
            if column == 1:
                return kind_label(table)
            value = counts.get(CATEGORIES[column - 2], 0)
            return str(value) if value else "·"
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(self, section, orientation, role=DISPLAY) -> Any:
        if role != DISPLAY or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return QCoreApplication.translate("Merge", "File")
        if section == 1:
            return QCoreApplication.translate("Merge", "Records")
        return category_label(CATEGORIES[section - 2])


class MatchModel(QAbstractTableModel):
    """Records made apart that look like the same: checked to be merged as one."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.matches: list[tuple[str, Match, bool]] = []

    def set_matches(self, matches: list[tuple[str, Match]]) -> None:
        self.beginResetModel()
        self.matches = [(source, match, False) for source, match in matches]
        self.endResetModel()

    def confirmed(self) -> list[tuple[str, Match]]:
        return [(source, match) for source, match, on in self.matches if on]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.matches)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 1

    def flags(self, index):
        return super().flags(index) | Qt.ItemFlag.ItemIsUserCheckable

    def data(self, index, role=DISPLAY) -> Any:
        if not index.isValid() or index.row() >= len(self.matches):
            return None
        source, match, on = self.matches[index.row()]
        if role in (DISPLAY, Qt.ItemDataRole.ToolTipRole):
            what = (
                QCoreApplication.translate("Merge", "The same programme?")
                if match.table == "programme"
                else QCoreApplication.translate("Merge", "The same person?")
            )
            return (
                f"{what}  « {match.theirs_label} » ({Path(source).name})  =  « {match.mine_label} »"
            )
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        source, match, _on = self.matches[index.row()]
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.matches[index.row()] = (source, match, checked)
        self.dataChanged.emit(index, index, [role])
        return True


def _differing(change: Change) -> list[str]:
    mine, theirs = change.mine or {}, change.theirs or {}
    return [c for c in change.kind.compared if mine.get(c) != theirs.get(c)]


def _version(change: Change, row: dict | None) -> str:
    if row is None:
        return ""
    parts = []
    for column in _differing(change)[:3]:
        value = row.get(column)
        if column == "deleted_at":
            value = (
                QCoreApplication.translate("Merge", "removed")
                if value
                else QCoreApplication.translate("Merge", "present")
            )
        text = " ".join(str(value if value is not None else "—").split())
        parts.append(text if len(text) <= 120 else text[:119] + "…")
    return "\n".join(parts)


def _title(change: Change) -> str:
    row = change.mine or change.theirs or {}
    for column in ("title", "text", "name", "display_name", "what"):
        if row.get(column):
            text = " ".join(str(row[column]).split())
            return text if len(text) <= 60 else text[:59] + "…"
    return change.id[:8]


class ConflictModel(QAbstractTableModel):
    """A record changed on both sides: both versions, and what is done with it."""

    CHOICE_COLUMN = 4

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[tuple[str, Change]] = []

    def set_plans(self, plans: list[MergePlan], keep: dict | None = None) -> None:
        keep = keep or {}
        self.beginResetModel()
        self.rows = []
        for plan in plans:
            for change in plan.conflicts:
                chosen = keep.get((plan.key, change.key))
                if chosen is not None:
                    change.choice = chosen
                self.rows.append((plan.key, change))
        self.endResetModel()

    def choices(self) -> dict[str, dict]:
        result: dict[str, dict] = {}
        for source, change in self.rows:
            result.setdefault(source, {})[change.key] = change.choice
        return result

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def flags(self, index):
        flags = super().flags(index)
        if index.column() == self.CHOICE_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def options(self, row: int) -> list[Choice]:
        change = self.rows[row][1]
        return [Choice.MINE, Choice.THEIRS] + ([Choice.BOTH] if change.kind.keep_both else [])

    def data(self, index, role=DISPLAY) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        source, change = self.rows[index.row()]
        column = index.column()
        if role in (DISPLAY, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return Path(source).name
            if column == 1:
                return f"{kind_label(change.kind.table)} · {_title(change)}"
            if column == 2:
                return _version(change, change.mine)
            if column == 3:
                return _version(change, change.theirs)
            return choice_label(change.choice)
        if role == Qt.ItemDataRole.EditRole and column == self.CHOICE_COLUMN:
            return change.choice.value
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != self.CHOICE_COLUMN:
            return False
        choice = Choice(value)
        if choice not in self.options(index.row()):
            return False
        self.rows[index.row()][1].choice = choice
        self.dataChanged.emit(index, index)
        return True

    def headerData(self, section, orientation, role=DISPLAY) -> Any:
        if role != DISPLAY or orientation != Qt.Orientation.Horizontal:
            return None
        return (
            QCoreApplication.translate("Merge", "File"),
            QCoreApplication.translate("Merge", "Record"),
            QCoreApplication.translate("Merge", "Here"),
            QCoreApplication.translate("Merge", "In the file"),
            QCoreApplication.translate("Merge", "What to do"),
        )[section]
