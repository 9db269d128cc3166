"""A workspace you can copy: the file is whole whenever the app is idle, and File › Save a
Copy… writes one self-contained file (for a USB key, an email, a colleague's laptop).

SQLite keeps recent changes in a journal beside the file (``-wal``) until it folds them
in: a copy of the ``.sqlite`` file alone taken in the middle of a session could hold
nothing of it. :class:`IdleCheckpoint` folds the journal in a few seconds after the last
change, on leaving a workshop, and the workspace does it again on closing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, QTimer
from PySide6.QtWidgets import QFileDialog

from workshop_app.store import WorkspaceError
from workshop_app.ui.i18n import fill

IDLE_MS = 3000
"""How long after the last change the journal is folded into the file."""


class IdleCheckpoint(QObject):
    """Folds the journal into the workspace file once the facilitator pauses."""

    def __init__(self, window, interval_ms: int = IDLE_MS):
        super().__init__(window)
        self.window = window
        self.timer = QTimer(self, singleShot=True, interval=interval_ms)
        self.timer.timeout.connect(self.now)
        self.whole = False
        """Whether the last checkpoint left the file holding everything."""

    def changed(self) -> None:
        """A change was written: fold it in once things are quiet."""
        self.whole = False
        self.timer.start()

    def now(self) -> bool:
        self.timer.stop()
        workspace = self.window.workspace
        self.whole = bool(workspace is not None and workspace.checkpoint())
        return self.whole


def save_copy_dialog(window) -> Path | None:
    """File › Save a Copy…: ask where, write the copy, say where it went."""
    workspace = window.workspace
    if workspace is None:
        return None
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    suggested = Path(documents or Path.home()) / f"{workspace.path.stem} (copie).sqlite"
    chosen, _filter = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("WorkspaceCopy", "Save a copy of the workspace"),
        str(suggested),
        QCoreApplication.translate("WorkspaceCopy", "Atelier workspace (*.sqlite)"),
    )
    if not chosen:
        return None
    target = Path(chosen)
    if target.suffix.lower() != ".sqlite":
        target = target.with_name(target.name + ".sqlite")
    title = QCoreApplication.translate("WorkspaceCopy", "The copy was not written")
    if target.absolute() == workspace.path:
        window.show_error(
            title,
            QCoreApplication.translate(
                "WorkspaceCopy", "That is the workspace itself: choose another name or folder."
            ),
        )
        return None
    try:
        written = workspace.save_copy(target)
    except WorkspaceError as error:
        cause = error.__cause__
        detail = getattr(cause, "strerror", None) or str(cause or error)
        window.show_error(
            title,
            fill(
                QCoreApplication.translate(
                    "WorkspaceCopy",
                    "“%1” could not be written (%2). The workspace itself is unchanged.",
                ),
                target,
                detail,
            ),
        )
        return None
    window.statusBar().showMessage(
        fill(
            QCoreApplication.translate(
                "WorkspaceCopy", "A copy of the workspace is saved as “%1”: one file, complete."
            ),
            written,
        ),
        15000,
    )
    return written
