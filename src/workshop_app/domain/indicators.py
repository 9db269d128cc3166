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


class Misfit(StrEnum):
    """Why a value does not fit an indicator's kind (worded by the window, in its language)."""

    NOT_A_NUMBER = "not_a_number"
    NEGATIVE_COUNT = "negative_count"
    RATE_RANGE = "rate_range"
    SCALE_RANGE = "scale_range"
    YES_NO = "yes_no"
    NO_TEXT = "no_text"
    """A text indicator's measurement without a text (it was a number before)."""
    WRITTEN_AS_TEXT = "written_as_text"
    """A number indicator's measurement that holds a text (it was a text indicator before)."""


_MISFIT_WORDS = {
    Misfit.NOT_A_NUMBER: "The {what} is not a number.",
    Misfit.NEGATIVE_COUNT: "A count cannot be negative; the {what} is {value:g}.",
    Misfit.RATE_RANGE: "A rate goes from 0 to 100 %; the {what} is {value:g}.",
    Misfit.SCALE_RANGE: "A scale goes from 1 to 5; the {what} is {value:g}.",
    Misfit.YES_NO: "A yes/no value is 1 (yes) or 0 (no); the {what} is {value:g}.",
}


def value_misfit(kind: IndicatorKind | None, value: object) -> Misfit | None:
    """Why ``value`` is impossible for an indicator of ``kind``, or ``None`` if it fits
    (any finite number fits a text indicator or an unknown kind)."""
    if not isinstance(value, int | float) or isinstance(value, bool) or not math.isfinite(value):
        return Misfit.NOT_A_NUMBER
    if kind is IndicatorKind.COUNT and value < 0:
        return Misfit.NEGATIVE_COUNT
    if kind is IndicatorKind.RATE and not RATE_RANGE[0] <= value <= RATE_RANGE[1]:
        return Misfit.RATE_RANGE
    if kind is IndicatorKind.SCALE and not SCALE_RANGE[0] <= value <= SCALE_RANGE[1]:
        return Misfit.SCALE_RANGE
    if kind is IndicatorKind.YES_NO and value not in (0, 1):
        return Misfit.YES_NO
    return None


def check_value(kind: IndicatorKind, value: float, what: str = "value") -> float:
    """``value`` if it is possible for an indicator of ``kind``."""
    misfit = value_misfit(kind, value)
    if misfit is not None:
        raise ValidationError(_MISFIT_WORDS[misfit].format(what=what, value=value))
    return float(value)


def reference_misfit(kind: IndicatorKind, text: str) -> Misfit | None:
    """Why the number a baseline or target starts with ("140 %") does not fit ``kind``;
    ``None`` if it fits or holds no number. A count's is never checked: in "240 à fin
    2026" the year is not the number that counts."""
    number = leading_number(text)
    if number is None or kind in (IndicatorKind.TEXT, IndicatorKind.COUNT):
        return None
    return value_misfit(kind, number)


def measurement_misfit(measurement: Measurement, kind: IndicatorKind | None) -> Misfit | None:
    """Why a stored measurement no longer fits its indicator's ``kind`` (the kind changed
    after it was written), or ``None``. Nothing is changed: the window flags it."""
    if kind is IndicatorKind.TEXT:
        return None if (measurement.text_value or "").strip() else Misfit.NO_TEXT
    if (measurement.text_value or "").strip() and kind is not None:
        return Misfit.WRITTEN_AS_TEXT
    return value_misfit(kind, measurement.value)


def default_value(kind: IndicatorKind) -> float:
    """The value a new measurement starts with when nothing better is known."""
    return SCALE_RANGE[0] if kind is IndicatorKind.SCALE else 0.0


_GROUPS = re.compile(r"(?<=\d)[\u00a0\u202f ](?=\d)")
_PLAIN_NUMBER = re.compile(r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)")


def parse_number(text: str) -> float | None:
    """The number ``text`` is, whole, as people type it: "12,5", "12.5", " 7 ",
    "1 200", "1\u202f234,5", "-3", "45 %"; ``None`` for anything else ("abc", "12 abc",
    "nan", "inf", "1e400", a number too large to hold).

    A comma is a decimal comma ("1,234" is 1.234); when a comma and a point are both
    written, the last one is the decimal mark and the other groups thousands."""
    if not isinstance(text, str):
        return None
    cleaned = text.strip().replace("\u2212", "-")
    if cleaned.endswith("%"):
        cleaned = cleaned[:-1].rstrip()
    cleaned = _GROUPS.sub("", cleaned)
    if "," in cleaned and "." in cleaned:
        decimal = "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
        cleaned = cleaned.replace("." if decimal == "," else ",", "")
    cleaned = cleaned.replace(",", ".")
    if not _PLAIN_NUMBER.fullmatch(cleaned):
        return None
    number = float(cleaned)
    return number if math.isfinite(number) else None


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
    """A name, and a baseline and target whose leading number fits the kind."""
    check_text(indicator.name, "indicator name")
    for what, text in (("baseline", indicator.baseline), ("target", indicator.target)):
        number = leading_number(text)
        if reference_misfit(indicator.kind, text) is not None:
            check_value(indicator.kind, number, what)


def validate_indicator_change(indicator: Indicator) -> None:
    """What an indicator written before must still be: a name. Its baseline and target
    may stop fitting when its kind changes (count → 1–5 scale); they are kept as written
    and flagged, never refused or rewritten (and an undo can always write them back)."""
    check_text(indicator.name, "indicator name")


def validate_measurement(measurement: Measurement, indicator: Indicator | None = None) -> None:
    """A date, and a value possible for the indicator's kind (a text for a text indicator)."""
    check_day(measurement.measured_on, "measurement date")
    kind = indicator.kind if indicator is not None else None
    if kind is IndicatorKind.TEXT:
        check_text(measurement.text_value, "measured text")
        return
    if kind is None:
        if value_misfit(None, measurement.value) is not None:
            raise ValidationError("The value is not a number.")
        return
    check_value(kind, measurement.value)


def validate_measurement_change(measurement: Measurement) -> None:
    """What a measurement written before must still be: a date and a finite number. That
    it fits its indicator's kind is checked when it is added and when a value is typed;
    a kind changed afterwards leaves it as written, flagged by :func:`measurement_misfit`
    (and an undo can always write an earlier version back)."""
    validate_measurement(measurement, None)


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
