"""File › Send the Programme… / Send the Workshop… (exchange files) and File › Restore from
Backup…"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QStandardPaths,
    Qt,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
)

from workshop_app.store import backups
from workshop_app.store.errors import WorkspaceError
from workshop_app.store.exchange.pack import EXTENSION, pack
from workshop_app.ui.messages import workspace_error_text


def send_dialog(window, what: str) -> Path | None:
    """Write the exchange file of the selected programme (``what="programme"``) or
    workshop; names stay out unless the person ticks the box."""
    session = window.session
    if (
        window.workspace is None
        or session is None
        or session.programme is None
        or (what == "workshop" and session.workshop is None)
    ):
        window.statusBar().showMessage(
            QCoreApplication.translate("Exchange", "Select a workshop first."), 5000
        )
        return None
    programme = session.programme
    if what == "programme":
        title = programme.title
        explain = QCoreApplication.translate(
            "Exchange",
            "The programme “%1” goes into one file, with its actions, themes, monitoring "
            "criteria and planned workshops, for the facilitators to merge into their "
            "workspace.",
        ).replace("%1", title)
    else:
        title = session.workshop.title
        explain = QCoreApplication.translate(
            "Exchange",
            "The workshop “%1” goes into one file, with its entries, attendance, agenda, "
            "feedback and action items, for the coordinator to merge.",
        ).replace("%1", title)
    dialog = QDialog(window)
    dialog.setObjectName("sendDialog")
    dialog.setWindowTitle(
        QCoreApplication.translate("Exchange", "Send the programme")
        if what == "programme"
        else QCoreApplication.translate("Exchange", "Send the workshop")
    )
    text = QLabel(explain, dialog)
    text.setWordWrap(True)
    names = QCheckBox(
        QCoreApplication.translate("Exchange", "&Include the participants' names"), dialog
    )
    names.setObjectName("withNames")
    note = QLabel(dialog)
    note.setWordWrap(True)

    def explain_names(with_names: bool) -> None:
        if with_names:
            text = QCoreApplication.translate(
                "Exchange",
                "The participants go with their names: send the file only to people who may know them.",
            )
        elif what == "programme":
            text = QCoreApplication.translate(
                "Exchange",
                "Without names, the file holds no participant (erased people excepted, without their name).",
            )
        else:
            text = QCoreApplication.translate(
                "Exchange",
                "Without names, the people are pseudonyms (“Participant 3F2A”, the same in every file, role kept) and their names typed in the texts are replaced by them.",
            )
        note.setText(text)

    names.toggled.connect(explain_names)
    explain_names(False)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    for widget in (text, names, note, buttons):
        layout.addWidget(widget)
    dialog.resize(520, dialog.sizeHint().height())
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    safe = " ".join("".join(c if c.isalnum() or c in "-_'" else " " for c in title).split())[:60]
    suffix = (
        QCoreApplication.translate("Exchange", "with names")
        if names.isChecked()
        else QCoreApplication.translate("Exchange", "without names")
    )
    folder = window.settings.last_export_folder
    if not folder or not Path(folder).is_dir():
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if not folder or not Path(folder).is_dir():
        folder = str(Path.home())
    chosen, _filter = QFileDialog.getSaveFileName(
        window,
        dialog.windowTitle(),
        str(Path(folder) / f"{safe or 'atelier'} ({suffix}){EXTENSION}"),
        QCoreApplication.translate("Exchange", "Atelier exchange file (*.atelier)"),
    )
    if not chosen:
        return None
    target = Path(chosen)
    window.settings.last_export_folder = target.parent
    if target.suffix != EXTENSION:
        target = target.with_name(target.name + EXTENSION)
    try:
        written = pack(
            window.workspace,
            target,
            programme_id=programme.id if what == "programme" else None,
            workshop_id=session.workshop_id if what == "workshop" else None,
            with_names=names.isChecked(),
        )
    except WorkspaceError as error:
        window.show_error(
            QCoreApplication.translate("Exchange", "Cannot send"), workspace_error_text(error)
        )
        return None
    window.statusBar().showMessage(
        QCoreApplication.translate(
            "Exchange", "“%1” is written: send it by USB key, e-mail or a shared folder."
        ).replace("%1", str(written)),
        20000,
    )
    return written


def reason_label(reason: str) -> str:
    labels = {
        "merge": QCoreApplication.translate("Exchange", "before a merge"),
        "daily": QCoreApplication.translate("Exchange", "daily"),
        "by-hand": QCoreApplication.translate("Exchange", "by hand"),
        "before-restore": QCoreApplication.translate("Exchange", "before a restore"),
    }
    if reason.startswith("before-upgrade"):
        return QCoreApplication.translate("Exchange", "before an upgrade")
    return labels.get(reason, reason)


class BackupModel(QAbstractTableModel):
    def __init__(self, workspace_path: Path, parent=None):
        super().__init__(parent)
        self.backups = backups.list_backups(workspace_path)
        self.contents = [b.contents() for b in self.backups]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.backups)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def data(self, index, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        backup, contents = self.backups[index.row()], self.contents[index.row()]
        if index.column() == 0:
            local = backup.taken_at.astimezone()
            return QLocale().toString(local.replace(tzinfo=None), QLocale.FormatType.ShortFormat)
        if index.column() == 1:
            return reason_label(backup.reason)
        if not contents:
            return QCoreApplication.translate("Exchange", "unreadable")
        return ", ".join(
            (
                self.tr("%n programme(s)", "", contents.get("programme", 0)),
                self.tr("%n workshop(s)", "", contents.get("workshop", 0)),
                self.tr("%n entry(ies)", "", contents.get("entry", 0)),
                self.tr("%n participant(s)", "", contents.get("participant", 0)),
            )
        )

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (
            QCoreApplication.translate("Exchange", "Taken"),
            QCoreApplication.translate("Exchange", "Why"),
            QCoreApplication.translate("Exchange", "What it holds"),
        )[section]


def restore_dialog(window) -> QDialog | None:
    if window.workspace is None:
        return None
    dialog = QDialog(window)
    dialog.setObjectName("restoreDialog")
    dialog.setWindowTitle(QCoreApplication.translate("Exchange", "Restore from a backup"))
    model = BackupModel(window.workspace.path, dialog)
    intro = QLabel(
        QCoreApplication.translate(
            "Exchange",
            "Backups of “%1”, newest first (kept: the %2 most recent, then one a week for "
            "%3 weeks). What the workspace holds now is backed up before a restore.",
        )
        .replace("%1", window.workspace.path.name)
        .replace("%2", str(backups.KEEP_RECENT))
        .replace("%3", str(backups.KEEP_WEEKS)),
        dialog,
    )
    intro.setWordWrap(True)
    view = QTableView(dialog)
    view.setObjectName("backupList")
    view.setModel(model)
    view.verticalHeader().hide()
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    if model.rowCount():
        view.selectRow(0)
    buttons = QDialogButtonBox(dialog)
    restore = buttons.addButton(
        QCoreApplication.translate("Exchange", "&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
    )
    restore.setEnabled(model.rowCount() > 0)
    buttons.addButton(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(intro)
    layout.addWidget(view, 1)
    if not model.rowCount():
        layout.addWidget(
            QLabel(
                QCoreApplication.translate("Exchange", "There is no backup of this workspace yet."),
                dialog,
            )
        )
    layout.addWidget(buttons)
    dialog.resize(760, 420)

    def chosen() -> None:
        rows = view.selectionModel().selectedRows()
        if not rows:
            return
        backup = model.backups[rows[0].row()]
        answer = QMessageBox.question(
            dialog,
            dialog.windowTitle(),
            QCoreApplication.translate(
                "Exchange",
                "Put back the workspace as it was on %1? What it holds now is backed up "
                "first, and can be restored the same way.",
            ).replace("%1", model.data(model.index(rows[0].row(), 0))),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            backups.restore(backup.path, window.workspace)
        except WorkspaceError as error:
            window.show_error(
                QCoreApplication.translate("Exchange", "Cannot restore"),
                workspace_error_text(error),
            )
            return
        window.reload_contents()
        window.statusBar().showMessage(
            QCoreApplication.translate("Exchange", "The backup is restored."), 8000
        )
        dialog.accept()

    buttons.accepted.connect(chosen)
    window.last_message = dialog
    dialog.open()
    return dialog


def offer_backup(window, path: Path, error) -> QMessageBox:
    """A damaged workspace that has a backup: say so, and offer to put the latest back
    (the damaged file is kept aside, renamed)."""
    taken = QLocale().toString(
        error.backup.taken_at.astimezone().replace(tzinfo=None), QLocale.FormatType.ShortFormat
    )
    text = (
        workspace_error_text(error)
        + "\n\n"
        + QCoreApplication.translate(
            "Exchange",
            "Its latest backup was taken on %1. Put it back? The damaged file is kept beside it, renamed.",
        ).replace("%1", taken)
    )
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Exchange", "Cannot open the workspace"),
        text,
        QMessageBox.StandardButton.Close,
        window,
    )
    box.setObjectName("damagedWithBackup")
    restore = box.addButton(
        QCoreApplication.translate("Exchange", "&Restore the latest backup"),
        QMessageBox.ButtonRole.AcceptRole,
    )

    def chosen(button) -> None:
        if button is not restore:
            return
        try:
            aside = backups.restore_over_damaged(error.backup.path, path)
        except WorkspaceError as failure:
            window.show_error(
                QCoreApplication.translate("Exchange", "Cannot restore"),
                workspace_error_text(failure),
            )
            return
        if window.open_workspace(path, create=False):
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "Exchange", "The latest backup is back; the damaged file is kept as “%1”."
                ).replace("%1", str(aside)),
                20000,
            )

    box.buttonClicked.connect(chosen)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.last_message = box
    box.open()
    return box
