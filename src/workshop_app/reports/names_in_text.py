"""Names typed in free text, in a file sent without names: each becomes the person's role.

>>> mask = NameMask.for_programme(ws, programme_id, wording_for("fr"))  # doctest: +SKIP
>>> mask.text("On a vu Karima hier, près de la Roseraie")                 # doctest: +SKIP
'On a vu Travailleur·se social·e hier, près de la Roseraie'

An export without names (:attr:`ExportOptions.with_names` off: the default, the command
line's too) passes every free text it prints through a :class:`NameMask`: each name of the
programme's people found there (:mod:`workshop_app.store.name_finder`) is replaced by
:meth:`Wording.person` of their role; a first name that people of different roles share
by the generic word for a participant. The person exporting may have said that some were
no names ("Rose", the colour): :attr:`ExportOptions.keep_names` lists those spots, printed
as typed. Everything else in the text is left exactly as it was.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from workshop_app.domain import mentions
from workshop_app.domain.enums import ActionItemStatus, ParticipantRole
from workshop_app.domain.models import ActionItem, AgendaStep, Entry, Workshop
from workshop_app.domain.name_matching import Match, NameMatcher, replace_matches
from workshop_app.reports.options import ExportFormat, ExportOptions
from workshop_app.reports.wording import Wording
from workshop_app.store.name_finder import (
    Named,
    NameFinding,
    Person,
    Spot,
    find_names,
    name_matcher,
    roster,
)
from workshop_app.store.name_scrub import FREE_TEXT, TextEdit
from workshop_app.store.workspace import Workspace

if TYPE_CHECKING:
    from workshop_app.reports.tabular import TableData

_ALL_BUT_MEASUREMENTS = frozenset(
    (table, column)
    for table, columns in FREE_TEXT.items()
    if table not in ("draft", "measurement")
    for column in columns
)
PRINTED: dict[ExportFormat, frozenset[tuple[str, str]]] = {
    ExportFormat.SESSION_PDF: _ALL_BUT_MEASUREMENTS,
    ExportFormat.PROGRAMME_PDF: frozenset(
        {
            ("workshop", "title"),
            ("entry", "text"),
            ("action_item", "what"),
            ("action_item", "who"),
            ("feedback_response", "comment"),
        }
    ),
    ExportFormat.CSV: frozenset({("workshop", "title"), ("entry", "text")}),
    ExportFormat.XLSX: frozenset(
        {
            ("workshop", "title"),
            ("entry", "text"),
            ("action_item", "what"),
            ("action_item", "who"),
            ("feedback_response", "comment"),
        }
    ),
}
"""The free texts each kind of export prints, as (table, column)."""

_OPEN = (ActionItemStatus.OPEN.value, ActionItemStatus.IN_PROGRESS.value)


def replacement(people: Sequence[Person], w: Wording, in_text: bool = True) -> str:
    """What a name found stands as: the role of the person it is (of the people it may be,
    if they share it), else the word for any participant; inside a sentence, marked as a
    replacement ("[a social worker]"), alone in a cell (who does an action) as a label."""
    roles = {person.role for person in people}
    role = roles.pop() if len(roles) == 1 else ParticipantRole.OTHER
    return w.person_in_text(role) if in_text else w.person(role)


class NameMask:
    """Replaces the names of a programme's people in the texts an export prints."""

    def __init__(
        self,
        matcher: NameMatcher[list[Named]],
        w: Wording,
        keep: Iterable[tuple[str, str, str, int]] = (),
        kept_texts: Iterable[tuple[str, Spot]] = (),
    ) -> None:
        self.matcher = matcher
        self.w = w
        self._kept_at: dict[tuple[str, str, str], set[int]] = defaultdict(set)
        for table, record_id, column, start in keep:
            self._kept_at[table, record_id, column].add(start)
        self._kept_in_text: dict[str, set[int]] = defaultdict(set)
        for text, spot in kept_texts:
            self._kept_in_text[text].add(spot.start)
        self._words: dict[tuple[str, bool], str] = {}
        self._found: dict[str, list[Match]] = {}
        """The names in each text met (a workbook prints an issue's text three times)."""
        self._people: dict[str, Person] | None = None
        self.replaced = 0
        """How many names were replaced so far (a report says that names read as roles)."""

    @classmethod
    def for_programme(
        cls,
        ws: Workspace,
        programme_id: str,
        w: Wording,
        keep: Iterable[tuple[str, str, str, int]] = (),
    ) -> NameMask:
        """The mask of the programme's people; ``keep``: spots printed as typed."""
        keep = [Spot(*spot) for spot in keep]
        return cls(name_matcher(roster(ws, programme_id)), w, keep, _texts_at(ws, keep))

    # -- one text ---------------------------------------------------------------------
    def word(self, key: str, in_text: bool = True) -> str:
        """What the name ``key`` (folded) is printed as."""
        word = self._words.get((key, in_text))
        if word is None:
            people = list(dict.fromkeys(named.person for named in self.matcher.names[key]))
            word = self._words[key, in_text] = replacement(people, self.w, in_text)
        return word

    def text(self, value: str, table: str = "", record_id: str = "", column: str = "") -> str:
        """``value`` with the names in it replaced. Given where the text comes from
        (``table``, ``record_id``, ``column``), the spots kept there are printed as
        typed; without, those kept in a record holding exactly this text."""
        if not isinstance(value, str) or not value:
            return value
        matches = self._found.get(value)
        if matches is None:
            matches = self._found[value] = self.matcher.find(value)
        if not matches:
            return self._mentions_as_roles(value)
        if table:
            kept = self._kept_at.get((table, record_id, column), set())
        else:
            kept = self._kept_in_text.get(value, set())
        chosen: list[Match] = [m for m in matches if m.start not in kept]
        self.replaced += len(chosen)
        in_text = (table, column) != ("action_item", "who")  # "who" is a label of its own
        return self._mentions_as_roles(
            replace_matches(value, chosen, lambda m: self.word(m.key, in_text))
        )

    def _mentions_as_roles(self, value: str) -> str:
        """A person mentioned (a reference, :mod:`workshop_app.domain.mentions`) reads as
        their role; one no longer known (erased) as "[…]". After the names typed were
        replaced: the positions kept are those of the text as stored."""
        if not mentions.has_marks(value):
            return value
        if self._people is None:
            self._people = {
                named.person.id: named.person
                for nameds in self.matcher.names.values()
                for named in nameds
            }
        return mentions.render(
            value,
            lambda pid: replacement([self._people[pid]], self.w) if pid in self._people else None,
        )

    def _record(self, record, table: str):
        changes = {}
        for column in FREE_TEXT[table]:
            before = getattr(record, column)
            after = self.text(before, table, record.id, column)
            if after != before:
                changes[column] = after
        return dataclasses.replace(record, **changes) if changes else record

    # -- records ----------------------------------------------------------------------
    def workshop(self, workshop: Workshop) -> Workshop:
        return self._record(workshop, "workshop")

    def entries(self, entries: list[Entry]) -> list[Entry]:
        return [self._record(entry, "entry") for entry in entries]

    def steps(self, steps: list[AgendaStep]) -> list[AgendaStep]:
        return [self._record(step, "agenda_step") for step in steps]

    def items(self, items: list[ActionItem]) -> list[ActionItem]:
        return [self._record(item, "action_item") for item in items]

    def comments(self, comments: list[str], order: Callable[[str], object]) -> list[str]:
        """Feedback comments (known by their text alone), put in ``order`` again: sorted
        as they were typed, a comment that began with a name would stand among the
        comments of that name's initial."""
        masked = [self.text(comment) for comment in comments]
        return sorted(masked, key=order) if masked != comments else comments

    def tables(self, data: TableData, order: Callable[[str], object]) -> TableData:
        """The rows of a CSV or XLSX export with the names in their free texts replaced
        (in place; returned). Entries are known by their ref, other texts by their text;
        the "who" and "what" of action items are left to :func:`masked_items`."""
        from workshop_app.reports.tabular import ENTRY_COLUMNS

        w = self.w
        free = {w(f"tables_{k}") for k in ("workshop", "issue", "improvement", "comment")}
        for sheet in data.sheets:
            if sheet.key == "entries":
                ref = ENTRY_COLUMNS.index("ref")
                answers = ENTRY_COLUMNS.index("answers")
                for row in sheet.rows:
                    for at, id_at in (
                        (ENTRY_COLUMNS.index("text"), ref),
                        (ENTRY_COLUMNS.index("answers_text"), answers),
                    ):
                        row[at] = self.text(row[at], "entry", str(row[id_at] or ""), "text")
                    at = ENTRY_COLUMNS.index("workshop")
                    row[at] = self.text(row[at])
                continue
            columns = [n for n, header in enumerate(sheet.headers) if header in free]
            if sheet.key == "action_items":
                columns = columns[:1]  # the workshop; what and who are masked already
            for row in sheet.rows:
                for at in columns:
                    row[at] = self.text(row[at])
            if sheet.key == "comments" and len(sheet.headers) == 2:
                sheet.rows = _sorted_within_workshops(sheet.rows, order)
        return data


