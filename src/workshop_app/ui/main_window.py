"""The main window: the workspace's programmes and workshops, and what a workshop captured."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QTreeView,
)

from workshop_app.store import Workspace, WorkspaceError, cipher
from workshop_app.ui.i18n import fill
from workshop_app.ui.main_menus import MainMenus
from workshop_app.ui.messages import workspace_error_text
from workshop_app.ui.models import WorkspaceTreeModel
from workshop_app.ui.session import WorkshopSession
from workshop_app.ui.settings import Settings
from workshop_app.ui.window_geometry import place_first_time
from workshop_app.ui.workshop_page import WorkshopPage
from workshop_app.ui.workspace_copy import IdleCheckpoint
from workshop_app.ui.workspace_files import WorkspaceFiles

if TYPE_CHECKING:
    from workshop_app.ui.prepare.programme_dialog import ProgrammeDialog
    from workshop_app.ui.prepare.workshop_dialog import WorkshopDialog


class MainWindow(WorkspaceFiles, QMainWindow):
    """Owns the open :class:`Workspace`; views read it through item models."""

    workspace_changed = Signal(object)
    """Emitted with the new :class:`Workspace` (or ``None``) after opening or closing."""
    session_changed = Signal(object)
    """Emitted with the new :class:`WorkshopSession` (or ``None``) after switching workshop."""

    def __init__(self, settings: Settings | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.settings = settings or Settings()
        self.workspace: Workspace | None = None
        self.last_message: QMessageBox | None = None
        self.session: WorkshopSession | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setObjectName("undoStack")
        self.tree_model = WorkspaceTreeModel(None, self)
        self._exports = None
        self._header_timer = QTimer(self, singleShot=True, interval=150)
        self._header_timer.timeout.connect(self._refresh_header)
        self.idle_checkpoint = IdleCheckpoint(self)
        self._build_views()
        MainMenus(self).build()
        self._install_workshop_tools()
        self._restore_layout()
        self._update_title()
        self._update_actions()

    # -- construction -----------------------------------------------------------------
    def _build_views(self) -> None:
        self.tree = QTreeView(self)
        self.tree.setObjectName("workspaceTree")
        self.tree.setAccessibleName(self.tr("Programmes and workshops"))
        self.tree.setModel(self.tree_model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        tree_header = self.tree.header()
        tree_header.setStretchLastSection(False)
        tree_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        tree_header.setSectionResizeMode(WorkspaceTreeModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.tree.selectionModel().selectionChanged.connect(self._on_selection)
        self.tree.activated.connect(lambda _index: self.focus_capture())

        self.page = WorkshopPage(self.undo_stack, self)
        self.page.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.header = self.page.header
        # the workshop page, and the programme's dashboard beside it (install_dashboard)
        self.views = QTabWidget(self)
        self.views.setObjectName("mainViews")
        self.views.setDocumentMode(True)
        self.views.addTab(self.page, self.tr("Workshop"))

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.views)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 900])
        self.setCentralWidget(self.splitter)

        self.save_indicator = QLabel(self)
        self.save_indicator.setObjectName("saveIndicator")
        self.save_indicator.setAccessibleName(self.tr("Save status"))
        self.path_label = QLabel(self)
        self.path_label.setObjectName("workspacePathLabel")
        self.statusBar().addPermanentWidget(self.save_indicator)
        self.statusBar().addPermanentWidget(self.path_label)

    @property
    def exports(self):
        """File › Export… and Print… (an :class:`ExportController`), made on first use so
        that start-up does not load the export modules."""
        if self._exports is None:
            from workshop_app.ui.export_runner import ExportController

            self._exports = ExportController(self)
        return self._exports

    def show_export_dialog(self) -> None:
        self.exports.show_dialog()

    def print_summary(self) -> None:
        self.exports.print_summary()

    def _install_workshop_tools(self) -> None:
        """The tools of the room: agenda timer, feedback round, projector view."""
        from workshop_app.ui.agenda import install_agenda
        from workshop_app.ui.feedback import install_feedback
        from workshop_app.ui.projector import install_projector, projector_controller

        self.agenda_panel = install_agenda(self)
        self.feedback_panel = install_feedback(self)
        self.projector_action = install_projector(self)
        from workshop_app.ui.dashboard import install_dashboard

        self.dashboard_action = install_dashboard(self)
        from workshop_app.ui.monitoring import install_monitoring

        self.monitoring_action = install_monitoring(self)
        self.agenda_panel.timer_changed.connect(projector_controller(self).show_timer)
        tabs = self.page.side_tabs
        for index in range(tabs.count()):  # labels may be shortened in a narrow column
            tabs.setTabToolTip(index, tabs.tabText(index).replace("&", ""))

    # -- selection ---------------------------------------------------------------------
    def show_workshop_page(self) -> None:
        """The workshop's tab (rather than the dashboard's), its capture box focused."""
        self.views.setCurrentWidget(self.page)
        if self.session is not None and self.session.workshop is not None:
            self.page.focus_capture()

    def focus_capture(self) -> None:
        self.views.setCurrentWidget(self.page)
        self.page.focus_capture()

    def select_workshop(self, workshop_id: str) -> bool:
        index = self.tree_model.index_of_workshop(workshop_id)
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def _select_last_workshop(self) -> None:
        last = self.settings.last_workshop
        if last and self.select_workshop(last):
            return
        if self.tree_model.rowCount():
            programme = self.tree_model.index(0, 0)
            first_workshop = self.tree_model.index(0, 0, programme)
            self.tree.setCurrentIndex(first_workshop if first_workshop.isValid() else programme)

    def select_entry(self, workshop_id: str, entry_id: str) -> bool:
        """Open a workshop and show one of its entries on the board, selected and focused."""
        if not self.select_workshop(workshop_id):
            return False
        self.views.setCurrentWidget(self.page)
        return self.page.reveal_entry(entry_id)

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        index = self.tree.currentIndex()
        workshop = self.tree_model.workshop_at(index)
        programme = self.tree_model.programme_at(index)
        if self.workspace is None or programme is None:
            self._set_session(None)
            return
        if (
            self.session is not None
            and workshop is not None
            and self.session.workshop_id == workshop.id
        ):
            return
        if (
            workshop is None
            and self.session is not None
            and self.session.workshop is None
            and self.session.programme is not None
            and self.session.programme.id == programme.id
        ):
            return
        if workshop is None:
            self._set_session(
                WorkshopSession(self.workspace, None, self, programme_id=programme.id)
            )
            count = self.tree_model.rowCount(index.siblingAtColumn(0))
            self.header.show_programme(programme, count)
            return
        try:
            self._set_session(WorkshopSession(self.workspace, workshop.id, self))
        except WorkspaceError as error:  # damage met only now, reading this workshop
            self._set_session(None)
            self.show_error(self.tr("Cannot open the workshop"), workspace_error_text(error))
            return
        self.settings.last_workshop = workshop.id
        if not self.tree.hasFocus():  # arrows in the tree browse; Enter goes to capture
            self.focus_capture()

    def _set_session(self, session: WorkshopSession | None) -> None:
        """Work on another workshop: a new document with its own undo history."""
        self.idle_checkpoint.now()  # leaving a workshop: the file is whole again
        old, self.session = self.session, session
        self.undo_stack.clear()
        self.page.set_session(session)
        if old is not None:
            old.deleteLater()
        self._update_actions()
        self.session_changed.emit(session)
        if session is None:
            self.header.show_nothing()
            self.save_indicator.setText("")
            return
        session.saved.connect(self._on_saved)
        session.saved.connect(self.idle_checkpoint.changed)
        session.save_failed.connect(self._on_save_failed)
        for signal in (session.entry_added, session.entry_removed, session.entries_reset):
            signal.connect(self._count_entries_soon)
        session.record_changed.connect(self._on_record_changed)
        self._refresh_header()

    def _where_to_start(self) -> str:
        """What the empty board says when no workshop is open: the next step to take."""
        if self.workspace is None:
            return self.tr(
                "No workspace is open. File › New Workspace… (Ctrl+N) creates one; "
                "File › Open Workspace… (Ctrl+O) opens one."
            )
        if self.tree_model.rowCount() == 0:
            return self.tr(
                "Start with a programme: Workshop › New Programme… (Ctrl+Alt+N). "
                "Then add its first workshop: Workshop › New Workshop… (Ctrl+Shift+N)."
            )
        if self.session is not None and self.session.programme is not None:
            return self.tr(
                "Choose a workshop of this programme on the left, or add one: "
                "Workshop › New Workshop… (Ctrl+Shift+N)."
            )
        return self.tr("Choose a workshop on the left (or a programme, to add a workshop to it).")

    def _count_entries_soon(self, *_args) -> None:
        """The header's entry count follows a run of captures a moment later, in a paint of
        its own: repainted together, the header and the board are painted as one rectangle
        spanning the whole page (side panel included), which doubled the paint of a capture."""
        self._header_timer.start()

    def _refresh_header(self, *_args) -> None:
        self._header_timer.stop()
        session = self.session
        if session is None or session.workshop is None or self.workspace is None:
            return
        self.header.show_workshop(
            session.programme,
            session.workshop,
            self.workspace.attendance.counts_by_role(session.workshop_id),
            len(session.entries),
        )

    def _on_record_changed(self, table: str) -> None:
        if table in ("workshop", "programme", "workshop_action"):
            self._reload_tree()
        self._refresh_header()

    def _reload_tree(
        self, select_workshop: str | None = None, programme_id: str | None = None
    ) -> None:
        """Read programmes and workshops again, keeping (or moving) the selection."""
        session = self.session
        self.tree_model.reload()
        self.tree.expandAll()
        target = (
            None if programme_id else select_workshop or (session.workshop_id if session else None)
        )
        if target and self.select_workshop(target):
            return
        programme_id = programme_id or (
            session.programme.id if session and session.programme else None
        )
        for row in range(self.tree_model.rowCount()):
            index = self.tree_model.index(row, 0)
            if self.tree_model.programme_at(index).id == programme_id:
                self.tree.setCurrentIndex(index)
                return

    def _update_actions(self) -> None:
        self.page.board.empty_hint = self._where_to_start()
        self.page.board.viewport().update()
        session = self.session
        has_workspace = self.workspace is not None
        has_programme = session is not None and session.programme is not None
        has_workshop = session is not None and session.workshop is not None
        self.new_programme_action.setEnabled(has_workspace)
        self.save_copy_action.setEnabled(has_workspace)
        encrypted = has_workspace and cipher.passphrase_for(self.workspace.path) is not None
        self.encrypt_action.setEnabled(has_workspace and not encrypted)
        self.decrypt_action.setEnabled(encrypted)
        self.merge_action.setEnabled(has_workspace)
        self.restore_action.setEnabled(has_workspace)
        self.send_programme_action.setEnabled(has_programme)
        self.send_workshop_action.setEnabled(has_workshop)
        self.edit_programme_action.setEnabled(has_programme)
        self.new_workshop_action.setEnabled(has_programme)
        self.edit_workshop_action.setEnabled(has_workshop)
        self.check_in_action.setEnabled(has_workshop)
        self.search_action.setEnabled(has_programme)
        self.import_action.setEnabled(has_workshop)
        self.export_action.setEnabled(has_programme)
        self.print_action.setEnabled(has_workshop)

    # -- preparing ---------------------------------------------------------------------
    def _editing_session(self) -> WorkshopSession | None:
        """The session that edits the programme; one without a workshop if none is open."""
        if self.workspace is None:
            return None
        if self.session is None:
            self._set_session(WorkshopSession(self.workspace, None, self))
        return self.session

    def new_programme(self) -> ProgrammeDialog | None:
        session = self._editing_session()
        if session is None:
            return None
        from workshop_app.ui.prepare.programme_dialog import ProgrammeDialog

        dialog = ProgrammeDialog(session, self.undo_stack, self, new=True)
        # the new programme is selected, so that New Workshop… (Ctrl+Shift+N) adds to it
        dialog.accepted.connect(
            lambda: self._reload_tree(programme_id=dialog.programme and dialog.programme.id)
        )
        self._open_dialog(dialog)
        return dialog

    def edit_programme(self) -> ProgrammeDialog | None:
        if self.session is None or self.session.programme is None:
            return None
        from workshop_app.ui.prepare.programme_dialog import ProgrammeDialog

        dialog = ProgrammeDialog(self.session, self.undo_stack, self)
        self._open_dialog(dialog)
        return dialog

    def new_workshop(self) -> WorkshopDialog | None:
        if self.session is None or self.session.programme is None:
            self.statusBar().showMessage(self.tr("Choose a programme first."), 5000)
            return None
        from workshop_app.ui.prepare.workshop_dialog import WorkshopDialog

        dialog = WorkshopDialog(self.session, self.undo_stack, None, self)
        dialog.accepted.connect(
            lambda: dialog.workshop is not None and self._reload_tree(dialog.workshop.id)
        )
        self._open_dialog(dialog)
        return dialog

    def edit_workshop(self) -> WorkshopDialog | None:
        if self.session is None or self.session.workshop is None:
            return None
        from workshop_app.ui.prepare.workshop_dialog import WorkshopDialog

        dialog = WorkshopDialog(self.session, self.undo_stack, self.session.workshop, self)
        self._open_dialog(dialog)
        return dialog

    def focus_check_in(self) -> None:
        self.views.setCurrentWidget(self.page)
        self.page.show_roster()

    def _open_dialog(self, dialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.current_dialog = dialog
        dialog.open()

    def _on_saved(self) -> None:
        stamp = datetime.now().strftime("%H:%M:%S")
        self.save_indicator.setText(self.tr("✓ Saved at %1").replace("%1", stamp))
        self.save_indicator.setStyleSheet("")

    def _on_save_failed(self, message: str) -> None:
        self.save_indicator.setText(self.tr("⚠ Not saved"))
        self.save_indicator.setStyleSheet("color: #b3261e; font-weight: bold")
        self.show_error(self.tr("Not saved"), message)

    def import_entries_dialog(self) -> None:
        if self.session is None or self.session.workshop is None:
            self.statusBar().showMessage(self.tr("Choose a workshop first."), 5000)
            return
        from workshop_app.ui.import_entries import choose_and_import

        choose_and_import(self, self.session, self.undo_stack, self.show_error, self._inform)

    def import_entries_file(self, path: Path) -> bool:
        """Import ``path`` into the open workshop (what the dialog does once a file is chosen)."""
        if self.session is None or self.session.workshop is None:
            return False
        from workshop_app.ui.import_entries import import_file

        return import_file(path, self.session, self.undo_stack, self.show_error, self._inform)

    def save_import_template(self) -> None:
        language = "fr" if self.tr("&File") != "&File" else "en"
        from workshop_app.ui.import_entries import save_template

        path = save_template(self, language)
        if path is not None:
            self.statusBar().showMessage(fill(self.tr("Template saved: %1"), path), 8000)

    def _inform(self, text: str) -> None:
        self.statusBar().showMessage(text, 10000)

    def show_search(self) -> None:
        if self.session is None or self.session.programme is None:
            return
        from workshop_app.ui.search_dialog import SearchDialog

        dialog = SearchDialog(self.workspace, self.session.programme.id, self)
        dialog.open_entry.connect(self.select_entry)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.search_dialog = dialog
        dialog.open()

    # -- help and messages ------------------------------------------------------------
    # The dialogs below, the import and the preparation dialogs load when first used.
    def show_error(self, title: str, text: str) -> None:
        from workshop_app.ui.dialogs import message_box

        self.last_message = message_box(self, title, text, QMessageBox.Icon.Warning)

    def show_shortcuts(self) -> None:
        from workshop_app.ui.dialogs import HelpDialog, shortcuts_html

        self.last_message = HelpDialog(self, self.tr("Keyboard shortcuts"), shortcuts_html(self))
        self.last_message.open()

    def show_about(self) -> None:
        from workshop_app.ui.about import about_text
        from workshop_app.ui.dialogs import message_box

        path = self.workspace.path if self.workspace else None
        self.last_message = message_box(self, self.tr("About Atelier"), about_text(path))

    def _update_title(self) -> None:
        if self.workspace is None:
            self.setWindowTitle("Atelier")
            self.path_label.setText(self.tr("No workspace open"))
        else:
            self.setWindowTitle(f"{self.workspace.path.name} — Atelier")
            shown = str(self.workspace.path)
            if cipher.passphrase_for(self.workspace.path) is not None:
                shown = self.tr("%1 (encrypted)").replace("%1", shown)
            self.path_label.setText(shown)

    # -- layout memory ----------------------------------------------------------------
    def _restore_layout(self) -> None:
        geometry = self.settings.restore_state("mainWindow/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            place_first_time(self)
        for name, widget in (
            ("mainWindow/state", self),
            ("mainSplitter/state", self.splitter),
            ("workshopSplitter/state", self.page.splitter),
            ("workspaceTree/header", self.tree.header()),
        ):
            state = self.settings.restore_state(name)
            if state is not None:
                widget.restoreState(state)

    def save_layout(self) -> None:
        self.settings.save_state("mainWindow/geometry", self.saveGeometry())
        self.settings.save_state("mainWindow/state", self.saveState())
        self.settings.save_state("mainSplitter/state", self.splitter.saveState())
        self.settings.save_state("workshopSplitter/state", self.page.splitter.saveState())
        self.settings.save_state("workspaceTree/header", self.tree.header().saveState())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.settings.q.sync()
        if self._exports is not None:
            self._exports.shutdown()
        self._close_workspace()
        super().closeEvent(event)
