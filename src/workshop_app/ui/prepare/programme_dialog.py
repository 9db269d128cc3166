"""Creating and editing a programme: its title, its numbered actions and its theme list.

The dialog edits a draft. OK writes every change at once as one undo step ("Edit
programme"); Cancel writes nothing. :func:`create_programme` makes a programme with the
default theme list without a dialog (one undo step too).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDataWidgetMapper,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.enums import DEFAULT_THEMES
from workshop_app.domain.models import Programme, Theme
from workshop_app.ui.commands import AddRecords, RemoveRecords, SessionCommand, UpdateRecords
from workshop_app.ui.prepare.action_model import ActionTableModel
from workshop_app.ui.prepare.commands import push_as_one_step
from workshop_app.ui.prepare.dialog_parts import ErrorLabel, accept_on_ctrl_enter, named
from workshop_app.ui.prepare.name_completer import fold
from workshop_app.ui.prepare.theme_model import ThemeListModel
from workshop_app.ui.session import WorkshopSession

MAX_ACTION_NUMBER = 9999


def default_themes(programme_id: str, names: Sequence[str] = DEFAULT_THEMES) -> list[Theme]:
    return [Theme(programme_id=programme_id, name=n, position=at) for at, n in enumerate(names)]


def create_programme(
    session: WorkshopSession,
    undo_stack: QUndoStack,
    title: str,
    *,
    description: str = "",
    themes: Sequence[str] = DEFAULT_THEMES,
) -> Programme | None:
    """Create a programme with the default theme list, as one undo step.

    ``session`` may hold any programme, or none (``WorkshopSession(ws, None)``); it is
    only the way in to the workspace and is not switched to the new programme. Returns
    the programme, or ``None`` if the title is empty or it could not be written
    (``session.last_error`` then says why).
    """
    if not title.strip():
        session.last_error = QCoreApplication.translate(
            "ProgrammeDialog", "The programme needs a title."
        )
        return None
    programme = Programme(title=title.strip(), description=description)
    text = QCoreApplication.translate("ProgrammeDialog", "New programme")
    steps = [AddRecords(session, "programme", [programme], text)]
    if themes:
        steps.append(AddRecords(session, "theme", default_themes(programme.id, themes), text))
    if not push_as_one_step(undo_stack, text, steps):
        return None
    return programme


class ProgrammeDialog(QDialog):
    """Edit ``session.programme`` (or create one: ``new=True`` or no programme in the session).

    After OK, :attr:`programme` is the programme as written. Object names:
    ``programmeDialog``, ``programmeTitleEdit``, ``programmeDescriptionEdit``,
    ``programmeTabs``, ``actionsView``, ``addActionButton``, ``removeActionButton``,
    ``actionNumberEdit``, ``actionTitleEdit``, ``actionContextEdit``,
    ``actionDescriptionEdit``, ``actionStakeholdersEdit``, ``actionBudgetEdit``,
    ``actionCriteriaEdit``, ``themesView``, ``addThemeButton``, ``renameThemeButton``,
    ``moveThemeUpButton``, ``moveThemeDownButton``, ``removeThemeButton``, ``errorLabel``,
    ``programmeButtons``.
    """

    def __init__(
        self,
        session: WorkshopSession,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        new: bool = False,
    ):
        super().__init__(parent)
        self.session = session
        self.undo_stack = undo_stack
        self.is_new = new or session.programme is None
        ws = session.workspace
        if self.is_new:
            self._original: Programme | None = None
            draft = Programme(title="")
            actions, themes = [], []
        else:
            self._original = session.programme
            draft = dataclasses.replace(session.programme)
            actions = ws.actions.for_programme(draft.id)
            themes = ws.themes.for_programme(draft.id)
        self._draft = draft
        self.programme: Programme | None = None if self.is_new else self._original
        self.action_model = ActionTableModel(draft.id, actions, self)
        self.theme_model = ThemeListModel(draft.id, themes, self)
        if self.is_new:
            for name in DEFAULT_THEMES:
                self.theme_model.add_theme(name)

        self.setObjectName("programmeDialog")
        self.setWindowTitle(self.tr("New programme") if self.is_new else self.tr("Programme"))
        self.setAccessibleName(self.windowTitle())
        self._build()
        self.title_edit.setText(draft.title)
        self.description_edit.setPlainText(draft.description)
        if self.action_model.rowCount():
            self._select_action(0)
        else:
            self._update_action_form()
        if self.theme_model.rowCount():
            self.themes_view.setCurrentIndex(self.theme_model.index(0, 0))
        self._update_theme_buttons()
        self.resize(960, 640)
        self.title_edit.setFocus()

    # -- construction -----------------------------------------------------------------
    def _build(self) -> None:
        self.title_edit = named(QLineEdit(self), "programmeTitleEdit", self.tr("Programme title"))
        self.title_edit.setPlaceholderText(self.tr("e.g. Preventing evictions 2026"))
        self.description_edit = named(
            QPlainTextEdit(self), "programmeDescriptionEdit", self.tr("Programme description")
        )
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)

        head = QFormLayout()
        head.addRow(self.tr("&Title:"), self.title_edit)
        head.addRow(self.tr("&Description:"), self.description_edit)
        self._buddy(head)

        self.tabs = named(QTabWidget(self), "programmeTabs", self.tr("Actions and themes"))
        self.tabs.addTab(self._build_actions_tab(), self.tr("&Actions"))
        self.tabs.addTab(self._build_themes_tab(), self.tr("T&hemes"))

        self.error_label = ErrorLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("programmeButtons")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setObjectName("okButton")
        ok.setToolTip(self.tr("Save the programme (Ctrl+Enter)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("cancelButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        accept_on_ctrl_enter(self, self.accept)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        QWidget.setTabOrder(self.title_edit, self.description_edit)
        QWidget.setTabOrder(self.description_edit, self.tabs)

    @staticmethod
    def _buddy(form: QFormLayout) -> None:
        """Let each label's Alt+letter focus its field."""
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is not None and field is not None and field.widget() is not None:
                label.widget().setBuddy(field.widget())

    def _text_field(self, name: str, accessible: str) -> QPlainTextEdit:
        edit = named(QPlainTextEdit(self), name, accessible)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 2 + 14)
        return edit

    def _build_actions_tab(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("actionsPage")
        self.actions_view = named(QTableView(page), "actionsView", self.tr("Actions"))
        self.actions_view.setModel(self.action_model)
        for column in range(ActionTableModel.CONTEXT, ActionTableModel.CRITERIA + 1):
            self.actions_view.setColumnHidden(column, True)
        self.actions_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actions_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.actions_view.setWordWrap(True)
        self.actions_view.setTabKeyNavigation(False)
        self.actions_view.verticalHeader().setVisible(False)
        header = self.actions_view.horizontalHeader()
        header.setSectionResizeMode(
            ActionTableModel.NUMBER, QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(ActionTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.actions_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.actions_view.selectionModel().currentRowChanged.connect(self._on_action_row)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.actions_view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_current_action)

        self.add_action_button = named(
            QPushButton(self.tr("Add a&ction"), page), "addActionButton", self.tr("Add an action")
        )
        self.add_action_button.clicked.connect(self.add_action)
        self.remove_action_button = named(
            QPushButton(self.tr("&Remove action"), page),
            "removeActionButton",
            self.tr("Remove the selected action"),
        )
        self.remove_action_button.clicked.connect(self.remove_current_action)

        left = QVBoxLayout()
        left.addWidget(self.actions_view, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_action_button)
        row.addWidget(self.remove_action_button)
        row.addStretch(1)
        left.addLayout(row)

        self.action_form = QGroupBox(self.tr("Selected action"), page)
        self.action_form.setObjectName("actionForm")
        self.number_edit = named(QSpinBox(self), "actionNumberEdit", self.tr("Action number"))
        self.number_edit.setRange(0, MAX_ACTION_NUMBER)
        self.action_title_edit = named(QLineEdit(self), "actionTitleEdit", self.tr("Action title"))
        self.context_edit = self._text_field("actionContextEdit", self.tr("Context"))
        self.action_description_edit = self._text_field(
            "actionDescriptionEdit", self.tr("Action description")
        )
        self.stakeholders_edit = self._text_field("actionStakeholdersEdit", self.tr("Stakeholders"))
        self.budget_edit = self._text_field("actionBudgetEdit", self.tr("Budget"))
        self.criteria_edit = self._text_field("actionCriteriaEdit", self.tr("Monitoring criteria"))
        form = QFormLayout(self.action_form)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("N&umber:"), self.number_edit)
        form.addRow(self.tr("T&itle:"), self.action_title_edit)
        form.addRow(self.tr("C&ontext:"), self.context_edit)
        form.addRow(self.tr("D&escription:"), self.action_description_edit)
        form.addRow(self.tr("&Stakeholders:"), self.stakeholders_edit)
        form.addRow(self.tr("&Budget:"), self.budget_edit)
        form.addRow(self.tr("&Monitoring criteria:"), self.criteria_edit)
        self._buddy(form)

        self.mapper = QDataWidgetMapper(self)
        self.mapper.setObjectName("actionMapper")
        self.mapper.setModel(self.action_model)
        self.mapper.setSubmitPolicy(QDataWidgetMapper.SubmitPolicy.AutoSubmit)
        for widget, column in (
            (self.number_edit, ActionTableModel.NUMBER),
            (self.action_title_edit, ActionTableModel.TITLE),
            (self.context_edit, ActionTableModel.CONTEXT),
            (self.action_description_edit, ActionTableModel.DESCRIPTION),
            (self.stakeholders_edit, ActionTableModel.STAKEHOLDERS),
            (self.budget_edit, ActionTableModel.BUDGET),
            (self.criteria_edit, ActionTableModel.CRITERIA),
        ):
            self.mapper.addMapping(widget, column)

        layout = QHBoxLayout(page)
        layout.addLayout(left, 2)
        layout.addWidget(self.action_form, 3)

        chain = [
            self.actions_view,
            self.add_action_button,
            self.remove_action_button,
            self.number_edit,
            self.action_title_edit,
            self.context_edit,
            self.action_description_edit,
            self.stakeholders_edit,
            self.budget_edit,
            self.criteria_edit,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        return page

    def _build_themes_tab(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("themesPage")
        self.themes_view = named(QListView(page), "themesView", self.tr("Themes"))
        self.themes_view.setModel(self.theme_model)
        self.themes_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.themes_view.selectionModel().currentRowChanged.connect(self._update_theme_buttons)
        for keys, slot in (
            (QKeySequence.StandardKey.Delete, self.remove_current_theme),
            ("Ctrl+Up", lambda: self.move_current_theme(-1)),
            ("Ctrl+Down", lambda: self.move_current_theme(1)),
            ("Insert", self.add_theme),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.themes_view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

        def button(text: str, name: str, accessible: str, slot) -> QPushButton:
            widget = named(QPushButton(text, page), name, accessible)
            widget.clicked.connect(slot)
            return widget

        self.add_theme_button = button(
            self.tr("Add a th&eme"), "addThemeButton", self.tr("Add a theme"), self.add_theme
        )
        self.rename_theme_button = button(
            self.tr("Re&name"),
            "renameThemeButton",
            self.tr("Rename the selected theme (F2)"),
            self.rename_current_theme,
        )
        self.move_up_button = button(
            self.tr("Move &up"),
            "moveThemeUpButton",
            self.tr("Move the selected theme up (Ctrl+Up)"),
            lambda: self.move_current_theme(-1),
        )
        self.move_down_button = button(
            self.tr("Move do&wn"),
            "moveThemeDownButton",
            self.tr("Move the selected theme down (Ctrl+Down)"),
            lambda: self.move_current_theme(1),
        )
        self.remove_theme_button = button(
            self.tr("Remo&ve theme"),
            "removeThemeButton",
            self.tr("Remove the selected theme"),
            self.remove_current_theme,
        )
        buttons = QVBoxLayout()
        for widget in (
            self.add_theme_button,
            self.rename_theme_button,
            self.move_up_button,
            self.move_down_button,
            self.remove_theme_button,
        ):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout = QHBoxLayout(page)
        layout.addWidget(self.themes_view, 1)
        layout.addLayout(buttons)
        return page

    # -- actions ----------------------------------------------------------------------
    def _select_action(self, row: int) -> None:
        index = self.action_model.index(row, ActionTableModel.TITLE)
        self.actions_view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.actions_view.scrollTo(index)

    def _on_action_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.mapper.setCurrentIndex(current.row() if current.isValid() else -1)
        self._update_action_form()

    def _update_action_form(self) -> None:
        has_row = self.actions_view.currentIndex().isValid()
        self.action_form.setEnabled(has_row)
        self.remove_action_button.setEnabled(has_row)
        if not has_row:
            self.mapper.setCurrentIndex(-1)
            for edit in (
                self.action_title_edit,
                self.context_edit,
                self.action_description_edit,
                self.stakeholders_edit,
                self.budget_edit,
                self.criteria_edit,
            ):
                edit.clear()
            self.number_edit.setValue(0)

    def add_action(self) -> int:
        """Append a new action, select it and put the cursor in its title; returns its row."""
        self.mapper.submit()
        row = self.action_model.add_action()
        self.tabs.setCurrentIndex(0)
        self._select_action(row)
        self.action_title_edit.setFocus()
        return row

    def remove_current_action(self) -> None:
        index = self.actions_view.currentIndex()
        if not index.isValid():
            return
        row = index.row()
        self.action_model.remove_action(row)
        if self.action_model.rowCount():
            self._select_action(min(row, self.action_model.rowCount() - 1))
        else:
            self._update_action_form()
        self.actions_view.setFocus()

    # -- themes -----------------------------------------------------------------------
    def _current_theme_row(self) -> int:
        index = self.themes_view.currentIndex()
        return index.row() if index.isValid() else -1

    def _update_theme_buttons(self, *_args) -> None:
        row = self._current_theme_row()
        count = self.theme_model.rowCount()
        self.rename_theme_button.setEnabled(row >= 0)
        self.remove_theme_button.setEnabled(row >= 0)
        self.move_up_button.setEnabled(row > 0)
        self.move_down_button.setEnabled(0 <= row < count - 1)

    def add_theme(self, name: str | None = None) -> int:
        """Append a theme; without ``name``, open its name for typing. Returns its row."""
        row = self.theme_model.add_theme(name or self.tr("New theme"))
        index = self.theme_model.index(row, 0)
        self.tabs.setCurrentIndex(1)
        self.themes_view.setCurrentIndex(index)
        self.themes_view.setFocus()
        if not name:
            self.themes_view.edit(index)
        self._update_theme_buttons()
        return row

    def rename_current_theme(self) -> None:
        index = self.themes_view.currentIndex()
        if index.isValid():
            self.themes_view.setFocus()
            self.themes_view.edit(index)

    def move_current_theme(self, delta: int) -> None:
        row = self._current_theme_row()
        if row < 0:
            return
        target = self.theme_model.move_theme(row, delta)
        self.themes_view.setCurrentIndex(self.theme_model.index(target, 0))
        self._update_theme_buttons()

    def remove_current_theme(self) -> None:
        row = self._current_theme_row()
        if row < 0:
            return
        self.theme_model.remove_theme(row)
        if self.theme_model.rowCount():
            self.themes_view.setCurrentIndex(
                self.theme_model.index(min(row, self.theme_model.rowCount() - 1), 0)
            )
        self._update_theme_buttons()

    # -- OK ---------------------------------------------------------------------------
    def _problem(self) -> tuple[str, QWidget, int] | None:
        """(message, widget to focus, row to select) for the first thing that stops OK."""
        if not self.title_edit.text().strip():
            return self.tr("The programme needs a title."), self.title_edit, -1
        numbers: dict[int, int] = {}
        for row, action in enumerate(self.action_model.actions()):
            if not action.title.strip():
                message = self.tr("Action %1 needs a title.").replace("%1", str(action.number))
                return message, self.action_title_edit, row
            if action.number in numbers:
                message = self.tr("Two actions have the number %1.").replace(
                    "%1", str(action.number)
                )
                return message, self.number_edit, row
            numbers[action.number] = row
        seen: set[str] = set()
        for row, theme in enumerate(self.theme_model.themes()):
            key = fold(theme.name)
            if key in seen:
                message = self.tr("The theme list has “%1” twice.").replace("%1", theme.name)
                return message, self.themes_view, row
            seen.add(key)
        return None

    def _show_problem(self, message: str, widget: QWidget, row: int) -> None:
        self.error_label.show_error(message)
        if widget is self.themes_view:
            self.tabs.setCurrentIndex(1)
            self.themes_view.setCurrentIndex(self.theme_model.index(row, 0))
        elif row >= 0:
            self.tabs.setCurrentIndex(0)
            self._select_action(row)
        widget.setFocus()

    def commands(self, text: str) -> list[SessionCommand]:
        """The commands that write what the dialog holds now (empty if nothing changed)."""
        s = self.session
        programme = dataclasses.replace(
            self._draft,
            title=self.title_edit.text().strip(),
            description=self.description_edit.toPlainText(),
        )
        steps: list[SessionCommand] = []
        if self._original is None:
            steps.append(AddRecords(s, "programme", [programme], text))
        elif programme != self._original:
            steps.append(UpdateRecords(s, "programme", [self._original], [programme], text))
        for table, model in (("action", self.action_model), ("theme", self.theme_model)):
            added, edited, removed = model.changes()
            if removed:
                steps.append(RemoveRecords(s, table, removed, text))
            if edited:
                before = [b for b, _a in edited]
                after = [a for _b, a in edited]
                steps.append(UpdateRecords(s, table, before, after, text))
            if added:
                steps.append(AddRecords(s, table, added, text))
        self._pending = programme
        return steps

    def apply(self) -> bool:
        """Check and write what the dialog holds, as one undo step; ``False`` keeps it open."""
        self.mapper.submit()
        problem = self._problem()
        if problem is not None:
            self._show_problem(*problem)
            return False
        text = self.tr("New programme") if self.is_new else self.tr("Edit programme")
        if not push_as_one_step(self.undo_stack, text, self.commands(text)):
            self.error_label.show_error(self.session.last_error or self.tr("Nothing was saved."))
            return False
        self.error_label.clear_error()
        self.programme = self._pending
        return True

    def accept(self) -> None:
        if self.apply():
            super().accept()
