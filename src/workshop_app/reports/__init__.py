"""Reports: PDF summaries and CSV/XLSX exports, built from the store without Qt.

An export is two calls, so that the slow half can leave the GUI thread::

    prepared = prepare(ws, ExportOptions(ExportFormat.SESSION_PDF, workshop_id=wid))
    result = write(prepared, "summary.pdf", Progress())   # any thread

:func:`prepare` reads the workspace (on the thread that owns its connection);
:func:`write` builds the file next to its destination and moves it in place, so that a
failed or cancelled export leaves an earlier file of that name untouched. Failures raise
:class:`ExportFailed` with a sentence for the person, Cancel raises :class:`ExportCancelled`.
reportlab and openpyxl are imported only when a file of theirs is written.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from workshop_app.reports.options import (
    ExportCancelled,
    ExportError,
    ExportFailed,
    ExportFormat,
    ExportOptions,
    ExportResult,
    Progress,
    Selection,
)
from workshop_app.store.workspace import Workspace

__all__ = [
    "ExportCancelled",
    "ExportError",
    "ExportFailed",
    "ExportFormat",
    "ExportOptions",
    "ExportResult",
    "Prepared",
    "Progress",
    "Selection",
    "export",
    "prepare",
    "write",
]


@dataclass
class Prepared:
    options: ExportOptions
    data: Any


def prepare(ws: Workspace, options: ExportOptions) -> Prepared:
    """Read what the export needs from ``ws``; raises :class:`ExportFailed` for an unknown id."""
    from workshop_app.reports import gather

    fmt = options.format
    if fmt is ExportFormat.SESSION_PDF:
        if not options.workshop_id:
            raise ExportFailed("A workshop summary needs a workshop.", "incomplete")
        data = gather.gather_session(
            ws,
            options.workshop_id,
            language=options.language,
            with_names=options.with_names,
            keep_names=options.keep_names,
        )
    elif fmt is ExportFormat.PROGRAMME_PDF:
        if not options.programme_id:
            raise ExportFailed("A programme synthesis needs a programme.", "incomplete")
        data = gather.gather_programme(
            ws,
            options.programme_id,
            options.selection,
            language=options.language,
            with_names=options.with_names,
            keep_names=options.keep_names,
        )
    else:
        data = gather.gather_tables(ws, options)
    return Prepared(options, data)


def write(
    prepared: Prepared, destination: str | os.PathLike[str], progress: Progress | None = None
) -> ExportResult:
    """Write the prepared export to ``destination`` (safe to call off the GUI thread)."""
    progress = progress or Progress()
    fmt = prepared.options.format
    if fmt is ExportFormat.SESSION_PDF:
        from workshop_app.reports.session_pdf import write_session_pdf

        return write_session_pdf(prepared.data, destination, progress)
    if fmt is ExportFormat.PROGRAMME_PDF:
        from workshop_app.reports.programme_pdf import write_programme_pdf

        return write_programme_pdf(prepared.data, destination, progress)
    from workshop_app.reports import tabular

    if fmt is ExportFormat.CSV:
        return tabular.write_csv(prepared.data, destination, progress)
    return tabular.write_xlsx(prepared.data, destination, progress)


def export(
    ws: Workspace,
    options: ExportOptions,
    destination: str | os.PathLike[str],
    progress: Progress | None = None,
) -> ExportResult:
    """:func:`prepare` then :func:`write`, on the calling thread (the command line's way)."""
    return write(prepare(ws, options), destination, progress)
