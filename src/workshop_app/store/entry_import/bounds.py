"""How large an import file may be: checked before the file is read or unpacked.

The limits are far above any real file of typed-up post-its and forms (a year of them is
a few megabytes), and low enough that a hostile file (a zip bomb, a 1 GB cell) is refused
in a moment instead of eating the memory for minutes.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from workshop_app.store.entry_import._common import ImportFileError

MAX_FILE_BYTES = 64 * 1024 * 1024
"""A CSV or XLSX file to import may be this large; a year of paper forms typed up is a
few megabytes. Past it the file is refused before it is read."""
MAX_UNPACKED_BYTES = 256 * 1024 * 1024
"""What the parts of an XLSX workbook may add up to once unzipped (a zip bomb is refused)."""
MAX_ROWS = 100_000
MAX_COLUMNS = 200
"""Rows and columns of a CSV file or of a workbook's first sheet. A million bad rows once
took 630 MB and ten seconds to be listed as a million problems; past these the file is
refused as soon as the reading gets there."""


def too_large_table(path: Path, where: str = "") -> ImportFileError:
    return ImportFileError(
        path,
        f"{path.name} has more than {MAX_ROWS:,} rows or {MAX_COLUMNS} columns{where}; "
        "Atelier imports at most that. Keep only the entries to import.",
    )


def check_size(path: Path) -> None:
    try:
        size = path.stat().st_size
    except OSError:
        return  # reading says what is wrong
    if size > MAX_FILE_BYTES:
        raise ImportFileError(
            path,
            f"{path.name} is {size // (1024 * 1024)} MB; Atelier imports files up to "
            f"{MAX_FILE_BYTES // (1024 * 1024)} MB. Split it, or keep only the columns of "
            "the entries.",
        )


def check_unpacked(path: Path) -> None:
    """Refuse a workbook whose parts, unzipped, would be far larger than any real one
    (zipfile never unpacks past the size a part declares, so this bounds the work)."""
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError):
        return  # the workbook reader says what is wrong
    unpacked = sum(part.file_size for part in parts)
    if unpacked > MAX_UNPACKED_BYTES or len(parts) > 10_000:
        raise ImportFileError(
            path,
            f"{path.name} would take {unpacked // (1024 * 1024)} MB once unpacked; Atelier "
            f"imports workbooks up to {MAX_UNPACKED_BYTES // (1024 * 1024)} MB unpacked. "
            "Save only the sheet of entries, as .xlsx or .csv.",
        )
