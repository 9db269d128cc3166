"""Running an export from the window: File › Export… and File › Print….

The workspace is read on the GUI thread (:func:`reports.prepare`, fast); the file is built
on a worker thread (:func:`reports.write`) while a progress dialog offers Cancel. Progress
and the outcome come back to the GUI thread through queued signals, so the window keeps
painting and answering. Nothing here blocks: dialogs are opened with ``open()``.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMessageBox,
)

from workshop_app.reports import (
    ExportFailed,
    ExportFormat,
    ExportOptions,
    ExportResult,
)
from workshop_app.store import NotFound, WorkspaceError
from workshop_app.store.name_finder import NameFinding
from workshop_app.store.name_scrub import TextEdit
from workshop_app.ui.export_dialog import ExportDialog, safe_file_name
from workshop_app.ui.export_worker import ExportRunner
from workshop_app.ui.i18n import fill

log = logging.getLogger(__name__)

FILTERS = {
    ExportFormat.SESSION_PDF: "PDF (*.pdf)",
    ExportFormat.PROGRAMME_PDF: "PDF (*.pdf)",
    ExportFormat.CSV: "CSV (*.csv)",
    ExportFormat.XLSX: "Excel (*.xlsx)",
}


def open_file(path: Path) -> bool:
    """Open ``path`` in the system's application for it (tests replace this function)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def print_folder() -> Path:
    """Where File › Print writes the PDF it hands to the system's viewer."""
    from platformdirs import user_cache_path

    return user_cache_path("atelier", appauthor=False) / "print"


PRINT_KEEP_SECONDS = 24 * 3600


def sweep_print_folder(folder: Path, now: float | None = None) -> int:
    """Remove the copies File › Print left more than a day ago (free text may name people);
    returns how many were removed."""
    import time

    now = time.time() if now is None else now
    removed = 0
    for path in folder.glob("*.pdf") if folder.is_dir() else ():
        try:
            if now - path.stat().st_mtime > PRINT_KEEP_SECONDS:
                path.unlink()
                removed += 1
        except OSError:
            continue
    return removed


