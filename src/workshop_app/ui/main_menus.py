"""The main window's menu bar: File, Edit, Workshop, Entry, Help, and their keys.

:func:`build_menus` makes the actions and hangs them on the window (``window.export_action``
…), where the rest of the code and the tests find them; what they do is the window's.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from workshop_app.ui.bin_actions import BinActions


def _dialogs(module: str):
    """A dialogs module of ``workshop_app.ui``, loaded the first time its menu item is used:
    the exchange, merge and encryption dialogs (and the store's exchange code under them)
    are about 40 ms of imports that a start-up does not need (issue 18). Imported by name
    here, not built from a string, so that the installers' bundler sees each of them."""
    if module == "workspace_copy":
        from workshop_app.ui import workspace_copy as loaded
    elif module == "encryption_dialogs":
        from workshop_app.ui import encryption_dialogs as loaded
    elif module == "exchange_dialogs":
        from workshop_app.ui import exchange_dialogs as loaded
    elif module == "merge_dialog":
        from workshop_app.ui import merge_dialog as loaded
    else:
        raise ValueError(f"no dialogs module {module!r}")
    return loaded


class MainMenus(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window

    def _action(self, text: str, slot, shortcut=None, name: str = "") -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if name:
            action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def build(self) -> None:
        w = self.window
        file_menu = w.menuBar().addMenu(self.tr("&File"))
        w.new_action = self._action(
            self.tr("&New Workspace…"),
            w.new_workspace_dialog,
            QKeySequence.StandardKey.New,
            "newWorkspaceAction",
        )
        w.open_action = self._action(
            self.tr("&Open Workspace…"),
            w.open_workspace_dialog,
            QKeySequence.StandardKey.Open,
            "openWorkspaceAction",
        )
        w.recent_menu = QMenu(self.tr("Open &Recent"), w)
        w.recent_menu.setObjectName("recentMenu")
        w.recent_menu.aboutToShow.connect(w._fill_recent_menu)
        w.quit_action = self._action(self.tr("&Quit"), w.close, "Ctrl+Q", "quitAction")
        w.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        w.save_copy_action = self._action(
            self.tr("Save a &Copy…"),
            lambda: _dialogs("workspace_copy").save_copy_dialog(w),
            None,
            "saveCopyAction",
        )
        w.encrypt_action = self._action(
            self.tr("Encr&ypt Workspace…"),
            lambda: _dialogs("encryption_dialogs").encrypt_workspace(w),
            None,
            "encryptAction",
        )
        w.decrypt_action = self._action(
            self.tr("Remove Encr&yption…"),
            lambda: _dialogs("encryption_dialogs").decrypt_workspace(w),
            None,
            "decryptAction",
        )
        w.export_action = self._action(
            self.tr("&Export…"), w.show_export_dialog, "Ctrl+E", "exportAction"
        )
        w.print_action = self._action(
            self.tr("&Print…"),
            w.print_summary,
            QKeySequence.StandardKey.Print,
            "printAction",
        )
        w.send_programme_action = self._action(
            self.tr("Send the Pro&gramme…"),
            lambda: _dialogs("exchange_dialogs").send_dialog(w, "programme"),
            None,
            "sendProgrammeAction",
        )
        w.send_workshop_action = self._action(
            self.tr("Send the &Workshop…"),
            lambda: _dialogs("exchange_dialogs").send_dialog(w, "workshop"),
            None,
            "sendWorkshopAction",
        )
        w.merge_action = self._action(
            self.tr("&Merge…"),
            lambda: _dialogs("merge_dialog").merge_files_dialog(w),
            None,
            "mergeAction",
        )
        w.restore_action = self._action(
            self.tr("Restore from &Backup…"),
            lambda: _dialogs("exchange_dialogs").restore_dialog(w),
            None,
            "restoreAction",
        )
        w.bin = BinActions(w)
        w.empty_bin_action = self._action(
            self.tr("Empty the B&in…"), w.bin.ask, None, "emptyBinAction"
        )
        w.bin.install(w.empty_bin_action)
        file_menu.addAction(w.new_action)
        file_menu.addAction(w.open_action)
        file_menu.addMenu(w.recent_menu)
        file_menu.addAction(w.save_copy_action)
        file_menu.addAction(w.encrypt_action)
        file_menu.addAction(w.decrypt_action)
        file_menu.addSeparator()
        file_menu.addAction(w.send_programme_action)
        file_menu.addAction(w.send_workshop_action)
        file_menu.addAction(w.merge_action)
        file_menu.addAction(w.restore_action)
        file_menu.addAction(w.empty_bin_action)
        file_menu.addSeparator()
        file_menu.addAction(w.export_action)
        file_menu.addAction(w.print_action)
        file_menu.addSeparator()
        file_menu.addAction(w.quit_action)

        edit_menu = w.menuBar().addMenu(self.tr("&Edit"))
        w.undo_action = w.undo_stack.createUndoAction(w, self.tr("&Undo"))
        w.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        w.undo_action.setObjectName("undoAction")
        w.redo_action = w.undo_stack.createRedoAction(w, self.tr("&Redo"))
        w.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        w.redo_action.setObjectName("redoAction")
        edit_menu.addAction(w.undo_action)
        edit_menu.addAction(w.redo_action)

        w.workshop_menu = w.menuBar().addMenu(self.tr("&Workshop"))
        w.search_action = self._action(
            self.tr("&Search the Programme…"),
            w.show_search,
            "Ctrl+Shift+F",
            "searchProgrammeAction",
        )
        w.import_action = self._action(
            self.tr("&Import Entries…"), w.import_entries_dialog, "Ctrl+I", "importEntriesAction"
        )
        w.template_action = self._action(
            self.tr("Save an Import &Template…"),
            w.save_import_template,
            None,
            "importTemplateAction",
        )
        w.new_programme_action = self._action(
            self.tr("New &Programme…"), w.new_programme, "Ctrl+Alt+N", "newProgrammeAction"
        )
        w.edit_programme_action = self._action(
            self.tr("Edit P&rogramme…"), w.edit_programme, None, "editProgrammeAction"
        )
        w.new_workshop_action = self._action(
            self.tr("New &Workshop…"), w.new_workshop, "Ctrl+Shift+N", "newWorkshopAction"
        )
        w.edit_workshop_action = self._action(
            self.tr("&Edit Workshop…"), w.edit_workshop, None, "editWorkshopAction"
        )
        w.check_in_action = self._action(
            self.tr("&Check In…"), w.focus_check_in, "Ctrl+K", "checkInAction"
        )
        for action in (
            w.new_programme_action,
            w.edit_programme_action,
            w.new_workshop_action,
            w.edit_workshop_action,
            w.check_in_action,
        ):
            w.workshop_menu.addAction(action)
        w.workshop_menu.addSeparator()
        w.workshop_menu.addAction(w.search_action)
        w.workshop_menu.addSeparator()
        w.workshop_menu.addAction(w.import_action)
        w.workshop_menu.addAction(w.template_action)

        entry_menu = w.menuBar().addMenu(self.tr("E&ntry"))
        for action in w.page.entry_menu.in_menu_order():
            if action is None:
                entry_menu.addSeparator()
            else:
                entry_menu.addAction(action)

        help_menu = w.menuBar().addMenu(self.tr("&Help"))
        w.shortcuts_action = self._action(
            self.tr("&Keyboard Shortcuts"),
            w.show_shortcuts,
            QKeySequence.StandardKey.HelpContents,
            "shortcutsAction",
        )
        w.about_action = self._action(self.tr("&About Atelier"), w.show_about, None, "aboutAction")
        w.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(w.shortcuts_action)
        help_menu.addAction(w.about_action)
