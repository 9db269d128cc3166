"""The dashboard of a programme: filters (territory, kind of workshop, dates, as the
synthesis) and one :class:`ChartPanel` per chart, drawn from
:func:`workshop_app.reports.dashboard_data.dashboard_data`."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.enums import EntryKind, ImprovementStatus, ParticipantRole, WorkshopKind
from workshop_app.reports import palette
from workshop_app.reports.dashboard_data import NO_THEME, DashboardData, dashboard_data
from workshop_app.reports.options import Selection
from workshop_app.store.workspace import Workspace
from workshop_app.ui import labels
from workshop_app.ui.dashboard.charts import LINE, ChartPanel, ChartTable, Series
from workshop_app.ui.date_edits import localise, shown_date
from workshop_app.ui.i18n import fill

NO_DATE = QDate(2000, 1, 1)
"""The minimum of a date filter, shown as "any date"."""


class Dashboard(QWidget):
    """Charts of one programme's workshops; :meth:`refresh` reads them again."""

    refreshed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.workspace: Workspace | None = None
        self.programme_id: str | None = None
        self.data: DashboardData | None = None
        self._building = False
        self._filters()
        self.attendance = ChartPanel(
            "attendanceChart", self.tr("Attendance per workshop, by role"), self.tr("Workshop")
        )
        self.speakers = ChartPanel(
            "speakersChart", self.tr("Who speaks: contributions by role and kind"), self.tr("Role")
        )
        self.themes = ChartPanel(
            "themesChart", self.tr("Contributions per theme and territory"), self.tr("Theme")
        )
        self.satisfaction = ChartPanel(
            "satisfactionChart", self.tr("Satisfaction across workshops"), self.tr("Workshop")
        )
        self.question_combo = QComboBox(self)
        self.question_combo.setObjectName("questionCombo")
        self.question_combo.setAccessibleName(self.tr("Feedback question"))
        self.question_combo.currentIndexChanged.connect(self._draw_satisfaction)
        self.improvements = ChartPanel(
            "improvementsChart", self.tr("Improvements by status over time"), self.tr("Workshop")
        )
        self.summary = QLabel(self)
        self.summary.setObjectName("dashboardSummary")
        self.summary.setWordWrap(True)
        grid_host = QWidget(self)
        self.grid = QGridLayout(grid_host)
        panels = [self.attendance, self.speakers, self.themes, self.satisfaction]
        panels.append(self.improvements)
        for n, panel in enumerate(panels):
            self.grid.addWidget(panel, n // 2, n % 2)
        question_row = QHBoxLayout()
        question_row.addWidget(QLabel(self.tr("Question:"), self))
        question_row.addWidget(self.question_combo, 1)
        self.satisfaction.layout().insertLayout(1, question_row)
        # Indicator charts (issue 16) go here: add_panel() puts them after these.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        layout = QVBoxLayout(self)
        layout.addLayout(self.filter_row)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)

    def add_panel(self, panel: ChartPanel) -> None:
        """Another chart after the others (the indicators' charts, once they exist)."""
        count = self.grid.count()
        self.grid.addWidget(panel, count // 2, count % 2)

    # -- filters ---------------------------------------------------------------------------
    def _filters(self) -> None:
        self.territory_combo = QComboBox(self)
        self.territory_combo.setObjectName("territoryFilter")
        self.territory_combo.setAccessibleName(self.tr("Territory"))
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kindFilter")
        self.kind_combo.setAccessibleName(self.tr("Kind of workshop"))
        self.kind_combo.addItem(self.tr("All kinds"), None)
        for kind in WorkshopKind:
            self.kind_combo.addItem(labels.workshop_kind(kind), kind)
        self.date_from = self._date_edit("dateFromFilter", self.tr("From"))
        self.date_to = self._date_edit("dateToFilter", self.tr("To"))
        self.filter_row = QHBoxLayout()
        for text, widget in (
            (self.tr("Territory:"), self.territory_combo),
            (self.tr("Kind:"), self.kind_combo),
            (self.tr("From:"), self.date_from),
            (self.tr("To:"), self.date_to),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            self.filter_row.addWidget(label)
            self.filter_row.addWidget(widget)
        self.filter_row.addStretch(1)
        self.territory_combo.currentIndexChanged.connect(self._on_filter)
        self.kind_combo.currentIndexChanged.connect(self._on_filter)
        self.date_from.dateChanged.connect(self._on_filter)
        self.date_to.dateChanged.connect(self._on_filter)

    def _date_edit(self, name: str, accessible: str) -> QDateEdit:
        edit = QDateEdit(self)
        localise(edit)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("any date"))
        edit.setDate(NO_DATE)
        return edit

    def selection(self) -> Selection:
        def day(edit: QDateEdit) -> str:
            return "" if edit.date() == NO_DATE else edit.date().toString("yyyy-MM-dd")

        return Selection(
            date_from=day(self.date_from),
            date_to=day(self.date_to),
            territory=self.territory_combo.currentData() or "",
            kind=self.kind_combo.currentData(),
        )

    def _on_filter(self, *_args) -> None:
        if not self._building:
            self.refresh()

    # -- data ------------------------------------------------------------------------------
    def set_programme(self, workspace: Workspace | None, programme_id: str | None) -> None:
        self.workspace, self.programme_id = workspace, programme_id
        everything = None
        self._building = True
        try:
            self.territory_combo.clear()
            self.territory_combo.addItem(self.tr("All territories"), "")
            if workspace is not None and programme_id is not None:
                everything = dashboard_data(workspace, programme_id, Selection())
                for _key, label in everything.territories:
                    if label:
                        self.territory_combo.addItem(label, label)
        finally:
            self._building = False
        # the whole programme's numbers are those of an empty selection: read them once
        self.refresh(everything if self.selection() == Selection() else None)

    def refresh(self, data: DashboardData | None = None) -> None:
        if self.workspace is None or self.programme_id is None:
            self.data = None
            return
        self.data = data or dashboard_data(self.workspace, self.programme_id, self.selection())
        self._draw()
        self.refreshed.emit()

    def _draw(self) -> None:
        data = self.data
        self.summary.setText(
            self.tr("%n workshop(s) selected", "", len(data.workshops))
            + ", "
            + self.tr("%n contribution(s).", "", data.total_entries)
        )
        codes = [f"A{n}" for n in range(1, len(data.workshops) + 1)]
        names = [
            f"{code} · {shown_date(w.starts_at[:10]) or '—'} · {w.title}"
            for code, w in zip(codes, data.workshops, strict=True)
        ]
        self.attendance.show_table(
            ChartTable(
                codes,
                _stack(
                    list(ParticipantRole),
                    [data.attendance[w.id] for w in data.workshops],
                    labels.participant_role,
                ),
                row_headers=names,
            )
        )
        roles = [*list(ParticipantRole), None]
        spoken = [
            role for role in roles if any(data.by_role_and_kind[(role, k)] for k in EntryKind)
        ]
        role_names = [
            labels.participant_role(r) if r is not None else self.tr("Not attributed")
            for r in spoken
        ]
        self.speakers.show_table(
            ChartTable(
                role_names,
                _stack(
                    list(EntryKind),
                    [{k: data.by_role_and_kind[(r, k)] for k in EntryKind} for r in spoken],
                    labels.entry_kind,
                ),
                horizontal=True,
            )
        )
        theme_ids = [t for t, _name in data.themes] + [NO_THEME]
        used = [
            t
            for t in theme_ids
            if any(data.by_theme_and_territory[(t, key)] for key, _l in data.territories)
        ]
        territory_names = {key: label or self.tr("No territory") for key, label in data.territories}
        self.themes.show_table(
            ChartTable(
                [labels.theme_name(data.theme_name(t)) if t else self.tr("No theme") for t in used],
                _stack(
                    [key for key, _label in data.territories],
                    [
                        {key: data.by_theme_and_territory[(t, key)] for key, _l in data.territories}
                        for t in used
                    ],
                    territory_names.get,
                ),
                horizontal=True,
            )
        )
        self.improvements.show_table(
            ChartTable(
                codes,
                _stack(
                    list(ImprovementStatus),
                    [data.improvements[w.id] for w in data.workshops],
                    labels.improvement_status,
                ),
                row_headers=names,
            )
        )
        self._codes, self._names = codes, names
        current = self.question_combo.currentText()
        self._building = True
        try:
            self.question_combo.clear()
            for question in data.questions:
                self.question_combo.addItem(question.text)
            found = self.question_combo.findText(current)
            self.question_combo.setCurrentIndex(max(found, 0))
        finally:
            self._building = False
        self._draw_satisfaction()

    def _draw_satisfaction(self, *_args) -> None:
        if self._building or self.data is None:
            return
        data = self.data
        index = self.question_combo.currentIndex()
        question = data.questions[index] if 0 <= index < len(data.questions) else None
        means, notes = [], []
        for workshop in data.workshops:
            summary = question.per_workshop.get(workshop.id) if question else None
            if summary is None:
                means.append(None)
                notes.append("")
            elif summary.shown:
                means.append(summary.mean)
                notes.append(fill(self.tr("n = %1"), summary.answers))
            else:
                means.append(None)
                notes.append(fill(self.tr("n = %1 (< 5)"), summary.answers))
        self.satisfaction.show_table(
            ChartTable(
                self._codes,
                [Series(self.tr("Mean rating (1–5)"), means, palette.ACCENT)],
                kind=LINE,
                row_headers=self._names,
                notes=notes,
                note_header=self.tr("Answers"),
                y_range=(1, 5),
                decimals=2,
            )
        )
        self.satisfaction.empty_label.setText(
            self.tr("No mean to show: a mean needs at least five answers in a workshop.")
        )


def _stack(keys, counters, name_of) -> list[Series]:
    """One series per key that counts somewhere, in ``keys`` order."""
    series = []
    for key in keys:
        values = [float(c.get(key, 0)) for c in counters]
        if any(values):
            series.append(Series(name_of(key), values, palette.series_colour(len(series))))
    return series
