"""Checking every row against the workshop's programme: entries to write, or every bad row."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from workshop_app.domain.enums import EntryKind
from workshop_app.domain.models import Entry, Participant, Workshop
from workshop_app.domain.vocabulary import parse_kind
from workshop_app.store.entry_import._common import ImportRowError
from workshop_app.store.entry_import._ids import new_ids
from workshop_app.store.entry_import._rows import Memo, Planned, RowChecker, read_lookups
from workshop_app.store.entry_import.reading import Table
from workshop_app.store.errors import NotFound
from workshop_app.store.workspace import Workspace

PLANNED_COLUMNS: tuple[str, ...] = (
    "id",
    "workshop_id",
    "kind",
    "text",
    "action_id",
    "theme_id",
    "author_id",
    "answers_id",
    "status",
    "votes",
)
"""The ``entry`` columns of each planned row, as stored (kind and status as their text)."""


# -- the plan -----------------------------------------------------------------------------
@dataclass
class ImportPlan:
    """What an import would write, or why it cannot.

    ``rows`` are the entries to write, in file order, each a tuple of the values of
    :data:`PLANNED_COLUMNS`, ids already chosen (improvements answer their issue by id);
    ``lines`` gives the file line of each. ``new_participants`` are the authors the
    programme does not know yet. Positions and times are set when the plan is written.
    """

    workshop: Workshop
    rows: list[Planned] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    new_participants: list[Participant] = field(default_factory=list)
    errors: list[ImportRowError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    path: Path | None = None

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def entries(self) -> list[Entry]:
        """The planned entries as records, built anew on each call (position not yet set)."""
        return [Entry(**dict(zip(PLANNED_COLUMNS, row, strict=True))) for row in self.rows]


# -- checking every row -------------------------------------------------------------------
def plan_import(ws: Workspace, workshop_id: str, table: Table) -> ImportPlan:
    """Check every row of ``table`` against the workshop's programme; collect every error.

    Raises :class:`~workshop_app.store.errors.NotFound` if there is no such workshop.
    Reads the programme's actions, themes and participants once, interprets each distinct
    kind, action, theme, status, votes and author cell once, then checks rows against
    dictionaries: a 10,000-row file takes a few tens of milliseconds.
    """
    try:
        workshop = ws.workshops.get(workshop_id)
    except NotFound:
        raise NotFound(f"There is no workshop with id {workshop_id} in {ws.path.name}.") from None
    plan = ImportPlan(workshop, warnings=list(table.warnings), path=table.path)
    kind_of = Memo(parse_kind)
    kinds = [kind_of[cells[1]] for cells in table.cells]
    ids = new_ids(len(kinds))
    refs = _collect_refs(table, kinds, ids, plan.errors)
    texts_encode = _encode(cells[2] for cells in table.cells)
    lookups = read_lookups(ws, workshop)
    checker = RowChecker(ws, workshop, lookups, refs, plan.errors, texts_encode=texts_encode)
    for line, cells, kind, entry_id in zip(table.lines, table.cells, kinds, ids, strict=True):
        row = checker.check(line, cells, kind, entry_id)
        if row is not None:
            plan.rows.append(row)
            plan.lines.append(line)
    plan.errors.sort(key=lambda error: error.line)
    plan.new_participants = list(checker.new_people.values())
    if plan.errors:
        plan.rows.clear()
        plan.lines.clear()
        plan.new_participants.clear()
    return plan


def _collect_refs(
    table: Table,
    kinds: Sequence[EntryKind | None],
    ids: Sequence[str],
    errors: list[ImportRowError],
) -> dict[str, tuple[int, EntryKind | None, str]]:
    """``ref`` → (line, kind, new id) of the row it names; duplicates are errors."""
    refs: dict[str, tuple[int, EntryKind | None, str]] = {}
    for line, cells, kind, entry_id in zip(table.lines, table.cells, kinds, ids, strict=True):
        ref = cells[0].strip()
        if not ref:
            continue
        key = ref.casefold()
        if key in refs:
            errors.append(
                ImportRowError(
                    line,
                    "ref",
                    f"ref '{ref}' is already used at line {refs[key][0]}; each ref must be "
                    "unique in the file",
                )
            )
            continue
        refs[key] = (line, kind, entry_id)
    return refs


def _encode(texts) -> bool:
    """Whether every one of ``texts`` can be written as UTF-8 (no lone surrogate)."""
    try:
        "".join(texts).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
