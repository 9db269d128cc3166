"""The dashboard of a programme: filters (territory, kind of workshop, dates, as the
synthesis) and one :class:`ChartPanel` per chart, drawn from
:func:`workshop_app.reports.dashboard_data.dashboard_data` through the tables of
:mod:`workshop_app.ui.dashboard.tables`."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.enums import WorkshopKind
from workshop_app.reports.dashboard_data import DashboardData, IndicatorSeries, dashboard_data
from workshop_app.reports.options import Selection
from workshop_app.store.workspace import Workspace
from workshop_app.ui import labels
from workshop_app.ui.dashboard import indicator_table, tables
from workshop_app.ui.dashboard.charts import ChartPanel
from workshop_app.ui.dashboard.panel_grid import PanelGrid
from workshop_app.ui.date_edits import localise

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
        self.programme_title = ""
        self.data: DashboardData | None = None
        self._building = False
        self._table_for_text = False
        self.heading = QLabel(self)
        self.heading.setObjectName("dashboardHeading")
        self.heading.setWordWrap(True)
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
        self.question_combo.setPlaceholderText(self.tr("No feedback question in these workshops"))
        self.question_combo.currentIndexChanged.connect(self._draw_satisfaction)
        self.satisfaction.add_chooser(self.tr("Question:"), self.question_combo)
        self.indicator = ChartPanel(
            "indicatorChart",
            self.tr("Indicator against its baseline and target"),
            self.tr("Date"),
        )
        self.indicator_combo = QComboBox(self)
        self.indicator_combo.setObjectName("indicatorCombo")
        self.indicator_combo.setAccessibleName(self.tr("Indicator"))
        self.indicator_combo.setPlaceholderText(self.tr("No indicator in this programme"))
        self.indicator_combo.currentIndexChanged.connect(self._draw_indicator)
        self.indicator.add_chooser(self.tr("Indicator:"), self.indicator_combo)
        self.improvements = ChartPanel(
            "improvementsChart",
            self.tr("Improvements by status, cumulative"),
            self.tr("Workshop"),
        )
        self.panels = [
            self.attendance,
            self.speakers,
            self.themes,
            self.satisfaction,
            self.indicator,
            self.improvements,
        ]
        self.summary = QLabel(self)
        self.summary.setObjectName("dashboardSummary")
        self.summary.setWordWrap(True)
        self.grid = PanelGrid(self.panels, self)
        scroll = QScrollArea(self)
        scroll.setObjectName("dashboardScroll")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.grid)
        self.scroll = scroll
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.filter_row)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)

    def add_panel(self, panel: ChartPanel) -> None:
        """Another chart after the others."""
        self.panels.append(panel)
        self.grid.add(panel)

    # -- filters ---------------------------------------------------------------------------
    def _filters(self) -> None:
        self.territory_combo = QComboBox(self)
        self.territory_combo.setObjectName("territoryFilter")
        self.territory_combo.setAccessibleName(self.tr("Territory"))
        self.territory_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.territory_combo.setMinimumContentsLength(14)
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
            widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            self.filter_row.addWidget(label)
            self.filter_row.addWidget(widget)
        self.any_date = QPushButton(self.tr("Any date"), self)
        self.any_date.setObjectName("anyDateButton")
        self.any_date.setToolTip(self.tr("Take the dates off the filter"))
        self.any_date.setEnabled(False)
        self.any_date.clicked.connect(self._any_date)
        self.filter_row.addWidget(self.any_date)
        self.filter_row.addStretch(1)
        self.territory_combo.currentIndexChanged.connect(self._on_filter)
        self.kind_combo.currentIndexChanged.connect(self._on_filter)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._on_filter)
            edit.dateChanged.connect(self._dates_set)

    def _dates_set(self) -> None:
        self.any_date.setEnabled(
            any(edit.date() != NO_DATE for edit in (self.date_from, self.date_to))
        )
        for edit in (self.date_from, self.date_to):  # the calendar opens on this month
            if edit.date() == NO_DATE and edit.calendarWidget() is not None:
                today = QDate.currentDate()
                edit.calendarWidget().setCurrentPage(today.year(), today.month())

    def _any_date(self) -> None:
        """Both dates back to "any date" (the calendar alone made it seven clicks back to
        January 2000)."""
        for edit in (self.date_from, self.date_to):
            edit.setDate(NO_DATE)

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

        kind = self.kind_combo.currentData()  # (Qt gives the enum back as its text)
        return Selection(
            date_from=day(self.date_from),
            date_to=day(self.date_to),
            territory=self.territory_combo.currentData() or "",
            kind=WorkshopKind(kind) if kind else None,
        )

    def _on_filter(self, *_args) -> None:
        if not self._building:
            self.refresh()

    # -- data ------------------------------------------------------------------------------
    def set_programme(
        self, workspace: Workspace | None, programme_id: str | None, title: str = ""
    ) -> None:
        self.workspace, self.programme_id = workspace, programme_id
        self.programme_title = title
        self.heading.setText(f"<b style='font-size:large'>{escape(title, quote=False)}</b>")
        self.heading.setVisible(bool(title))
        for panel in self.panels:
            panel.programme_title = title
        everything = None
        self._building = True
        try:
            current = self.territory_combo.currentData()
            self.territory_combo.clear()
            self.territory_combo.addItem(self.tr("All territories"), "")
            if workspace is not None and programme_id is not None:
                everything = dashboard_data(workspace, programme_id, Selection())
                for _key, label in everything.territories:
                    if label:
                        self.territory_combo.addItem(label, label)
            self.territory_combo.setCurrentIndex(max(self.territory_combo.findData(current), 0))
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
        self.attendance.show_table(tables.attendance_table(data))
        self.speakers.show_table(tables.speakers_table(data))
        self.themes.show_table(tables.themes_table(data))
        self.improvements.show_table(tables.improvements_table(data))
        self._fill_questions(data)
        self._fill_indicators(data)

    def _fill_questions(self, data: DashboardData) -> None:
        current = self.question_combo.currentText()
        self._building = True
        try:
            self.question_combo.clear()
            for question in data.questions:
                self.question_combo.addItem(question.text)
                self.question_combo.setItemData(
                    self.question_combo.count() - 1, question.text, Qt.ItemDataRole.ToolTipRole
                )
            found = self.question_combo.findText(current) if current else -1
            self.question_combo.setCurrentIndex(
                found if found >= 0 else tables.most_asked(data.questions)
            )
            self.question_combo.setEnabled(bool(data.questions))
            self.question_combo.setToolTip(self.question_combo.currentText())
        finally:
            self._building = False
        self._draw_satisfaction()

    def _fill_indicators(self, data: DashboardData) -> None:
        current = self.indicator_combo.currentData()
        self._building = True
        try:
            self.indicator_combo.clear()
            for series in data.indicators:
                label = indicator_table.indicator_label(series)
                self.indicator_combo.addItem(label, series.indicator.id)
                self.indicator_combo.setItemData(
                    self.indicator_combo.count() - 1, label, Qt.ItemDataRole.ToolTipRole
                )
            found = self.indicator_combo.findData(current) if current else -1
            self.indicator_combo.setCurrentIndex(
                found if found >= 0 else (0 if data.indicators else -1)
            )
            self.indicator_combo.setEnabled(bool(data.indicators))
        finally:
            self._building = False
        self._draw_indicator()

    def _draw_satisfaction(self, *_args) -> None:
        if self._building or self.data is None:
            return
        index = self.question_combo.currentIndex()
        questions = self.data.questions
        question = questions[index] if 0 <= index < len(questions) else None
        self.question_combo.setToolTip(question.text if question else "")
        self.satisfaction.show_table(tables.satisfaction_table(self.data, question))

    def current_indicator(self) -> IndicatorSeries | None:
        if self.data is None:
            return None
        wanted = self.indicator_combo.currentData()
        return next((s for s in self.data.indicators if s.indicator.id == wanted), None)

    def _draw_indicator(self, *_args) -> None:
        if self._building or self.data is None:
            return
        series = self.current_indicator()
        self.indicator_combo.setToolTip(self.indicator_combo.currentText())
        self.indicator.show_table(indicator_table.indicator_table(series))
        # a text indicator is read in its table; a number, on its chart
        text_only = series is not None and not series.numeric
        button = self.indicator.table_button
        if text_only != button.isChecked() and (text_only or self._table_for_text):
            button.setChecked(text_only)
        self._table_for_text = text_only
