"""Entries typed up from paper (post-its, forms) into a spreadsheet, imported into a workshop.

>>> result = import_entries(ws, workshop.id, "postits.csv")     # doctest: +SKIP
>>> result.summary()                                             # doctest: +SKIP
'Imported 40 entries into Atelier 1 (12 issues, 14 improvements, 14 ideas)'

The file is a CSV (comma, semicolon or tab; UTF-8 or Windows-1252) or an XLSX workbook
(first sheet) whose header row names the columns, in any order, in English or French:

``ref``      any identifier, unique in the file (so that an improvement can answer it)
``kind``     issue, improvement, idea, question, decision, success_factor (French too)
``text``     what was said
``action``   number or title of an action of the programme
``theme``    a theme of the programme (default themes by French name too)
``answers``  the ``ref`` of the issue an improvement answers (or the id of an issue)
``status``   of an improvement: proposed, keep_doing, planned, done (French too)
``author``   a participant's display name; unknown names become new participants
``votes``    a whole number, 0 or more

Only ``kind`` and ``text`` are required. Importing is three steps, each usable alone:
:func:`read_table` (file → rows of text), :func:`plan_import` (rows → entries, or the
list of every bad row) and :func:`write_plan` (one transaction). :func:`import_entries`
does all three, and writes nothing unless every row is good.
"""

from __future__ import annotations

import csv
import io
import math
import re
import warnings
import zipfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from workshop_app.domain.enums import EntryKind, ImprovementStatus, ParticipantRole
from workshop_app.domain.ids import new_id
from workshop_app.domain.models import Entry, Participant, Workshop
from workshop_app.domain.validation import MAX_TEXT_CHARS, ValidationError, check_text
from workshop_app.domain.vocabulary import canonical_theme, fold, parse_kind, parse_status
from workshop_app.store._repo import write_transaction
from workshop_app.store.errors import NotFound
from workshop_app.store.workspace import Workspace

FIELDS: tuple[str, ...] = (
    "ref",
    "kind",
    "text",
    "action",
    "theme",
    "answers",
    "status",
    "author",
    "votes",
)
"""The columns an import file may have, in the order of the template."""

REQUIRED_FIELDS: tuple[str, ...] = ("kind", "text")

HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "ref": ("ref", "réf", "reference", "référence", "key"),
    "kind": ("kind", "type", "nature", "category", "catégorie"),
    "text": ("text", "texte", "content", "contenu", "verbatim"),
    "action": ("action", "action number", "numéro d'action", "n° action"),
    "theme": ("theme", "thème", "thématique", "thematic"),
    "answers": (
        "answers", "answers to", "answer to", "répond à", "repond_a", "réponse à",
        "en réponse à",
    ),
    "status": ("status", "statut", "état"),
    "author": ("author", "auteur", "autrice", "auteur·ice", "auteur·rice", "said by", "dit par"),
    "votes": ("votes", "vote", "voix", "gommettes", "points"),
}  # fmt: skip
"""Header names accepted for each column (compared without case, accents or punctuation)."""

TEXT_SUFFIXES = (".csv", ".tsv", ".txt")
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
MAX_VOTES = 1_000_000_000
MAX_ERRORS_SHOWN = 20

_HEADERS = {fold(alias): name for name, aliases in HEADER_ALIASES.items() for alias in aliases}
_KIND_CHOICES = ", ".join(kind.value for kind in EntryKind)
_STATUS_CHOICES = ", ".join(status.value for status in ImprovementStatus)
_ACTION_NUMBER = re.compile(r"^(?:action|a|n|no|num)?\s*(\d+)$")
_KIND_PLURALS = {
    EntryKind.ISSUE: ("issue", "issues"),
    EntryKind.IMPROVEMENT: ("improvement", "improvements"),
    EntryKind.IDEA: ("idea", "ideas"),
    EntryKind.QUESTION: ("question", "questions"),
    EntryKind.DECISION: ("decision", "decisions"),
    EntryKind.SUCCESS_FACTOR: ("key success factor", "key success factors"),
}


# -- errors -------------------------------------------------------------------------------
class EntryImportError(Exception):
    """An import was refused; nothing was written. ``str()`` is for people."""


class ImportFileError(EntryImportError):
    """The file as a whole cannot be imported: unreadable, not a table, a column missing."""

    def __init__(self, path: Path | str | None, message: str):
        self.path = Path(path) if path is not None else None
        self.message = message
        super().__init__(message)


