"""Reading an indicator's values against its baseline and target (issue 16)."""

from __future__ import annotations

import pytest

from workshop_app.domain import Indicator, IndicatorDirection, IndicatorKind, Measurement
from workshop_app.domain.indicators import (
    Misfit,
    Trend,
    leading_number,
    measurement_misfit,
    parse_number,
    read,
    reference_misfit,
    value_misfit,
)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("240 à fin 2026", 240.0),
        ("4,5 / 5", 4.5),
        ("Au moins 3 par atelier", 3.0),
        ("1\u202f200 ménages", 1200.0),
        ("40 %", 40.0),
        ("aucun", None),
        ("", None),
    ],
)
def test_the_leading_number_of_a_text(text, number):
    assert leading_number(text) == number


def _values(indicator, *pairs, territory=""):
    return [
        Measurement(indicator_id=indicator.id, measured_on=day, value=v, territory=territory)
        for day, v in pairs
    ]


def test_a_rising_count_is_better_and_its_target_is_told():
    indicator = Indicator(action_id="a", name="Ménages", target="240 à fin 2026")
    reading = read(indicator, _values(indicator, ("2026-03-31", 183), ("2025-12-31", 148)))
    assert (reading.latest.value, reading.trend, reading.reached, reading.count) == (
        183,
        Trend.BETTER,
        False,
        2,
    )


def test_a_falling_delay_is_better_when_less_is_wanted():
    indicator = Indicator(
        action_id="a", name="Délai", direction=IndicatorDirection.DOWN, target="15 jours au plus"
    )
    reading = read(indicator, _values(indicator, ("2025-06-30", 27), ("2026-03-31", 14)))
    assert (reading.trend, reading.reached) == (Trend.BETTER, True)
    worse = read(indicator, _values(indicator, ("2025-06-30", 14), ("2026-03-31", 18)))
    assert worse.trend is Trend.WORSE


def test_one_value_compares_with_the_baseline_or_tells_nothing():
    indicator = Indicator(action_id="a", name="Part", kind=IndicatorKind.RATE, baseline="22 %")
    assert read(indicator, _values(indicator, ("2026-03-31", 22))).trend is Trend.STEADY
    alone = Indicator(action_id="a", name="Part", kind=IndicatorKind.RATE)
    assert read(alone, _values(alone, ("2026-03-31", 31))).trend is Trend.UNKNOWN
    assert read(alone, []).latest is None


def test_counts_of_several_territories_on_one_date_are_added():
    indicator = Indicator(action_id="a", name="Ménages")
    values = [
        *_values(indicator, ("2026-01-01", 10)),
        *_values(indicator, ("2026-03-31", 7), territory="Vénissieux"),
        *_values(indicator, ("2026-03-31", 6), territory="Bron"),
    ]
    reading = read(indicator, values)
    assert (reading.latest.value, reading.trend) == (13, Trend.BETTER)


def test_a_scale_moving_a_little_is_steady_and_a_text_has_no_trend():
    scale = Indicator(action_id="a", name="Satisfaction", kind=IndicatorKind.SCALE)
    assert read(scale, _values(scale, ("2026-01-01", 4.2), ("2026-06-30", 4.23))).trend is (
        Trend.STEADY
    )
    said = Indicator(action_id="a", name="Livrables", kind=IndicatorKind.TEXT)
    assert read(said, _values(said, ("2026-01-01", 0))).trend is Trend.UNKNOWN


# -- values as people type them, and values that stop fitting a kind --------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("12,5", 12.5),
        ("12.5", 12.5),
        ("  7 ", 7.0),
        ("1 200", 1200.0),
        ("1\u202f234,5", 1234.5),
        ("1\u00a0234", 1234.0),
        ("1.234,5", 1234.5),
        ("1,234.5", 1234.5),
        ("-3", -3.0),
        ("\u22123", -3.0),
        ("45 %", 45.0),
        (",5", 0.5),
        ("abc", None),
        ("12 abc", None),
        ("240 à fin 2026", None),
        ("nan", None),
        ("NaN", None),
        ("inf", None),
        ("1e400", None),
        ("1e5", None),
        ("9" * 400, None),
        ("", None),
        ("   ", None),
        ("12,5,3", None),
        ("<b>&", None),
        ("٣", 3.0),  # Arabic-Indic digits are digits
        ("²", None),
    ],
)
def test_a_typed_number_is_read_whole_or_not_at_all(text, number):
    assert parse_number(text) == number


@pytest.mark.parametrize(
    ("kind", "value", "misfit"),
    [
        (IndicatorKind.COUNT, 240.0, None),
        (IndicatorKind.COUNT, -1.0, Misfit.NEGATIVE_COUNT),
        (IndicatorKind.RATE, 100.0, None),
        (IndicatorKind.RATE, 100.5, Misfit.RATE_RANGE),
        (IndicatorKind.SCALE, 240.0, Misfit.SCALE_RANGE),
        (IndicatorKind.SCALE, 4.2, None),
        (IndicatorKind.YES_NO, 1.0, None),
        (IndicatorKind.YES_NO, 0.5, Misfit.YES_NO),
        (IndicatorKind.COUNT, float("nan"), Misfit.NOT_A_NUMBER),
        (IndicatorKind.COUNT, None, Misfit.NOT_A_NUMBER),
        (IndicatorKind.COUNT, True, Misfit.NOT_A_NUMBER),
    ],
)
def test_why_a_value_does_not_fit_a_kind(kind, value, misfit):
    assert value_misfit(kind, value) is misfit


def test_a_measurement_written_under_another_kind_is_flagged_not_changed():
    counted = Measurement(indicator_id="i", measured_on="2026-01-01", value=240)
    assert measurement_misfit(counted, IndicatorKind.COUNT) is None
    assert measurement_misfit(counted, IndicatorKind.SCALE) is Misfit.SCALE_RANGE
    assert measurement_misfit(counted, IndicatorKind.TEXT) is Misfit.NO_TEXT
    said = Measurement(indicator_id="i", measured_on="2026-01-01", value=0, text_value="Guide")
    assert measurement_misfit(said, IndicatorKind.TEXT) is None
    assert measurement_misfit(said, IndicatorKind.COUNT) is Misfit.WRITTEN_AS_TEXT
    assert counted.value == 240  # nothing rewritten


def test_a_baseline_is_checked_by_its_leading_number_except_for_counts():
    assert reference_misfit(IndicatorKind.SCALE, "12 ménages en 2024") is Misfit.SCALE_RANGE
    assert reference_misfit(IndicatorKind.COUNT, "240 à fin 2026") is None
    assert reference_misfit(IndicatorKind.RATE, "aucun") is None
