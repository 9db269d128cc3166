"""What to tell a person when a workspace cannot be opened or written, in their language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workshop_app.reports.options import ExportFailed
from workshop_app.store.errors import WorkspaceError, WorkspaceLocked
from workshop_app.ui.i18n import fill


def workspace_error_text(error: WorkspaceError) -> str:
    """One or two plain sentences naming the file and what to do."""
    path = str(error.path) if error.path else ""
    texts = {
        "not_sqlite": QCoreApplication.translate(
            "Messages",
            "“%1” is not an Atelier workspace. Choose a file made by Atelier, or create a new workspace.",
        ),
        "exchange_file": QCoreApplication.translate(
            "Messages",
            "“%1” is an exchange file (a programme or a workshop sent from another laptop), not a workspace. Open your workspace, then bring it in with File › Merge.",
        ),
        "foreign": QCoreApplication.translate(
            "Messages",
            "“%1” is a database of another program, not an Atelier workspace. Atelier has not changed it.",
        ),
        "damaged": QCoreApplication.translate(
            "Messages",
            "“%1” is damaged and cannot be read. Open a backup copy; Atelier has not changed the file.",
        ),
        "lock_in_the_way": QCoreApplication.translate(
            "Messages",
            "Atelier keeps a lock beside “%1” (the same name ending in .lock), but a folder or something else than a file is there. Move it away, then open the workspace again.",
        ),
        "unexpected_schema": QCoreApplication.translate(
            "Messages",
            "“%1” holds things Atelier never puts in a workspace (triggers, views or tables of another program). They could run on every change, so Atelier does not open it; the file has not been changed. Open a backup copy.",
        ),
        "foreign_journal": QCoreApplication.translate(
            "Messages",
            "Beside “%1” there is a journal file (the same name ending in -wal) that does not continue this workspace: it comes from another file, or from another copy of this one. Atelier has not used it and has changed nothing. Move that -wal file out of the folder, keeping it (it may hold another copy's latest entries), then open the workspace again.",
        ),
        "newer": QCoreApplication.translate(
            "Messages",
            "“%1” was written by a newer version of Atelier. Update Atelier to open it; the file has not been changed.",
        ),
        "read_only": QCoreApplication.translate(
            "Messages",
            "Atelier cannot write to “%1”: the file or its folder is read-only. Copy the workspace to a folder you can write to, such as Documents, and open the copy.",
        ),
        "missing_folder": QCoreApplication.translate(
            "Messages", "The folder of “%1” does not exist. Choose another place."
        ),
        "disk_full": QCoreApplication.translate(
            "Messages",
            "The disk holding “%1” is full. Free some space, then try again; nothing has been changed.",
        ),
        "unreadable": QCoreApplication.translate(
            "Messages", "Atelier cannot read “%1”. Check that you are allowed to open it."
        ),
        "write_failed": QCoreApplication.translate(
            "Messages", "Atelier could not save the last change. What was saved before is safe."
        ),
        "busy": QCoreApplication.translate(
            "Messages",
            "“%1” is being written by another program right now. Wait a moment and try again.",
        ),
        "needs_upgrade": QCoreApplication.translate(
            "Messages", "“%1” was written by an older Atelier and must be upgraded first."
        ),
        "passphrase_needed": QCoreApplication.translate(
            "Messages",
            "“%1” is not a plain workspace: it may be an encrypted one. Open it with its passphrase (if it is not an encrypted Atelier workspace, no passphrase will open it).",
        ),
        "wrong_passphrase": QCoreApplication.translate(
            "Messages",
            "The passphrase does not open “%1”. Check it (capital letters, spaces) and try again. Nothing was changed.",
        ),
        "encryption_missing": QCoreApplication.translate(
            "Messages",
            "“%1” is encrypted, and this installation of Atelier cannot read encrypted workspaces. Install Atelier with its encryption support, then open it again.",
        ),
        "sqlite_too_old": QCoreApplication.translate(
            "Messages", "This computer's SQLite is too old for Atelier (3.31 or newer is needed)."
        ),
    }
    if isinstance(error, WorkspaceLocked):
        holder = error.holder
        who = (
            fill(
                QCoreApplication.translate("Messages", "Atelier process %1 on %2, open since %3"),
                holder.get("pid", "?"),
                holder.get("host", "?"),
                holder.get("since", "?"),
            )
            if holder
            else QCoreApplication.translate("Messages", "another Atelier window")
        )
        return fill(
            QCoreApplication.translate(
                "Messages",
                "“%1” is already open in another Atelier window (%2). Switch to that window, or close it and try again.",
            ),
            path,
            who,
        )
    text = texts.get(error.kind)
    if text is None:
        return error.message
    detail = error.message if error.kind == "write_failed" else ""
    return fill(text, path) + (f"\n\n{detail}" if detail else "")


def export_error_text(error: ExportFailed) -> str:
    """The reports layer's reason for a failed export, said in the interface's language
    (``str(error)`` is English, for the command line)."""

    texts = {
        "disk_full": QCoreApplication.translate("Messages", "The disk is full: %1 could not be written. Free some space and export again."),
        "read_only": QCoreApplication.translate("Messages", "Atelier may not write in %1 (the folder is read-only or protected). Choose another folder."),
        "no_folder": QCoreApplication.translate("Messages", "The folder %1 does not exist. Choose another folder."),
        "is_folder": QCoreApplication.translate("Messages", "%1 is a folder. Choose a file name."),
        "name_too_long": QCoreApplication.translate("Messages", "The file name %1 is too long. Choose a shorter one."),
        "write_failed": QCoreApplication.translate("Messages", "%1 could not be written."),
        "nothing_selected": QCoreApplication.translate("Messages", "No workshop of this programme matches the selection; there is nothing to export."),
        "unknown_id": QCoreApplication.translate("Messages", "What was chosen for export is no longer in the workspace (removed meanwhile?). Choose it again."),
        "incomplete": QCoreApplication.translate("Messages", "Choose a workshop or a programme to export first."),
    }  # fmt: skip
    if error.reason == "layout":
        # the cause stays as Python said it: it is for whoever reads the log, not a sentence
        cause = str(error.__cause__ or error)
        return fill(
            QCoreApplication.translate(
                "Messages", "The PDF could not be laid out; no file was written. (%1)"
            ),
            cause,
        )
    text = texts.get(error.reason)
    return fill(text, error.path) if text else str(error)
