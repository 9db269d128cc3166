"""Indicators of an action and the challenges of a programme: their rules, and how an
indicator's values are read against its baseline and target (no I/O)."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from workshop_app.domain.enums import IndicatorDirection, IndicatorKind
from workshop_app.domain.models import Challenge, Indicator, Measurement
from workshop_app.domain.validation import ValidationError, check_text

RATE_RANGE = (0.0, 100.0)
SCALE_RANGE = (1.0, 5.0)

_NUMBER = re.compile(r"[-+]?\d[\d\u00a0\u202f ]*(?:[.,]\d+)?")


def leading_number(text: str) -> float | None:
    """The first number written in ``text`` ("240 à fin 2026" → 240.0, "4,5 / 5" → 4.5,
    "Au moins 3 par atelier" → 3.0), French or English notation; ``None`` if none."""
    found = _NUMBER.search(text or "")
    if found is None:
        return None
    digits = re.sub(r"[\u00a0\u202f ]", "", found.group()).replace(",", ".")
    try:
        return float(digits)
    except ValueError:
        return None


def check_value(kind: IndicatorKind, value: float, what: str = "value") -> float:
    """``value`` if it is possible for an indicator of ``kind``."""
    if not isinstance(value, int | float) or isinstance(value, bool) or not math.isfinite(value):
        raise ValidationError(f"The {what} is not a number.")
    if kind is IndicatorKind.COUNT and value < 0:
        raise ValidationError(f"A count cannot be negative; the {what} is {value:g}.")
    if kind is IndicatorKind.RATE and not RATE_RANGE[0] <= value <= RATE_RANGE[1]:
        raise ValidationError(f"A rate goes from 0 to 100 %; the {what} is {value:g}.")
    if kind is IndicatorKind.SCALE and not SCALE_RANGE[0] <= value <= SCALE_RANGE[1]:
        raise ValidationError(f"A scale goes from 1 to 5; the {what} is {value:g}.")
    if kind is IndicatorKind.YES_NO and value not in (0, 1):
        raise ValidationError(f"A yes/no value is 1 (yes) or 0 (no); the {what} is {value:g}.")
    return float(value)


def check_day(text: str, what: str = "date") -> str:
    """``text`` if it is a date written ``YYYY-MM-DD``."""
    try:
        date.fromisoformat(text)
    except (TypeError, ValueError) as error:
        raise ValidationError(f"The {what} {text!r} is not a date (YYYY-MM-DD).") from error
    if len(text) != 10:
        raise ValidationError(f"The {what} {text!r} is not a date (YYYY-MM-DD).")
    return text


def validate_indicator(indicator: Indicator) -> None:
    check_text(indicator.name, "indicator name")
    for what, text in (("baseline", indicator.baseline), ("target", indicator.target)):
        number = leading_number(text)
        if number is not None and indicator.kind not in (
            IndicatorKind.TEXT,
            IndicatorKind.COUNT,  # "240 à fin 2026": the year is not the number that counts
        ):
            check_value(indicator.kind, number, what)


def validate_measurement(measurement: Measurement, indicator: Indicator | None = None) -> None:
    """A date, and a value possible for the indicator's kind (a text for a text indicator)."""
    check_day(measurement.measured_on, "measurement date")
    kind = indicator.kind if indicator is not None else None
    if kind is IndicatorKind.TEXT:
        check_text(measurement.text_value, "measured text")
        return
    if kind is None:
        if not isinstance(measurement.value, int | float) or not math.isfinite(measurement.value):
            raise ValidationError("The value is not a number.")
        return
    check_value(kind, measurement.value)


def validate_challenge(challenge: Challenge) -> None:
    check_text(challenge.challenge, "challenge")


class Trend(StrEnum):
    """How the latest value compares with the one before (or, alone, with the baseline)."""

    BETTER = "better"
    WORSE = "worse"
    STEADY = "steady"
    UNKNOWN = "unknown"
    """A text indicator, or nothing to compare with."""


@dataclass(frozen=True)
class Reading:
    """What a report says of one indicator: its latest value and where it is going."""

    indicator: Indicator
    latest: Measurement | None
    trend: Trend
    reached: bool | None
    """The target is met by the latest value; ``None`` when it cannot be told."""
    count: int


def latest_per_date(measurements: Sequence[Measurement]) -> list[Measurement]:
    """The measurements in date order (then order of writing), removed ones left out."""
    alive = [m for m in measurements if m.deleted_at is None]
    return sorted(alive, key=lambda m: (m.measured_on, m.created_at))


def trend_between(
    direction: IndicatorDirection, before: float, after: float, kind: IndicatorKind
) -> Trend:
    tolerance = 0.05 if kind is IndicatorKind.SCALE else 1e-9
    if abs(after - before) <= tolerance:
        return Trend.STEADY
    rising = after > before
    return Trend.BETTER if rising == (direction is IndicatorDirection.UP) else Trend.WORSE


def read(indicator: Indicator, measurements: Sequence[Measurement]) -> Reading:
    """The latest value of ``indicator`` and its trend: against the previous date's value,
    or against the baseline when there is one value only. Values of several territories
    on one date are added for counts, averaged otherwise."""
    ordered = latest_per_date(measurements)
    if not ordered:
        return Reading(indicator, None, Trend.UNKNOWN, None, 0)
    latest = ordered[-1]
    if indicator.kind is IndicatorKind.TEXT:
        return Reading(indicator, latest, Trend.UNKNOWN, None, len(ordered))
    by_day: dict[str, list[float]] = {}
    for m in ordered:
        by_day.setdefault(m.measured_on, []).append(m.value)

    def combined(values: list[float]) -> float:
        if indicator.kind is IndicatorKind.COUNT:
            return sum(values)
        return sum(values) / len(values)

    days = sorted(by_day)
    now = combined(by_day[days[-1]])
    if len(days) >= 2:
        before: float | None = combined(by_day[days[-2]])
    else:
        before = leading_number(indicator.baseline)
    trend = (
        Trend.UNKNOWN
        if before is None
        else trend_between(indicator.direction, before, now, indicator.kind)
    )
    target = leading_number(indicator.target)
    reached = None
    if target is not None:
        reached = now >= target if indicator.direction is IndicatorDirection.UP else now <= target
    if len(by_day[days[-1]]) > 1:  # several territories that day: the combined value
        latest = Measurement(
            indicator_id=indicator.id,
            measured_on=days[-1],
            value=now,
            note="",
            workshop_id=None,
        )
    return Reading(indicator, latest, trend, reached, len(ordered))
