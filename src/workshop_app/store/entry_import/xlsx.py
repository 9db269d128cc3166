"""Reading the first sheet of an XLSX workbook as rows of text, within bounds, with
``defusedxml`` doing the XML (openpyxl uses it when installed): a DTD, an entity bomb or a
formula without its saved result is refused in plain words."""

from __future__ import annotations

import math
import warnings
import zipfile
from datetime import date, datetime, time
from pathlib import Path
from xml.etree.ElementTree import ParseError

from workshop_app.store.entry_import import bounds
from workshop_app.store.entry_import._common import _BINARY_SIGNATURES, ImportFileError


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


def xlsx_lines(path: Path) -> list[tuple[int, list[str]]]:
    """``(row number, cells as text)`` for each row of the workbook's first sheet."""
    import openpyxl  # only imports of workbooks need it
    from openpyxl.utils.exceptions import InvalidFileException

    _check_workbook_signature(path)
    bounds.check_size(path)
    bounds.check_unpacked(path)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "no default style" and the like
            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (
        zipfile.BadZipFile,
        InvalidFileException,
        KeyError,
        OSError,
        ValueError,  # defusedxml's refusals (entities, external references) among them
        ParseError,  # a DTD or broken XML inside the workbook
    ) as error:
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
            if number > bounds.MAX_ROWS or len(values) > bounds.MAX_COLUMNS:
                raise bounds.too_large_table(path, " in its first sheet")
            rows.append((number, [_cell_text(value) for value in values]))
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, ParseError) as error:
        raise ImportFileError(
            path, f"{path.name} is damaged: its first sheet cannot be read ({error})."
        ) from error
    finally:
        book.close()
    if _may_hold_formulas(path):
        _refuse_formulas_without_results(path, rows)
    return rows


def _may_hold_formulas(path: Path) -> bool:
    """Whether a sheet of the workbook has a formula tag (a cheap byte scan; ``<f`` also
    matches a few other tags, which only costs the exact check below)."""
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            if not info.filename.startswith("xl/worksheets/"):
                continue
            with archive.open(info) as member:
                tail = b""
                for block in iter(lambda member=member: member.read(1 << 20), b""):
                    if b"<f" in tail + block or b":f " in tail + block or b":f>" in tail + block:
                        return True
                    tail = block[-3:]
    return False


def _refuse_formulas_without_results(path: Path, rows: list[tuple[int, list[str]]]) -> None:
    """A formula whose result the file does not hold reads as an empty cell (it was
    reported as "the text is empty"): name the cells, and say how to store the results.
    Files written by programs that never compute (scripts, some converters) do this."""
    import openpyxl
    from openpyxl.utils import get_column_letter

    read = dict(rows)
    cells = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        book = openpyxl.load_workbook(path, read_only=True, data_only=False)
    try:
        sheet = book.worksheets[0]
        sheet.reset_dimensions()
        for number, values in enumerate(sheet.iter_rows(min_row=1, values_only=True), start=1):
            seen = read.get(number, [])
            for column, value in enumerate(values):
                empty = column >= len(seen) or seen[column] == ""
                if empty and isinstance(value, str) and value.startswith("="):
                    cells.append(f"{get_column_letter(column + 1)}{number}")
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, ParseError):
        return  # the first reading succeeded; nothing more to say
    finally:
        book.close()
    if cells:
        shown = ", ".join(cells[:5]) + (f" and {len(cells) - 5} more" if len(cells) > 5 else "")
        raise ImportFileError(
            path,
            f"{path.name} holds formulas whose results were not saved in the file (cell "
            f"{shown}), so Atelier cannot read their text. Open the file in your spreadsheet "
            "and save it again (that stores the results), or paste the values instead of "
            "the formulas. Nothing was imported.",
        )


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
