"""Where the people of a programme are named in its free texts.

A file sent without names prints a participant's role instead of their name where the
name is known to stand (the author of an entry, the "who" of an action item). Names are
also *typed* in free text, though: "on a vu Karima hier", a comment, an agenda note. This
module finds them, for the export to replace and for the person to review:

>>> found = find_names(ws, programme_id, [workshop_id])            # doctest: +SKIP
>>> [(f.table, f.column, f.found, f.role) for f in found]           # doctest: +SKIP
[('entry', 'text', 'Karima', <ParticipantRole.SOCIAL_WORKER: 'social_worker'>)]

The names looked for are those of the programme's people (removed ones too: their names
are no less personal; erased ones have none left): each display name, and its first word
when that word has at least three letters ("Karima" of "Karima H."). They are matched as
whole words, whatever the case and the accents (:mod:`workshop_app.domain.name_matching`).
A first name two people share is *ambiguous*: the finding names both.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from workshop_app.domain.enums import ParticipantRole
from workshop_app.domain.name_matching import NameMatcher
from workshop_app.store._repo import tolerant
from workshop_app.store.exchange.names import PSEUDONYM
from workshop_app.store.name_scrub import FREE_TEXT
from workshop_app.store.workspace import Workspace

FIRST_NAME_LETTERS = 3
"""A first name shorter than this (in letters) is not looked for alone ("Jo", "Li")."""

SEARCHED: tuple[tuple[str, str], ...] = tuple(
    (table, column)
    for table, columns in FREE_TEXT.items()
    if table != "draft"
    for column in columns
)
"""The (table, column) of every free text looked in: those of :data:`FREE_TEXT` but the
capture box's drafts (what is typed there is not saved yet)."""

_TABLE_ORDER = (
    "workshop",
    "agenda_step",
    "entry",
    "action_item",
    "feedback_response",
    "measurement",
)
_WORKSHOP_COLUMN = {"workshop": "id"}
"""The column that tells a record's workshop (``workshop_id`` but for workshops)."""


class Spot(NamedTuple):
    """Where a name stands: one column of one record, from ``start`` (a character index)."""

    table: str
    record_id: str
    column: str
    start: int


@dataclass(frozen=True)
class Person:
    """One of the people a name may be."""

    id: str
    display_name: str
    role: ParticipantRole


@dataclass(frozen=True)
class Named:
    """What a name looked for stands for: a person, by their full name or first name."""

    person: Person
    full: bool


@dataclass(frozen=True)
class NameFinding:
    """A name found in a free text."""

    table: str
    record_id: str
    column: str
    workshop_id: str | None
    start: int
    end: int
    """``text[start:end]`` is the name as typed."""
    text: str
    """The whole text it was found in."""
    people: tuple[Person, ...]
    """Who it may be: one person, or several for a shared (first) name."""
    full_name: bool
    """The text found is the whole name of one of :attr:`people`, not just a first name."""
    removed: bool = False
    """The record is removed (soft-deleted: Undo could bring it back)."""

    @property
    def found(self) -> str:
        return self.text[self.start : self.end]

    @property
    def spot(self) -> Spot:
        return Spot(self.table, self.record_id, self.column, self.start)

    @property
    def ambiguous(self) -> bool:
        return len(self.people) > 1

    @property
    def role(self) -> ParticipantRole | None:
        """The role of the person it is; None if it may be people of different roles."""
        roles = {person.role for person in self.people}
        return roles.pop() if len(roles) == 1 else None

    def context(self, radius: int = 40) -> tuple[str, int, int]:
        """A snippet of the text around the name, on one line, and where the name stands
        in it: ``(snippet, start, end)``. Cut at a space where one is near, marked "…";
        control characters and line breaks read as spaces (one for one)."""
        text = self.text
        left = max(0, self.start - radius)
        right = min(len(text), self.end + radius)
        if left > 0:
            space = text.find(" ", left, self.start)
            if 0 <= space < self.start - radius // 3:
                left = space + 1
            while left < self.start and unicodedata.category(text[left])[0] == "M":
                left += 1  # never open on an accent cut from its letter
        if right < len(text):
            space = text.rfind(" ", self.end, right)
            if space > self.end + radius // 3:
                right = space
        prefix = "…" if left > 0 else ""
        suffix = "…" if right < len(text) else ""
        snippet = prefix + _one_line(text[left:right]) + suffix
        start = len(prefix) + self.start - left
        return snippet, start, start + self.end - self.start


def _one_line(text: str) -> str:
    return "".join(" " if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c for c in text)


def _letters(word: str) -> int:
    return sum(1 for c in word if c.isalpha())


def first_name(display_name: str) -> str:
    """The first word of ``display_name`` without the punctuation around it ("Karima" of
    "Karima H."), or "" when it is the whole name, has fewer than
    :data:`FIRST_NAME_LETTERS` letters, or the name is a pseudonym ("Participant 3F2A":
    "participant" is a word of every text)."""
    words = display_name.split()
    if len(words) < 2 or PSEUDONYM.format(words[-1]) == " ".join(words):
        return ""
    word = words[0]
    start, end = 0, len(word)
    while start < end and not word[start].isalnum():
        start += 1
    while end > start and not (word[end - 1].isalnum() or _is_mark(word[end - 1])):
        end -= 1
    word = word[start:end]
    return word if _letters(word) >= FIRST_NAME_LETTERS else ""


