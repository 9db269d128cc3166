"""Monitoring criteria of actions and their measured values over time."""

from __future__ import annotations

from workshop_app.domain.models import Indicator, Measurement
from workshop_app.domain.validation import check_text
from workshop_app.store._repo import Repository


class IndicatorRepository(Repository[Indicator]):
    table = "indicator"
    record_type = Indicator
    order_by = "name COLLATE NOCASE"
    validate = staticmethod(lambda indicator: check_text(indicator.name, "indicator name"))

    def for_action(self, action_id: str) -> list[Indicator]:
        return self.select("action_id = ?", [action_id])


class MeasurementRepository(Repository[Measurement]):
    table = "measurement"
    record_type = Measurement
    order_by = "measured_on, created_at"

    def for_indicator(self, indicator_id: str) -> list[Measurement]:
        return self.select("indicator_id = ?", [indicator_id])
