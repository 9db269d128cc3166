"""Monitoring criteria of actions and their values over time."""

from workshop_app.domain import Indicator, Measurement


def test_indicators_of_an_action_are_listed_by_name(ws, action):
    for name in ["taux de satisfaction", "Personnes formées"]:
        ws.indicators.add(Indicator(action_id=action.id, name=name))
    names = [i.name for i in ws.indicators.for_action(action.id)]
    assert names == ["Personnes formées", "taux de satisfaction"]


def test_measurements_are_listed_by_date(ws, action, workshop):
    indicator = ws.indicators.add(Indicator(action_id=action.id, name="Personnes formées"))
    for day, value in [("2024-06-01", 30.0), ("2024-01-01", 4.0), ("2024-03-01", 12.5)]:
        ws.measurements.add(Measurement(indicator_id=indicator.id, measured_on=day, value=value))
    values = [m.value for m in ws.measurements.for_indicator(indicator.id)]
    assert values == [4.0, 12.5, 30.0]


def test_a_measurement_value_comes_back_as_a_float(ws, action):
    indicator = ws.indicators.add(Indicator(action_id=action.id, name="Taux", unit="%"))
    measurement = ws.measurements.add(
        Measurement(indicator_id=indicator.id, measured_on="2024-01-01", value=87.5)
    )
    assert ws.measurements.get(measurement.id).value == 87.5
