"""The programme synthesis, read back from the PDF."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.reports.pdf_reading import first_run, pdf_text, squash, text_runs
from workshop_app.demo import create_demo_workspace
from workshop_app.domain.enums import ActionItemStatus, EntryKind, WorkshopKind
from workshop_app.reports import ExportFailed, ExportFormat, ExportOptions, Selection, export
from workshop_app.store import Workspace


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    return create_demo_workspace(tmp_path_factory.mktemp("demo") / "demo.sqlite")


@pytest.fixture
def demo(demo_file, tmp_path):
    copy = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, copy)
    ws = Workspace.open(copy)
    yield ws
    ws.close()


def synthesis(ws, tmp_path, selection=None, **options) -> Path:
    programme = ws.programmes.select()[0]
    path = tmp_path / "synthesis.pdf"
    export(
        ws,
        ExportOptions(
            ExportFormat.PROGRAMME_PDF,
            programme_id=programme.id,
            selection=selection or Selection(),
            **options,
        ),
        path,
    )
    return path


def test_every_entry_of_the_programme_is_printed_with_its_workshop(demo, tmp_path):
    path = synthesis(demo, tmp_path)
    text = squash(pdf_text(path))
    workshops = sorted(demo.workshops.select(), key=lambda w: w.starts_at)
    for workshop in workshops:
        assert squash(workshop.title) in text
        for entry in demo.entries.for_workshop(workshop.id):
            assert squash(entry.text) in text
    # Each pair row names its workshop by code (A1, A2…), on the line of the issue.
    runs = text_runs(path)
    codes = {w.id: f"A{n}" for n, w in enumerate(workshops, start=1)}
    issues = [e for w in workshops for e in demo.entries.for_workshop(w.id, EntryKind.ISSUE)]
    for issue in issues[:6]:
        run = first_run(runs, issue.text)
        beside = [r.text.strip() for r in runs if r.page == run.page and abs(r.y - run.y) < 3]
        assert codes[issue.workshop_id] in beside


def test_selection_by_territory_kind_and_dates(demo, tmp_path):
    workshops = demo.workshops.select()
    territory = workshops[1].territory
    text = squash(pdf_text(synthesis(demo, tmp_path, Selection(territory=territory))))
    for workshop in workshops:
        assert (squash(workshop.title) in text) == (workshop.territory == territory)
    kind = workshops[0].kind
    text = squash(pdf_text(synthesis(demo, tmp_path, Selection(kind=WorkshopKind(kind)))))
    assert squash(workshops[0].title) in text
    day = sorted(w.starts_at[:10] for w in workshops)
    text = squash(pdf_text(synthesis(demo, tmp_path, Selection(date_from=day[1], date_to=day[1]))))
    chosen = [w for w in workshops if w.starts_at[:10] == day[1]]
    others = [w for w in workshops if w.starts_at[:10] != day[1]]
    assert all(squash(w.title) in text for w in chosen)
    assert not any(squash(w.title) in text for w in others)


def test_an_empty_selection_is_refused_plainly(demo, tmp_path):
    with pytest.raises(ExportFailed, match="No workshop"):
        synthesis(demo, tmp_path, Selection(territory="Nowhere"))
    with pytest.raises(ExportFailed, match="no programme with the id"):
        export(
            demo,
            ExportOptions(ExportFormat.PROGRAMME_PDF, programme_id="nope"),
            tmp_path / "x.pdf",
        )
    assert not (tmp_path / "x.pdf").exists()


def test_open_action_items_only_and_no_names(demo, tmp_path):
    path = synthesis(demo, tmp_path, language="en")
    text = squash(pdf_text(path))
    items = [i for w in demo.workshops.select() for i in demo.action_items.for_workshop(w.id)]
    for item in items:
        is_open = item.status in (ActionItemStatus.OPEN, ActionItemStatus.IN_PROGRESS)
        tail = text[text.index("Open action items") :]
        assert (squash(item.what) in tail) == is_open
    names = [p.display_name for p in demo.participants.select()]
    assert [n for n in names if n in text] == []


def test_counts_per_theme_and_metadata(demo, tmp_path):
    path = synthesis(demo, tmp_path, language="fr")
    text = squash(pdf_text(path))
    assert "Contributions par thème" in text
    assert "Mise en œuvre" in text
    meta = PdfReader(path).metadata
    programme = demo.programmes.select()[0]
    assert programme.title in meta.title
    assert "3 ateliers" in meta.subject


@pytest.mark.parametrize("language", ["fr", "en"])
def test_column_headers_never_break_inside_a_word(demo, tmp_path, language):
    from workshop_app.reports.wording import wording_for

    w = wording_for(language)
    lines = {
        line.strip() for line in pdf_text(synthesis(demo, tmp_path, language=language)).split("\n")
    }
    headers = [w("from_workshop"), w("from")]
    for header in headers:
        # a header too wide for its column would come back as two pieces ("Worksh", "op")
        assert header in lines
        assert [x for x in lines if x and header.startswith(x) and x != header] == [], header


def test_entries_of_a_removed_theme_or_action_count_and_show_with_those_of_none(tmp_path):
    from workshop_app.domain.models import Action, Entry, Programme, Workshop
    from workshop_app.reports import prepare

    ws = Workspace.open(tmp_path / "w.sqlite", create=True)
    programme = ws.programmes.create_with_defaults(Programme(title="P", language="en"))
    theme = ws.themes.for_programme(programme.id)[0]
    action = ws.actions.add(Action(programme_id=programme.id, number=1, title="Gone"))
    workshop = ws.workshops.add(Workshop(programme_id=programme.id, title="W", language="en"))
    ws.entries.add_many(
        [
            Entry(workshop_id=workshop.id, kind=EntryKind.ISSUE, text="of no theme"),
            Entry(
                workshop_id=workshop.id,
                kind=EntryKind.ISSUE,
                text="of a removed theme",
                theme_id=theme.id,
                action_id=action.id,
                position=1.0,
            ),
        ]
    )
    ws.themes.soft_delete(theme.id)
    ws.actions.soft_delete(action.id)
    options = ExportOptions(ExportFormat.PROGRAMME_PDF, programme_id=programme.id)
    data = prepare(ws, options).data
    assert [(name, sum(c.values())) for name, c in data.theme_counts] == [("", 2)]
    assert len(data.tables) == 1 and len(data.tables[0].rows) == 2
    path = tmp_path / "s.pdf"
    export(ws, options, path)
    lines = [line.strip() for line in pdf_text(path).split("\n")]
    assert lines.count("No action") == 1 and lines.count("Theme: No theme") == 1
    ws.close()


def _table_rows(text: str, start: str, end: str) -> str:
    flat = squash(text)
    return flat[flat.index(squash(start)) : flat.index(squash(end), flat.index(squash(start)))]


def test_the_challenges_table_is_printed(demo, tmp_path):
    text = pdf_text(synthesis(demo, tmp_path))
    flat = squash(text)
    assert "Enjeux du programme" in flat
    assert "Thème Enjeu Situation de départ Ce que nous voulons atteindre" in flat
    for challenge in demo.challenges.for_programme(demo.programmes.select()[0].id):
        for cell in (challenge.theme, challenge.challenge, challenge.baseline, challenge.goal):
            assert squash(cell) in flat, cell


def test_an_indicator_table_per_action_with_latest_value_and_trend(demo, tmp_path):
    text = pdf_text(synthesis(demo, tmp_path))
    part = _table_rows(text, "Indicateurs de suivi", "Difficultés de mise en œuvre")
    assert part.count("Indicateur Situation de départ Cible Dernière valeur Tendance") == 3
    # action 1: the households counted rise (148 → 183), the delay falls (21 → 18 days)
    assert "183\u00a0ménages 31 mars 2026 en progrès" in part.replace(" ménages", "\u00a0ménages")
    delay = part[part.index("Délai moyen") :]
    assert "18\u00a0jours" in delay.replace(" jours", "\u00a0jours")
    assert "en progrès" in delay[: delay.index("Action 2")]
    # action 3: the satisfaction mean of the feedback falls (4,2 → 3,9)
    satisfaction = part[part.index("Satisfaction moyenne") :]
    assert "3,9" in satisfaction and "en recul" in satisfaction


def test_the_indicators_follow_the_selection_end_date(demo, tmp_path):
    text = pdf_text(synthesis(demo, tmp_path, Selection(date_to="2026-04-30")))
    part = squash(text)
    part = part[part.index("Indicateurs de suivi") :]
    satisfaction = part[part.index("Satisfaction moyenne") :]
    assert "4,2" in satisfaction and "3,9" not in satisfaction[:200]
