"""Checking every row against the workshop's programme: entries to write, or every bad row."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from workshop_app.domain.enums import EntryKind, ImprovementStatus, ParticipantRole
from workshop_app.domain.ids import new_id
from workshop_app.domain.models import Entry, Participant, Workshop
from workshop_app.domain.validation import ValidationError, check_text
from workshop_app.domain.vocabulary import canonical_theme, fold, parse_kind, parse_status
from workshop_app.store.entry_import._common import (
    _ACTION_NUMBER,
    _KIND_CHOICES,
    _STATUS_CHOICES,
    MAX_VOTES,
    ImportRowError,
)
from workshop_app.store.entry_import.reading import Table, TableRow
from workshop_app.store.errors import NotFound
from workshop_app.store.workspace import Workspace


# -- checking every row -------------------------------------------------------------------
@dataclass
class ImportPlan:
    """What an import would write, or why it cannot.

    ``entries`` are in file order with ids already chosen (improvements answer their issue
    by id); ``lines`` gives the file line of each. ``new_participants`` are the authors
    the programme does not know yet. Positions are set when the plan is written.
    """

    workshop: Workshop
    entries: list[Entry] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    new_participants: list[Participant] = field(default_factory=list)
    errors: list[ImportRowError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    path: Path | None = None

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass
class _Lookups:
    """Everything a row is checked against, read once for the whole file."""

    actions_by_title: dict[str, list[str]]
    actions_by_number: dict[int, list[str]]
    themes: dict[str, str]
    people: dict[str, str]
    people_folded: dict[str, list[str]]
    workshop_entries: dict[str, tuple[str, EntryKind]]


def _name_key(name: str) -> str:
    """How display names are compared: case and spacing ignored."""
    return " ".join(name.split()).casefold()


def _lookups(ws: Workspace, workshop: Workshop) -> _Lookups:
    programme_id = workshop.programme_id
    by_title: dict[str, list[str]] = defaultdict(list)
    by_number: dict[int, list[str]] = defaultdict(list)
    for action in ws.actions.for_programme(programme_id):
        by_title[fold(action.title)].append(action.id)
        by_number[action.number].append(action.id)
    themes: dict[str, str] = {}
    programme_themes = ws.themes.for_programme(programme_id)
    for theme in programme_themes:
        themes.setdefault(fold(theme.name), theme.id)
    for theme in programme_themes:  # "Conception" also finds a theme renamed "Design"
        themes.setdefault(fold(canonical_theme(theme.name)), theme.id)
    people: dict[str, str] = {}
    people_folded: dict[str, list[str]] = defaultdict(list)
    for person in ws.participants.for_programme(programme_id):
        people.setdefault(_name_key(person.display_name), person.id)
        people_folded[fold(person.display_name)].append(person.id)
    entries = {
        entry_id.lower(): (entry_id, EntryKind(kind))
        for entry_id, kind in ws.db.execute(
            "SELECT id, kind FROM entry WHERE workshop_id = ? AND deleted_at IS NULL",
            [workshop.id],
        )
    }
    return _Lookups(by_title, by_number, themes, people, people_folded, entries)


def _a(kind: EntryKind) -> str:
    """``kind`` with its article, as in "this row is an idea"."""
    return f"{'an' if kind.value[0] in 'aeiou' else 'a'} {kind.value}"


def _ref_key(ref: str) -> str:
    return ref.strip().casefold()


def plan_import(ws: Workspace, workshop_id: str, table: Table) -> ImportPlan:
    """Check every row of ``table`` against the workshop's programme; collect every error.

    Raises :class:`~workshop_app.store.errors.NotFound` if there is no such workshop.
    Reads the programme's actions, themes, participants and the workshop's entries once,
    then checks rows against dictionaries: a 10,000-row file takes well under a second.
    """
    try:
        workshop = ws.workshops.get(workshop_id)
    except NotFound:
        raise NotFound(f"There is no workshop with id {workshop_id} in {ws.path.name}.") from None
    plan = ImportPlan(workshop, warnings=list(table.warnings), path=table.path)
    lookups = _lookups(ws, workshop)
    kinds = [parse_kind(row.get("kind")) for row in table.rows]
    ids = [new_id() for _ in kinds]
    refs = _collect_refs(table.rows, kinds, ids, plan.errors)
    new_people: dict[str, Participant] = {}
    for row, kind, entry_id in zip(table.rows, kinds, ids, strict=True):
        checker = _RowChecker(row, plan.errors)
        entry = checker.check(kind, entry_id, workshop, lookups, refs, new_people)
        if entry is not None:
            plan.entries.append(entry)
            plan.lines.append(row.line)
    plan.errors.sort(key=lambda error: error.line)
    plan.new_participants = list(new_people.values())
    if plan.errors:
        plan.entries.clear()
        plan.lines.clear()
        plan.new_participants.clear()
    return plan


def _collect_refs(
    rows: Sequence[TableRow],
    kinds: Sequence[EntryKind | None],
    ids: Sequence[str],
    errors: list[ImportRowError],
) -> dict[str, tuple[int, EntryKind | None, str]]:
    """``ref`` → (line, kind, new id) of the row it names; duplicates are errors."""
    refs: dict[str, tuple[int, EntryKind | None, str]] = {}
    for row, kind, entry_id in zip(rows, kinds, ids, strict=True):
        ref = row.get("ref").strip()
        if not ref:
            continue
        key = _ref_key(ref)
        if key in refs:
            errors.append(
                ImportRowError(
                    row.line,
                    "ref",
                    f"ref '{ref}' is already used at line {refs[key][0]}; each ref must be "
                    "unique in the file",
                )
            )
            continue
        refs[key] = (row.line, kind, entry_id)
    return refs


class _RowChecker:
    """Checks one row, adding an :class:`ImportRowError` for each problem found."""

    def __init__(self, row: TableRow, errors: list[ImportRowError]):
        self.row = row
        self.errors = errors
        self.ok = True

    def fail(self, column: str, message: str) -> None:
        self.ok = False
        self.errors.append(ImportRowError(self.row.line, column, message))

    def check(
        self,
        kind: EntryKind | None,
        entry_id: str,
        workshop: Workshop,
        lookups: _Lookups,
        refs: dict[str, tuple[int, EntryKind | None, str]],
        new_people: dict[str, Participant],
    ) -> Entry | None:
        """The entry the row describes, or ``None`` if anything is wrong with it."""
        self._check_kind(kind)
        text = self._text()
        action_id = self._action(lookups)
        theme_id = self._theme(lookups)
        answers_id = self._answers(kind, lookups, refs)
        status = self._status(kind)
        votes = self._votes()
        author_id = self._author(workshop, lookups, new_people)
        if not self.ok or kind is None:
            return None
        return Entry(
            id=entry_id,
            workshop_id=workshop.id,
            kind=kind,
            text=text,
            action_id=action_id,
            theme_id=theme_id,
            author_id=author_id,
            answers_id=answers_id,
            status=status,
            votes=votes,
        )

    def _check_kind(self, kind: EntryKind | None) -> None:
        written = self.row.get("kind").strip()
        if not written:
            self.fail("kind", f"kind is empty; write one of {_KIND_CHOICES}")
        elif kind is None:
            self.fail("kind", f"kind '{written}' is not one of {_KIND_CHOICES}")

    def _text(self) -> str:
        text = self.row.get("text")
        try:
            return check_text(text, "text")
        except ValidationError as error:
            self.fail("text", str(error).rstrip(".").replace("The text", "the text", 1))
            return text

    def _action(self, lookups: _Lookups) -> str | None:
        written = self.row.get("action").strip()
        if not written:
            return None
        found = lookups.actions_by_title.get(fold(written))
        if not found:
            number = _ACTION_NUMBER.match(fold(written))
            if number:
                found = lookups.actions_by_number.get(int(number.group(1)))
        if not found:
            self.fail(
                "action",
                f"action '{written}' is not the number or title of an action of the programme",
            )
            return None
        if len(found) > 1:
            self.fail(
                "action",
                f"action '{written}' is ambiguous: {len(found)} actions of the programme "
                "have that number or title",
            )
            return None
        return found[0]

    def _theme(self, lookups: _Lookups) -> str | None:
        written = self.row.get("theme").strip()
        if not written:
            return None
        theme_id = lookups.themes.get(fold(written)) or lookups.themes.get(
            fold(canonical_theme(written))
        )
        if theme_id is None:
            self.fail("theme", f"theme '{written}' is not a theme of the programme")
        return theme_id

    def _answers(
        self,
        kind: EntryKind | None,
        lookups: _Lookups,
        refs: dict[str, tuple[int, EntryKind | None, str]],
    ) -> str | None:
        written = self.row.get("answers").strip()
        if not written:
            return None
        if kind is not None and kind is not EntryKind.IMPROVEMENT:
            self.fail(
                "answers",
                f"only an improvement can answer an issue; this row is {_a(kind)} "
                f"(answers '{written}')",
            )
            return None
        target = refs.get(_ref_key(written))
        if target is not None:
            line, target_kind, target_id = target
            if target_kind is not None and target_kind is not EntryKind.ISSUE:
                self.fail(
                    "answers",
                    f"answers '{written}' names line {line}, {_a(target_kind)}, not an issue",
                )
                return None
            return target_id
        existing_id, existing_kind = lookups.workshop_entries.get(written.lower(), ("", None))
        if existing_kind is EntryKind.ISSUE:
            return existing_id
        if existing_kind is not None:
            self.fail(
                "answers",
                f"answers '{written}' is {_a(existing_kind)} of the workshop, not an issue",
            )
            return None
        self.fail(
            "answers",
            f"answers '{written}' is neither the ref of a row of the file nor the id of "
            "an issue of this workshop",
        )
        return None

    def _status(self, kind: EntryKind | None) -> ImprovementStatus | None:
        written = self.row.get("status").strip()
        if not written:
            return None
        if kind is not None and kind is not EntryKind.IMPROVEMENT:
            self.fail(
                "status",
                f"only an improvement has a status; this row is {_a(kind)} (status '{written}')",
            )
            return None
        status = parse_status(written)
        if status is None:
            self.fail("status", f"status '{written}' is not one of {_STATUS_CHOICES}")
        return status

    def _votes(self) -> int:
        written = self.row.get("votes").strip()
        if not written:
            return 0
        try:
            votes = int(written)
        except ValueError:
            votes = -1
        if votes < 0:
            self.fail("votes", f"votes '{written}' is not a whole number, 0 or more")
            return 0
        if votes > MAX_VOTES:
            self.fail("votes", f"votes '{written}' is too large")
            return 0
        return votes

    def _author(
        self, workshop: Workshop, lookups: _Lookups, new_people: dict[str, Participant]
    ) -> str | None:
        written = " ".join(self.row.get("author").split())
        if not written:
            return None
        key = _name_key(written)
        known = lookups.people.get(key)
        if known is not None:
            return known
        same_letters = lookups.people_folded.get(fold(written), [])
        if len(same_letters) == 1:  # "Elodie F." for "Élodie F.", if nobody else is close
            return same_letters[0]
        if key not in new_people:
            try:
                check_text(written, "author's name")
            except ValidationError as error:
                self.fail("author", str(error).rstrip("."))
                return None
            new_people[key] = Participant(
                programme_id=workshop.programme_id,
                display_name=written,
                role=ParticipantRole.OTHER,
            )
        return new_people[key].id
