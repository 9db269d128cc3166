"""What an export is asked to do, and how it reports progress, cancellation and failure.

An export has two halves: :func:`workshop_app.reports.prepare` reads the workspace (on the
thread that owns the connection; fast) and returns plain data; :func:`~workshop_app.reports.
write` turns that data into a file on any thread, reporting progress and honouring Cancel.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from workshop_app.domain.enums import WorkshopKind


class ExportFormat(StrEnum):
    SESSION_PDF = "session_pdf"
    PROGRAMME_PDF = "programme_pdf"
    CSV = "csv"
    XLSX = "xlsx"

    @property
    def suffix(self) -> str:
        return {"csv": ".csv", "xlsx": ".xlsx"}.get(self.value, ".pdf")


@dataclass
class Selection:
    """Which workshops of a programme a synthesis or a table export covers.

    Empty fields select everything; dates are ``YYYY-MM-DD`` and compared with the
    workshop's start date, both ends included.
    """

    date_from: str = ""
    date_to: str = ""
    territory: str = ""
    kind: WorkshopKind | None = None
    workshop_ids: list[str] = field(default_factory=list)


CSV_SEPARATORS = {"comma": ",", "semicolon": ";", "tab": "\t"}
"""The separators a CSV export offers, by the name the command line gives them."""


def csv_separator_for(language: str, chosen: str = "") -> str:
    """``chosen`` if it is one of :data:`CSV_SEPARATORS`; otherwise the one of the export's
    language: ``;`` in French (Excel set to French reads ``,`` as the decimal comma and puts
    a comma-separated line in one column), ``,`` in English."""
    if chosen in CSV_SEPARATORS.values():
        return chosen
    if chosen:
        raise ValueError(f"{chosen!r} is not a CSV separator; use one of , ; or a tab.")
    return ";" if language == "fr" else ","


@dataclass
class ExportOptions:
    format: ExportFormat
    workshop_id: str | None = None
    """The workshop of a session summary, or the one workshop of a table export."""
    programme_id: str | None = None
    """The programme of a synthesis, or of a table export over several workshops."""
    selection: Selection = field(default_factory=Selection)
    language: str = ""
    """``fr`` or ``en``; empty means the workshop's (or the programme's) language."""
    with_names: bool = False
    """Print participants' names (pseudonyms). Off unless the person exporting asks."""
    csv_separator: str = ""
    """``,``, ``;`` or a tab between the fields of a CSV; empty means the one of the
    export's language (see :func:`csv_separator_for`)."""
    keep_names: frozenset[tuple[str, str, str, int]] = frozenset()
    """Without names, the names typed in free texts print as the person's role; these
    spots, (table, record id, column, start) as :class:`~workshop_app.store.name_finder.
    Spot` gives them, print as typed: the person reviewing the export said they are no
    names ("Rose", the colour). Empty (the default, the command line's): all replaced."""


class ExportError(Exception):
    """An export that could not be done; ``str()`` is a sentence for the person."""


class ExportFailed(ExportError):
    """``str()`` is an English sentence (the command line prints it); ``reason`` and ``path``
    let the window say the same in the person's language.

    Reasons: ``disk_full``, ``read_only``, ``no_folder``, ``is_folder``, ``name_too_long``,
    ``write_failed``, ``nothing_selected``, ``layout``, ``unknown_id``, ``incomplete``.
    """

    def __init__(self, message: str, reason: str = "", path: str = "") -> None:
        super().__init__(message)
        self.reason = reason
        self.path = path


class ExportCancelled(ExportError):
    def __init__(self, message: str = "The export was cancelled; no file was written.") -> None:
        super().__init__(message)


ProgressCallback = Callable[[int, int], None]


class Progress:
    """Progress of a running export, safe to read and cancel from another thread.

    The writer calls :meth:`advance` as it goes; :meth:`cancel` (from the GUI thread) makes
    the next :meth:`advance` or :meth:`check` raise :class:`ExportCancelled`.
    """

    def __init__(self, on_change: ProgressCallback | None = None) -> None:
        self._cancelled = threading.Event()
        self._on_change = on_change
        self.done = 0
        self.total = 0

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        if self._cancelled.is_set():
            raise ExportCancelled()

    def start(self, total: int) -> None:
        self.total, self.done = max(total, 1), 0
        self._notify()

    def advance(self, done: int | None = None) -> None:
        self.check()
        self.done = min(self.total, self.done + 1 if done is None else done)
        self._notify()

    def _notify(self) -> None:
        if self._on_change is not None:
            self._on_change(self.done, self.total)


@dataclass
class ExportResult:
    path: str
    pages: int = 0
    rows: int = 0
    missing_characters: list[str] = field(default_factory=list)
    """Characters the font cannot draw (printed as an empty box); the person is told."""
