"""Checking one row of an import: each cell against the programme's vocabulary."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from workshop_app.domain import mentions
from workshop_app.domain.enums import EntryKind, ParticipantRole
from workshop_app.domain.models import Participant, Workshop
from workshop_app.domain.validation import MAX_TEXT_CHARS, ValidationError, check_text
from workshop_app.domain.vocabulary import canonical_theme, fold, parse_status
from workshop_app.store.entry_import._common import (
    _ACTION_NUMBER,
    _KIND_CHOICES,
    _STATUS_CHOICES,
    MAX_VOTES,
    ImportRowError,
)
from workshop_app.store.workspace import Workspace

_STORED_KINDS = {kind: kind.value for kind in EntryKind}
Planned = tuple[str, str, str, str, str | None, str | None, str | None, str | None, str | None, int]
"""A row to write: the values of ``checking.PLANNED_COLUMNS``."""


@dataclass
class Lookups:
    """Everything a row is checked against, read once for the whole file."""

    actions_by_title: dict[str, list[str]]
    actions_by_number: dict[int, list[str]]
    themes: dict[str, str]
    people: dict[str, str]
    people_folded: dict[str, list[str]]


def _name_key(name: str) -> str:
    """How display names are compared: case and spacing ignored."""
    return " ".join(name.split()).casefold()


def read_lookups(ws: Workspace, workshop: Workshop) -> Lookups:
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
    return Lookups(by_title, by_number, themes, people, people_folded)


def _a(kind: EntryKind) -> str:
    """``kind`` with its article, as in "this row is an idea"."""
    return f"{'an' if kind.value[0] in 'aeiou' else 'a'} {kind.value}"


def ref_key(ref: str) -> str:
    return ref.strip().casefold()


class Memo(dict):
    """``memo[cell]`` is ``interpret(cell)``, worked out once for each distinct cell."""

    def __init__(self, interpret: Callable[[str], Any]):
        super().__init__()
        self.interpret = interpret

    def __missing__(self, cell: str) -> Any:
        value = self[cell] = self.interpret(cell)
        return value


class RowChecker:
    """Checks rows one by one, adding an :class:`ImportRowError` for each problem found.

    A column whose cell means the same on every row it appears on (action, theme, status,
    votes, author) is interpreted once per distinct cell, into ``(value, problem)``; the
    problem is still reported on every row with that cell. ``texts_encode`` says whether
    every text of the file is valid UTF-8: then only a blank or oversized text needs
    :func:`check_text` for its message.
    """

    def __init__(
        self,
        ws: Workspace,
        workshop: Workshop,
        lookups: Lookups,
        refs: dict[str, tuple[int, EntryKind | None, str]],
        errors: list[ImportRowError],
        *,
        texts_encode: bool,
    ):
        self.ws = ws
        self.workshop = workshop
        self.workshop_id = workshop.id
        self.lookups = lookups
        self.refs = refs
        self.errors = errors
        self.texts_encode = texts_encode
        self.new_people: dict[str, Participant] = {}
        self._workshop_entries: dict[str, tuple[str, EntryKind]] | None = None
        self.actions = Memo(self._action)
        self.themes = Memo(self._theme)
        self.statuses = Memo(_status_cell)
        self.votes = Memo(_votes)
        self.authors = Memo(self._author)

    def fail(self, line: int, column: str, message: str) -> None:
        self.errors.append(ImportRowError(line, column, message))

    def check(
        self, line: int, cells: tuple[str, ...], kind: EntryKind | None, entry_id: str
    ) -> Planned | None:
        """The row to write for these cells, or ``None`` if anything is wrong with them."""
        found = len(self.errors)
        _ref, written_kind, text, action, theme, answers, status, author, votes = cells
        text = mentions.clean(text)  # a reference to a person is only made by Atelier
        if kind is None:
            self._kind_problem(line, written_kind)
        # check_text, for its message, only when the text may fail it
        if not text or text.isspace() or len(text) > MAX_TEXT_CHARS or not self.texts_encode:
            self._text(line, text)
        action_id, problem = self.actions[action]
        if problem:
            self.fail(line, "action", problem)
        theme_id, problem = self.themes[theme]
        if problem:
            self.fail(line, "theme", problem)
        answers_id = self._answers(line, kind, answers) if answers else None
        status_value = self._status(line, kind, status) if status else None
        count, problem = self.votes[votes]
        if problem:
            self.fail(line, "votes", problem)
        author_id, problem = self.authors[author]
        if problem:
            self.fail(line, "author", problem)
        if kind is None or len(self.errors) > found:
            return None
        return (
            entry_id,
            self.workshop_id,
            _STORED_KINDS[kind],
            text,
            action_id,
            theme_id,
            author_id,
            answers_id,
            status_value,
            count,
        )

    def _kind_problem(self, line: int, cell: str) -> None:
        written = cell.strip()
        if not written:
            self.fail(line, "kind", f"kind is empty; write one of {_KIND_CHOICES}")
        else:
            self.fail(line, "kind", f"kind '{written}' is not one of {_KIND_CHOICES}")

    def _text(self, line: int, text: str) -> None:
        try:
            check_text(text, "text")
        except ValidationError as error:
            self.fail(line, "text", str(error).rstrip(".").replace("The text", "the text", 1))

    def _action(self, cell: str) -> tuple[str | None, str | None]:
        written = cell.strip()
        if not written:
            return None, None
        found = self.lookups.actions_by_title.get(fold(written))
        if not found:
            number = _ACTION_NUMBER.match(fold(written))
            if number:
                found = self.lookups.actions_by_number.get(int(number.group(1)))
        if not found:
            return None, (
                f"action '{written}' is not the number or title of an action of the programme"
            )
        if len(found) > 1:
            return None, (
                f"action '{written}' is ambiguous: {len(found)} actions of the programme "
                "have that number or title"
            )
        return found[0], None

    def _theme(self, cell: str) -> tuple[str | None, str | None]:
        written = cell.strip()
        if not written:
            return None, None
        themes = self.lookups.themes
        theme_id = themes.get(fold(written)) or themes.get(fold(canonical_theme(written)))
        if theme_id is None:
            return None, f"theme '{written}' is not a theme of the programme"
        return theme_id, None

    def _answers(self, line: int, kind: EntryKind | None, cell: str) -> str | None:
        written = cell.strip()
        if not written:
            return None
        if kind is not None and kind is not EntryKind.IMPROVEMENT:
            self.fail(
                line,
                "answers",
                f"only an improvement can answer an issue; this row is {_a(kind)} "
                f"(answers '{written}')",
            )
            return None
        target = self.refs.get(ref_key(written))
        if target is not None:
            target_line, target_kind, target_id = target
            if target_kind is not None and target_kind is not EntryKind.ISSUE:
                self.fail(
                    line,
                    "answers",
                    f"answers '{written}' names line {target_line}, {_a(target_kind)}, "
                    "not an issue",
                )
                return None
            return target_id
        existing_id, existing_kind = self._existing().get(written.lower(), ("", None))
        if existing_kind is EntryKind.ISSUE:
            return existing_id
        if existing_kind is not None:
            self.fail(
                line,
                "answers",
                f"answers '{written}' is {_a(existing_kind)} of the workshop, not an issue",
            )
            return None
        self.fail(
            line,
            "answers",
            f"answers '{written}' is neither the ref of a row of the file nor the id of "
            "an issue of this workshop",
        )
        return None

    def _existing(self) -> dict[str, tuple[str, EntryKind]]:
        """The workshop's live entries by lower-case id, read the first time one is named."""
        if self._workshop_entries is None:
            self._workshop_entries = {
                entry_id.lower(): (entry_id, _kind_of(kind))
                for entry_id, kind in self.ws.db.execute(
                    "SELECT id, kind FROM entry WHERE workshop_id = ? AND deleted_at IS NULL",
                    [self.workshop.id],
                )
            }
        return self._workshop_entries

    def _status(self, line: int, kind: EntryKind | None, cell: str) -> str | None:
        written, status = self.statuses[cell]
        if not written:
            return None
        if kind is not None and kind is not EntryKind.IMPROVEMENT:
            self.fail(
                line,
                "status",
                f"only an improvement has a status; this row is {_a(kind)} (status '{written}')",
            )
            return None
        if status is None:
            self.fail(line, "status", f"status '{written}' is not one of {_STATUS_CHOICES}")
            return None
        return status

    def _author(self, cell: str) -> tuple[str | None, str | None]:
        written = " ".join(cell.split())
        if not written:
            return None, None
        key = _name_key(written)
        known = self.lookups.people.get(key)
        if known is not None:
            return known, None
        same_letters = self.lookups.people_folded.get(fold(written), [])
        if len(same_letters) == 1:  # "Elodie F." for "Élodie F.", if nobody else is close
            return same_letters[0], None
        if key not in self.new_people:
            try:
                check_text(written, "author's name")
            except ValidationError as error:
                return None, str(error).rstrip(".")
            self.new_people[key] = Participant(
                programme_id=self.workshop.programme_id,
                display_name=written,
                role=ParticipantRole.OTHER,
            )
        return self.new_people[key].id, None


def _votes(cell: str) -> tuple[int, str | None]:
    written = cell.strip()
    if not written:
        return 0, None
    try:
        votes = int(written)
    except ValueError:
        votes = -1
    if votes < 0:
        return 0, f"votes '{written}' is not a whole number, 0 or more"
    if votes > MAX_VOTES:
        return 0, f"votes '{written}' is too large"
    return votes, None


def _status_cell(cell: str) -> tuple[str, str | None]:
    """The status as written (stripped) and as stored, if it is one."""
    written = cell.strip()
    status = parse_status(written)
    return written, None if status is None else status.value


def _kind_of(value: object) -> EntryKind:
    """A stored kind; one this version does not know (a tampered file) reads as an idea,
    as the entries' own reading does."""
    try:
        return EntryKind(value)
    except ValueError:
        return EntryKind.IDEA
