"""File › Export: what to export (summary, synthesis, table), which workshops, which language.

The dialog only gathers the choice and returns it as :class:`ExportOptions`; the export
itself runs in :mod:`workshop_app.ui.export_runner`.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.enums import WorkshopKind
from workshop_app.domain.models import Programme, Workshop
from workshop_app.reports import ExportFormat, ExportOptions, Selection
from workshop_app.reports.gather import select_workshops
from workshop_app.reports.options import csv_separator_for
from workshop_app.store import Workspace
from workshop_app.ui import labels
from workshop_app.ui.date_edits import localise
from workshop_app.ui.i18n import fill
from workshop_app.ui.prepare.dialog_parts import named

# Which workshops a synthesis or a table covers (the scope combo's item data).
THIS_WORKSHOP, ALL, DATES, TERRITORY, KIND = "workshop", "all", "dates", "territory", "kind"

_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]+')
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{p}{n}" for p in ("COM", "LPT") for n in range(1, 10)}


def safe_file_name(text: str, suffix: str, fallback: str = "atelier") -> str:
    """``text`` as a file name any system accepts: no slashes, colons, control characters
    or trailing dots, at most 80 characters, then ``suffix`` (``.pdf``)."""
    name = " ".join(_UNSAFE.sub(" ", text).split()).strip(" .")
    name = name[:80].rstrip(" .")
    if not name or name.split(".")[0].upper() in _RESERVED:
        name = f"{fallback} {name}".strip()
    return name + suffix


def suggested_file_name(
    options: ExportOptions, programme: Programme, workshop: Workshop | None
) -> str:
    """The workshop's title and date for one workshop; the programme's title and today's
    date for a synthesis or a table of several workshops."""
    if options.workshop_id and workshop is not None:
        stem = f"{workshop.title} {workshop.starts_at[:10]}"
    else:
        stem = f"{programme.title} {date.today().isoformat()}"
    return safe_file_name(stem, options.format.suffix)


def _elide(text: str, length: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1] + "…"


class ExportDialog(QDialog):
    """Choose what to export; ``options()`` says what was chosen once the dialog is accepted."""

    def __init__(
        self,
        workspace: Workspace,
        programme: Programme,
        workshop: Workshop | None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        self.programme, self.workshop = programme, workshop
        self.workshops = workspace.workshops.for_programme(programme.id)
        self._scope_chosen = False  # the person picked a scope: format changes keep it

        self.format_group = QButtonGroup(self)
        what = QGroupBox(self.tr("What to export"), self)
        what_layout = QVBoxLayout(what)
        self.format_buttons: dict[ExportFormat, QRadioButton] = {}
        for fmt, text, name in (
            (ExportFormat.SESSION_PDF, self.tr("&Workshop summary (PDF)"), "summaryRadio"),
            (ExportFormat.PROGRAMME_PDF, self.tr("Programme &synthesis (PDF)"), "synthesisRadio"),
            (ExportFormat.CSV, self.tr("Entries &table (CSV)"), "csvRadio"),
            (ExportFormat.XLSX, self.tr("Work&book (XLSX)"), "xlsxRadio"),
        ):
            button = QRadioButton(text, what)
            button.setObjectName(name)
            self.format_group.addButton(button)
            self.format_buttons[fmt] = button
            what_layout.addWidget(button)
        self.format_buttons[ExportFormat.SESSION_PDF].setEnabled(workshop is not None)

        self.scope_combo = named(QComboBox(self), "scopeCombo", self.tr("Workshops"))
        self.scope_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        if workshop is not None:
            self.scope_combo.addItem(
                fill(self.tr("This workshop: %1"), _elide(workshop.title)), THIS_WORKSHOP
            )
            self.scope_combo.setItemData(0, workshop.title, Qt.ItemDataRole.ToolTipRole)
        self.scope_combo.addItem(self.tr("All workshops of the programme"), ALL)
        self.scope_combo.addItem(self.tr("Between two dates"), DATES)
        territories = sorted(
            {w.territory.strip() for w in self.workshops if w.territory.strip()}, key=str.casefold
        )
        present = {w.kind for w in self.workshops}
        kinds = [k for k in WorkshopKind if k in present]
        if territories:
            self.scope_combo.addItem(self.tr("In one territory"), TERRITORY)
        if kinds:
            self.scope_combo.addItem(self.tr("Of one kind"), KIND)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("exportCountLabel")
        widest = self.tr("%n workshop(s)", "", 88)  # room for any count: the dialog keeps its width
        self.count_label.setMinimumWidth(self.count_label.fontMetrics().horizontalAdvance(widest))
        scope_row = QHBoxLayout()
        scope_row.addWidget(self.scope_combo, 1)
        scope_row.addWidget(self.count_label)

        days = sorted(w.starts_at[:10] for w in self.workshops if w.starts_at[:10])
        self.date_from = self._date_edit("dateFromEdit", self.tr("From"), days[0] if days else "")
        self.date_to = self._date_edit("dateToEdit", self.tr("To"), days[-1] if days else "")
        dates_row = QHBoxLayout()
        dates_row.addWidget(self.date_from)
        dates_row.addWidget(QLabel(self.tr("to"), self))
        dates_row.addWidget(self.date_to)
        dates_row.addStretch(1)

        self.territory_combo = named(QComboBox(self), "territoryCombo", self.tr("Territory"))
        for territory in territories:
            self.territory_combo.addItem(territory, territory)
        self.kind_combo = named(QComboBox(self), "kindCombo", self.tr("Kind of workshop"))
        for kind in kinds:
            self.kind_combo.addItem(labels.workshop_kind(kind), kind.value)

        self.language_combo = named(QComboBox(self), "languageCombo", self.tr("Language"))
        self.language_combo.addItem(self.tr("French"), "fr")
        self.language_combo.addItem(self.tr("English"), "en")
        language = (workshop.language if workshop else programme.language) or "fr"
        self.language_combo.setCurrentIndex(0 if language.lower().startswith("fr") else 1)

        self.separator_combo = named(QComboBox(self), "separatorCombo", self.tr("Separator"))
        self.separator_combo.addItem(self.tr("Semicolon ( ; )"), ";")
        self.separator_combo.addItem(self.tr("Comma ( , )"), ",")
        self.separator_combo.addItem(self.tr("Tab"), "\t")
        self.separator_combo.setToolTip(
            self.tr(
                "Excel set to French splits a CSV at semicolons, in English at commas. "
                "LibreOffice asks when it opens the file."
            )
        )
        self._separator_chosen = False  # the person picked one: a language change keeps it
        self._follow_language()

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.addRow(self.tr("W&orkshops:"), scope_row)
        self.form.labelForField(scope_row).setBuddy(self.scope_combo)
        self.form.addRow(self.tr("&From:"), dates_row)
        self.form.labelForField(dates_row).setBuddy(self.date_from)
        self.form.addRow(self.tr("Te&rritory:"), self.territory_combo)
        self.form.addRow(self.tr("&Kind:"), self.kind_combo)
        self.form.addRow(self.tr("&Language:"), self.language_combo)
        self.form.addRow(self.tr("Se&parator:"), self.separator_combo)

        self.names_check = QCheckBox(self.tr("Include participants' &names"), self)
        self.names_check.setObjectName("namesCheck")
        names_note = QLabel(
            self.tr("Names are personal data: share the file only with people who may see them."),
            self,
        )
        names_note.setObjectName("namesNote")
        names_note.setWordWrap(True)
        names_note.setStyleSheet("QLabel { color: palette(placeholder-text); }")
        self.names_check.setAccessibleDescription(names_note.text())

        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        layout.addWidget(what)
        layout.addLayout(self.form)
        layout.addWidget(self.names_check)
        layout.addWidget(names_note)
        layout.addWidget(self.buttons)
        names_note.setMaximumWidth(max(what.sizeHint().width(), 420))

        self.format_group.buttonToggled.connect(self._on_format)
        self.scope_combo.activated.connect(self._on_scope_chosen)
        self.scope_combo.currentIndexChanged.connect(self._update)
        for widget in (self.date_from, self.date_to):
            widget.dateChanged.connect(self._update)
        self.territory_combo.currentIndexChanged.connect(self._update)
        self.kind_combo.currentIndexChanged.connect(self._update)
        self.language_combo.currentIndexChanged.connect(self._follow_language)
        self.separator_combo.activated.connect(self._on_separator_chosen)
        first = ExportFormat.SESSION_PDF if workshop is not None else ExportFormat.PROGRAMME_PDF
        self.format_buttons[first].setChecked(True)
        self.format_buttons[first].setFocus()
        self._update()

    def _date_edit(self, name: str, accessible: str, day: str) -> QDateEdit:
        edit = named(QDateEdit(self), name, accessible)
        localise(edit)
        edit.setCalendarPopup(True)
        parsed = QDate.fromString(day, "yyyy-MM-dd")
        edit.setDate(parsed if parsed.isValid() else QDate.currentDate())
        return edit

    # -- what was chosen --------------------------------------------------------------
    def format(self) -> ExportFormat:
        for fmt, button in self.format_buttons.items():
            if button.isChecked():
                return fmt
        return ExportFormat.PROGRAMME_PDF

    def set_format(self, fmt: ExportFormat) -> None:
        self.format_buttons[fmt].setChecked(True)

    def scope(self) -> str:
        return self.scope_combo.currentData() or ALL

    def set_scope(self, scope: str) -> bool:
        index = self.scope_combo.findData(scope)
        if index >= 0:
            self.scope_combo.setCurrentIndex(index)
            self._scope_chosen = True
        return index >= 0

    def selection(self) -> Selection:
        scope = self.scope()
        if scope == THIS_WORKSHOP and self.workshop is not None:
            return Selection(workshop_ids=[self.workshop.id])
        if scope == DATES:
            first, last = sorted(
                (
                    self.date_from.date().toString("yyyy-MM-dd"),
                    self.date_to.date().toString("yyyy-MM-dd"),
                )
            )
            return Selection(date_from=first, date_to=last)
        if scope == TERRITORY:
            return Selection(territory=self.territory_combo.currentData() or "")
        if scope == KIND and self.kind_combo.currentData():
            return Selection(kind=WorkshopKind(self.kind_combo.currentData()))
        return Selection()

    def options(self) -> ExportOptions:
        fmt = self.format()
        common = {
            "language": self.language_combo.currentData(),
            "with_names": self.names_check.isChecked(),
        }
        if fmt is ExportFormat.CSV:
            common["csv_separator"] = self.separator_combo.currentData()
        one_workshop = fmt is ExportFormat.SESSION_PDF or (
            fmt in (ExportFormat.CSV, ExportFormat.XLSX) and self.scope() == THIS_WORKSHOP
        )
        if one_workshop and self.workshop is not None:
            return ExportOptions(fmt, workshop_id=self.workshop.id, **common)
        return ExportOptions(
            fmt, programme_id=self.programme.id, selection=self.selection(), **common
        )

    def suggested_name(self) -> str:
        return suggested_file_name(self.options(), self.programme, self.workshop)

    # -- keeping the form coherent -----------------------------------------------------
    def _follow_language(self, *_args) -> None:
        """Semicolons for a French file, commas for an English one, until the person chooses."""
        if not self._separator_chosen:
            wanted = csv_separator_for(self.language_combo.currentData() or "")
            self.separator_combo.setCurrentIndex(self.separator_combo.findData(wanted))

    def _on_separator_chosen(self, _index: int) -> None:
        self._separator_chosen = True

    def _on_scope_chosen(self, _index: int) -> None:
        self._scope_chosen = True

    def _on_format(self, _button, checked: bool) -> None:
        if not checked:
            return
        fmt = self.format()
        if fmt is ExportFormat.SESSION_PDF:
            self.scope_combo.setCurrentIndex(max(0, self.scope_combo.findData(THIS_WORKSHOP)))
        elif not self._scope_chosen:
            table = fmt in (ExportFormat.CSV, ExportFormat.XLSX)
            wanted = THIS_WORKSHOP if table and self.workshop is not None else ALL
            self.scope_combo.setCurrentIndex(self.scope_combo.findData(wanted))
        self._update()

    def _update(self, *_args) -> None:
        summary = self.format() is ExportFormat.SESSION_PDF
        self.scope_combo.setEnabled(not summary)
        scope = self.scope()
        self.form.setRowVisible(1, not summary and scope == DATES)
        self.form.setRowVisible(2, not summary and scope == TERRITORY)
        self.form.setRowVisible(3, not summary and scope == KIND)
        self.form.setRowVisible(self.separator_combo, self.format() is ExportFormat.CSV)
        count = 1 if summary else len(select_workshops(self.workshops, self.selection()))
        self.count_label.setText(self.tr("%n workshop(s)", "", count))
        self.export_button.setEnabled(summary or count > 0)
        self.export_button.setToolTip(
            "" if summary or count else self.tr("No workshop matches this choice.")
        )
