"""How the board's rows follow the session as entries are captured, removed and edited:
one row inserted or one cell changed where that is enough, a rebuild where entries move
between groups. A mixin of :class:`~workshop_app.ui.models.board.BoardModel`, whose
layout state (``_groups``, ``_starts``, the filter words, the sort) it reads and keeps.
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import QModelIndex

from workshop_app.domain import board as layout
from workshop_app.domain.board import BoardGroup, BoardRow
from workshop_app.domain.enums import EntryKind
from workshop_app.domain.models import Entry

HINTS_KEPT = 256
"""Places remembered by :meth:`IncrementalRows.locate`; past that many, it starts afresh
(the hints also hold rows of layouts since rebuilt: they must not keep them long)."""


def shows(row: BoardRow, entry_id: str) -> bool:
    """Whether ``row`` is where :meth:`IncrementalRows.locate` finds ``entry_id``: an issue
    on its first row only, an improvement or another entry on its own row."""
    if row.continuation:
        return row.improvement_id == entry_id
    return entry_id in (row.issue_id, row.improvement_id, row.other_id)


class IncrementalRows:
    def locate(self, entry_id: str) -> tuple[BoardGroup, int] | None:
        """The group and row showing ``entry_id`` (an issue: its first row).

        Where an entry was last found or inserted is remembered and checked before the
        rows are scanned: selecting the entry just captured then costs a look-up, not a
        scan of 10,000 rows (6 ms). A place is used only if that row of that group, still
        shown, shows the entry; an entry shows on one row only, so a hint that passes
        the check is what the scan would find."""
        hints = self._location_hints()
        hint = hints.get(entry_id)
        if hint is not None:
            group, at = hint
            if (
                at < len(group.rows)
                and shows(group.rows[at], entry_id)
                and any(g is group for g in self._groups)
            ):
                return hint
            del hints[entry_id]
        found = self.scan_for(entry_id)
        if found is not None:
            self._remember(entry_id, *found)
        return found

    def scan_for(self, entry_id: str) -> tuple[BoardGroup, int] | None:
        """What :meth:`locate` finds, by reading every row (the plain path it is tested
        against)."""
        for group in self._groups:
            for at, row in enumerate(group.rows):
                if shows(row, entry_id):
                    return group, at
        return None

    def _location_hints(self) -> dict[str, tuple[BoardGroup, int]]:
        hints = self.__dict__.get("_hints")
        if hints is None:
            hints = self.__dict__["_hints"] = {}
        return hints

    def _remember(self, entry_id: str, group: BoardGroup, at: int) -> None:
        hints = self._location_hints()
        if len(hints) >= HINTS_KEPT:
            hints.clear()
        hints[entry_id] = (group, at)

    def _incremental(self) -> bool:
        return not self.by_votes and not self._words

    def _entries(self) -> dict[str, Entry]:
        return self._session.entries if self._session is not None else {}

    def _group_row(self, group: BoardGroup) -> int:
        """The flat row of a group's heading."""
        return self._starts[self._groups.index(group)]

    def _flat(self, group: BoardGroup, at: int, column: int = 0) -> QModelIndex:
        return self.index(self._group_row(group) + 1 + at, column)

    def _ensure_group(self, key) -> BoardGroup:
        for group in self._groups:
            if group.key == key:
                return group
        order = layout.group_order(key, self._action_numbers(), self._theme_positions())
        orders = [
            layout.group_order(g.key, self._action_numbers(), self._theme_positions())
            for g in self._groups
        ]
        position = bisect.bisect_right(orders, order)
        flat = self._starts[position] if position < len(self._groups) else self._total
        group = BoardGroup(key)
        self.beginInsertRows(QModelIndex(), flat, flat)
        self._groups.insert(position, group)
        self._reindex()
        self.endInsertRows()
        return group

    def _drop_group_if_empty(self, group: BoardGroup) -> None:
        if group.rows:
            return
        flat = self._group_row(group)
        self.beginRemoveRows(QModelIndex(), flat, flat)
        self._groups.remove(group)
        self._reindex()
        self.endRemoveRows()

    def _insert_rows(self, group: BoardGroup, at: int, rows: list[BoardRow]) -> None:
        flat = self._group_row(group) + 1 + at
        self.beginInsertRows(QModelIndex(), flat, flat + len(rows) - 1)
        group.rows[at:at] = rows
        self._reindex()
        for n, row in enumerate(rows):
            for entry_id in (row.issue_id, row.improvement_id, row.other_id):
                if entry_id and shows(row, entry_id):
                    self._remember(entry_id, group, at + n)
        self.endInsertRows()

    def _lead_position(self, row: BoardRow) -> tuple:
        entry = self._entries().get(row.lead_id)
        return layout.entry_order(entry) if entry else (0.0, "")

    def _on_added(self, entry: Entry) -> None:
        self._filter = None
        if not self._incremental():
            self.rebuild()
            return
        entries = self._entries()
        issue = layout.answered_issue(entry, entries)
        if issue is not None:
            self._add_improvement(issue, entry)
            return
        if entry.kind is EntryKind.ISSUE and self._session.improvements_of(entry.id):
            self.rebuild()  # an issue restored with its improvements: lay out afresh
            return
        group = self._ensure_group(layout.group_key(entry, entries))
        if entry.kind is EntryKind.ISSUE:
            new = BoardRow(issue_id=entry.id)
        elif entry.kind is EntryKind.IMPROVEMENT:
            new = BoardRow(improvement_id=entry.id)
        else:
            new = BoardRow(other_id=entry.id)
        self._insert_rows(group, self._place_of(group, layout.entry_order(entry)), [new])

    def _place_of(self, group: BoardGroup, order: tuple) -> int:
        """Where a new lead row of ``order`` goes in ``group``: after the leads not after it.
        A capture comes last (its position is the highest), so the last lead is asked first."""
        last = next((r for r in reversed(group.rows) if not r.continuation), None)
        if last is None or self._lead_position(last) <= order:
            return len(group.rows)
        leads = [self._lead_position(r) for r in group.rows if not r.continuation]
        return self._row_of_nth_lead(group, bisect.bisect_right(leads, order))

    @staticmethod
    def _row_of_nth_lead(group: BoardGroup, nth: int) -> int:
        count = 0
        for at, row in enumerate(group.rows):
            if not row.continuation:
                if count == nth:
                    return at
                count += 1
        return len(group.rows)

    def _add_improvement(self, issue: Entry, improvement: Entry) -> None:
        located = self.locate(issue.id)
        if located is None:
            self.rebuild()
            return
        group, first = located
        rows = self._rows_of_issue(group, first)
        if len(rows) == 1 and group.rows[first].improvement_id is None:
            group.rows[first].improvement_id = improvement.id
            self.dataChanged.emit(
                self._flat(group, first, self.IMPROVEMENT), self._flat(group, first, self.STATUS)
            )
            return
        siblings = [self._entries()[group.rows[r].improvement_id] for r in rows]
        nth = bisect.bisect_right(
            [layout.entry_order(e) for e in siblings], layout.entry_order(improvement)
        )
        at = first + nth
        new = BoardRow(issue_id=issue.id, improvement_id=improvement.id, continuation=nth > 0)
        if nth == 0:  # becomes the first row of the issue
            group.rows[first].continuation = True
        self._insert_rows(group, at, [new])
        if nth == 0:
            self.dataChanged.emit(self._flat(group, first + 1), self._flat(group, first + 1))

    @staticmethod
    def _rows_of_issue(group: BoardGroup, first: int) -> list[int]:
        issue_id = group.rows[first].issue_id
        rows = [first]
        at = first + 1
        while (
            at < len(group.rows)
            and group.rows[at].continuation
            and group.rows[at].issue_id == issue_id
        ):
            rows.append(at)
            at += 1
        return rows

    def _on_removed(self, entry: Entry) -> None:
        self._filter = None
        if not self._incremental():
            self.rebuild()
            return
        located = self.locate(entry.id)
        if located is None:
            return  # filtered out or never shown
        group, at = located
        row = group.rows[at]
        if row.other_id == entry.id or (row.issue_id is None and row.improvement_id == entry.id):
            self._remove_row(group, at)
        elif row.issue_id == entry.id:
            if len(self._rows_of_issue(group, at)) > 1 or row.improvement_id is not None:
                self.rebuild()  # an issue removed while improvements still answer it
                return
            self._remove_row(group, at)
        elif row.improvement_id == entry.id:
            first = at if not row.continuation else self._first_row_of(group, at)
            rows = self._rows_of_issue(group, first)
            if len(rows) == 1:
                row.improvement_id = None
                self.dataChanged.emit(
                    self._flat(group, at, self.IMPROVEMENT), self._flat(group, at, self.STATUS)
                )
            else:
                was_first = not row.continuation
                self._remove_row(group, at)
                if was_first:
                    group.rows[at].continuation = False
                    self.dataChanged.emit(self._flat(group, at), self._flat(group, at, self.STATUS))
        self._drop_group_if_empty(group)

    @staticmethod
    def _first_row_of(group: BoardGroup, at: int) -> int:
        while at > 0 and group.rows[at].continuation:
            at -= 1
        return at

    def _remove_row(self, group: BoardGroup, at: int) -> None:
        flat = self._group_row(group) + 1 + at
        self.beginRemoveRows(QModelIndex(), flat, flat)
        group.rows.pop(at)
        self._reindex()
        self.endRemoveRows()

    _LAYOUT_FIELDS = ("kind", "action_id", "theme_id", "answers_id", "position", "deleted_at")

    def _on_changed(self, before: list[Entry | None], after: list[Entry]) -> None:
        self._filter = None  # its texts may be stale
        moves = any(
            old is None or any(getattr(old, f) != getattr(new, f) for f in self._LAYOUT_FIELDS)
            for old, new in zip(before, after, strict=True)
        )
        votes_changed = any(
            old is not None and old.votes != new.votes
            for old, new in zip(before, after, strict=True)
        )
        text_changed = any(
            old is not None and old.text != new.text for old, new in zip(before, after, strict=True)
        )
        if moves or (self.by_votes and votes_changed) or (self._words and text_changed):
            self.rebuild()
            return
        for entry in after:
            for index in self.indexes_of(entry.id):
                self.dataChanged.emit(index, index)