@dataclass(frozen=True)
class ImportRowError:
    """One problem with one row: ``line`` of the file, the ``column`` at fault, why."""

    line: int
    column: str
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


class ImportRejected(EntryImportError):
    """Some rows are bad, so nothing was imported; ``errors`` lists every one of them."""

    def __init__(self, errors: Sequence[ImportRowError], path: Path | str | None = None):
        self.errors = list(errors)
        self.path = Path(path) if path is not None else None
        super().__init__(self._describe())

    @property
    def heading(self) -> str:
        """The first line of the message: how many problems, in which file."""
        count = len(self.errors)
        where = f" in {self.path.name}" if self.path is not None else ""
        problems = "1 problem" if count == 1 else f"{count} problems"
        return f"Nothing was imported: fix {problems}{where} and import the file again."

    def _describe(self) -> str:
        """The heading, then the first errors, one a line."""
        count = len(self.errors)
        lines = [self.heading]
        lines += [str(error) for error in self.errors[:MAX_ERRORS_SHOWN]]
        if count > MAX_ERRORS_SHOWN:
            lines.append(f"… and {count - MAX_ERRORS_SHOWN} more")
        return "\n".join(lines)


# -- reading a file -----------------------------------------------------------------------
@dataclass(frozen=True)
class TableRow:
    """One non-blank row: its ``line`` in the file and its cells by column name."""

    line: int
    values: dict[str, str]

    def get(self, name: str) -> str:
        return self.values.get(name, "")


@dataclass
class Table:
    """What :func:`read_table` found: the recognised columns and the non-blank rows.

    ``headers`` maps each recognised column to its header as written in the file;
    ``ignored_columns`` are headers that mean nothing to Atelier; ``warnings`` say, for
    people, what was left out.
    """

    path: Path
    headers: dict[str, str]
    rows: list[TableRow]
    ignored_columns: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def columns(self) -> list[str]:
        return list(self.headers)


