"""The monitoring tables of the programme synthesis, read back from the PDF by position:
the challenges table and, per action, "Indicator | Baseline | Target | Latest | Trend",
each cell put together from the text drawn in its column between its row's top and the
next row's."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest

from tests.reports.pdf_reading import Run, squash, text_runs
from workshop_app.domain.enums import IndicatorDirection, IndicatorKind
from workshop_app.domain.models import (
    Action,
    Challenge,
    Indicator,
    Measurement,
    Programme,
    Workshop,
)
from workshop_app.reports import ExportFormat, ExportOptions, Selection, prepare, write
from workshop_app.reports.synthesis_chart_data import attach_charts
from workshop_app.store import Workspace


def synthesis(ws, programme_id: str, path: Path, selection=None, language: str = "") -> Path:
    """The synthesis written as the application writes it, with its charts."""
    options = ExportOptions(
        ExportFormat.PROGRAMME_PDF,
        programme_id=programme_id,
        selection=selection or Selection(),
        language=language,
    )
    prepared = prepare(ws, options)
    if getattr(prepared.data, "charts", None) is None:
        attach_charts(ws, prepared.data)
    write(prepared, path)
    return path


def _below(runs: list[Run], text: str, page: int, y: float) -> Run:
    """The first run of ``text`` (its first line) on ``page`` below the height ``y``."""
    head = squash(text)[:25]
    for run in runs:
        piece = squash(run.text)[:25]
        starts = piece.startswith(head) or (head.startswith(piece) and len(piece) >= 4)
        if run.page == page and run.y < y - 0.5 and piece and starts:
            return run
    raise AssertionError(f"not found below y={y:.0f} on page {page}: {head!r}")


def read_table(
    runs: list[Run], header: list[str], first_cells: list[str], end: str, after: str = ""
) -> list[list[str]]:
    """The rows of the table whose header row starts with ``header`` (after the text
    ``after`` if given), rows starting with ``first_cells``, ``end`` the first text
    below it in its first column."""
    page, y = 1, 1e9
    if after:
        start = next(r for r in runs if squash(r.text).startswith(squash(after)))
        page, y = start.page, start.y
    last = max(r.page for r in runs)
    while True:  # the header may be on a later page than ``after``
        try:
            head = _below(runs, header[0], page, y)
            break
        except AssertionError:
            if page >= last:
                raise
            page, y = page + 1, 1e9
    on_page = [r for r in runs if r.page == head.page]
    columns = []
    for name in header:
        word = squash(name).split()[0]
        columns.append(
            next(r.x for r in on_page if abs(r.y - head.y) < 1 and squash(r.text).startswith(word))
        )
    assert columns == sorted(columns), "the header's columns are not in order"
    tops, y = [], head.y
    for n, cell in enumerate([*first_cells, end]):
        run = _below(on_page, cell, head.page, y)
        if n < len(first_cells):
            assert abs(run.x - columns[0]) < 2, f"{cell!r} is not in the first column"
        tops.append(run.y)
        y = run.y
    rows = []
    for top, bottom in pairwise(tops):
        inside = sorted(
            (r for r in on_page if bottom + 3 < r.y <= top + 3), key=lambda r: (-r.y, r.x)
        )
        cells: list[list[str]] = [[] for _ in columns]
        for run in inside:
            column = max(n for n, x in enumerate(columns) if x <= run.x + 1)
            cells[column].append(run.text)
        rows.append([squash(" ".join(cell)) for cell in cells])
    return rows


# -- the demo programme -------------------------------------------------------------------------
DEMO_INDICATORS = {
    1: [
        ["Délai moyen entre le repérage et le premier contact Source : Tableau de suivi des bailleurs",
         "30 jours en 2024", "15 jours au plus", "18 jours 31 mars 2026", "en progrès"],
        ["Ménages repérés depuis l'ouverture des plateformes Source : Fiches de repérage des plateformes",
         "0 à l'ouverture (janvier 2025)", "240 à fin 2026", "183 ménages 31 mars 2026", "en progrès"],
    ],
    2: [
        ["Ménages en accompagnement global renforcé Source : File active de l'équipe d'accompagnement",
         "12 ménages en 2024", "30 suivis en même temps", "26 ménages 31 mars 2026", "en progrès"],
        ["Part des situations signalées par un partenaire autre que le bailleur Source : Fiches de "
         "repérage des plateformes", "15 % en 2024", "40 %", "31 % 31 mars 2026", "en progrès"],
    ],
    3: [
        ["Locataires présents aux ateliers Source : Feuilles de présence (Atelier)",
         "1 par atelier en 2025", "Au moins 3 par atelier", "3 personnes 18 juin 2026",
         "en progrès, cible atteinte"],
        ["Satisfaction moyenne des participants aux ateliers Source : Questionnaires de fin "
         "d'atelier (Atelier)", "", "4 ou plus", "3,9 / 5 30 juin 2026", "en recul"],
    ],
}  # fmt: skip
INDICATOR_HEADER = ["Indicateur", "Situation de départ", "Cible", "Dernière valeur", "Tendance"]


def test_the_demo_challenges_table_reads_back_row_by_row(demo_ws, tmp_path):
    programme = demo_ws.programmes.select()[0]
    runs = text_runs(synthesis(demo_ws, programme.id, tmp_path / "s.pdf"))
    challenges = demo_ws.challenges.for_programme(programme.id)
    rows = read_table(
        runs,
        ["Thème", "Enjeu", "Situation de départ", "Ce que nous voulons atteindre"],
        [c.theme for c in challenges],
        "Indicateurs de suivi",
        after="Enjeux du programme",
    )
    expected = [[squash(c.theme), squash(c.challenge), squash(c.baseline), squash(c.goal)]
                for c in challenges]  # fmt: skip
    assert len(expected) == 4
    assert rows == expected


def test_the_demo_indicator_tables_read_back_with_latest_value_and_trend(demo_ws, tmp_path):
    programme = demo_ws.programmes.select()[0]
    runs = text_runs(synthesis(demo_ws, programme.id, tmp_path / "s.pdf"))
    actions = {a.number: a for a in demo_ws.actions.for_programme(programme.id)}
    for number, expected in DEMO_INDICATORS.items():
        rows = read_table(
            runs,
            INDICATOR_HEADER,
            [row[0] for row in expected],
            expected[0][0],  # the first chart's caption, under the table
            after=f"Action {number} : {actions[number].title}",
        )
        assert rows == [[squash(cell) for cell in row] for row in expected], number


def test_the_latest_values_of_the_demo_are_those_of_the_database(demo_ws):
    """The expected "Latest" cells above, checked against the measurements themselves."""
    latest = dict(
        demo_ws.db.execute(
            """SELECT i.name, m.value FROM measurement m JOIN indicator i ON i.id = m.indicator_id
               WHERE m.deleted_at IS NULL AND m.measured_on = (SELECT max(measured_on)
               FROM measurement WHERE indicator_id = i.id AND deleted_at IS NULL)"""
        ).fetchall()
    )
    shown = {
        row[0].split(" Source")[0]: row[3] for rows in DEMO_INDICATORS.values() for row in rows
    }
    for name, value in latest.items():
        number = f"{value:g}".replace(".", ",")
        assert shown[name].startswith(number + " "), name


# -- a programme made from scratch ------------------------------------------------------------
@pytest.fixture
def scratch(tmp_path):
    """A programme with two challenges and an indicator of each kind."""
    ws = Workspace.open(tmp_path / "scratch.sqlite", create=True)
    programme = ws.programmes.create_with_defaults(Programme(title="Essai", language="fr"))
    ws.workshops.add(Workshop(programme_id=programme.id, title="Un", starts_at="2026-03-14T10:00"))
    one = ws.actions.add(Action(programme_id=programme.id, number=1, title="Loger"))
    two = ws.actions.add(Action(programme_id=programme.id, number=2, title="Suivre"))

    def indicator(action, name, kind, baseline="", target="", unit="", values=()):
        added = ws.indicators.add(
            Indicator(action_id=action.id, name=name, kind=kind, baseline=baseline,
                      target=target, unit=unit, direction=IndicatorDirection.UP)
        )  # fmt: skip
        for day, value, *territory in values:
            text = value if isinstance(value, str) else ""
            ws.measurements.add(
                Measurement(indicator_id=added.id, measured_on=day,
                            value=0 if text else value, text_value=text,
                            territory=territory[0] if territory else "")
            )  # fmt: skip
        return added

    indicator(one, "Ménages logés", IndicatorKind.COUNT, "40 en 2025", "90 à fin 2026", "ménages",
              [("2026-01-31", 50), ("2026-02-28", 61), ("2026-03-31", 30, "Nord"),
               ("2026-03-31", 28, "Sud")])  # fmt: skip
    indicator(one, "Taux de relogement", IndicatorKind.RATE, "10 %", "25 %", "%",
              [("2026-02-15", 12.5)])  # fmt: skip
    indicator(two, "Comité réuni", IndicatorKind.YES_NO, "non", "oui", "",
              [("2026-01-10", 0), ("2026-03-10", 1)])  # fmt: skip
    indicator(
        two, "Convention", IndicatorKind.TEXT, "", "Signée", "", [("2026-02-01", "En relecture")]
    )
    indicator(two, "Note des locataires", IndicatorKind.SCALE, "3", "4", "/5")
    for position, (theme, challenge, baseline, goal) in enumerate(
        [("Logement", "Reloger vite", "Six mois", "Deux mois"),
         ("Lien", "<b>Écouter</b> &amp; agir", "Peu de retours", "Un retour par mois")]
    ):  # fmt: skip
        ws.challenges.add(
            Challenge(programme_id=programme.id, theme=theme, challenge=challenge,
                      baseline=baseline, goal=goal, position=position)
        )  # fmt: skip
    yield ws, programme
    ws.close()


SCRATCH = {
    "fr": (
        ["Thème", "Enjeu", "Situation de départ", "Ce que nous voulons atteindre"],
        [["Logement", "Reloger vite", "Six mois", "Deux mois"],
         ["Lien", "<b>Écouter</b> &amp; agir", "Peu de retours", "Un retour par mois"]],
        {
            "Action 1 : Loger": [
                ["Ménages logés", "40 en 2025", "90 à fin 2026", "58 ménages 31 mars 2026", "en recul"],
                ["Taux de relogement", "10 %", "25 %", "12,5 % 15 février 2026", "en progrès"],
            ],
            "Action 2 : Suivre": [
                ["Comité réuni", "non", "oui", "oui 10 mars 2026", "en progrès"],
                ["Convention", "", "Signée", "En relecture 1er février 2026", "–"],
                ["Note des locataires", "3", "4", "pas encore mesuré", "–"],
            ],
        },
    ),
    "en": (
        ["Theme", "Challenge", "Baseline", "What we would like to achieve"],
        [["Logement", "Reloger vite", "Six mois", "Deux mois"],
         ["Lien", "<b>Écouter</b> &amp; agir", "Peu de retours", "Un retour par mois"]],
        {
            "Action 1: Loger": [
                ["Ménages logés", "40 en 2025", "90 à fin 2026", "58 ménages 31 March 2026", "worsening"],
                ["Taux de relogement", "10 %", "25 %", "12.5 % 15 February 2026", "improving"],
            ],
            "Action 2: Suivre": [
                ["Comité réuni", "non", "oui", "yes 10 March 2026", "improving"],
                ["Convention", "", "Signée", "En relecture 1 February 2026", "–"],
                ["Note des locataires", "3", "4", "not measured yet", "–"],
            ],
        },
    ),
}  # fmt: skip


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_programme_made_from_scratch_reads_back_cell_by_cell(scratch, tmp_path, language):
    ws, programme = scratch
    from workshop_app.reports.wording import wording_for

    w = wording_for(language)
    runs = text_runs(synthesis(ws, programme.id, tmp_path / "s.pdf", language=language))
    header, challenges, indicators = SCRATCH[language]
    rows = read_table(runs, header, [c[0] for c in challenges], w("indicators_heading"),
                      after=w("challenges_heading"))  # fmt: skip
    assert rows == challenges
    indicator_header = [w(k) for k in ("indicator", "baseline", "target", "latest", "trend")]
    for heading, expected in indicators.items():
        # under each table: the first numeric indicator's chart, its name as caption
        rows = read_table(runs, indicator_header, [r[0] for r in expected], expected[0][0],
                          after=heading)  # fmt: skip
        assert rows == expected, heading


def test_a_long_table_of_workshops_starts_on_the_first_page_with_whole_codes(tmp_path):
    """Forty workshops of one line fit on a page, not under the heading block: the table
    used to leave the first page empty but for that block, and to break "A10" into "A1"
    and "0"."""
    from pypdf import PdfReader

    ws = Workspace.open(tmp_path / "w.sqlite", create=True)
    programme = ws.programmes.create_with_defaults(Programme(title="P", language="fr"))
    for n in range(40):
        day = f"2026-{1 + n // 28:02d}-{1 + n % 28:02d}T10:00"
        ws.workshops.add(Workshop(programme_id=programme.id, title=f"W{n}", starts_at=day))
    path = synthesis(ws, programme.id, tmp_path / "s.pdf")
    first = [line.strip() for line in PdfReader(path).pages[0].extract_text().split("\n")]
    assert "Contributions" in first and "A12" in first  # the table's header and rows
    runs = text_runs(path)
    assert not [r for r in runs if r.text.strip() == "0" and r.x < 60]  # no "A1" / "0"
    ws.close()
