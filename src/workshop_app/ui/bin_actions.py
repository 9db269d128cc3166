"""File › Empty the Bin…: what was removed, erased for good now (:mod:`workshop_app.store.recycle_bin`).

Removed items stay in the bin :data:`~workshop_app.store.recycle_bin.RETENTION_DAYS` days,
then are emptied when the workspace is opened; the status bar says so when it happens.
Emptying by hand asks first, saying how many items will be gone; the undo history is then
cleared, since no step of it could bring them back (the store refuses it anyway).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox

from workshop_app.store import WorkspaceError, recycle_bin
from workshop_app.ui.i18n import fill
from workshop_app.ui.messages import workspace_error_text


class BinActions(QObject):
    """The window's bin: the action's state, the confirmation, the emptying."""

    FOLD_RETRY_MS = 5000
    """While another program reads the workspace, how often folding the journal is tried
    again after an emptying (the old text leaves the ``-wal`` file then)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.fold_timer = QTimer(self, interval=self.FOLD_RETRY_MS)
        self.fold_timer.timeout.connect(self._fold_again)

    def help_text(self) -> str:
        """How the bin works, in one sentence (the action's tip, the confirmation)."""
        return fill(
            self.tr(
                "Removed items stay in the bin for %1 days (undo brings them back), then are "
                "emptied for good when the workspace is opened."
            ),
            recycle_bin.RETENTION_DAYS,
        )

    def install(self, action: QAction) -> None:
        """Enable ``action`` while a workspace is open; say in the status bar when opening
        a workspace emptied what was removed more than the retention period ago."""
        self.action = action
        action.setStatusTip(self.help_text())
        action.setToolTip(self.help_text())
        self.window.workspace_changed.connect(self._workspace_changed)
        action.setEnabled(self.window.workspace is not None)

    def _workspace_changed(self, workspace) -> None:
        self.fold_timer.stop()  # closing truncated the journal (or another workspace opened)
        self.action.setEnabled(workspace is not None)
        emptied = getattr(workspace, "emptied", 0)
        if emptied:
            workspace.emptied = 0  # said once (the window announces a workspace again)
            self.window.statusBar().showMessage(
                fill(
                    self.tr(
                        "%n item(s) removed more than %1 days ago emptied from the bin for good.",
                        "",
                        emptied,
                    ),
                    recycle_bin.RETENTION_DAYS,
                ),
                15000,
            )

    def _kind_labels(self) -> dict[str, str]:
        """What the bin may hold, by table, as the confirmation lists it."""
        return {
            "entry": self.tr("Entries: %1"),
            "action_item": self.tr("Action items: %1"),
            "agenda_step": self.tr("Agenda steps: %1"),
            "feedback_question": self.tr("Feedback questions: %1"),
            "feedback_response": self.tr("Feedback answers: %1"),
            "action": self.tr("Actions: %1"),
            "theme": self.tr("Themes: %1"),
            "workshop": self.tr("Workshops: %1"),
            "participant": self.tr("Participants: %1"),
            "programme": self.tr("Programmes: %1"),
            "indicator": self.tr("Indicators: %1"),
            "measurement": self.tr("Measurements: %1"),
            "challenge": self.tr("Challenges: %1"),
        }

    def ask(self) -> QMessageBox | None:
        """Ask before emptying the bin, saying how many items will be gone for good (a
        window-modal box: it never blocks the event loop)."""
        window = self.window
        workspace = window.workspace
        if workspace is None:
            return None
        title = self.tr("Empty the bin")
        counts = recycle_bin.contents(workspace.conn)
        total = sum(counts.values())
        if not total:
            from workshop_app.ui.dialogs import message_box

            text = self.tr("The bin is empty: nothing removed is waiting.")
            box = message_box(window, title, text + "\n\n" + self.help_text())
            box.setObjectName("emptyBinBox")
            window.last_message = box
            return box
        labels = self._kind_labels()
        listed = "\n".join(
            fill(labels[table], number) for table, number in counts.items() if table in labels
        )
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            title,
            self.tr(
                "%n removed item(s) will be gone for good: their texts are erased from this "
                "workspace and from its backups, and no merge can bring them back.",
                "",
                total,
            ),
            QMessageBox.StandardButton.Cancel,
            window,
        )
        box.setObjectName("emptyBinBox")
        box.setInformativeText(
            listed
            + "\n\n"
            + self.tr("This cannot be undone, and the undo history is cleared.")
            + "\n\n"
            + self.help_text()
        )
        empty = box.addButton(self.tr("&Empty the Bin"), QMessageBox.ButtonRole.DestructiveRole)
        empty.setObjectName("emptyBinButton")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # Enter does not erase

        def chosen(button) -> None:
            if button is empty:
                self.empty_now()

        box.buttonClicked.connect(chosen)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.last_message = box
        box.open()
        return box

    def _fold_again(self) -> None:
        workspace = self.window.workspace
        if workspace is None or recycle_bin.fold(workspace, wait_ms=0):
            self.fold_timer.stop()

    def empty_now(self) -> recycle_bin.Emptied | None:
        """Empty the bin of the window's workspace, clear the undo history, say what was done."""
        window = self.window
        workspace = window.workspace
        if workspace is None:
            return None
        # rewriting the search index of a large workspace and of each backup takes a moment
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = recycle_bin.empty_now(workspace)
        except WorkspaceError as error:
            QApplication.restoreOverrideCursor()
            window.show_error(self.tr("The bin was not emptied"), workspace_error_text(error))
            return None
        except BaseException:
            QApplication.restoreOverrideCursor()
            raise
        QApplication.restoreOverrideCursor()
        # Undo steps could only try to bring back what is gone (the store refuses): cleared.
        window.undo_stack.clear()
        emptied, failed = result.total, len(result.backups_failed)
        said = [self.tr("%n item(s) emptied from the bin for good.", "", emptied)]
        if not result.folded:
            self.fold_timer.start()
            said.append(
                self.tr(
                    "Another program is reading the workspace: the old text leaves the "
                    "journal file when that program stops (at the latest when Atelier closes "
                    "the workspace)."
                )
            )
        if failed:
            said.append(self.tr("%n backup(s) could not be emptied.", "", failed))
        window.statusBar().showMessage(" ".join(said), 15000)
        return result
