"""The dashboard's value axes: counts of people or contributions read in whole numbers."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("low", "high"), [(0.0, 1.0), (0.0, 1.2), (0.0, 3.0), (0.0, 37.0)])
def test_a_count_axis_has_whole_ticks_only(qapp, low, high):
    from workshop_app.ui.dashboard.axes import ChartAxis

    axis = ChartAxis("left")
    axis.set_values(integers=True)
    ticks = [v for _spacing, values in axis.tickValues(low, high, 200) for v in values]
    assert ticks, "an axis with no tick"
    assert all(float(v).is_integer() for v in ticks)
    assert all(low <= v <= high for v in ticks)


def test_a_mean_axis_keeps_its_fractions(qapp):
    from workshop_app.ui.dashboard.axes import ChartAxis

    axis = ChartAxis("left")
    axis.set_values(integers=False)
    ticks = [v for _spacing, values in axis.tickValues(3.0, 4.0, 200) for v in values]
    assert any(not float(v).is_integer() for v in ticks)
