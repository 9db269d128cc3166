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

from workshop_app.store.entry_import._common import (
    FIELDS,
    HEADER_ALIASES,
    REQUIRED_FIELDS,
    EntryImportError,
    ImportFileError,
    ImportRejected,
    ImportRowError,
)
from workshop_app.store.entry_import.checking import ImportPlan, plan_import
from workshop_app.store.entry_import.reading import Table, TableRow, read_table
from workshop_app.store.entry_import.writing import (
    ImportResult,
    import_entries,
    redo_import,
    undo_import,
    write_plan,
    write_template,
)

__all__ = [
    "FIELDS",
    "HEADER_ALIASES",
    "REQUIRED_FIELDS",
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