class ExportController(QObject):
    """File › Export… and File › Print… for the main window.

    ``window`` is the :class:`~workshop_app.ui.main_window.MainWindow`: its open workspace,
    its current session (programme and workshop), its settings, status bar and messages.
    """

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.runner = ExportRunner(window)
        self.runner.succeeded.connect(self._on_succeeded)
        self.runner.failed.connect(self._on_failed)
        self.runner.cancelled.connect(self._on_cancelled)
        self.dialog: ExportDialog | None = None
        self.review = None
        """The review of the names found in the texts, while it is open."""
        self._printing = False

    # -- File › Export… -----------------------------------------------------------------
    def show_dialog(self) -> ExportDialog | None:
        session = self.window.session
        if self.window.workspace is None or session is None or session.programme is None:
            return None
        if self.runner.running:
            self._status(self.tr("An export is already running."))
            return None
        dialog = ExportDialog(
            self.window.workspace, session.programme, session.workshop, self.window
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._on_dialog_accepted(dialog))
        dialog.open()
        self.dialog = dialog
        return dialog

    def _on_dialog_accepted(self, dialog: ExportDialog) -> None:
        options = dialog.options()
        suggested = dialog.suggested_name()

        def proceed(reviewed: ExportOptions, edits: list[TextEdit]) -> None:
            destination = self.choose_destination(reviewed, suggested)
            if destination is not None and self._replace_in_workspace(edits):
                self.export(reviewed, destination)

        self.review_names(options, proceed)

    # -- names typed in the texts -------------------------------------------------------
    def review_names(
        self, options: ExportOptions, proceed: Callable[[ExportOptions, list[TextEdit]], None]
    ):
        """Before an export without names: if names of participants stand in what it
        prints, show them for review (returns the dialog); then, once it is accepted, or
        at once if there is nothing to review, ``proceed(options, edits)``: the options
        with the spots kept, and the texts to rewrite in the workspace."""
        from workshop_app.reports.names_in_text import findings_for_export

        workspace = self.window.workspace
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a large programme: 1–3 s
        try:
            found = findings_for_export(workspace, options)
        except (ExportFailed, NotFound, WorkspaceError):
            found = []  # the export itself says what is wrong
        finally:
            QApplication.restoreOverrideCursor()
        if not found:
            proceed(options, [])
            return None
        from workshop_app.ui.name_review import NameReviewDialog

        model, workspace_word = self._findings_model(options, found)
        review = NameReviewDialog(model, parent=self.window)
        review.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            from workshop_app.reports.names_in_text import spots_after, workspace_edits
            from workshop_app.ui.models.name_findings import NameChoice

            replaced = [(f, workspace_word(f)) for f in model.chosen(NameChoice.WORKSPACE)]
            keep = spots_after(model.chosen(NameChoice.KEEP), replaced)
            proceed(dataclasses.replace(options, keep_names=keep), workspace_edits(replaced))

        review.accepted.connect(accepted)
        review.finished.connect(lambda _result: setattr(self, "review", None))
        self.review = review
        review.open()
        return review

    def _findings_model(self, options: ExportOptions, found: list[NameFinding]):
        """The review's model, and what a name becomes in the workspace (in the language of
        its workshop; in the export, in the export's)."""
        from workshop_app.reports.gather import report_language
        from workshop_app.reports.names_in_text import replacement
        from workshop_app.reports.wording import wording_for
        from workshop_app.ui.models.name_findings import NameFindingsModel

        workspace = self.window.workspace
        programme = self.window.session.programme
        workshops = {w.id: w for w in workspace.workshops.for_programme(programme.id)}
        one = workshops.get(options.workshop_id or "")
        language = report_language(options.language, (one or programme).language)
        export_wording = wording_for(language)

        def workspace_word(finding: NameFinding) -> str:
            workshop = workshops.get(finding.workshop_id or "")
            language = report_language("", (workshop or programme).language)
            return replacement(finding.people, wording_for(language))

        model = NameFindingsModel(
            found,
            lambda f: replacement(f.people, export_wording),
            workshop_titles={w.id: w.title for w in workshops.values()},
            mention_names=workspace.entries.mentioned_names(f.text for f in found),
        )
        return model, workspace_word

    def _replace_in_workspace(self, edits: list[TextEdit]) -> bool:
        """Rewrite ``edits`` as one undo step; False (and the person told) if it failed."""
        if not edits:
            return True
        from workshop_app.ui.name_edits import ReplaceNames

        session = self.window.session
        command = ReplaceNames(session, edits)
        self.window.undo_stack.push(command)
        if command.failed:
            self._on_failed(session.last_error or self.tr("The texts could not be changed."))
            return False
        return True

    def choose_destination(self, options: ExportOptions, suggested: str) -> Path | None:
        settings = self.window.settings
        folder = settings.last_export_folder
        if not folder or not Path(folder).is_dir():
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
        if not folder or not Path(folder).is_dir():
            folder = str(Path.home())
        chosen, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export to"),
            str(Path(folder) / suggested),
            FILTERS[options.format],
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != options.format.suffix:
            typed = path.name
            if path.suffix.lower() in (".pdf", ".csv", ".xlsx"):
                # "contributions.xlsx" with PDF chosen became "contributions.xlsx.pdf",
                # silently: the format chosen wins, and the person is told
                path = path.with_suffix(options.format.suffix)
                self._status(
                    fill(
                        self.tr("“%1”: the format chosen is %2, so the file is “%3”."),
                        typed,
                        options.format.suffix[1:].upper(),
                        path.name,
                    )
                )
            else:
                path = path.with_name(path.name + options.format.suffix)
            # The save dialog asked before replacing the name typed, not this one.
            if path.exists() and not self._may_replace(path):
                return None
        settings.last_export_folder = path.parent
        return path

    def _may_replace(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self.window,
            self.tr("Replace the file?"),
            fill(self.tr("“%1” already exists in %2. Replace it?"), path.name, path.parent),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def export(self, options: ExportOptions, destination: Path) -> bool:
        """Export to ``destination`` in the background; the outcome is told when it is done."""
        if self.window.workspace is None:
            return False
        self._printing = False
        label = fill(self.tr("Writing “%1”…"), destination.name)
        return self.runner.start(self.window.workspace, options, destination, label)

    # -- File › Print… ------------------------------------------------------------------
    def print_summary(self) -> bool:
        """Write the workshop's summary to a temporary PDF and open it in the PDF viewer,
        which prints it (Qt's PDF module is not part of the application)."""
        session = self.window.session
        if self.window.workspace is None or session is None or session.workshop is None:
            return False
        workshop = session.workshop
        folder = print_folder()
        sweep_print_folder(folder)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self._on_failed(fill(self.tr("%1 could not be created: %2"), folder, error.strerror))
            return False
        destination = folder / safe_file_name(f"{workshop.title} {workshop.starts_at[:10]}", ".pdf")
        options = ExportOptions(ExportFormat.SESSION_PDF, workshop_id=workshop.id)
        started = self.runner.start(
            self.window.workspace,
            options,
            destination,
            self.tr("Preparing the summary for printing…"),
        )
        self._printing = started
        return started

    def shutdown(self) -> None:
        self.runner.shutdown()

    # -- outcomes -----------------------------------------------------------------------
    def _on_succeeded(self, result: ExportResult) -> None:
        path = Path(result.path)
        missing = ""
        if result.missing_characters:
            missing = fill(
                self.tr("These characters could not be printed and show as empty boxes: %1"),
                ", ".join(f"{c} (U+{ord(c):04X})" for c in result.missing_characters),
            )
        if self._printing:
            self._printing = False
            if open_file(path):
                text = self.tr("The summary is open in your PDF viewer: print it from there.")
                self._status(f"{text} {missing}".strip())
            else:
                # the PDF is written: say so, and where, rather than "the export failed"
                self._status(fill(self.tr("The summary is saved as “%1”."), path))
                self.window.show_error(
                    self.tr("No PDF viewer"),
                    fill(
                        self.tr(
                            "The summary is written, but no application on this computer "
                            "could open it to print it. It is saved as:\n%1\n\nOpen it with "
                            "a PDF reader to print it."
                        ),
                        path,
                    ),
                )
            return
        if result.pages:
            size = self.tr("%n page(s)", "", result.pages)
        else:
            size = self.tr("%n row(s)", "", result.rows)
        self._status(fill(self.tr("Exported “%1” (%2)."), path, size))
        text = fill(
            self.tr("“%1” is written (%2) in the folder:\n%3"), path.name, size, path.parent
        )
        if missing:
            text += "\n\n" + missing
        box = QMessageBox(
            QMessageBox.Icon.Warning if missing else QMessageBox.Icon.Information,
            self.tr("Export finished"),
            text,
            QMessageBox.StandardButton.Close,
            self.window,
        )
        box.setObjectName("exportDoneBox")
        box.setTextFormat(Qt.TextFormat.PlainText)
        open_button = box.addButton(self.tr("&Open"), QMessageBox.ButtonRole.AcceptRole)
        open_button.setObjectName("openExportButton")
        open_button.clicked.connect(lambda: open_file(path))
        box.setDefaultButton(open_button)
        box.setEscapeButton(QMessageBox.StandardButton.Close)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.window.last_message = box

    def _on_failed(self, text: str) -> None:
        self._printing = False
        self.window.show_error(self.tr("The export failed"), text)
        self._status(self.tr("The export failed; no file was written."))

    def _on_cancelled(self) -> None:
        self._printing = False
        self._status(self.tr("Export cancelled; no file was written."))

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 15000)
