"""The measurements of one indicator: a date, a value read by the indicator's kind (a
number, yes or no, or a text), a territory and a note.

A value that no longer fits the kind (it changed after the value was written) is kept as
written and flagged ⚠, with why in plain words in its tooltip."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QUndoStack

from workshop_app.domain.enums import IndicatorKind
from workshop_app.domain.indicators import (
    default_value,
    measurement_misfit,
    parse_number,
    value_misfit,
)
from workshop_app.domain.models import Indicator, Measurement, Record
from workshop_app.store.errors import NotFound
from workshop_app.ui.commands import AddRecords
from workshop_app.ui.date_edits import date_format, shown_date
from workshop_app.ui.i18n import fill
from workshop_app.ui.monitoring.record_model import (
    Column,
    RecordTableModel,
    Refused,
    as_typed,
    required,
)
from workshop_app.ui.monitoring.wording import (
    flagged,
    format_number,
    misfit_text,
    read_yes_no,
    short,
    yes_no,
)


class MeasurementModel(RecordTableModel):
    """The measurements of one indicator, by date (rows stay where they are while the
    window is open: a date changed does not move its row away from the cursor)."""

    table = "measurement"
    watched = ("indicator",)

    def __init__(self, session, stack: QUndoStack, parent=None):
        self.indicator: Indicator | None = None
        super().__init__(session, stack, parent)

    def set_indicator(self, indicator: Indicator | None) -> None:
        self.indicator = indicator
        self.reload()

    def before_refresh(self, table: str) -> None:
        if table == "indicator" and self.indicator is not None:
            try:
                self.indicator = self.session.workspace.indicators.get(self.indicator.id)
            except NotFound:
                self.indicator = None

    @property
    def kind(self) -> IndicatorKind | None:
        return self.indicator.kind if self.indicator is not None else None

    def make_columns(self) -> list[Column]:
        return [
            Column(
                "measured_on",
                QCoreApplication.translate("Monitoring", "Date"),
                lambda r: shown_date(r.measured_on),
                self._parse_day,
                edit=lambda r: r.measured_on,
                editor="date",
            ),
            Column(
                "value",
                QCoreApplication.translate("Monitoring", "Value"),
                self._show_value,
                self._parse_value,
                edit=self._edit_value,
                misfit=self._misfit,
            ),
            Column(
                "territory",
                QCoreApplication.translate("Monitoring", "Territory"),
                lambda r: r.territory,
                lambda _r, text: {"territory": text.strip()},
                editor="territory",
            ),
            Column(
                "note",
                QCoreApplication.translate("Monitoring", "Note"),
                lambda r: r.note,
                as_typed("note"),
            ),
        ]

    # -- the value column ---------------------------------------------------------------
    def _show_value(self, record: Measurement) -> str:
        if self.kind is IndicatorKind.TEXT or (record.text_value or "").strip():
            return record.text_value or format_number(record.value)
        if self.kind is IndicatorKind.YES_NO:
            return yes_no(record.value)
        return format_number(record.value)

    def _edit_value(self, record: Measurement) -> str:
        if self.kind is IndicatorKind.TEXT or (record.text_value or "").strip():
            return record.text_value
        if self.kind is IndicatorKind.YES_NO and record.value in (0, 1):
            return yes_no(record.value)
        return format_number(record.value, groups=False)

    def _parse_value(self, record: Measurement, text: str) -> dict:
        kind = self.kind
        if kind is IndicatorKind.TEXT:
            return required(
                "text_value",
                QCoreApplication.translate(
                    "Monitoring", "A text indicator’s measurement needs a text."
                ),
            )(record, text)
        number = read_yes_no(text) if kind is IndicatorKind.YES_NO else None
        if number is None:
            number = parse_number(text)
        if number is None:
            raise Refused(misfit_text(value_misfit(kind, None), text=text))
        misfit = value_misfit(kind, number)
        if misfit is not None:
            raise Refused(misfit_text(misfit, number, text))
        return {"value": number, "text_value": ""}

    def _misfit(self, record: Measurement) -> str | None:
        misfit = measurement_misfit(record, self.kind)
        if misfit is None:
            return None
        return flagged(misfit_text(misfit, record.value, record.text_value))

    @staticmethod
    def _parse_day(_record: Measurement, text: str) -> dict:
        typed = text.strip()
        day = QDate.fromString(typed, "yyyy-MM-dd")
        if not day.isValid():
            day = QLocale().toDate(typed, date_format())
        if not day.isValid() or len(typed) < 8:
            raise Refused(
                fill(
                    QCoreApplication.translate(
                        "Monitoring", "“%1” is not a date: type it like %2."
                    ),
                    short(text, 40),
                    shown_date(date.today().isoformat()),
                )
            )
        return {"measured_on": day.toString("yyyy-MM-dd")}

    # -- rows -------------------------------------------------------------------------
    def load(self) -> list[Record]:
        if self.indicator is None:
            return []
        return list(self.session.workspace.measurements.for_indicator(self.indicator.id))

    def new_record(self, day: str = "") -> Measurement | None:
        if self.indicator is None:
            return None
        kind = self.indicator.kind
        previous = self._rows[-1] if self._rows else None
        value = default_value(kind)
        if previous is not None and measurement_misfit(previous, kind) is None:
            value = previous.value
        text = kind is IndicatorKind.TEXT
        return Measurement(
            indicator_id=self.indicator.id,
            measured_on=day or date.today().isoformat(),
            value=0.0 if text else value,
            text_value="…" if text else "",
            territory=previous.territory if previous is not None else "",
        )

    def add_text(self) -> str:
        return QCoreApplication.translate("Monitoring", "Add a measurement")

    def edit_text(self, record: Measurement) -> str:
        return fill(
            QCoreApplication.translate("Monitoring", "Edit the measurement of %1"),
            shown_date(record.measured_on),
        )

    def remove_text(self, record: Measurement) -> str:
        return fill(
            QCoreApplication.translate("Monitoring", "Remove the measurement of %1"),
            shown_date(record.measured_on),
        )

    def add_measurement(self, measurement: Measurement, text: str) -> bool:
        command = AddRecords(self.session, self.table, [measurement], text)
        self.stack.push(command)
        return not command.failed
