"""Programmes, their numbered actions and their list of themes."""

from workshop_app.domain import Action, Programme, Theme
from workshop_app.domain.enums import DEFAULT_THEMES


def test_create_with_defaults_gives_the_five_oif_themes_in_order(ws):
    programme = ws.programmes.create_with_defaults(Programme(title="OIF Nord"))
    themes = ws.themes.for_programme(programme.id)
    assert [t.name for t in themes] == [
        "Design",
        "Implementation",
        "Partnership",
        "Monitoring",
        "Financing",
    ]
    assert [t.position for t in themes] == [0, 1, 2, 3, 4]


def test_create_with_defaults_accepts_another_theme_list(ws):
    programme = ws.programmes.create_with_defaults(
        Programme(title="OIF Sud"), themes=["Conception", "Mise en œuvre"]
    )
    assert [t.name for t in ws.themes.for_programme(programme.id)] == [
        "Conception",
        "Mise en œuvre",
    ]


def test_create_with_defaults_returns_the_stored_programme(ws):
    programme = ws.programmes.create_with_defaults(Programme(title="OIF Est"))
    assert ws.programmes.get(programme.id) == programme


def test_themes_belong_to_their_programme_only(ws):
    first = ws.programmes.create_with_defaults(Programme(title="Premier"))
    second = ws.programmes.create_with_defaults(Programme(title="Second"))
    ws.themes.add(Theme(programme_id=second.id, name="Logement", position=5))
    assert len(ws.themes.for_programme(first.id)) == len(DEFAULT_THEMES)
    assert len(ws.themes.for_programme(second.id)) == len(DEFAULT_THEMES) + 1


def test_soft_deleted_theme_leaves_the_list(ws, programme):
    design = ws.themes.for_programme(programme.id)[0]
    ws.themes.soft_delete(design.id)
    assert "Design" not in [t.name for t in ws.themes.for_programme(programme.id)]


def test_programmes_are_listed_by_title_ignoring_case(ws):
    for title in ["bailleurs", "Aidants", "Cohésion"]:
        ws.programmes.add(Programme(title=title))
    assert [p.title for p in ws.programmes.select()] == ["Aidants", "bailleurs", "Cohésion"]


def test_actions_are_listed_by_number(ws, programme):
    for number in [3, 1, 2]:
        ws.actions.add(Action(programme_id=programme.id, number=number, title=f"Action {number}"))
    assert [a.number for a in ws.actions.for_programme(programme.id)] == [1, 2, 3]