def _is_mark(char: str) -> bool:
    return unicodedata.category(char)[0] == "M"


def roster(ws: Workspace, programme_id: str) -> list[Person]:
    """The programme's people whose names may be typed: removed ones too, erased ones not
    (their name is gone)."""
    role_of = tolerant(ParticipantRole, ParticipantRole.OTHER)
    rows = ws.db.rows(
        "SELECT id, display_name, role FROM participant "
        "WHERE programme_id = ? AND erased_at IS NULL ORDER BY display_name, id",
        [programme_id],
    )
    people = []
    for pid, name, role in rows:
        if isinstance(name, bytes):  # a blob where a name belongs (a damaged file)
            name = name.decode("utf-8", "replace")
        if (name or "").strip():
            people.append(Person(pid, name, role_of(role)))
    return people


def name_matcher(people: Iterable[Person]) -> NameMatcher[list[Named]]:
    """A matcher of each person's display name and first name (see :func:`first_name`)."""
    names: list[tuple[str, Named]] = []
    for person in people:
        names.append((person.display_name, Named(person, True)))
        first = first_name(person.display_name)
        if first:
            names.append((first, Named(person, False)))
    return NameMatcher.from_names(names)


def findings_in(
    matcher: NameMatcher[list[Named]],
    text: str,
    table: str = "",
    record_id: str = "",
    column: str = "",
    workshop_id: str | None = None,
    removed: bool = False,
) -> list[NameFinding]:
    """The names of ``matcher`` in ``text`` (one column of one record)."""
    found = []
    for match in matcher.find(text):
        named = matcher.names[match.key]
        people = tuple(dict.fromkeys(n.person for n in named))
        found.append(
            NameFinding(
                table,
                record_id,
                column,
                workshop_id,
                match.start,
                match.end,
                text,
                people,
                any(n.full for n in named),
                removed,
            )
        )
    return found


def find_names(
    ws: Workspace,
    programme_id: str,
    workshop_ids: Sequence[str] | None = None,
    *,
    columns: Iterable[tuple[str, str]] | None = None,
    include_removed: bool = False,
    people: Sequence[Person] | None = None,
) -> list[NameFinding]:
    """The names of the programme's people (or of ``people``) in the free texts of
    ``workshop_ids`` (default: every workshop of the programme, and the notes of its
    measurements), in the ``columns`` given as (table, column) (default: all of
    :data:`SEARCHED`). Removed records are left out unless ``include_removed``.

    In order: workshop by workshop (as given, else by date), and within one the workshop
    itself, its agenda, entries (board order), action items, feedback, measurements.
    """
    matcher = name_matcher(roster(ws, programme_id) if people is None else people)
    wanted = set(SEARCHED if columns is None else columns)
    unknown = wanted - set(SEARCHED)
    if unknown:
        raise ValueError(f"not free texts: {sorted(unknown)}")
    if not matcher or not wanted:
        return []
    live = "" if include_removed else " AND deleted_at IS NULL"
    if workshop_ids is None:
        workshop_ids = [
            row[0]
            for row in ws.db.rows(
                f"SELECT id FROM workshop WHERE programme_id = ?{live} ORDER BY starts_at, title",
                [programme_id],
            )
        ]
        whole_programme = True
    else:
        whole_programme = False
    order = {workshop_id: n for n, workshop_id in enumerate(workshop_ids)}
    scope = json.dumps(list(workshop_ids))
    found: list[NameFinding] = []
    for table in _TABLE_ORDER:
        columns_here = [c for c in FREE_TEXT[table] if (table, c) in wanted]
        if not columns_here:
            continue
        owner = _WORKSHOP_COLUMN.get(table, "workshop_id")
        where = f"{owner} IN (SELECT value FROM json_each(?))"
        parameters: list[object] = [scope]
        if table == "measurement" and whole_programme:
            where = (
                f"({where} OR indicator_id IN (SELECT i.id FROM indicator i "
                "JOIN action a ON a.id = i.action_id WHERE a.programme_id = ?))"
            )
            parameters.append(programme_id)
        position = {"entry": "position, created_at", "agenda_step": "position, created_at"}
        rows = ws.db.rows(
            f"SELECT id, {owner}, deleted_at IS NOT NULL, {', '.join(columns_here)} "
            f"FROM {table} WHERE {where}{live} ORDER BY {position.get(table, 'created_at')}, id",
            parameters,
        )
        for record_id, workshop_id, removed, *texts in rows:
            for column, text in zip(columns_here, texts, strict=True):
                if isinstance(text, bytes):
                    text = text.decode("utf-8", "replace")
                if isinstance(text, str) and text:
                    found.extend(
                        findings_in(
                            matcher, text, table, record_id, column, workshop_id, bool(removed)
                        )
                    )
    found.sort(
        key=lambda f: (order.get(f.workshop_id or "", len(order)), _TABLE_ORDER.index(f.table))
    )  # stable: the records keep their order within a table
    return found


def findings_of(findings: Iterable[NameFinding], participant_id: str) -> list[NameFinding]:
    """The findings that may be the person ``participant_id``."""
    return [f for f in findings if any(p.id == participant_id for p in f.people)]
