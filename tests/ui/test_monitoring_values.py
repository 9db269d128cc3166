"""What is typed in the monitoring tables (issue 16, items 5 and 6): a kind changed under
existing values, hostile texts, numbers written every way, refused values kept as typed."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.reports.generated import texts
from workshop_app.domain import IndicatorKind
from workshop_app.domain.indicators import parse_number, value_misfit
from workshop_app.ui.monitoring.dialog import MonitoringDialog
from workshop_app.ui.monitoring.wording import DISPLAY_LIMIT, read_yes_no
from workshop_app.ui.session import WorkshopSession

from .monitoring_steps import column, open_dialog, show_indicator, start_editing, type_in_cell

COUNTED = "Ménages en accompagnement global renforcé"
CTRL = Qt.KeyboardModifier.ControlModifier
DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole
TIP = Qt.ItemDataRole.ToolTipRole
ICON = Qt.ItemDataRole.DecorationRole


@pytest.fixture
def dialog(qtbot, ws, stack):
    return open_dialog(qtbot, ws, stack)


def values(ws, dialog) -> list[float]:
    return [m.value for m in ws.measurements.for_indicator(dialog.measurements.indicator.id)]


def choose_kind(qtbot, dialog, steps_down: int) -> None:
    view = dialog.indicator_view
    combo = start_editing(qtbot, view, view.currentIndex().row(), column(dialog.indicators, "kind"))
    for _ in range(steps_down):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.editing())


# -- 5. a kind changed under existing values ---------------------------------------------


def test_a_count_become_a_scale_flags_the_values_that_no_longer_fit(dialog, ws, qtbot):
    show_indicator(dialog, COUNTED)
    indicator_id = dialog.measurements.indicator.id
    measurements, value = dialog.measurements, column(dialog.measurements, "value")
    assert values(ws, dialog) == [18.0, 24.0, 26.0]
    assert all(measurements.index(r, value).data(ICON) is None for r in range(3))

    choose_kind(qtbot, dialog, 2)  # Count → Rate → Scale 1–5
    assert ws.indicators.get(indicator_id).kind is IndicatorKind.SCALE
    assert values(ws, dialog) == [18.0, 24.0, 26.0]  # nothing rewritten
    for row in range(3):
        cell = measurements.index(row, value)
        assert cell.data(ICON) is not None
        assert "A 1–5 scale goes from 1 to 5" in cell.data(TIP)
        assert "Nothing was changed" in cell.data(TIP)
        assert "<b>" not in cell.data(TIP)
    assert dialog.status.text().startswith("3 measurement")  # (s) until atelier_en.qm says
    assert "no longer fit this kind: marked ⚠ in the table" in dialog.status.text()
    baseline = dialog.indicators.index(
        dialog.indicator_view.currentIndex().row(), column(dialog.indicators, "baseline")
    )
    assert baseline.data(ICON) is not None and "12" in baseline.data(TIP)

    # a flagged value is corrected by typing; a flagged row's note can still be written
    type_in_cell(qtbot, dialog.measurement_view, 0, value, "4")
    assert values(ws, dialog)[0] == 4.0 and measurements.index(0, value).data(ICON) is None
    type_in_cell(qtbot, dialog.measurement_view, 1, column(measurements, "note"), "À revoir")
    assert ws.measurements.for_indicator(indicator_id)[1].note == "À revoir"

    for _ in range(3):
        qtbot.keyClick(dialog.measurement_view, Qt.Key.Key_Z, CTRL)
    assert ws.indicators.get(indicator_id).kind is IndicatorKind.COUNT
    assert values(ws, dialog) == [18.0, 24.0, 26.0]
    assert all(measurements.index(r, value).data(ICON) is None for r in range(3))


def test_a_count_become_a_text_asks_for_the_texts_and_keeps_the_numbers(dialog, ws, qtbot):
    show_indicator(dialog, COUNTED)
    choose_kind(qtbot, dialog, 4)  # … → Text
    measurements, value = dialog.measurements, column(dialog.measurements, "value")
    assert measurements.index(0, value).data() == "18"
    assert "Type its text" in measurements.index(0, value).data(TIP)
    type_in_cell(qtbot, dialog.measurement_view, 0, value, "Une vingtaine")
    stored = ws.measurements.for_indicator(measurements.indicator.id)[0]
    assert (stored.text_value, stored.value) == ("Une vingtaine", 18.0)
    assert measurements.index(0, value).data(ICON) is None


# -- 6. hostile texts, typed or pasted ----------------------------------------------------

HOSTILE = [
    "<b>Gras</b> & <i>penché</i> &amp; <img src=x>",
    "Résidents 😀🎉 👩🏽\u200d🌾 ❤️",
    "يريد السكان أن يُسمع صوتهم",
    "  des espaces autour  ",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_a_hostile_name_typed_in_a_cell_is_stored_and_shown_as_typed(dialog, ws, qtbot, text):
    show_indicator(dialog, COUNTED)
    view, row = dialog.indicator_view, dialog.indicator_view.currentIndex().row()
    name = column(dialog.indicators, "name")
    type_in_cell(qtbot, view, row, name, text)
    assert ws.indicators.get(dialog.indicators.record_at(row).id).name == text
    cell = dialog.indicators.index(row, name)
    assert cell.data(DISPLAY) == text and cell.data(EDIT) == text
    if len(text) >= 40:
        assert "&lt;b&gt;" in cell.data(TIP)  # a tooltip shows markup as written
    assert text.strip()[:20].replace("&", "&&") in dialog.measurement_label.text()


def test_a_100_kb_note_is_pasted_whole_and_the_table_stays_usable(dialog, ws, qtbot):
    show_indicator(dialog, COUNTED)
    view, note = dialog.measurement_view, column(dialog.measurements, "note")
    huge = ("Le loyer, <b>le chauffage</b> & 😀 يريد السكان " * 3000)[:100_000]
    editor = start_editing(qtbot, view, 0, note)
    assert isinstance(editor, QLineEdit) and editor.maxLength() >= 100_000
    editor.setText(huge)  # as a paste does
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.editing())
    assert ws.measurements.for_indicator(dialog.measurements.indicator.id)[0].note == huge
    cell = dialog.measurements.index(0, note)
    assert cell.data(EDIT) == huge
    assert cell.data(DISPLAY) == huge[:DISPLAY_LIMIT] + "…"
    view.grab()  # painted without freezing
    editor = start_editing(qtbot, view, 0, note)
    assert editor.text() == huge  # the editor holds it whole
    qtbot.keyClick(editor, Qt.Key.Key_Escape)


@pytest.mark.parametrize(("typed", "stored"), [("12,5", 12.5), ("  7 ", 7.0), ("1 200", 1200.0)])
def test_numbers_written_the_french_way_are_read(dialog, ws, qtbot, typed, stored):
    show_indicator(dialog, COUNTED)
    value = column(dialog.measurements, "value")
    type_in_cell(qtbot, dialog.measurement_view, 1, value, typed)
    assert values(ws, dialog)[1] == stored
    assert dialog.measurements.index(1, value).data(ICON) is None


@pytest.mark.parametrize("typed", ["abc", "1e400", "nan", "12 abc", "<b>&"])
def test_a_value_that_is_no_number_is_refused_in_words_and_kept_in_the_cell(
    dialog, ws, qtbot, typed
):
    show_indicator(dialog, COUNTED)
    view, value = dialog.measurement_view, column(dialog.measurements, "value")
    type_in_cell(qtbot, view, 1, value, typed)
    assert values(ws, dialog) == [18.0, 24.0, 26.0]
    cell = dialog.measurements.index(1, value)
    assert cell.data(DISPLAY) == typed and cell.data(ICON) is not None
    assert f"“{typed}” is not a number" in dialog.status.text()
    assert dialog.status.text().startswith("Not saved:")
    # the typing is there to be corrected; Escape in the cell drops it
    editor = start_editing(qtbot, view, 1, value)
    assert editor.text() == typed
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert cell.data(DISPLAY) == "24" and cell.data(ICON) is None


def test_a_rate_above_a_hundred_is_refused_in_words(dialog, ws, qtbot):
    show_indicator(dialog, "Part des situations signalées par un partenaire autre que le bailleur")
    type_in_cell(qtbot, dialog.measurement_view, 0, column(dialog.measurements, "value"), "140")
    assert values(ws, dialog) == [22.0, 31.0]
    assert "A rate goes from 0 to 100 %: 140 is outside." in dialog.status.text()


# -- property: anything typed in a value cell -----------------------------------------------

TYPED = st.one_of(
    st.text(max_size=20),
    st.from_regex(r"\s*[-+]?\d{1,7}([.,]\d{1,4})?\s*%?\s*", fullmatch=True),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    st.sampled_from(
        ["nan", "inf", "1e400", "12,5", "  7 ", "abc", "<b>&", "٣", "1 200", "1.234,5", "oui"]
    ),
)


def expected(kind: IndicatorKind, typed: str):
    if kind is IndicatorKind.TEXT:
        return typed if typed.strip() else None
    number = read_yes_no(typed) if kind is IndicatorKind.YES_NO else None
    number = parse_number(typed) if number is None else number
    if number is None or value_misfit(kind, number) is not None:
        return None
    return number


@pytest.fixture
def measurement_cell(qtbot, ws, stack):
    programme = ws.programmes.select()[0]
    dialog = MonitoringDialog(WorkshopSession(ws, None, programme_id=programme.id), stack)
    qtbot.addWidget(dialog)
    show_indicator(dialog, COUNTED)
    return dialog


@settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(kind=st.sampled_from(IndicatorKind), typed=TYPED)
def test_whatever_is_typed_as_a_value_is_written_exactly_or_kept_and_explained(
    measurement_cell, ws, kind, typed
):
    dialog = measurement_cell
    indicators, measurements = dialog.indicators, dialog.measurements
    row = dialog.indicator_view.currentIndex().row()
    indicators.setData(indicators.index(row, column(indicators, "kind")), kind.value)
    assert measurements.kind is kind
    value = column(measurements, "value")
    cell = measurements.index(0, value)
    before = ws.measurements.get(measurements.record_at(0).id)
    wanted = expected(kind, typed)

    written = measurements.setData(cell, typed)

    after = ws.measurements.get(measurements.record_at(0).id)
    assert written == (wanted is not None)
    if written:
        assert (after.text_value if kind is IndicatorKind.TEXT else after.value) == wanted
        assert cell.data(EDIT) == (typed if kind is IndicatorKind.TEXT else cell.data(EDIT))
        assert measurements.drafts == {}
    else:
        assert (after.value, after.text_value) == (before.value, before.text_value)
        assert cell.data(EDIT) == typed
        assert cell.data(ICON) is not None
        assert dialog.status.text().startswith("Not saved:")
        measurements.drop_draft(cell)


@settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(name=texts(limit=300), note=st.one_of(texts(limit=300), texts(huge=True)))
def test_whatever_text_is_typed_is_written_exactly_or_refused_in_words(
    measurement_cell, ws, name, note
):
    dialog = measurement_cell
    indicators, measurements = dialog.indicators, dialog.measurements
    row = dialog.indicator_view.currentIndex().row()
    name_cell = indicators.index(row, column(indicators, "name"))
    before = ws.indicators.get(indicators.record_at(row).id).name
    written = indicators.setData(name_cell, name)
    stored = ws.indicators.get(indicators.record_at(row).id).name
    if name.strip():
        assert written and stored == name and name_cell.data(EDIT) == name
    else:
        assert not written and stored == before
        assert "An indicator needs a name." in dialog.status.text()
        indicators.drop_draft(name_cell)
    note_cell = measurements.index(0, column(measurements, "note"))
    assert measurements.setData(note_cell, note)
    assert ws.measurements.get(measurements.record_at(0).id).note == note
    assert note_cell.data(EDIT) == note
    QApplication.processEvents()
