"""Workshop › Import entries: paper post-its typed into a spreadsheet, as one undo step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from workshop_app.domain.enums import EntryKind
from workshop_app.store import entry_import
from workshop_app.ui import labels
from workshop_app.ui.commands import SessionCommand
from workshop_app.ui.i18n import fill
from workshop_app.ui.session import WorkshopSession

FILE_FILTER = "CSV, Excel (*.csv *.tsv *.txt *.xlsx);;*"


class ImportEntries(SessionCommand):
    """Write a checked import plan; undo removes what it created, redo brings it back."""

    def __init__(self, session: WorkshopSession, plan: entry_import.ImportPlan, text: str):
        super().__init__(session, text)
        self.plan = plan
        self.result: entry_import.ImportResult | None = None

    def _write(self, ws) -> None:
        self.result = entry_import.write_plan(ws, self.plan)

    def redo(self) -> None:
        if self.result is None:
            self._first_redo(self.session.run_write(self._write, tables=("participant",)))
        else:
            self.session.run_write(
                lambda ws: entry_import.redo_import(ws, self.result), tables=("participant",)
            )

    def undo(self) -> None:
        if self.result is not None:
            self.session.run_write(
                lambda ws: entry_import.undo_import(ws, self.result), tables=("participant",)
            )


def summary(result: entry_import.ImportResult) -> str:
    counts = ", ".join(
        f"{labels.entry_kind(kind)} {count}"
        for kind, count in result.counts.items()
        if count and isinstance(kind, EntryKind)
    )
    text = fill(
        QCoreApplication.translate("ImportEntries", "Imported %1 entries (%2)."),
        len(result.entry_ids),
        counts,
    )
    if result.new_participants:
        text += " " + fill(
            QCoreApplication.translate("ImportEntries", "New participants: %1."),
            ", ".join(result.new_participants),
        )
        if text.endswith(".."):  # a name ending in its initial: "Nadia B.."
            text = text[:-1]
    return text


def plan_from_file(
    session: WorkshopSession, path: Path
) -> tuple[entry_import.ImportPlan | None, str]:
    """Read and check a file; (plan, "") when it is clean, (None, why) otherwise."""
    try:
        table = entry_import.read_table(path)
        plan = entry_import.plan_import(session.workspace, session.workshop_id, table)
    except entry_import.EntryImportError as error:
        return None, str(error)
    if plan.errors:
        return None, str(entry_import.ImportRejected(plan.errors, path))
    return plan, ""


def choose_and_import(
    parent: QWidget, session: WorkshopSession, undo_stack, show_error, show_info
) -> None:
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ImportEntries", "Import entries"),
        str(Path.home()),
        FILE_FILTER,
    )
    if path:
        import_file(Path(path), session, undo_stack, show_error, show_info)


def import_file(path: Path, session: WorkshopSession, undo_stack, show_error, show_info) -> bool:
    plan, problem = plan_from_file(session, path)
    if plan is None:
        show_error(
            QCoreApplication.translate("ImportEntries", "Nothing was imported"),
            fill(
                QCoreApplication.translate(
                    "ImportEntries", "“%1” cannot be imported as it is; nothing was imported.\n\n%2"
                ),
                path.name,
                problem,
            ),
        )
        return False
    command = ImportEntries(
        session, plan, fill(QCoreApplication.translate("ImportEntries", "Import “%1”"), path.name)
    )
    undo_stack.push(command)
    if command.failed or command.result is None:
        return False
    show_info(summary(command.result))
    return True


def save_template(parent: QWidget, language: str) -> Path | None:
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ImportEntries", "Save an import template"),
        str(Path.home() / "atelier-import.csv"),
        "CSV (*.csv)",
    )
    if not path:
        return None
    entry_import.write_template(Path(path), language=language)
    return Path(path)
