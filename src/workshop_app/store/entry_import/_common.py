"""Columns, limits and errors of an entry import."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from workshop_app.domain.enums import EntryKind, ImprovementStatus
from workshop_app.domain.vocabulary import fold

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
