"""The main window: the workspace's programmes and workshops, and what a workshop captured."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from workshop_app.store import Workspace, WorkspaceError
from workshop_app.ui.dialogs import about_html, message_box, shortcuts_html
from workshop_app.ui.messages import workspace_error_text
from workshop_app.ui.models import EntryTableModel, WorkspaceTreeModel
from workshop_app.ui.settings import Settings
from workshop_app.ui.workshop_header import WorkshopHeader

FILE_FILTER = "Atelier (*.sqlite *.atelier *.db);;*"


class MainWindow(QMainWindow):
    """Owns the open :class:`Workspace`; views read it through item models."""

    workspace_changed = Signal(object)
    """Emitted with the new :class:`Workspace` (or ``None``) after opening or closing."""

    def __init__(self, settings: Settings | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.settings = settings or Settings()
        self.workspace: Workspace | None = None
        self.last_message: QMessageBox | None = None
        self.tree_model = WorkspaceTreeModel(None, self)
        self.entry_model = EntryTableModel(None, self)
        self._build_views()
        self._build_menus()
        self._restore_layout()
        self._update_title()

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

        self.header = WorkshopHeader(self)
        self.entries_view = QTableView(self)
        self.entries_view.setObjectName("entriesView")
        self.entries_view.setAccessibleName(self.tr("Entries of the workshop"))
        self.entries_view.setModel(self.entry_model)
        self.entries_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.entries_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entries_view.setWordWrap(True)
        self.entries_view.setAlternatingRowColors(True)
        self.entries_view.verticalHeader().setVisible(False)
        header = self.entries_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(EntryTableModel.TEXT, QHeaderView.ResizeMode.Stretch)
        self.entries_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )

        right = QWidget(self)
        layout = QVBoxLayout(right)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.entries_view, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([380, 820])
        self.setCentralWidget(self.splitter)

        self.path_label = QLabel(self)
        self.path_label.setObjectName("workspacePathLabel")
        self.statusBar().addPermanentWidget(self.path_label)

    def _action(self, text: str, slot, shortcut=None, name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if name:
            action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = self._action(
            self.tr("&New Workspace…"),
            self.new_workspace_dialog,
            QKeySequence.StandardKey.New,
            "newWorkspaceAction",
        )
        self.open_action = self._action(
            self.tr("&Open Workspace…"),
            self.open_workspace_dialog,
            QKeySequence.StandardKey.Open,
            "openWorkspaceAction",
        )
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.quit_action = self._action(self.tr("&Quit"), self.close, "Ctrl+Q", "quitAction")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.shortcuts_action = self._action(
            self.tr("&Keyboard Shortcuts"),
            self.show_shortcuts,
            QKeySequence.StandardKey.HelpContents,
            "shortcutsAction",
        )
        self.about_action = self._action(
            self.tr("&About Atelier"), self.show_about, None, "aboutAction"
        )
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.about_action)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files
        if not files:
            empty = self.recent_menu.addAction(self.tr("No recent workspace"))
            empty.setEnabled(False)
            return
        for number, path in enumerate(files, start=1):
            label = f"&{number} {Path(path).name}  —  {Path(path).parent}"
            action = self.recent_menu.addAction(label)
            action.setData(path)
            action.triggered.connect(lambda _=False, p=path: self.open_workspace(Path(p)))

    # -- workspaces ---------------------------------------------------------------------
    def open_workspace(self, path: Path, *, create: bool = True) -> bool:
        """Open ``path`` in this window; on failure say why and keep what was open."""
        try:
            workspace = Workspace.open(path, create=create)
        except WorkspaceError as error:
            self.show_error(self.tr("Cannot open the workspace"), workspace_error_text(error))
            if not Path(path).exists():
                self.settings.remove_recent_file(path)
            return False
        self._close_workspace()
        self.workspace = workspace
        self.settings.add_recent_file(workspace.path)
        self.settings.last_workspace = workspace.path
        self.tree_model.set_workspace(workspace)
        self.entry_model.set_workspace(workspace)
        self.tree.expandAll()
        self.header.show_nothing()
        self._update_title()
        self.workspace_changed.emit(workspace)
        self._select_last_workshop()
        return True

    def _close_workspace(self) -> None:
        if self.workspace is None:
            return
        self.tree_model.set_workspace(None)
        self.entry_model.set_workspace(None)
        self.workspace.close()
        self.workspace = None
        self.workspace_changed.emit(None)

    def new_workspace_dialog(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("New workspace"), str(Path.home() / "atelier.sqlite"), FILE_FILTER
        )
        if path:
            if Path(path).exists():
                self.show_error(
                    self.tr("Cannot create the workspace"),
                    self.tr("“%1” already exists. Use File › Open to open it.").replace("%1", path),
                )
                return
            self.open_workspace(Path(path))

    def open_workspace_dialog(self) -> None:
        start = str(self.workspace.path.parent) if self.workspace else str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open workspace"), start, FILE_FILTER
        )
        if path:
            self.open_workspace(Path(path), create=False)

    # -- selection ---------------------------------------------------------------------
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

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        index = self.tree.currentIndex()
        workshop = self.tree_model.workshop_at(index)
        programme = self.tree_model.programme_at(index)
        if self.workspace is None or programme is None:
            self.entry_model.show_workshop(None)
            self.header.show_nothing()
            return
        if workshop is None:
            self.entry_model.show_workshop(None)
            count = self.tree_model.rowCount(index.siblingAtColumn(0))
            self.header.show_programme(programme, count)
            return
        self.entry_model.show_workshop(workshop.id)
        self.header.show_workshop(
            programme,
            workshop,
            self.workspace.attendance.counts_by_role(workshop.id),
            self.entry_model.rowCount(),
        )
        self.settings.last_workshop = workshop.id

    # -- help and messages ------------------------------------------------------------
    def show_error(self, title: str, text: str) -> None:
        self.last_message = message_box(self, title, text, QMessageBox.Icon.Warning)

    def show_shortcuts(self) -> None:
        self.last_message = message_box(self, self.tr("Keyboard shortcuts"), shortcuts_html(self))

    def show_about(self) -> None:
        path = self.workspace.path if self.workspace else None
        self.last_message = message_box(self, self.tr("About Atelier"), about_html(path))

    def _update_title(self) -> None:
        if self.workspace is None:
            self.setWindowTitle("Atelier")
            self.path_label.setText(self.tr("No workspace open"))
        else:
            self.setWindowTitle(f"{self.workspace.path.name} — Atelier")
            self.path_label.setText(str(self.workspace.path))

    # -- layout memory ----------------------------------------------------------------
    def _restore_layout(self) -> None:
        geometry = self.settings.restore_state("mainWindow/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 760)
        for name, widget in (
            ("mainWindow/state", self),
            ("mainSplitter/state", self.splitter),
            ("workspaceTree/header", self.tree.header()),
        ):
            state = self.settings.restore_state(name)
            if state is not None:
                widget.restoreState(state)

    def save_layout(self) -> None:
        self.settings.save_state("mainWindow/geometry", self.saveGeometry())
        self.settings.save_state("mainWindow/state", self.saveState())
        self.settings.save_state("mainSplitter/state", self.splitter.saveState())
        self.settings.save_state("workspaceTree/header", self.tree.header().saveState())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.settings.q.sync()
        self._close_workspace()
        super().closeEvent(event)
