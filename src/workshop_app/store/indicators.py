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
    validate_indicator_change,
    validate_measurement,
    validate_measurement_change,
)
from workshop_app.domain.models import Challenge, Indicator, Measurement, Workshop
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
    _changing = False

    def _check(self, record: Indicator) -> None:
        if self._changing:
            validate_indicator_change(record)
        else:
            validate_indicator(record)

    def update(self, record: Indicator) -> Indicator:
        """Write a changed indicator. Its baseline and target are not refused for not
        fitting its kind (see :func:`validate_indicator_change`): the kind may just have
        changed, and an undo must be able to write any earlier version back."""
        self._changing = True
        try:
            return super().update(record)
        finally:
            self._changing = False

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
    _changing = False

    def _check(self, record: Measurement) -> None:
        if self._changing:
            validate_measurement_change(record)
            return
        try:
            indicator = IndicatorRepository(self.db).get(record.indicator_id, include_deleted=True)
        except NotFound:
            indicator = None
        validate_measurement(record, indicator)

    def update(self, record: Measurement) -> Measurement:
        """Write a changed measurement: a date and a number, not refused for not fitting
        its indicator's kind (which may have changed since; see
        :func:`~workshop_app.domain.indicators.measurement_misfit`)."""
        self._changing = True
        try:
            return super().update(record)
        finally:
            self._changing = False

    def for_indicator(self, indicator_id: str) -> list[Measurement]:
        return self.select("indicator_id = ?", [indicator_id])

    def territories(self, programme_id: str) -> list[str]:
        """The territories named by the programme's workshops and measurements, sorted
        (case and accents as first written)."""
        rows = self.db.rows(
            """SELECT territory FROM workshop
               WHERE programme_id = ? AND deleted_at IS NULL AND trim(territory) != ''
               UNION ALL
               SELECT m.territory FROM measurement m
               JOIN indicator i ON i.id = m.indicator_id
               JOIN action a ON a.id = i.action_id
               WHERE a.programme_id = ? AND m.deleted_at IS NULL AND i.deleted_at IS NULL
                 AND trim(m.territory) != ''""",
            [programme_id, programme_id],
        )
        seen: dict[str, str] = {}
        for (territory,) in rows:
            if isinstance(territory, str):
                seen.setdefault(territory.strip().casefold(), territory.strip())
        return sorted(seen.values(), key=str.casefold)


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


@dataclass(frozen=True)
class WorkshopProposals:
    """What one workshop can give an indicator: the proposals that fit its kind and are not
    already among its measurements."""

    workshop: Workshop
    linked: bool
    """The workshop concerns the indicator's action (table ``workshop_action``)."""
    proposals: list[Proposal]
    taken: list[Proposal]
    """Proposals already among the indicator's measurements (same workshop, date and
    value): not to be taken twice, listed so that the window can say so."""
    too_few: list[tuple[str, int]]
    """Feedback questions answered fewer than five times: (text, answers). No mean is
    proposed from them (the same rule as the reports), but the window can say why."""


def _already_measured(proposal: Proposal, measurements: list[Measurement]) -> bool:
    return any(
        m.workshop_id == proposal.workshop_id
        and m.measured_on == proposal.measured_on
        and abs(m.value - proposal.value) < 1e-9
        for m in measurements
    )


def proposals_for(ws, indicator: Indicator) -> list[WorkshopProposals]:
    """The workshops of the indicator's programme with what they can give it: first those
    linked to its action, then the others, each by date. Only proposals of the
    indicator's kind (counts for a count, means for a 1–5 scale); those already among its
    measurements (same workshop, date and value) are set apart in ``taken``, never
    proposed twice. Workshops without a date or with nothing of that kind are left out."""
    action = ws.actions.get(indicator.action_id)
    measurements = ws.measurements.for_indicator(indicator.id)
    linked_ids = {
        row[0]
        for row in ws.db.rows(
            "SELECT workshop_id FROM workshop_action WHERE action_id = ? AND deleted_at IS NULL",
            [action.id],
        )
    }
    found: list[WorkshopProposals] = []
    for workshop in ws.workshops.for_programme(action.programme_id):
        if not workshop.starts_at:
            continue
        fitting = [p for p in propose_measurements(ws, workshop.id) if p.kind is indicator.kind]
        proposals = [p for p in fitting if not _already_measured(p, measurements)]
        taken = [p for p in fitting if _already_measured(p, measurements)]
        too_few: list[tuple[str, int]] = []
        if indicator.kind is IndicatorKind.SCALE:
            too_few = [
                (s.question.text, s.answers)
                for s in ws.feedback.summary(workshop.id)
                if s.answers > 0 and not s.shown
            ]
        if fitting or too_few:
            found.append(
                WorkshopProposals(workshop, workshop.id in linked_ids, proposals, taken, too_few)
            )
    found.sort(key=lambda w: (not w.linked, w.workshop.starts_at, w.workshop.title.casefold()))
    return found