def _sorted_within_workshops(rows: list[list], order: Callable[[str], object]) -> list[list]:
    """Rows of (workshop, comment), each workshop's run sorted again by its comments."""
    runs: list[list[list]] = []
    for row in rows:
        if runs and runs[-1][0][0] == row[0]:
            runs[-1].append(row)
        else:
            runs.append([row])
    return [row for run in runs for row in sorted(run, key=lambda r: order(str(r[1] or "")))]


def _texts_at(ws: Workspace, spots: Sequence[Spot]) -> list[tuple[str, Spot]]:
    """The texts the spots stand in (for the texts an export knows by their text alone)."""
    found = []
    for spot in spots:
        if spot.column not in FREE_TEXT.get(spot.table, ()) or spot.table == "draft":
            continue
        row = ws.db.execute(
            f"SELECT {spot.column} FROM {spot.table} WHERE id = ?", [spot.record_id]
        ).fetchone()
        if row is not None and isinstance(row[0], str):
            found.append((row[0], spot))
    return found


# -- what the person reviews before an export ---------------------------------------------
def export_scope(ws: Workspace, options: ExportOptions) -> tuple[str, list[str]]:
    """The programme and the workshops an export covers."""
    from workshop_app.reports.gather import select_workshops

    if options.workshop_id and options.format is not ExportFormat.PROGRAMME_PDF:
        workshop = ws.workshops.get(options.workshop_id)
        return workshop.programme_id, [workshop.id]
    programme_id = options.programme_id or ""
    workshops = select_workshops(ws.workshops.for_programme(programme_id), options.selection)
    return programme_id, [w.id for w in workshops]


