"""The open workshop as a document: every change goes through here, then to the store.

Undo commands (``ui/commands.py``) call these methods; item models listen to the signals
and update the rows concerned (``beginInsertRows``/``dataChanged``), never reloading all.
Every method writes at once, in one transaction, and reports success: on a failure (disk
full, file gone) it emits :attr:`save_failed` with a plain message, changes nothing in
memory, and returns ``False`` so the caller can keep what the person typed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal

from workshop_app.domain import mentions
from workshop_app.domain.ids import utc_now
from workshop_app.domain.models import Entry, Programme, Record, Workshop
from workshop_app.domain.validation import ValidationError
from workshop_app.store import Workspace, WorkspaceError
from workshop_app.store._repo import Repository
from workshop_app.store.errors import NotFound
from workshop_app.ui.messages import workspace_error_text

#: The repositories a command may write to, by table name.
TABLES = (
    "entry",
    "action_item",
    "attendance",
    "participant",
    "workshop",
    "programme",
    "action",
    "theme",
    "agenda_step",
    "feedback_question",
    "indicator",
    "measurement",
    "challenge",
)


class EntryTable(dict):
    """The workshop's entries by id, with who answers whom and the highest position kept up
    to date as entries are set and popped, so a capture does not scan every entry.

    Records are replaced, never changed in place (the session writes copies), which is what
    keeps the index right.
    """

    def __init__(self, entries: Iterable[Entry] = ()) -> None:
        super().__init__()
        self._answers: dict[str, set[str]] = {}
        self.max_position = 0.0
        for entry in entries:
            self[entry.id] = entry

    def __setitem__(self, entry_id: str, entry: Entry) -> None:
        self._forget(self.get(entry_id))
        super().__setitem__(entry_id, entry)
        if entry.answers_id:
            self._answers.setdefault(entry.answers_id, set()).add(entry_id)
        self.max_position = max(self.max_position, entry.position)

    def pop(self, entry_id: str, *default):
        entry = super().pop(entry_id, *default)
        self._forget(entry)
        return entry

    def __delitem__(self, entry_id: str) -> None:
        self.pop(entry_id)

    def _forget(self, entry: Entry | None) -> None:
        if entry is not None and entry.answers_id:
            self._answers.get(entry.answers_id, set()).discard(entry.id)

    def answering(self, issue_id: str) -> list[Entry]:
        """The entries (live or not) that answer ``issue_id``."""
        return [self[i] for i in self._answers.get(issue_id, ())]


class WorkshopSession(QObject):
    """One workshop of a workspace, open for capture.

    Without a workshop (``workshop_id=None``) the session still edits the programme
    (``programme_id``) and the workspace's records; it just holds no entries. The window
    makes a new session, with a fresh undo history, whenever another workshop is chosen.
    """

    entry_added = Signal(object)
    """An :class:`Entry` was added (or restored by undo)."""
    entries_changed = Signal(list, list)
    """Entries changed: (the entries before, the entries after), same order."""
    entry_removed = Signal(object)
    """An :class:`Entry` was removed (soft-deleted)."""
    entries_reset = Signal()
    """Many entries changed at once (an import): read them all again."""
    record_changed = Signal(str)
    """A record of another table changed (its table name), e.g. ``"action_item"``; or, as
    ``"entry"``, an entry of another workshop (its status, from the follow-up)."""
    saved = Signal()
    save_failed = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        workshop_id: str | None,
        parent: QObject | None = None,
        *,
        programme_id: str | None = None,
    ):
        super().__init__(parent)
        self.workspace = workspace
        self.workshop: Workshop | None = None
        self.entries: EntryTable = EntryTable()
        if workshop_id is not None:
            self.workshop = workspace.workshops.get(workshop_id)
            programme_id = self.workshop.programme_id
            self.entries = EntryTable(workspace.entries.for_workshop(workshop_id))
        self.programme: Programme | None = (
            workspace.programmes.get(programme_id) if programme_id else None
        )
        self.last_error: str | None = None
        self._memos: dict[str, tuple[frozenset[str], object]] = {}
        self.record_changed.connect(self._forget_memos)  # connected first: runs first

    @property
    def workshop_id(self) -> str | None:
        return self.workshop.id if self.workshop is not None else None

    def repository(self, table: str) -> Repository:
        if table not in TABLES:
            raise KeyError(table)
        name = {"entry": "entries", "agenda_step": "agenda", "attendance": "attendance"}.get(table)
        if name is None:
            name = {"action_item": "action_items", "feedback_question": "feedback_questions"}.get(
                table, table + "s"
            )
        return getattr(self.workspace, name)

    # -- writing ---------------------------------------------------------------------
    def _attempt(self, write) -> bool:
        try:
            write()
        except (WorkspaceError, ValidationError, NotFound) as error:
            said = workspace_error_text(error) if isinstance(error, WorkspaceError) else str(error)
            self.last_error = said
            self.save_failed.emit(said)
            return False
        self.last_error = None
        self.saved.emit()
        return True

    def next_position(self) -> float:
        return (self.entries.max_position if self.entries else 0.0) + 1.0

    def add_records(self, table: str, records: list[Record]) -> bool:
        """Insert new records (one transaction)."""
        repo = self.repository(table)
        if not self._attempt(
            lambda: repo.add_many(records) if len(records) > 1 else repo.add(records[0])
        ):
            return False
        self._announce_added(table, records)
        return True

    def update_records(self, table: str, records: list[Record]) -> bool:
        """Write these versions of existing records (one transaction)."""
        repo = self.repository(table)
        copies = [dataclasses.replace(r) for r in records]

        def write():
            with self.workspace.db.atomic():
                for record in copies:
                    repo.update(record)

        before = {r.id: self.entries.get(r.id) for r in copies} if table == "entry" else {}
        if not self._attempt(write):
            return False
        if table == "entry":
            mine = [r for r in copies if self.workshop and r.workshop_id == self.workshop.id]
            for record in mine:
                self.entries[record.id] = record
            if mine:
                self.entries_changed.emit([self.entries_before(before, r) for r in mine], mine)
            if len(mine) < len(copies):  # entries of earlier workshops (follow-up)
                self.record_changed.emit("entry")
        else:
            self._sync_headers(table, copies)
            self.record_changed.emit(table)
        return True

    def remove_records(self, table: str, ids: Iterable[str]) -> bool:
        """Soft-delete records (one transaction); undo restores them."""
        return self._set_deleted(table, list(ids), deleted=True)

    def restore_records(self, table: str, ids: Iterable[str]) -> bool:
        return self._set_deleted(table, list(ids), deleted=False)

    @staticmethod
    def entries_before(before: dict[str, Entry | None], record: Entry) -> Entry | None:
        return before.get(record.id)

    def _set_deleted(self, table: str, ids: list[str], *, deleted: bool) -> bool:
        repo = self.repository(table)

        def write():
            with self.workspace.db.atomic():
                for record_id in ids:
                    (repo.soft_delete if deleted else repo.restore)(record_id)

        if not self._attempt(write):
            return False
        if table == "entry":
            if deleted:
                for record_id in ids:
                    entry = self.entries.pop(record_id, None)
                    if entry is not None:
                        self.entry_removed.emit(entry)
            else:
                restored = [repo.get(record_id) for record_id in ids]
                self._announce_added(table, restored)
        else:
            self.record_changed.emit(table)
        return True

    def _announce_added(self, table: str, records: list[Record]) -> None:
        if table != "entry":
            self.record_changed.emit(table)
            return
        for record in records:
            if self.workshop is not None and record.workshop_id == self.workshop.id:
                self.entries[record.id] = record
                self.entry_added.emit(record)

    def _sync_headers(self, table: str, records: list[Record]) -> None:
        for record in records:
            if table == "workshop" and self.workshop is not None and record.id == self.workshop.id:
                self.workshop = record
            elif (
                table == "programme"
                and self.programme is not None
                and record.id == self.programme.id
            ):
                self.programme = record

    def set_workshop_actions(self, workshop_id: str, action_ids: list[str]) -> bool:
        """Make a workshop concern exactly ``action_ids`` (undo: call again with the old list)."""
        ok = self._attempt(lambda: self.workspace.workshops.set_action_ids(workshop_id, action_ids))
        if ok:
            self.record_changed.emit("workshop_action")
        return ok

    def run_write(
        self, write, *, entries_changed: bool = True, tables: tuple[str, ...] = ()
    ) -> bool:
        """Run a bulk ``write(workspace)`` (an import…), then re-read the entries."""
        if not self._attempt(lambda: write(self.workspace)):
            return False
        if entries_changed and self.workshop is not None:
            self.entries = EntryTable(self.workspace.entries.for_workshop(self.workshop.id))
            self.entries_reset.emit()
        for table in tables:
            self.record_changed.emit(table)
        return True

    def erase_participant(self, participant_id: str) -> bool:
        """Right to erasure, now and for good (not an undo command: the caller clears the
        undo history, whose commands hold copies of the person). Entries they wrote in the
        open workshop become unattributed in memory too, as they are in the file."""
        if not self._attempt(lambda: self.workspace.participants.erase(participant_id)):
            return False
        if self.workshop is not None:
            # unattributed, and their name taken out of every text: read them all again
            self.entries = EntryTable(self.workspace.entries.for_workshop(self.workshop.id))
            self.entries_reset.emit()
        self.record_changed.emit("participant")
        return True

    # -- convenience -----------------------------------------------------------------
    def remembered(self, name: str, tables: Iterable[str], compute):
        """``compute()``, read once and kept until this session writes to one of ``tables``.

        Every write of the window goes through its session (undo commands, imports, the
        erasure), which announces it with :attr:`record_changed`; that is what makes the
        copy safe to keep (the workspace's lock keeps other programs from writing).
        """
        memo = self._memos.get(name)
        if memo is None:
            memo = self._memos[name] = (frozenset(tables), compute())
        return memo[1]

    def _forget_memos(self, table: str) -> None:
        for name in [n for n, (tables, _value) in self._memos.items() if table in tables]:
            del self._memos[name]

    def entry(self, entry_id: str) -> Entry:
        return self.entries[entry_id]

    def shown(self, text: str) -> str:
        """``text`` as it reads: each person it mentions by their display name now ("[…]"
        once erased; see :mod:`workshop_app.domain.mentions`)."""
        if not mentions.has_marks(text):
            return text
        names = self.remembered("mention_names", ("participant",), self._person_names)
        return mentions.render(text, names.get)

    def _person_names(self) -> dict[str, str]:
        if self.programme is None:
            return {}
        return {
            p.id: p.display_name
            for p in self.workspace.participants.for_programme(
                self.programme.id, include_erased=True
            )
        }

    def improvements_of(self, issue_id: str) -> list[Entry]:
        return sorted(self.entries.answering(issue_id), key=lambda e: (e.position, e.created_at))

    @staticmethod
    def now() -> str:
        return utc_now()
