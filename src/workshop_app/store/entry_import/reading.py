"""Reading a CSV or XLSX file into rows of text, with their line numbers."""

from __future__ import annotations

import csv
import io
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from operator import itemgetter
from pathlib import Path

from workshop_app.domain.validation import MAX_TEXT_CHARS
from workshop_app.domain.vocabulary import fold
from workshop_app.store.entry_import import bounds
from workshop_app.store.entry_import._common import (
    _BINARY_SIGNATURES,
    _HEADERS,
    FIELDS,
    REQUIRED_FIELDS,
    TEXT_SUFFIXES,
    WORKBOOK_SUFFIXES,
    ImportFileError,
)
from workshop_app.store.entry_import.xlsx import xlsx_lines


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
    people, what was left out. Row ``i`` starts at ``lines[i]`` of the file and holds
    ``cells[i]``: one text per column of :data:`FIELDS`, in that order, ``""`` for a column
    the file does not have. :attr:`rows` gives the same rows as :class:`TableRow`.
    """

    path: Path
    headers: dict[str, str]
    lines: list[int]
    cells: list[tuple[str, ...]]
    ignored_columns: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def columns(self) -> list[str]:
        return list(self.headers)

    @cached_property
    def rows(self) -> list[TableRow]:
        index = {name: FIELDS.index(name) for name in self.headers}
        return [
            TableRow(line, {name: cells[i] for name, i in index.items()})
            for line, cells in zip(self.lines, self.cells, strict=True)
        ]


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
        lines = xlsx_lines(path)
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
    bounds.check_size(path)
    try:
        return path.read_bytes()
    except FileNotFoundError as error:
        raise ImportFileError(path, f"There is no file {path}.") from error
    except OSError as error:
        raise ImportFileError(
            path, f"Atelier cannot read {path} ({error.strerror}). Check its permissions."
        ) from error


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
    if b"\x00" in data:  # anywhere: a NUL byte is never part of a typed-up text
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
    # strict: a quote never closed is an error, not the rest of the file in one cell
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records = _numbered(path, reader)
    if declared:
        next(records, None)
    return records


def _numbered(path: Path, reader) -> Iterator[tuple[int, list[str]]]:
    """Records of ``reader`` with the physical line where each starts."""
    end_of_previous = 0
    try:
        for count, cells in enumerate(reader, start=1):
            if count > bounds.MAX_ROWS or len(cells) > bounds.MAX_COLUMNS:
                raise bounds.too_large_table(path)
            yield end_of_previous + 1, cells
            end_of_previous = reader.line_num
    except csv.Error as error:
        line = end_of_previous + 1
        if "unexpected end of data" in str(error):
            raise ImportFileError(
                path,
                f'{path.name}: the quote (") opened on line {line} is never closed, so the '
                "rest of the file would become one entry. Nothing was imported: close the "
                "quote, or remove it, and import again.",
            ) from error
        raise ImportFileError(
            path,
            f"{path.name} cannot be read as CSV near line {line}: {error}. Nothing was imported.",
        ) from error


def _table(path: Path, lines: Iterable[tuple[int, list[str]]]) -> Table:
    """Find the header row, map its columns, and keep the non-blank rows below it."""
    records = iter(lines)
    header = next(((line, cells) for line, cells in records if _filled(cells)), None)
    if header is None:
        raise ImportFileError(path, f"{path.name} is empty: there is no header row.")
    header_line, header_cells = header
    width = len(header_cells)
    positions, headers, ignored = _map_header(path, header_cells)
    pick = itemgetter(*(positions.get(name, -1) for name in FIELDS))
    # A row too short for a column gets ``padding`` after its cells, and reads "" there; if
    # the file lacks a column, every row gets it, and the column reads the last "".
    padding = [""] * (max(positions.values()) + 1)
    needed = len(padding) if len(positions) == len(FIELDS) else math.inf
    warnings_: list[str] = []
    numbers: list[int] = []
    rows: list[tuple[str, ...]] = []
    overflow_line = None
    for line, cells in records:
        joined = "".join(cells)
        if not joined or joined.isspace():  # a blank row
            continue
        if overflow_line is None and len(cells) > width and _filled(cells[width:]):
            overflow_line = line
        if "\r" in joined:
            cells = [_clean(cell) for cell in cells]
        if len(cells) < needed:
            cells = cells + padding
        numbers.append(line)
        rows.append(pick(cells))
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
    return Table(path, headers, numbers, rows, ignored, warnings_)


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
