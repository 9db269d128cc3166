"""Writing a checked import in one transaction, undoing it, and the template file."""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from workshop_app.domain.enums import EntryKind
from workshop_app.domain.ids import utc_now
from workshop_app.domain.models import Workshop
from workshop_app.store._repo import write_transaction
from workshop_app.store.entry_import._common import _KIND_PLURALS, FIELDS, ImportRejected
from workshop_app.store.entry_import.checking import PLANNED_COLUMNS, ImportPlan, plan_import
from workshop_app.store.entry_import.reading import read_table
from workshop_app.store.workspace import Workspace

# -- writing ------------------------------------------------------------------------------
_WRITTEN_COLUMNS = (*PLANNED_COLUMNS, "position", "created_at", "updated_at")
"""The columns of each row written: a planned row, then its position and times."""
_ID, _KIND, _ANSWERS = (PLANNED_COLUMNS.index(name) for name in ("id", "kind", "answers_id"))


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
        now = utc_now()
        if plan.new_participants:
            ws.participants.add_many(plan.new_participants)
        rows = [(*row, position + offset, now, now) for offset, row in enumerate(plan.rows)]
        # Issues before the improvements that answer them: the link is a foreign key.
        ws.entries.add_rows(
            _WRITTEN_COLUMNS,
            [row for row in rows if row[_ANSWERS] is None]
            + [row for row in rows if row[_ANSWERS] is not None],
        )
    counts = Counter(row[_KIND] for row in plan.rows)
    return ImportResult(
        workshop=plan.workshop,
        entry_ids=[row[_ID] for row in plan.rows],
        counts={kind: counts[kind.value] for kind in EntryKind if counts[kind.value]},
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
    """Soft-delete (or restore) what the import created, a few statements for all of it:
    the same rows as :meth:`Repository.soft_delete` record by record (the search index
    keeps removed entries, searches leave them out; no status changes), all or nothing."""
    change = "the undoing of the import" if deleted else "the import"
    with write_transaction(ws.db, change):
        ws.entries.set_deleted_many(result.entry_ids, deleted=deleted)
        ws.participants.set_deleted_many(result.participant_ids, deleted=deleted)


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
