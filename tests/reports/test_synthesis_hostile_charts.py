"""The charts of the synthesis fed hostile text and numbers: generated workspaces (titles of
5,000 characters, emoji, Arabic, markup, controls) with indicators of generated names,
units and values. Every drawing stays inside its box, which stays inside the page; names
are printed cut and literally; the PDF is written."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from tests.reports.generated import bounded, build, required, tall, workspaces
from tests.reports.pdf_reading import pdf_text, squash
from tests.reports.test_synthesis_charts import charts_of, prepared
from workshop_app.domain.enums import IndicatorDirection, IndicatorKind
from workshop_app.domain.models import Action, Indicator, Measurement
from workshop_app.reports import ExportFormat, ExportOptions, Prepared, write
from workshop_app.reports.pdf_layout import BODY_WIDTH
from workshop_app.reports.pdf_monitoring_charts import CAPTION_LENGTH, fit
from workshop_app.reports.wording import wording_for

KIND_VALUES = {
    IndicatorKind.COUNT: st.one_of(st.integers(0, 400), st.integers(0, 10**12)).map(float),
    IndicatorKind.RATE: st.floats(0, 100, allow_nan=False),
    IndicatorKind.SCALE: st.floats(1, 5, allow_nan=False),
    IndicatorKind.YES_NO: st.sampled_from([0.0, 1.0]),
}
DAYS = st.dates(min_value=date(2020, 1, 1)).map(lambda d: d.isoformat())


@st.composite
def indicators(draw):
    kind = draw(st.sampled_from(list(KIND_VALUES)))
    values = draw(st.lists(st.tuples(DAYS, KIND_VALUES[kind]), min_size=0, max_size=14))
    return {
        "name": draw(st.one_of(required(60), required(5_000))),
        "unit": draw(st.one_of(st.just(""), required(60))),
        "baseline": draw(st.sampled_from(["", "12 en 2024", "0", "4,5 / 5", "non", "1"])),
        "target": draw(st.one_of(st.sampled_from(["", "240 à fin 2026", "3", "1"]), tall(300))),
        "kind": kind,
        "direction": draw(st.sampled_from(list(IndicatorDirection))),
        "values": values,
    }


def _add_indicators(ws, programme_id: str, action_title: str, specs: list[dict]) -> None:
    from workshop_app.domain.validation import ValidationError

    action = ws.actions.add(Action(programme_id=programme_id, number=90, title=action_title))
    for spec in specs:
        values = spec.pop("values")
        try:
            indicator = ws.indicators.add(Indicator(action_id=action.id, **spec))
        except ValidationError:  # a baseline or target the kind refuses ("4,5" for yes/no)
            indicator = ws.indicators.add(
                Indicator(action_id=action.id, name=spec["name"], kind=spec["kind"])
            )
        ws.measurements.add_many(
            [Measurement(indicator_id=indicator.id, measured_on=d, value=v) for d, v in values]
        )


def _inside(drawing, width: float) -> None:
    x1, y1, x2, y2 = drawing.getBounds()
    assert drawing.width <= width + 0.01
    assert x1 >= -0.5 and x2 <= drawing.width + 0.5, (x1, x2, drawing.width)
    assert y1 >= -0.5 and y2 <= drawing.height + 0.5, (y1, y2, drawing.height)


@bounded(12)
@given(workspaces(small=True), st.lists(indicators(), min_size=1, max_size=4), tall())
def test_charts_of_generated_workspaces_stay_in_their_boxes(spec, specs, action_title):
    with tempfile.TemporaryDirectory() as folder:
        built = build(spec, Path(folder) / "w.sqlite")
        try:
            ws = built.ws
            _add_indicators(ws, built.programme_id, action_title, specs)
            data = prepared(ws, built.programme_id)
            found = charts_of(data, data.language)
            for caption, drawing in found:
                _inside(drawing, BODY_WIDTH)
                assert len(caption) < CAPTION_LENGTH + 200  # a 5,000-character name is cut
            assert len(found) <= len(specs) + 3  # an indicator each at most, 3 per workshop
            result = write(Prepared(_options(built.programme_id), data), Path(folder) / "s.pdf")
            assert result.pages >= 1
        finally:
            built.ws.close()


def _options(programme_id: str) -> ExportOptions:
    return ExportOptions(ExportFormat.PROGRAMME_PDF, programme_id=programme_id)


def test_markup_emoji_and_arabic_in_names_print_as_typed_and_cut(tmp_path):
    from workshop_app.domain.models import Programme, Workshop
    from workshop_app.store import Workspace

    ws = Workspace.open(tmp_path / "w.sqlite", create=True)
    programme = ws.programmes.create_with_defaults(Programme(title="P", language="fr"))
    ws.workshops.add(
        Workshop(programme_id=programme.id, title="<b>&amp;</b> " * 600, starts_at="2026-03-01")
    )
    name = "<b>Ménages</b> &amp; 😀 يريد السكان " + "très " * 1_000
    _add_indicators(
        ws,
        programme.id,
        "Action <i>",
        [
            {
                "name": name,
                "kind": IndicatorKind.COUNT,
                "values": [("2026-01-01", 3.0), ("2026-02-01", 5.0)],
            }
        ],
    )
    data = prepared(ws, programme.id)
    [(caption, _drawing)] = charts_of(data)
    assert caption.startswith("<b>Ménages</b> &amp; 😀")
    assert caption.count("très") < 30 and "…" in caption
    path = tmp_path / "s.pdf"
    result = write(Prepared(_options(programme.id), data), path)
    text = squash(pdf_text(path))
    assert "<b>Ménages</b> &amp;" in text
    assert "😀" in result.missing_characters or "😀" in text
    ws.close()


def test_fit_cuts_with_an_ellipsis_to_the_width():
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from workshop_app.reports import fonts

    fonts.register_fonts()
    for text in ["x" * 5_000, "مرحبا " * 300, "<b>&amp;</b>\n\t" * 50, "😀" * 100]:
        cut = fit(text, 80)
        assert cut.endswith("…") and stringWidth(cut, fonts.REGULAR, 6.5) <= 80
        assert "\n" not in cut and "\t" not in cut
    assert fit("court", 80) == "court"
    assert wording_for("fr")("chart_too_few", minimum=5) == "moins de 5 réponses"
