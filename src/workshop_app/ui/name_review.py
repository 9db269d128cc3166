"""Reviewing the names found in free texts: before an export without names, and when a
person is erased.

Before an export, each name found where the file prints it gets a choice: replace it
with the person's role in this export (the default), in the workspace too (one undo
step), or keep it (a word that is no name: "Rose", the colour). On an erasure, the texts
that name the person, by their full name or their first name, are listed: each can be
rewritten with the person's role as part of the erasure; a first name may be someone
else's, so the person erasing confirms each one.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QGuiApplication, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
)

from workshop_app.ui.models.name_findings import (
    SNIPPET_ROLE,
    NameChoice,
    NameFindingsModel,
)
from workshop_app.ui.prepare.dialog_parts import named

HIGHLIGHT = "background-color:#ffe28a;color:#1a1a1a;font-weight:bold"
"""How the name stands out in its context (legible in light and dark themes)."""


class SnippetDelegate(QStyledItemDelegate):
    """Draws the text around a name with the name highlighted, wrapped to the column."""

    @staticmethod
    def _html(index: QModelIndex) -> str:
        snippet, start, end = index.data(SNIPPET_ROLE)
        return (
            html.escape(snippet[:start])
            + f'<span style="{HIGHLIGHT}">{html.escape(snippet[start:end])}</span>'
            + html.escape(snippet[end:])
        )

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex, width: int):
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(2)
        document.setHtml(self._html(index))
        document.setTextWidth(max(width, 40))
        return document

    def paint(self, painter, option, index) -> None:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        options.text = ""
        style = options.widget.style() if options.widget else QGuiApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, options, painter, options.widget)
        document = self._document(option, index, option.rect.width() - 4)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = option.state & QStyle.StateFlag.State_Selected
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        top = option.rect.top() + max(0, (option.rect.height() - document.size().height()) / 2)
        painter.translate(option.rect.left() + 2, top)
        painter.setClipRect(0, 0, option.rect.width() - 4, option.rect.height())
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        view = self.parent()
        width = 360
        if isinstance(view, QTableView):
            width = view.columnWidth(index.column()) - 4
        document = self._document(option, index, width)
        return QSize(int(document.idealWidth()) + 4, int(document.size().height()) + 4)


class ChoiceDelegate(QStyledItemDelegate):
    """A list of the choices a row allows."""

    def createEditor(self, parent, _option, index):
        editor = QComboBox(parent)
        model = index.model()
        finding = model.findings[index.row()]
        for choice in model.options(index.row()):
            editor.addItem(model.choice_label(choice, finding), choice.value)
        return editor

    def setEditorData(self, editor, index):
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class NameReviewDialog(QDialog):
    """The findings of ``model``, a choice per row, and buttons that set the choice of the
    selected rows. ``erasing``: the display name of the person being erased (the dialog
    then confirms the erasure), else the dialog comes before an export.

    Object names: ``nameReview``, ``nameReviewView``, ``choiceButton_<choice>``,
    ``reviewAcceptButton`` (Export… or, erasing, ``eraseConfirmButton``).
    """

    def __init__(self, model: NameFindingsModel, erasing: str | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("nameReview")
        self.model = model
        model.setParent(self)
        self.erasing = erasing
        count = len(model.findings)
        if erasing is None:
            self.setWindowTitle(self.tr("Names in the texts"))
            intro = self.tr(
                "Participants' names are typed in %n place(s) this export prints. Without "
                "names, each is printed as the person's role. Keep a word that is no name "
                "(“Rose”, the colour); replace a name in the workspace to correct the text "
                "for good (Edit › Undo puts it back).",
                "",
                count,
            )
        else:
            self.setWindowTitle(self.tr("Erase a person"))
            intro = self.tr(
                "“%1” will be erased for good: their name and organisation are deleted and "
                "cannot be recovered, not even with Undo. What they said stays, without "
                "their name, and their attendance still counts by role. The undo history "
                "will be cleared."
            ).replace("%1", erasing)
        self.intro = QLabel(intro, self)
        self.intro.setObjectName("nameReviewIntro")
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        if erasing is None:
            layout.addWidget(self.intro)
        else:  # as the confirmation box it stands for: a warning
            top = QHBoxLayout()
            icon = QLabel(self)
            size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
            icon.setPixmap(
                self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
            )
            icon.setAlignment(Qt.AlignmentFlag.AlignTop)
            top.addWidget(icon)
            top.addWidget(self.intro, 1)
            layout.addLayout(top)
        if erasing is not None:
            self.detail = QLabel(
                self.tr(
                    "Their name or first name stands in %n text(s). Their full name goes "
                    "whatever you choose: replaced with their role, or taken out (“[…]”). A "
                    "first name may be someone else's: choose for each one.",
                    "",
                    count,
                ),
                self,
            )
            self.detail.setObjectName("nameReviewDetail")
            self.detail.setTextFormat(Qt.TextFormat.PlainText)
            self.detail.setWordWrap(True)
            layout.addWidget(self.detail)

        self.view = named(QTableView(self), "nameReviewView", self.tr("Names found"))
        self.view.setModel(model)
        self.view.verticalHeader().hide()
        lines = self.view.fontMetrics().lineSpacing()
        self.view.verticalHeader().setMinimumSectionSize(2 * lines + 8)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(True)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        self.snippets = SnippetDelegate(self.view)
        self.view.setItemDelegateForColumn(NameFindingsModel.CONTEXT, self.snippets)
        self.view.setItemDelegateForColumn(NameFindingsModel.CHOICE, ChoiceDelegate(self.view))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NameFindingsModel.CONTEXT, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.view.resizeRowsToContents())
        layout.addWidget(self.view, 1)

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Selected rows:"), self))
        self.choice_buttons: dict[NameChoice, QPushButton] = {}
        texts = {
            NameChoice.EXPORT: self.tr("Replace in this e&xport"),
            NameChoice.WORKSPACE: self.tr("Replace in the &workspace")
            if erasing is None
            else self.tr("&Replace with the role"),
            NameChoice.KEEP: self.tr("&Keep") if erasing is None else self.tr("Do &not replace"),
        }
        for choice in model.allowed:
            button = QPushButton(texts[choice], self)
            button.setObjectName(f"choiceButton_{choice.value}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, c=choice: self.choose_for_selection(c))
            row.addWidget(button)
            self.choice_buttons[choice] = button
        row.addStretch(1)
        layout.addLayout(row)

        self.buttons = QDialogButtonBox(self)
        if erasing is None:
            self.accept_button = self.buttons.addButton(
                self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.accept_button.setObjectName("reviewAcceptButton")
            cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            self.accept_button.setDefault(True)
        else:
            self.accept_button = self.buttons.addButton(
                self.tr("Erase for good"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.accept_button.setObjectName("eraseConfirmButton")
            cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            cancel.setDefault(True)  # erasing cannot be undone: Enter does not erase
            self.accept_button.setAutoDefault(False)
        cancel.setObjectName("reviewCancelButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()
        self._fit()

    def _fit(self) -> None:
        """Wide enough for the snippets, tall enough for a few rows, within the screen."""
        screen = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        width = min(1120, int(screen.width() * 0.9))
        rows = min(len(self.model.findings), 8)
        height = min(int(screen.height() * 0.85), 300 + rows * 44)
        self.resize(width, height)

    COLUMN_CAPS = {NameFindingsModel.NAME: 170, NameFindingsModel.WHERE: 190}
    """Widest a column grows to its content (longer texts wrap), so that the context keeps
    the room; the choices are never cut."""

    PADDING = 16

    def _size_columns(self) -> None:
        header = self.view.horizontalHeader()
        metrics = self.view.fontMetrics()
        for column in (NameFindingsModel.NAME, NameFindingsModel.WHERE):
            wanted = max(self.view.sizeHintForColumn(column), header.sectionSizeHint(column))
            header.resizeSection(column, min(wanted + self.PADDING, self.COLUMN_CAPS[column]))
        # wide enough for every choice, not only those made so far
        model = self.model
        words = [model.becomes(row) for row in range(model.rowCount())]
        labels = [model.choice_label(c, f) for c in model.allowed for f in model.findings[:1]]
        labels += [model.choice_label(NameChoice.KEEP)] if NameChoice.KEEP in model.allowed else []
        widest = max(
            [metrics.horizontalAdvance(t) for t in labels]
            + [metrics.horizontalAdvance(f"→ {w}") for w in words]
            + [header.sectionSizeHint(NameFindingsModel.CHOICE)]
        )
        header.resizeSection(NameFindingsModel.CHOICE, widest + self.PADDING + 8)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._size_columns()
        self.view.resizeRowsToContents()
        if self.model.rowCount() and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0, NameFindingsModel.NAME))
        self.view.setFocus()

    def button(self, which: QDialogButtonBox.StandardButton):
        """The standard button ``which`` (Cancel), as a message box gives it."""
        return self.buttons.button(QDialogButtonBox.StandardButton(which.value))

    # -- choosing -----------------------------------------------------------------------
    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.view.selectionModel().selectedRows()})

    def choose_for_selection(self, choice: NameChoice) -> None:
        rows = self.selected_rows()
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        self.model.set_choice(rows, choice)

    def _update_buttons(self, *_args) -> None:
        has = bool(self.selected_rows()) or self.view.currentIndex().isValid()
        for button in self.choice_buttons.values():
            button.setEnabled(has)
