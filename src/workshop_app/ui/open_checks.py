"""The opening checks of a large workspace, run after the window is usable.

:meth:`Workspace.open` leaves SQLite's check of every page and the search index's own
check for later when the file is large (:mod:`workshop_app.store.deferred_checks`): the
window shows the last workshop at once, and the checks run in a thread of their own. What
they find comes back here, in the window's thread:

- nothing: the day's backup is taken, as the opening took it before (never of a file not
  yet checked: a damaged backup would be offered later as the good copy);
- a damaged search index: rebuilt from the entries, and said in the status bar;
- damage: the workspace stops writing (each save is refused with the reason, and what is
  being typed stays where it is typed), and a message says so, offering to put the
  latest backup back; the damaged file is then kept beside it, renamed, with everything
  captured since it was opened.
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox

from workshop_app.store import Workspace, WorkspaceError, backups
from workshop_app.store.deferred_checks import Finding, Scan, lower_priority
from workshop_app.ui.i18n import fill
from workshop_app.ui.messages import workspace_error_text


def after_opening(window, workspace: Workspace) -> None:
    """Called by the window once ``workspace`` is open and shown: its checks, if any were
    left for now, then the day's backup."""
    checks = window.findChild(OpenChecks, "openChecks") or OpenChecks(window)
    checks.start(workspace)


class OpenChecks(QObject):
    """Runs the checks left for after the opening, one workspace at a time."""

    checked = Signal(object)
    """The :class:`Finding` of the workspace open now, once acted upon (tests, logs)."""
    _found = Signal(object, object)
    """(scan, finding), emitted from the worker thread: delivered in the window's thread."""

    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("openChecks")
        self.window = window
        self.workspace: Workspace | None = None
        self.scan: Scan | None = None
        self.thread: threading.Thread | None = None
        self.message: QMessageBox | None = None
        self._found.connect(self._on_found, Qt.ConnectionType.QueuedConnection)
        window.workspace_changed.connect(self._on_workspace_changed)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.cancel)

    def start(self, workspace: Workspace) -> None:
        self.cancel()
        self.workspace = workspace
        if not workspace.checks_due:
            self._back_up(workspace)
            self.checked.emit(Finding())
            return
        scan = self.scan = Scan(workspace.path)
        self.thread = threading.Thread(
            target=self._work, args=(scan,), name="atelier-open-checks", daemon=True
        )
        self.thread.start()

    def cancel(self) -> None:
        """Stop a run under way (its answer, if it still comes, is ignored)."""
        if self.scan is not None:
            self.scan.cancel()
        self.scan = None

    def wait(self, timeout: float | None = None) -> None:
        """Wait for the worker thread to end (tests; the answer still comes as an event)."""
        if self.thread is not None:
            self.thread.join(timeout)

    def _work(self, scan: Scan) -> None:
        lower_priority()
        finding = scan.run()
        with contextlib.suppress(RuntimeError):  # the window went away: nobody to tell
            self._found.emit(scan, finding)

    def _on_workspace_changed(self, workspace) -> None:
        if workspace is not self.workspace:
            self.cancel()
            self.workspace = None

    # -- acting on what was found ---------------------------------------------------------
    def _on_found(self, scan: Scan, finding: Finding) -> None:
        workspace = self.workspace
        if scan is not self.scan or workspace is None or self.window.workspace is not workspace:
            return  # a run for a workspace closed since
        self.scan = None
        workspace.checks_due = False
        if finding.damage is None and finding.index_problem is not None:
            try:
                workspace.repair_search_index(finding.index_problem)
            except WorkspaceError:
                finding = Finding(damage=finding.index_problem)
            else:
                self.window.statusBar().showMessage(
                    fill(
                        self.tr(
                            "The search index of “%1” was damaged: it has been rebuilt from "
                            "the entries."
                        ),
                        str(workspace.path),
                    ),
                    15000,
                )
        if finding.damage is not None:
            self._stop(workspace, finding.damage)
        elif not finding.unsure:
            self._back_up(workspace)
        self.checked.emit(finding)

    def _back_up(self, workspace: Workspace) -> None:
        self.window._daily_backup(workspace)

    def _stop(self, workspace: Workspace, detail: str) -> None:
        workspace.stop_writing(
            self.tr(
                "This workspace was found damaged after it opened: Atelier writes nothing "
                "more to it. What you are typing stays on screen; copy it elsewhere."
            )
        )
        path = workspace.path
        text = fill(
            self.tr(
                "“%1” is damaged (%2). Atelier has stopped writing to it, so that the damage "
                "does not spread: what was saved before stays in the file, and what you type "
                "now is not saved."
            ),
            str(path),
            detail,
        )
        backup = backups.latest(path)
        if backup is not None:
            taken = QLocale().toString(
                backup.taken_at.astimezone().replace(tzinfo=None), QLocale.FormatType.ShortFormat
            )
            text += "\n\n" + fill(
                self.tr(
                    "Its latest backup was taken on %1. Put it back? The damaged file is kept "
                    "beside it, renamed, with everything captured in it."
                ),
                taken,
            )
        else:
            text += "\n\n" + self.tr(
                "It has no backup. Keep the file as it is and ask for help to recover it."
            )
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("The workspace is damaged"),
            text,
            QMessageBox.StandardButton.Close,
            self.window,
        )
        box.setObjectName("damagedAfterOpening")
        restore = None
        if backup is not None:
            restore = box.addButton(
                self.tr("&Restore the latest backup"), QMessageBox.ButtonRole.AcceptRole
            )

        def chosen(button) -> None:
            if restore is not None and button is restore:
                self.restore(path, backup.path)

        box.buttonClicked.connect(chosen)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message = box
        self.window.last_message = box
        box.open()

    def restore(self, path: Path, backup: Path) -> bool:
        """Close the damaged workspace, put ``backup`` in its place (the damaged file kept
        aside, renamed) and open it."""
        self.window._close_workspace()  # its lock goes: restoring takes it
        try:
            aside = backups.restore_over_damaged(backup, path)
        except WorkspaceError as failure:
            self.window.show_error(self.tr("Cannot restore"), workspace_error_text(failure))
            return False
        if not self.window.open_workspace(path, create=False):
            return False
        self.window.statusBar().showMessage(
            fill(
                self.tr("The latest backup is back; the damaged file is kept as “%1”."),
                str(aside),
            ),
            20000,
        )
        return True