def read_table(path: Path | str) -> Table:
    """Read a CSV or XLSX file into a :class:`Table`; :class:`ImportFileError` if it cannot.

    ``.csv``, ``.tsv`` and ``.txt`` are read as delimited text, ``.xlsx`` as a workbook
    (its first sheet). Line numbers are the file's: for CSV the physical line where the
    row starts (the header being line 1), for XLSX the row number of the sheet.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if path.is_dir():
        raise ImportFileError(path, f"{path} is a folder. Choose a CSV or XLSX file.")
    notes: list[str] = []
    if suffix in TEXT_SUFFIXES:
        lines = _csv_lines(path, notes)
    elif suffix in WORKBOOK_SUFFIXES:
        lines = _xlsx_lines(path)
    else:
        raise ImportFileError(path, _unsupported(path))
    table = _table(path, lines)
    table.warnings[:0] = notes
    return table


def _unsupported(path: Path) -> str:
    """Why a file of that extension cannot be imported, and what to do instead."""
    suffix = path.suffix.lower()
    if suffix in (".xls", ".ods"):
        return (
            f"{path.name} is a {suffix} spreadsheet, which Atelier cannot read. "
            "Save it as .xlsx or .csv and import that file."
        )
    return (
        f"{path.name} is not a CSV or XLSX file. Atelier imports .csv, .tsv, .txt and .xlsx "
        "files whose first row names the columns."
    )


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError as error:
        raise ImportFileError(path, f"There is no file {path}.") from error
    except OSError as error:
        raise ImportFileError(
            path, f"Atelier cannot read {path} ({error.strerror}). Check its permissions."
        ) from error


_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "an XLSX workbook or another zipped document; if it is a workbook, "
     "give it the .xlsx extension"),
    (b"\xd0\xcf\x11\xe0", "an old Excel (.xls) file, a workbook protected by a password or "
     "a Word document; save it as .xlsx or .csv without a password"),
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"SQLite format 3\x00", "a SQLite database (a workspace?), not a table of entries"),
)  # fmt: skip


def _decode(path: Path, data: bytes, notes: list[str]) -> str:
    """The text of a CSV file: UTF-8 (BOM or not), UTF-16 with a BOM, else Windows-1252.

    Reading as Windows-1252 adds a note to ``notes``: if the accents come out wrong, the
    person knows why.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode text" export
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise ImportFileError(path, f"{path.name} is damaged UTF-16 text.") from error
    for signature, what in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise ImportFileError(path, f"{path.name} is not a CSV file: it looks like {what}.")
    if b"\x00" in data[:65536]:
        raise ImportFileError(
            path, f"{path.name} is not a CSV file: it holds binary data, not text."
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as error:
        raise ImportFileError(
            path,
            f"{path.name} is neither UTF-8 nor Windows-1252 text. "
            "Save it again as CSV UTF-8 from your spreadsheet.",
        ) from error
    notes.append(
        f"{path.name} is not UTF-8 text; it was read as Windows-1252 (French Excel's CSV). "
        "If accents look wrong, save it again as CSV UTF-8."
    )
    return text


def _sniff_delimiter(text: str, suffix: str) -> str:
    """The delimiter of the first non-blank line among comma, semicolon and tab.

    The header row is short and plain, so counting outside quotes is enough; a header
    with a single column (no delimiter at all) falls back to the extension's default.
    """
    first = next((line for line in io.StringIO(text, newline="") if line.strip()), "")
    counts = Counter()
    quoted = False
    for char in first:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in ",;\t":
            counts[char] += 1
    if counts:
        return max(",;\t", key=lambda delimiter: counts[delimiter])
    return "\t" if suffix == ".tsv" else ","


_EXCEL_SEPARATOR_LINE = re.compile(r"^sep=([,;\t|])\s*$")
"""Excel's own first line naming the delimiter (``sep=;``); the header comes after it."""


def _csv_lines(path: Path, notes: list[str]) -> Iterator[tuple[int, list[str]]]:
    """``(line, cells)`` for each record of a delimited text file."""
    text = _decode(path, _read_bytes(path), notes)
    first_line = next(iter(io.StringIO(text, newline="")), "")
    declared = _EXCEL_SEPARATOR_LINE.match(first_line.strip("\r\n"))
    delimiter = declared.group(1) if declared else _sniff_delimiter(text, path.suffix.lower())
    if csv.field_size_limit() < 4 * MAX_TEXT_CHARS:
        csv.field_size_limit(4 * MAX_TEXT_CHARS)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records = _numbered(path, reader)
    if declared:
        next(records, None)
    return records


def _numbered(path: Path, reader) -> Iterator[tuple[int, list[str]]]:
    """Records of ``reader`` with the physical line where each starts."""
    end_of_previous = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise ImportFileError(
                path, f"{path.name} cannot be read as CSV near line {end_of_previous + 1}: {error}."
            ) from error
        yield end_of_previous + 1, cells
        end_of_previous = reader.line_num


def _check_workbook_signature(path: Path) -> None:
    """Refuse, with a message that says what it is, a file that is not a zipped workbook."""
    try:
        with path.open("rb") as handle:
            start = handle.read(16)
    except FileNotFoundError as error:
        raise ImportFileError(path, f"There is no file {path}.") from error
    except OSError as error:
        raise ImportFileError(
            path, f"Atelier cannot read {path} ({error.strerror}). Check its permissions."
        ) from error
    if start.startswith(b"PK\x03\x04"):
        return
    for signature, what in _BINARY_SIGNATURES:
        if start.startswith(signature):
            raise ImportFileError(
                path, f"{path.name} is not an XLSX workbook: it looks like {what}."
            )
    raise ImportFileError(
        path,
        f"{path.name} is not an XLSX workbook. If it is a table saved as text, give it the "
        ".csv extension; otherwise open it in your spreadsheet and save it as .xlsx.",
    )


def _xlsx_lines(path: Path) -> list[tuple[int, list[str]]]:
    """``(row number, cells as text)`` for each row of the workbook's first sheet."""
    import openpyxl  # only imports of workbooks need it
    from openpyxl.utils.exceptions import InvalidFileException

    _check_workbook_signature(path)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "no default style" and the like
            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as error:
        raise ImportFileError(
            path,
            f"{path.name} is not a readable XLSX workbook (it may be damaged, protected by "
            "a password, or another kind of file renamed). Open it in your spreadsheet and "
            "save it again as .xlsx or .csv.",
        ) from error
    try:
        if not book.worksheets:
            return []
        sheet = book.worksheets[0]
        sheet.reset_dimensions()  # some programs write a wrong size; read every row
        rows = []
        for number, values in enumerate(sheet.iter_rows(min_row=1, values_only=True), start=1):
            rows.append((number, [_cell_text(value) for value in values]))
        return rows
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise ImportFileError(
            path, f"{path.name} is damaged: its first sheet cannot be read ({error})."
        ) from error
    finally:
        book.close()


def _cell_text(value: object) -> str:
    """A workbook value as the text a person sees: 3.0 → "3", a date → ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.isoformat(sep=" ") if value.time() != time(0) else value.date().isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


def _table(path: Path, lines: Iterable[tuple[int, list[str]]]) -> Table:
    """Find the header row, map its columns, and keep the non-blank rows below it."""
    records = iter(lines)
    header = next(((line, cells) for line, cells in records if _filled(cells)), None)
    if header is None:
        raise ImportFileError(path, f"{path.name} is empty: there is no header row.")
    header_line, header_cells = header
    positions, headers, ignored = _map_header(path, header_cells)
    warnings_: list[str] = []
    rows: list[TableRow] = []
    overflow_line = None
    for line, cells in records:
        if not _filled(cells):
            continue
        values = {
            name: _clean(cells[index]) if index < len(cells) else ""
            for name, index in positions.items()
        }
        rows.append(TableRow(line, values))
        if overflow_line is None and _filled(cells[len(header_cells) :]):
            overflow_line = line
    if overflow_line is not None:
        warnings_.append(
            f"Some rows have more cells than the header row has columns (first at line "
            f"{overflow_line}); the extra cells were ignored."
        )
    if not rows:
        raise ImportFileError(
            path, f"{path.name} has a header row (line {header_line}) but no entries below it."
        )
    if ignored:
        listed = ", ".join(f"'{name}'" for name in ignored)
        warnings_.insert(0, f"Columns ignored (Atelier does not know them): {listed}.")
    return Table(path, headers, rows, ignored, warnings_)


def _filled(cells: Sequence[str]) -> bool:
    return any(cell.strip() for cell in cells)


def _clean(cell: str) -> str:
    """Line breaks inside a cell become ``\\n``, whatever the spreadsheet wrote."""
    return cell.replace("\r\n", "\n").replace("\r", "\n")


def _map_header(
    path: Path, cells: Sequence[str]
) -> tuple[dict[str, int], dict[str, str], list[str]]:
    """Column positions and headers by field name, plus the headers nobody knows."""
    positions: dict[str, int] = {}
    headers: dict[str, str] = {}
    ignored: list[str] = []
    for index, cell in enumerate(cells):
        written = cell.strip()
        if not written:
            continue
        name = _HEADERS.get(fold(written))
        if name is None:
            ignored.append(written)
        elif name in positions:
            raise ImportFileError(
                path,
                f"{path.name} has two columns for {name}: '{headers[name]}' and '{written}'. "
                "Keep only one.",
            )
        else:
            positions[name], headers[name] = index, written
    missing = [name for name in REQUIRED_FIELDS if name not in positions]
    if missing:
        names = " and ".join(f"'{name}'" for name in missing)
        found = ", ".join(f"'{cell.strip()}'" for cell in cells if cell.strip())
        raise ImportFileError(
            path,
            f"{path.name} has no {names} column{'s' if len(missing) > 1 else ''}. "
            f"The first row must name the columns (found: {found}); "
            "kind and text are required, separated by commas, semicolons or tabs.",
        )
    return positions, headers, ignored


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


# -- writing ------------------------------------------------------------------------------
@dataclass(frozen=True)
class ImportResult:
    """What an import wrote.

    ``entry_ids`` and ``participant_ids`` are the new records, in file order, so that the
    import can be undone (:func:`undo_import`) as one step.
    """

    workshop: Workshop
    entry_ids: list[str]
    counts: dict[EntryKind, int]
    new_participants: list[str]
    participant_ids: list[str]
    warnings: list[str]

    @property
    def total(self) -> int:
        return len(self.entry_ids)

    def summary(self) -> str:
        """One line for people: "Imported 3 entries into Atelier 1 (2 issues, 1 idea)"."""
        noun = "entry" if self.total == 1 else "entries"
        line = f"Imported {self.total} {noun} into {self.workshop.title}"
        details = ", ".join(
            f"{count} {_KIND_PLURALS[kind][count != 1]}" for kind, count in self.counts.items()
        )
        return f"{line} ({details})" if details else line


def write_plan(ws: Workspace, plan: ImportPlan) -> ImportResult:
    """Write a good plan in one transaction: all its entries and participants, or nothing.

    Entries go after the workshop's last entry, in file order. Raises
    :class:`ImportRejected` if the plan has errors.
    """
    if plan.errors:
        raise ImportRejected(plan.errors, plan.path)
    workshop_id = plan.workshop.id
    with write_transaction(ws.db, "the imported entries"):
        position = ws.entries.next_position(workshop_id)
        for offset, entry in enumerate(plan.entries):
            entry.position = position + offset
        if plan.new_participants:
            ws.participants.add_many(plan.new_participants)
        # Issues before the improvements that answer them: the link is a foreign key.
        ws.entries.add_many(
            [e for e in plan.entries if e.answers_id is None]
            + [e for e in plan.entries if e.answers_id is not None]
        )
    counts = Counter(entry.kind for entry in plan.entries)
    return ImportResult(
        workshop=plan.workshop,
        entry_ids=[entry.id for entry in plan.entries],
        counts={kind: counts[kind] for kind in EntryKind if counts[kind]},
        new_participants=[person.display_name for person in plan.new_participants],
        participant_ids=[person.id for person in plan.new_participants],
        warnings=list(plan.warnings),
    )


def import_entries(ws: Workspace, workshop_id: str, path: Path | str) -> ImportResult:
    """Read ``path``, check every row, and write all of it in one transaction.

    Raises :class:`ImportFileError` if the file cannot be read as a table,
    :class:`ImportRejected` (listing every bad row) if any row is bad, and
    :class:`~workshop_app.store.errors.NotFound` for an unknown workshop. In each case
    nothing is written.
    """
    table = read_table(path)
    return write_plan(ws, plan_import(ws, workshop_id, table))


def undo_import(ws: Workspace, result: ImportResult) -> None:
    """Soft-delete what an import created (entries, new participants), in one transaction."""
    _mark_deleted(ws, result, deleted=True)


def redo_import(ws: Workspace, result: ImportResult) -> None:
    """Bring back what :func:`undo_import` removed, in one transaction."""
    _mark_deleted(ws, result, deleted=False)


def _mark_deleted(ws: Workspace, result: ImportResult, *, deleted: bool) -> None:
    change = "the undoing of the import" if deleted else "the import"
    with write_transaction(ws.db, change):
        for repository, ids in (
            (ws.entries, result.entry_ids),
            (ws.participants, result.participant_ids),
        ):
            for record_id in ids:
                if deleted:
                    repository.soft_delete(record_id)
                else:
                    repository.restore(record_id)


# -- the template -------------------------------------------------------------------------
TEMPLATE_EXAMPLES: dict[str, tuple[tuple[str, ...], list[tuple[str, ...]], str]] = {
    "en": (
        FIELDS,
        [
            ("P1", "issue", "Letters from the landlord are hard to understand", "",
             "Implementation", "", "", "Nadia B.", "3"),
            ("", "improvement", "Have residents reread the letters before they are sent", "",
             "Implementation", "P1", "proposed", "", "2"),
            ("", "idea", "A shared directory of the platform's partners", "", "Partnership",
             "", "", "", ""),
        ],
        ",",
    ),
    "fr": (
        ("réf", "type", "texte", "action", "thème", "répond à", "statut", "auteur", "votes"),
        [
            ("P1", "problème", "Les courriers du bailleur sont difficiles à comprendre", "",
             "Mise en œuvre", "", "", "Nadia B.", "3"),
            ("", "amélioration", "Faire relire les courriers par des habitants avant envoi",
             "", "Mise en œuvre", "P1", "proposée", "", "2"),
            ("", "idée", "Un annuaire partagé des partenaires de la plateforme", "",
             "Partenariat", "", "", "", ""),
        ],
        ";",
    ),
}  # fmt: skip
"""Header and example rows of the template, per language, and the delimiter Excel expects."""


def write_template(path: Path | str, *, language: str = "en", examples: bool = True) -> Path:
    """Write a CSV template (UTF-8 with BOM, so that Excel shows accents) and return its path.

    ``language`` is ``"en"`` (comma-separated, English headers) or ``"fr"`` (semicolons,
    as French Excel expects, French headers and words). The example rows show an issue,
    an improvement answering it, and an idea; delete them before importing.
    """
    path = Path(path)
    header, rows, delimiter = TEMPLATE_EXAMPLES[language]
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter, lineterminator="\r\n")
        writer.writerow(header)
        if examples:
            writer.writerows(rows)
    return path


__all__ = [
    "FIELDS",
    "HEADER_ALIASES",
    "EntryImportError",
    "ImportFileError",
    "ImportPlan",
    "ImportRejected",
    "ImportResult",
    "ImportRowError",
    "Table",
    "TableRow",
    "import_entries",
    "plan_import",
    "read_table",
    "redo_import",
    "undo_import",
    "write_plan",
    "write_template",
]
