"""Opening, creating, reloading and closing the window's workspace (a part of
:class:`~workshop_app.ui.main_window.MainWindow`, kept apart to hold one idea). Its texts
are translated in the window's context."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from workshop_app.store import Workspace, WorkspaceError, backups
from workshop_app.store.errors import PassphraseNeeded, WrongPassphrase
from workshop_app.ui import open_checks
from workshop_app.ui.messages import workspace_error_text


# The passphrase and backup dialogs load when first needed: most starts open a plain,
# sound workspace, and the dialogs' modules were part of every start-up (issue 18).
def ask_passphrase(parent, path: Path, refused: bool) -> str | None:
    from workshop_app.ui.encryption_dialogs import ask_passphrase as ask

    return ask(parent, path, refused)


def new_workspace_passphrase(parent) -> str | bool | None:
    from workshop_app.ui.encryption_dialogs import new_workspace_passphrase as ask

    return ask(parent)


def offer_backup(parent, path: Path, error):
    from workshop_app.ui.exchange_dialogs import offer_backup as offer

    return offer(parent, path, error)


FILE_FILTER = "Atelier (*.sqlite *.db);;*"
"""Workspaces (``.atelier`` files are exchange files: File › Merge… takes them)."""


class WorkspaceFiles:
    """Mixed into the main window: what it does with workspace files."""

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files
        if not files:
            empty = self.recent_menu.addAction(
                QCoreApplication.translate("MainWindow", "No recent workspace")
            )
            empty.setEnabled(False)
            return
        for number, path in enumerate(files, start=1):
            shown = f"{Path(path).name}  —  {Path(path).parent}".replace("&", "&&")
            label = f"&{number} {shown}"
            action = self.recent_menu.addAction(label)
            action.setData(path)
            action.triggered.connect(lambda _=False, p=path: self.open_workspace(Path(p)))

    # -- workspaces ---------------------------------------------------------------------
    def open_workspace(
        self, path: Path, *, create: bool = True, passphrase: str | None = None
    ) -> bool:
        """Open ``path`` in this window; on failure say why and keep what was open.
        ``passphrase`` creates a new workspace encrypted (or opens an encrypted one)."""
        if self.workspace is not None and _same_file(self.workspace.path, Path(path)):
            return True
        try:
            workspace = self._open_unlocking(Path(path), create, passphrase)
            if workspace is None:
                return False  # the person did not give the passphrase
        except WorkspaceError as error:
            if getattr(error, "backup", None) is not None:
                offer_backup(self, Path(path), error)
                return False
            self.show_error(
                QCoreApplication.translate("MainWindow", "Cannot open the workspace"),
                workspace_error_text(error),
            )
            if not Path(path).exists():
                self.settings.remove_recent_file(path)
            return False
        self._close_workspace()
        self.workspace = workspace
        self.settings.add_recent_file(workspace.path)
        self.settings.last_workspace = workspace.path
        self.tree_model.set_workspace(workspace)
        self.tree.expandAll()
        self._set_session(None)
        self._update_title()
        self.workspace_changed.emit(workspace)
        self._select_last_workshop()
        self._update_actions()
        open_checks.after_opening(self, workspace)  # the checks left for now, the backup
        return True

    def _open_unlocking(
        self, path: Path, create: bool, passphrase: str | None = None
    ) -> Workspace | None:
        """Open ``path``, asking for its passphrase as long as it is encrypted and the one
        typed does not open it; None if the person gives up."""
        while True:
            try:
                return Workspace.open(path, create=create, passphrase=passphrase, defer_checks=True)
            except (PassphraseNeeded, WrongPassphrase) as error:
                passphrase = ask_passphrase(self, path, isinstance(error, WrongPassphrase))
                if passphrase is None:
                    return None
            except ValueError:  # a passphrase that cannot be one (a NUL in it)
                passphrase = ask_passphrase(self, path, True)
                if passphrase is None:
                    return None

    def reload_contents(self) -> None:
        """Read everything again after the workspace changed under the window (a merge, a
        restore): the same workshop stays selected if it is still there; undo starts over."""
        workspace = self.workspace
        if workspace is None:
            return
        current = self.session.workshop_id if self.session else None
        self._set_session(None)
        self.tree_model.set_workspace(workspace)
        self.tree.expandAll()
        self.workspace_changed.emit(workspace)
        if not (current and self.select_workshop(current)):
            self._select_last_workshop()
        self._update_actions()

    def _daily_backup(self, workspace: Workspace) -> None:
        """Once a day of use, a dated backup (a failure is said, never blocking)."""
        if not workspace.conn.execute("SELECT 1 FROM programme LIMIT 1").fetchone():
            return  # nothing to keep yet
        try:
            backups.take_daily(workspace)
        except WorkspaceError as error:
            self.statusBar().showMessage(workspace_error_text(error), 10000)

    def _close_workspace(self) -> None:
        if self.workspace is None:
            return
        self._set_session(None)
        self.tree_model.set_workspace(None)
        self.workspace.close()
        self.workspace = None
        self.workspace_changed.emit(None)

    def new_workspace_dialog(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("MainWindow", "New workspace"),
            str(Path.home() / "atelier.sqlite"),
            FILE_FILTER,
        )
        if path:
            if Path(path).exists():
                self.show_error(
                    QCoreApplication.translate("MainWindow", "Cannot create the workspace"),
                    QCoreApplication.translate(
                        "MainWindow", "“%1” already exists. Use File › Open to open it."
                    ).replace("%1", path),
                )
                return
            passphrase = new_workspace_passphrase(self)
            if passphrase is not False:
                self.open_workspace(Path(path), passphrase=passphrase or None)

    def open_workspace_dialog(self) -> None:
        start = str(self.workspace.path.parent) if self.workspace else str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("MainWindow", "Open workspace"), start, FILE_FILTER
        )
        if path:
            self.open_workspace(Path(path), create=False)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False
