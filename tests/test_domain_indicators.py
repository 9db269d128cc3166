"""Reading an indicator's values against its baseline and target (issue 16)."""

from __future__ import annotations

import pytest

from workshop_app.domain import Indicator, IndicatorDirection, IndicatorKind, Measurement
from workshop_app.domain.indicators import Trend, leading_number, read


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
