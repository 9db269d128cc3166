"""Writing the tables of :mod:`.tabular` as an XLSX workbook (openpyxl, imported on use).

One sheet per table, in order: entries, issue/improvement pairs, feedback, comments,
action items, attendance by role. Each has a bold, frozen header row, columns sized to
their content (capped) and long texts wrapped. Every text is written as a text cell, so a
text starting with ``=`` stays words and ``#N/A`` stays text; texts longer than a cell
holds are cut with a marker, and characters XML cannot hold become U+FFFD.

**Line ends.** A text reads back from the workbook with its ``\r\n``, ``\r`` and ``\n``
as typed. openpyxl writes a carriage return as the character itself, and every XML reader
(Excel, LibreOffice, openpyxl) must read a literal ``\r\n`` or ``\r`` as ``\n`` (XML 1.0,
section 2.11, end-of-line handling). So when some text holds a carriage return, the saved
package is copied once more with each carriage return of its XML parts written as the
character reference ``&#13;``, which readers give back as ``\r``.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import zipfile
from typing import Any

from workshop_app.reports.options import ExportResult, Progress
from workshop_app.reports.output import atomic_destination
from workshop_app.reports.tabular import PROGRESS_EVERY, Cell, Sheet, TableData, final_path
from workshop_app.reports.wording import Wording, wording_for

CELL_LIMIT = 32_767
"""The most characters a workbook cell holds."""

SHEET_NAME_LIMIT = 31
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
REPLACEMENT = "\ufffd"

WIDTH_MIN, WIDTH_MAX, WIDTH_TEXT = 8, 40, 70
WIDTH_SAMPLE = 500
"""Rows looked at to size a column."""


def sheet_name(title: str, taken: set[str]) -> str:
    """``title`` as a valid, unique sheet name: no ``[]:*?/\\``, at most 31 characters."""
    base = _SHEET_NAME_FORBIDDEN.sub(" ", title).strip().strip("'")[:SHEET_NAME_LIMIT] or "Sheet"
    name, number = base, 2
    while name.casefold() in taken:
        suffix = f" ({number})"
        name = base[: SHEET_NAME_LIMIT - len(suffix)] + suffix
        number += 1
    taken.add(name.casefold())
    return name


def cell_text(text: str, w: Wording) -> str:
    """``text`` as a workbook can hold it: XML-safe, and cut with a marker if too long."""
    text = _ILLEGAL_XML.sub(REPLACEMENT, text)
    if len(text) > CELL_LIMIT:
        marker = w.count("tables_cut", len(text))
        text = text[: CELL_LIMIT - len(marker)] + marker
    return text


def _width(sheet: Sheet, column: int) -> float:
    if column in sheet.wrap:
        return WIDTH_TEXT
    longest = len(sheet.headers[column])
    for row in sheet.rows[:WIDTH_SAMPLE]:
        value = row[column]
        if value is not None:
            longest = max(longest, len(str(value).split("\n", 1)[0]))
    return max(WIDTH_MIN, min(WIDTH_MAX, longest + 2))


class _SheetWriter:
    def __init__(self, book: Any, sheet: Sheet, name: str, w: Wording) -> None:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.cell.cell import ERROR_CODES
        from openpyxl.comments import Comment
        from openpyxl.styles import Alignment, Font
        from openpyxl.utils import get_column_letter

        self.sheet = sheet
        self.target = book.create_sheet(name)
        self.w = w
        self.make_cell = WriteOnlyCell
        self.error_codes = frozenset(ERROR_CODES)
        self.comment = Comment
        self.bold = Font(bold=True)
        self.wrap = Alignment(wrap_text=True, vertical="top")
        for column in range(len(sheet.headers)):
            letter = get_column_letter(column + 1)
            self.target.column_dimensions[letter].width = _width(sheet, column)
        self.target.freeze_panes = "A2"
        self.carriage_return = False
        """Some text of the sheet holds a ``\r`` (see :func:`_keep_carriage_returns`)."""

    def text(self, value: str, wrap: bool) -> Any:
        """A text cell; a plain string when openpyxl would store it as text anyway (faster)."""
        value = cell_text(value, self.w)
        if "\r" in value:
            self.carriage_return = True
        if not wrap and not value.startswith("=") and value not in self.error_codes:
            return value
        cell = self.make_cell(self.target)
        cell.value = value
        cell.data_type = "s"  # never a formula ("=1+1") nor an error ("#N/A")
        if wrap:
            cell.alignment = self.wrap
        return cell

    def header(self) -> None:
        cells = []
        for column, title in enumerate(self.sheet.headers):
            cell = self.make_cell(self.target, cell_text(title, self.w))
            cell.data_type = "s"
            cell.font = self.bold
            note = self.sheet.header_notes.get(column)
            if note:
                cell.comment = self.comment(note, "Atelier")
            cells.append(cell)
        self.target.append(cells)

    def row(self, values: list[Cell]) -> None:
        cells: list[Any] = []
        for column, value in enumerate(values):
            if isinstance(value, str):
                cells.append(self.text(value, column in self.sheet.wrap) if value else None)
            else:
                cells.append(value)
        self.target.append(cells)


def write_workbook(
    data: TableData, destination: str | os.PathLike[str], progress: Progress
) -> ExportResult:
    """Write every sheet of ``data`` into one workbook at ``destination``."""
    progress.check()
    from openpyxl import Workbook

    w = wording_for(data.language)
    progress.start(sum(len(sheet.rows) for sheet in data.sheets))
    done = 0
    with atomic_destination(destination) as temporary:
        book = Workbook(write_only=True)
        try:
            book.properties.title = cell_text(data.title, w)[:200]
            book.properties.creator = "Atelier"
            carriage_return = "\r" in book.properties.title
            taken: set[str] = set()
            for sheet in data.sheets:
                writer = _SheetWriter(book, sheet, sheet_name(sheet.title, taken), w)
                writer.header()
                for row in sheet.rows:
                    writer.row(row)
                    done += 1
                    if done % PROGRESS_EVERY == 0:
                        progress.advance(done)
                carriage_return = carriage_return or writer.carriage_return
            progress.advance(done)
            # Saved in memory first: openpyxl's zip file, left open by a full disk, tried
            # again when collected and printed "Exception ignored in ZipFile.__del__".
            package = io.BytesIO()
            book.save(package)
            if carriage_return:
                package = _keep_carriage_returns(package)
            with open(temporary, "wb") as handle:
                handle.write(package.getbuffer())
        except BaseException:
            _discard_sheet_files(book)
            raise
    return ExportResult(path=final_path(destination), rows=len(data.entries.rows))


def _keep_carriage_returns(package: io.BytesIO) -> io.BytesIO:
    """A copy of the saved ``package``, each ``\r`` of its XML parts written
    ``&#13;`` so that readers keep it (a literal one reads as ``\n``).

    Every ``\r`` byte left in a part openpyxl wrote is in a text: it writes no line ends
    between tags, and ElementTree already writes ``&#13;`` in attribute values.
    """
    copy = io.BytesIO()
    with (
        zipfile.ZipFile(package) as source,
        zipfile.ZipFile(copy, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as target,
    ):
        for info in source.infolist():
            content = source.read(info)
            if info.filename.endswith(".xml"):
                content = content.replace(b"\r", b"&#13;")
            target.writestr(info, content)
    return copy


def _discard_sheet_files(book: Any) -> None:
    """Finish and remove the temporary files openpyxl streams unsaved sheets into."""
    for sheet in book.worksheets:
        writer = getattr(sheet, "_writer", None)
        if writer is None:
            continue
        with contextlib.suppress(Exception):
            sheet.close()  # ends the row stream, which would otherwise fail when collected
        with contextlib.suppress(Exception):
            writer.cleanup()
