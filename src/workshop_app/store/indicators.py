"""Monitoring criteria of actions, their measured values over time, the challenges of a
programme, and the measurements Atelier can propose from what it already holds."""

from __future__ import annotations

from dataclasses import dataclass

from workshop_app.domain.enums import (
    EntryKind,
    ImprovementStatus,
    IndicatorDirection,
    IndicatorKind,
    ParticipantRole,
)
from workshop_app.domain.feedback_questions import MIN_ANSWERS_FOR_DISTRIBUTION
from workshop_app.domain.indicators import (
    validate_challenge,
    validate_indicator,
    validate_measurement,
)
from workshop_app.domain.models import Challenge, Indicator, Measurement
from workshop_app.store._repo import Repository, tolerant
from workshop_app.store.errors import NotFound


class IndicatorRepository(Repository[Indicator]):
    table = "indicator"
    record_type = Indicator
    order_by = "name COLLATE NOCASE"
    converters = {
        "kind": tolerant(IndicatorKind, IndicatorKind.TEXT),
        "direction": tolerant(IndicatorDirection, IndicatorDirection.UP),
    }
    validate = staticmethod(validate_indicator)

    def for_action(self, action_id: str) -> list[Indicator]:
        return self.select("action_id = ?", [action_id])

    def for_programme(self, programme_id: str) -> list[Indicator]:
        """The indicators of the programme's actions (not removed), by action number."""
        return self.select(
            "action_id IN (SELECT id FROM action WHERE programme_id = ? AND deleted_at IS NULL)",
            [programme_id],
            order_by="(SELECT number FROM action WHERE action.id = action_id), name COLLATE NOCASE",
        )


class MeasurementRepository(Repository[Measurement]):
    table = "measurement"
    record_type = Measurement
    order_by = "measured_on, created_at"

    def _check(self, record: Measurement) -> None:
        try:
            indicator = IndicatorRepository(self.db).get(record.indicator_id, include_deleted=True)
        except NotFound:
            indicator = None
        validate_measurement(record, indicator)

    def for_indicator(self, indicator_id: str) -> list[Measurement]:
        return self.select("indicator_id = ?", [indicator_id])


class ChallengeRepository(Repository[Challenge]):
    table = "challenge"
    record_type = Challenge
    order_by = "position, created_at"
    validate = staticmethod(validate_challenge)

    def for_programme(self, programme_id: str) -> list[Challenge]:
        return self.select("programme_id = ?", [programme_id])

    def next_position(self, programme_id: str) -> int:
        row = self.db.execute(
            "SELECT max(position) FROM challenge WHERE programme_id = ? AND deleted_at IS NULL",
            [programme_id],
        ).fetchone()
        return 0 if row[0] is None else int(row[0]) + 1


@dataclass(frozen=True)
class Proposal:
    """A value Atelier knows for a workshop, offered as a measurement.

    ``source`` says what it is ("attendance", "satisfaction", "improvements"), ``detail``
    of what (a role, a question's text, a status), so that a window can word it."""

    source: str
    detail: str
    kind: IndicatorKind
    value: float
    measured_on: str
    territory: str
    workshop_id: str
    answers: int = 0
    """For a satisfaction mean: how many answers it is made of."""

    def measurement(self, indicator_id: str, note: str = "") -> Measurement:
        return Measurement(
            indicator_id=indicator_id,
            measured_on=self.measured_on,
            value=self.value,
            note=note,
            workshop_id=self.workshop_id,
            territory=self.territory,
        )


def propose_measurements(ws, workshop_id: str) -> list[Proposal]:
    """What Atelier can measure of one workshop, without retyping: attendance by role
    (and in all), the mean rating of each feedback question answered at least five times
    (none from fewer: the same rule as the reports), and the improvements by status."""
    workshop = ws.workshops.get(workshop_id)
    day = workshop.starts_at[:10]
    common = {"measured_on": day, "territory": workshop.territory, "workshop_id": workshop.id}
    proposals: list[Proposal] = []
    by_role = ws.attendance.counts_by_role(workshop_id)
    if by_role:
        proposals.append(
            Proposal("attendance", "", IndicatorKind.COUNT, float(sum(by_role.values())), **common)
        )
    for role in ParticipantRole:
        if by_role.get(role):
            proposals.append(
                Proposal(
                    "attendance", role.value, IndicatorKind.COUNT, float(by_role[role]), **common
                )
            )
    for summary in ws.feedback.summary(workshop_id):
        if summary.rated >= MIN_ANSWERS_FOR_DISTRIBUTION and summary.mean is not None:
            proposals.append(
                Proposal(
                    "satisfaction",
                    summary.question.text,
                    IndicatorKind.SCALE,
                    round(summary.mean, 1),
                    answers=summary.rated,
                    **common,
                )
            )
    statuses: dict[str, int] = {}
    for entry in ws.entries.for_workshop(workshop_id):
        if entry.kind is EntryKind.IMPROVEMENT:
            status = (entry.status or ImprovementStatus.PROPOSED).value
            statuses[status] = statuses.get(status, 0) + 1
    for status in ImprovementStatus:
        if status.value in statuses:
            proposals.append(
                Proposal(
                    "improvements",
                    status.value,
                    IndicatorKind.COUNT,
                    float(statuses[status.value]),
                    **common,
                )
            )
    return proposals
