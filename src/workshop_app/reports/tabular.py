"""CSV and XLSX exports: what one workshop, or some workshops of a programme, said, as tables.

>>> data = gather_tables(ws, ExportOptions(ExportFormat.CSV, workshop_id=wid))  # doctest: +SKIP
>>> write_csv(data, "entries.csv", Progress())                                  # doctest: +SKIP

:func:`gather_tables` reads the workspace (one query per workshop and kind of record) into a
:class:`TableData` of plain rows; :func:`write_csv` and :func:`write_xlsx` write it on any
thread, through :func:`~workshop_app.reports.output.atomic_destination`.

**The entries table** (the CSV, and the first sheet of the workbook) has one row per live
entry, in board order: workshops by date, then per action number and theme position each
issue followed by its improvements, then ideas, questions, decisions and key success
factors. Its columns (headers in the export's language): workshop, date (ISO), action
(number), action title, theme, kind, text, answers (ref of the issue answered), issue text,
status, votes, author, captured at (UTC), ref (the entry's id). The headers of kind, text,
action, theme, answers, status, votes, author and ref are names the entry import knows, so
an exported CSV (or workbook) imports back into another workshop of the same programme,
with its issue/improvement pairs. The author is blank unless names were asked for, and
always blank for an erased person. A participant's name in the "who" of an action item
reads as their role instead, unless names were asked for (as in the PDF).

**Separator.** The CSV's fields are separated by ``;`` when the export is in French and
by ``,`` in English, unless :attr:`ExportOptions.csv_separator` chooses (``,``, ``;`` or a
tab): Excel splits a CSV opened with a double click by the list separator of the system's
regional settings, which is ``;`` wherever the decimal mark is a comma (France), so a
comma-separated file would open there as one column. No ``sep=`` first line is written:
Excel alone understands it, LibreOffice and other readers take it for the header row.

**Formulas.** A spreadsheet runs a cell starting with ``=``, ``+``, ``-`` or ``@`` (or a
tab or carriage return) as a formula: a text typed in a workshop could then compute, fetch
a web address or show ``#NAME?`` instead of the words ("- first point" does). The CSV
protects every such text cell (text, titles, theme, author; never numbers) the usual way,
with a leading apostrophe (``'=1+1``), which makes Excel and LibreOffice read it as text.
This alters the data: the apostrophe is part of the cell for any program that reads the
CSV, and stays if the CSV is imported back into Atelier. We accept that: the CSV is opened
with a double click in a spreadsheet far more often than it is parsed, and the workbook
has no such cost. Its cells are written as text cells, literally (line ends ``\r\n`` and
``\r`` included), so the XLSX export is the faithful copy (within the limits below).

**Workbook limits.** A cell holds at most 32,767 characters: a longer text is cut and ends
with a marker saying so and how long the whole text is (the CSV keeps it whole). Control
characters that XML cannot hold (U+0000–U+001F but tab and line breaks, U+FFFE, U+FFFF)
become U+FFFD in the workbook; everything else (markup, entities, emoji, any script) is
written literally. The mean and the distribution columns of the feedback sheet are blank
for a question with fewer than 5 answers in its workshop, so that nobody can be recognised;
the comments sheet lists each workshop's comments in alphabetical order, not in the order
they were given, so that none can be matched to a rating.
"""

from __future__ import annotations

import contextlib
import csv
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from workshop_app.domain.board import BoardGroup, answered_issue, build_board, group_order
from workshop_app.domain.enums import EntryKind, ParticipantRole
from workshop_app.domain.feedback_questions import MIN_ANSWERS_FOR_DISTRIBUTION
from workshop_app.domain.models import Action, Entry, Programme, Theme, Workshop
from workshop_app.reports.gather import (
    masked_items,
    mentions_named,
    report_language,
    select_workshops,
)
from workshop_app.reports.options import (
    ExportFailed,
    ExportOptions,
    ExportResult,
    Progress,
    csv_separator_for,
)
from workshop_app.reports.output import atomic_destination
from workshop_app.reports.wording import Wording, wording_for
from workshop_app.store.errors import NotFound
from workshop_app.store.workspace import Workspace

