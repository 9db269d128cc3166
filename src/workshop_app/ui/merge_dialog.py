"""File › Merge…: what the chosen files would bring, the matches to confirm and the
conflicts to settle, then the merge itself (one transaction, after a backup)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
)

from workshop_app.domain.merge_rules import Choice
from workshop_app.store.errors import WorkspaceError
from workshop_app.store.exchange import dry_run, merge_files
from workshop_app.store.exchange.match import mapping, propose
from workshop_app.store.exchange.source import open_source
from workshop_app.ui.encryption_dialogs import unlock_file
from workshop_app.ui.messages import workspace_error_text
from workshop_app.ui.models.merge_models import (
    ConflictModel,
    MatchModel,
    SummaryModel,
    choice_label,
)


class ChoiceDelegate(QStyledItemDelegate):
    """A list of the choices a conflict allows."""

    def createEditor(self, parent, _option, index):
        editor = QComboBox(parent)
        for choice in index.model().options(index.row()):
            editor.addItem(choice_label(choice), choice.value)
        return editor

    def setEditorData(self, editor, index):
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class MergeDialog(QDialog):
    def __init__(self, window, paths: list[Path]):
        super().__init__(window)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge into this workspace"))
        self.window_, self.paths = window, paths
        self.workspace = window.workspace
        self.summary = SummaryModel(self)
        self.matches = MatchModel(self)
        self.conflicts = ConflictModel(self)
        intro = QLabel(
            self.tr(
                "What the files bring into “%1”. Nothing is changed until you press Merge; "
                "a backup of the workspace is taken first (File › Restore from Backup… "
                "undoes the merge)."
            ).replace("%1", self.workspace.path.name),
            self,
        )
        intro.setWordWrap(True)
        self.summary_view = self._table(self.summary, "mergeSummary", stretch=1)
        self.match_label = QLabel(
            self.tr("&Made apart, but the same? (tick to merge them as one)"), self
        )
        self.match_view = self._table(self.matches, "mergeMatches", stretch=0)
        self.match_label.setBuddy(self.match_view)
        self.match_view.horizontalHeader().hide()
        self.conflict_label = QLabel(self.tr("C&onflicts: changed here and in the file"), self)
        self.conflict_view = self._table(self.conflicts, "mergeConflicts", stretch=None)
        self.conflict_label.setBuddy(self.conflict_view)
        self.conflict_view.setItemDelegateForColumn(
            ConflictModel.CHOICE_COLUMN, ChoiceDelegate(self.conflict_view)
        )
        self.conflict_view.setEditTriggers(
            QTableView.EditTrigger.AllEditTriggers & ~QTableView.EditTrigger.CurrentChanged
        )
        self.conflict_view.setWordWrap(True)
        self.nothing_label = QLabel(
            self.tr("Nothing new: this workspace already holds everything these files hold."),
            self,
        )
        self.nothing_label.setObjectName("nothingNew")
        self.nothing_label.hide()
        self.nothing_new = False
        self.buttons = QDialogButtonBox(self)
        self.merge_button = self.buttons.addButton(
            self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.summary_view, 3)
        layout.addWidget(self.match_label)
        layout.addWidget(self.match_view, 1)
        layout.addWidget(self.conflict_label)
        layout.addWidget(self.conflict_view, 2)
        layout.addWidget(self.nothing_label)
        layout.addWidget(self.buttons)
        self.resize(980, 720)
        self.matches.dataChanged.connect(lambda *_: self.refresh())

    def _table(self, model, name: str, stretch: int | None) -> QTableView:
        """A read-mostly table; ``stretch`` is the column that takes the spare width (None:
        the last one)."""
        view = QTableView(self)
        view.setObjectName(name)
        view.setModel(model)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.setAlternatingRowColors(True)
        view.setTabKeyNavigation(False)  # Tab leaves the table (to the buttons)
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if stretch is None:
            header.setStretchLastSection(True)
        else:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        return view

    def prepare(self) -> bool:
        """Read the files and show the preview; False (after saying why) if one cannot be read."""
        found = []
        for path in self.paths:
            if not unlock_file(self, Path(path)):  # sent encrypted: its passphrase first
                return False
        try:
            for path in self.paths:
                with open_source(path) as source:
                    found += [(source.key, m) for m in propose(self.workspace, source)]
        except WorkspaceError as error:
            self.window_.show_error(self.tr("Cannot merge"), workspace_error_text(error))
            return False
        self.matches.set_matches(found)
        return self.refresh()

    def _confirmed(self) -> dict:
        by_source: dict[str, list] = {}
        for source, match in self.matches.confirmed():
            by_source.setdefault(source, []).append(match)
        return {source: mapping(found) for source, found in by_source.items()}

    def refresh(self) -> bool:
        keep = {(source, change.key): change.choice for source, change in self.conflicts.rows}
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            preview = dry_run(
                self.workspace, self.paths, matches=self._confirmed(), choices=self._choices(keep)
            )
        except WorkspaceError as error:
            self.window_.show_error(self.tr("Cannot merge"), workspace_error_text(error))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.summary.set_plans(preview.plans)
        self.conflicts.set_plans(preview.plans, keep)
        self.nothing_new = all(plan.empty for plan in preview.plans)
        self.merge_button.setEnabled(not self.nothing_new)
        self.nothing_label.setVisible(self.nothing_new)
        has_matches = bool(self.matches.matches)
        self.match_label.setVisible(has_matches)
        self.match_view.setVisible(has_matches)
        has_conflicts = bool(self.conflicts.rows)
        self.conflict_label.setVisible(has_conflicts)
        self.conflict_view.setVisible(has_conflicts)
        self.conflict_view.resizeRowsToContents()
        return True

    @staticmethod
    def _choices(keep: dict) -> dict:
        result: dict[str, dict] = {}
        for (source, key), choice in keep.items():
            if isinstance(choice, Choice):
                result.setdefault(source, {})[key] = choice
        return result

    def merge(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = merge_files(
                self.workspace,
                self.paths,
                matches=self._confirmed(),
                choices=self.conflicts.choices(),
            )
        except WorkspaceError as error:
            QGuiApplication.restoreOverrideCursor()
            self.window_.show_error(self.tr("Cannot merge"), workspace_error_text(error))
            return
        QGuiApplication.restoreOverrideCursor()
        self.window_.reload_contents()
        self.window_.statusBar().showMessage(
            self.tr("Merged. The workspace as it was before is kept in “%1”.").replace(
                "%1", str(result.backup)
            ),
            20000,  # a passing word, not a banner over the next hour of captures
        )
        self.accept()


def merge_files_dialog(window) -> MergeDialog | None:
    if window.workspace is None:
        return None
    folder = window.settings.last_export_folder  # where exchange files are sent from
    if not folder or not Path(folder).is_dir():
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if not folder or not Path(folder).is_dir():
        folder = str(window.workspace.path.parent)
    chosen, _filter = QFileDialog.getOpenFileNames(
        window,
        QCoreApplication.translate("Merge", "Merge files into this workspace"),
        folder,
        QCoreApplication.translate(
            "Merge", "Atelier exchange files and workspaces (*.atelier *.sqlite)"
        ),
    )
    paths = [Path(p) for p in chosen if Path(p).absolute() != window.workspace.path]
    if not paths:
        return None
    dialog = MergeDialog(window, paths)
    if not dialog.prepare():
        dialog.deleteLater()
        return None
    window.last_message = dialog
    dialog.open()
    return dialog