def findings_for_export(ws: Workspace, options: ExportOptions) -> list[NameFinding]:
    """The names an export without names would replace, where it prints them (none when
    names are printed)."""
    if options.with_names:
        return []
    programme_id, workshop_ids = export_scope(ws, options)
    if not workshop_ids:
        return []
    found = find_names(ws, programme_id, workshop_ids, columns=PRINTED[options.format])
    if options.format is ExportFormat.PROGRAMME_PDF:  # it prints the open items only
        ids = [f.record_id for f in found if f.table == "action_item"]
        if ids:
            marks = ", ".join("?" * len(ids))
            rows = ws.db.rows(f"SELECT id, status FROM action_item WHERE id IN ({marks})", ids)
            closed = {rid for rid, status in rows if status not in _OPEN}
            found = [f for f in found if not (f.table == "action_item" and f.record_id in closed)]
    return found


def workspace_edits(replaced: Iterable[tuple[NameFinding, str]]) -> list[TextEdit]:
    """The texts rewritten when each finding is replaced by its word, one edit per text."""
    by_text: dict[tuple[str, str, str], list[tuple[NameFinding, str]]] = defaultdict(list)
    for finding, word in replaced:
        by_text[finding.table, finding.record_id, finding.column].append((finding, word))
    edits = []
    for (table, record_id, column), pairs in by_text.items():
        pairs.sort(key=lambda pair: pair[0].start)
        text = pairs[0][0].text
        pieces, at = [], 0
        for finding, word in pairs:
            if finding.start < at:
                continue  # overlapping findings: the first one wins
            pieces += [text[at : finding.start], word]
            at = finding.end
        pieces.append(text[at:])
        edits.append(TextEdit(table, record_id, column, text, "".join(pieces)))
    return edits


def spots_after(
    kept: Iterable[NameFinding], replaced: Iterable[tuple[NameFinding, str]]
) -> frozenset[Spot]:
    """Where the ``kept`` findings stand once the ``replaced`` ones are rewritten in the
    workspace (a word longer or shorter than the name moves what follows it)."""
    shifts: dict[tuple[str, str, str], list[tuple[int, int]]] = defaultdict(list)
    for finding, word in replaced:
        shifts[finding.table, finding.record_id, finding.column].append(
            (finding.start, len(word) - (finding.end - finding.start))
        )
    spots = set()
    for finding in kept:
        moves = shifts.get((finding.table, finding.record_id, finding.column), [])
        delta = sum(change for start, change in moves if start < finding.start)
        spots.add(Spot(finding.table, finding.record_id, finding.column, finding.start + delta))
    return frozenset(spots)