Cell = str | int | float | date | None

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make a spreadsheet read a cell as a formula."""

PROGRESS_EVERY = 200
FEEDBACK_MIN_ANSWERS = MIN_ANSWERS_FOR_DISTRIBUTION
"""Below this many answers to a question, neither its mean nor its distribution is shown."""


@dataclass
class Sheet:
    """One table: a header row and rows of formatted values (text, numbers, dates)."""

    key: str
    title: str
    headers: list[str]
    rows: list[list[Cell]] = field(default_factory=list)
    wrap: frozenset[int] = frozenset()
    """Columns of long text (wrapped, and wider, in the workbook)."""
    header_notes: dict[int, str] = field(default_factory=dict)
    """Explanations attached to header cells of the workbook."""


@dataclass
class TableData:
    """Everything a CSV or XLSX export writes; plain values only, safe to hand to a thread."""

    language: str
    title: str
    sheets: list[Sheet]
    csv_separator: str = ","
    """Between the fields of the CSV (``,``, ``;`` or a tab)."""

    @property
    def entries(self) -> Sheet:
        return self.sheets[0]


# -- reading the workspace ----------------------------------------------------------------
def gather_tables(ws: Workspace, options: ExportOptions) -> TableData:
    """Read the workshop (or the programme's selected workshops) into tables."""
    programme, workshops, language = _scope(ws, options)
    w = wording_for(language)
    actions = {a.id: a for a in ws.actions.for_programme(programme.id)}
    themes = {t.id: t for t in ws.themes.for_programme(programme.id)}
    names = {}
    if options.with_names:
        names = {
            p.id: p.display_name
            for p in ws.participants.for_programme(programme.id)
            if p.erased_at is None and p.display_name
        }
    gatherer = _Gatherer(w, actions, themes, names, options.with_names)
    for workshop in workshops:
        gatherer.add_workshop(ws, workshop)
    title = workshops[0].title if options.workshop_id else programme.title
    separator = csv_separator_for(language, options.csv_separator)
    return TableData(language, title, gatherer.sheets(), separator)


def _scope(ws: Workspace, options: ExportOptions) -> tuple[Programme, list[Workshop], str]:
    if options.workshop_id:
        try:
            workshop = ws.workshops.get(options.workshop_id)
        except NotFound as error:
            raise ExportFailed(
                f"There is no workshop with the id {options.workshop_id}.", "unknown_id"
            ) from error
        programme = ws.programmes.get(workshop.programme_id)
        return programme, [workshop], report_language(options.language, workshop.language)
    if not options.programme_id:
        raise ExportFailed("A table export needs a workshop or a programme.", "incomplete")
    try:
        programme = ws.programmes.get(options.programme_id)
    except NotFound as error:
        raise ExportFailed(
            f"There is no programme with the id {options.programme_id}.", "unknown_id"
        ) from error
    workshops = select_workshops(ws.workshops.for_programme(programme.id), options.selection)
    if not workshops:
        raise ExportFailed(
            "No workshop of this programme matches the selection; there is nothing to export.",
            "nothing_selected",
        )
    return programme, workshops, report_language(options.language, programme.language)


def _day(workshop: Workshop) -> date | str:
    try:
        return date.fromisoformat(workshop.starts_at[:10])
    except ValueError:
        return workshop.starts_at[:10]


class _Gatherer:
    """Builds the rows of every sheet, one workshop at a time."""

    def __init__(
        self,
        w: Wording,
        actions: dict[str, Action],
        themes: dict[str, Theme],
        names: dict[str, str],
        with_names: bool,
    ) -> None:
        self.w = w
        self.actions = actions
        self.themes = themes
        self.names = names
        self.with_names = with_names
        self.numbers = {a.id: a.number for a in actions.values()}
        self.positions = {t.id: t.position for t in themes.values()}
        self.entries: list[list[Cell]] = []
        self.pair_groups: dict[tuple, list[list[Cell]]] = {}
        self.feedback: list[list[Cell]] = []
        self.comments: list[list[Cell]] = []
        self.items: list[list[Cell]] = []
        self.attendance: list[list[Cell]] = []

    def add_workshop(self, ws: Workspace, workshop: Workshop) -> None:
        entries = ws.entries.for_workshop(workshop.id)
        if self.with_names:  # otherwise the export's name mask reads mentions as roles
            entries = mentions_named(ws, entries)
        by_id = {e.id: e for e in entries}
        groups = build_board(by_id, self.numbers, self.positions)
        for entry in _board_entries(groups, by_id):
            self.entries.append(self._entry_row(workshop, entry, by_id))
        for group in groups:
            if group.is_pairs:
                self._add_pairs(workshop, group, by_id)
        self._add_feedback(ws, workshop)
        w = self.w
        items = ws.action_items.for_workshop(workshop.id)
        for item in masked_items(ws, workshop.programme_id, items, self.with_names, w):
            who = item.who
            due: date | str = item.due_date
            with contextlib.suppress(ValueError):
                due = date.fromisoformat(item.due_date)
            self.items.append([workshop.title, item.what, who, due, w.item_status(item.status)])
        counts = ws.attendance.counts_by_role(workshop.id)
        for role in ParticipantRole:
            if counts.get(role):
                self.attendance.append([workshop.title, w.role(role), counts[role]])

    def _theme(self, theme_id: str | None) -> str:
        theme = self.themes.get(theme_id or "")
        return self.w.theme(theme.name) if theme else ""

    def _entry_row(self, workshop: Workshop, entry: Entry, by_id: dict[str, Entry]) -> list[Cell]:
        action = self.actions.get(entry.action_id or "")
        issue = answered_issue(entry, by_id)
        author = self.names.get(entry.author_id or "", "") if self.with_names else ""
        return [
            workshop.title,
            _day(workshop),
            action.number if action else None,
            action.title if action else "",
            self._theme(entry.theme_id),
            self.w.kind(entry.kind),
            entry.text,
            issue.id if issue else "",
            issue.text if issue else "",
            self.w.status(entry.status) if entry.kind is EntryKind.IMPROVEMENT else "",
            entry.votes,
            author,
            entry.created_at,
            entry.id,
        ]

    def _add_pairs(self, workshop: Workshop, group: BoardGroup, by_id: dict[str, Entry]) -> None:
        action = self.actions.get(group.action_id or "")
        action_label = (
            self.w.action(action.number, action.title) if action else self.w.action(None, "")
        )
        theme = self.themes.get(group.theme_id or "")
        theme_label = self.w.theme(theme.name if theme else "")
        rows = self.pair_groups.setdefault(group.key, [])
        for row in group.rows:
            issue = by_id.get(row.issue_id or "")
            improvement = by_id.get(row.improvement_id or "")
            status = self.w.status(improvement.status) if improvement else ""
            rows.append(
                [
                    action_label,
                    theme_label,
                    issue.text if issue else "",
                    improvement.text if improvement else "",
                    status,
                    workshop.title,
                ]
            )

    def _add_feedback(self, ws: Workspace, workshop: Workshop) -> None:
        """One row per question: its count, and its mean and distribution from
        :data:`FEEDBACK_MIN_ANSWERS` answers on (blank below); the comments in
        alphabetical order, on a sheet of their own."""
        for summary in ws.feedback.summary(workshop.id):
            shown = summary.shown and summary.mean is not None
            mean = round(summary.mean, 2) if shown and summary.mean is not None else None
            ratings = [summary.distribution.get(r, 0) if shown else None for r in range(1, 6)]
            self.feedback.append(
                [workshop.title, summary.question.text, summary.answers, mean, *ratings]
            )
        for comment in ws.feedback.comments(workshop.id):
            self.comments.append([workshop.title, comment])

    def sheets(self) -> list[Sheet]:
        w = self.w
        pairs = [
            row
            for key in sorted(
                self.pair_groups, key=lambda k: group_order(k, self.numbers, self.positions)
            )
            for row in self.pair_groups[key]
        ]
        ratings = [w("tables_rating", rating=r) for r in range(1, 6)]
        hidden = {3 + n: w("tables_distribution_hidden") for n in range(6)}  # mean, ratings

        def headers(*names: str) -> list[str]:
            return [w(f"tables_{name}") for name in names]

        text_columns = frozenset(ENTRY_COLUMNS.index(n) for n in ("text", "answers_text"))
        return [
            Sheet("entries", w("tables_sheet_entries"), entry_headers(w), self.entries,
                  text_columns),
            Sheet("pairs", w("tables_sheet_pairs"),
                  headers("action", "theme", "issue", "improvement", "status", "workshop"),
                  pairs, frozenset({2, 3})),
            Sheet("feedback", w("tables_sheet_feedback"),
                  [*headers("workshop", "question", "answer_count", "mean"), *ratings],
                  self.feedback, frozenset({1}), hidden),
            Sheet("comments", w("tables_sheet_comments"), headers("workshop", "comment"),
                  self.comments, frozenset({1})),
            Sheet("action_items", w("tables_sheet_action_items"),
                  headers("workshop", "what", "who", "due", "status"), self.items,
                  frozenset({1})),
            Sheet("attendance", w("tables_sheet_attendance"),
                  headers("workshop", "role", "people"), self.attendance),
        ]  # fmt: skip


ENTRY_COLUMNS = (
    "workshop", "date", "action", "action_title", "theme", "kind", "text", "answers",
    "answers_text", "status", "votes", "author", "created_at", "ref",
)  # fmt: skip
"""The columns of the entries table, in order (wording keys ``tables_<name>``)."""


def entry_headers(w: Wording) -> list[str]:
    return [w(f"tables_{name}") for name in ENTRY_COLUMNS]


def _board_entries(groups: list[BoardGroup], by_id: dict[str, Entry]) -> Iterator[Entry]:
    for group in groups:
        for row in group.rows:
            for entry_id in row.entry_ids():
                yield by_id[entry_id]


# -- writing ------------------------------------------------------------------------------
def csv_cell(value: Cell) -> str:
    """A value as CSV text; a text a spreadsheet would run as a formula gets a leading ``'``."""
    if value is None:
        return ""
    if isinstance(value, str):
        return "'" + value if value.startswith(FORMULA_STARTS) else value
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def final_path(destination: str | os.PathLike[str]) -> str:
    return str(Path(destination).expanduser().absolute())


def write_csv(
    data: TableData, destination: str | os.PathLike[str], progress: Progress
) -> ExportResult:
    """The entries table as CSV: UTF-8 with a BOM, the data's separator (``,``, ``;`` or a
    tab), CRLF, quotes only where needed (a field holding the separator, a quote or a line
    break is quoted, its quotes doubled)."""
    progress.check()
    sheet = data.entries
    progress.start(len(sheet.rows))
    with atomic_destination(destination) as temporary:
        with open(temporary, "w", encoding="utf-8-sig", errors="replace", newline="") as handle:
            writer = csv.writer(
                handle,
                delimiter=data.csv_separator,
                lineterminator="\r\n",
                quoting=csv.QUOTE_MINIMAL,
            )
            writer.writerow(sheet.headers)
            for done, row in enumerate(sheet.rows, start=1):
                writer.writerow([csv_cell(value) for value in row])
                if done % PROGRESS_EVERY == 0:
                    progress.advance(done)
        progress.advance(len(sheet.rows))
    return ExportResult(path=final_path(destination), rows=len(sheet.rows))


def write_xlsx(
    data: TableData, destination: str | os.PathLike[str], progress: Progress
) -> ExportResult:
    """Every table as a sheet of one workbook (see :mod:`.tabular_xlsx`)."""
    from workshop_app.reports.tabular_xlsx import write_workbook

    return write_workbook(data, destination, progress)
