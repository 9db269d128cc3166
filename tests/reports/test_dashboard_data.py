"""The dashboard's numbers (SQL aggregates) against a plain recount through the store's
repositories, on generated workspaces and selections: attendance, contributions,
feedback, improvements (per workshop and running total) and the indicators' series."""

from __future__ import annotations

import contextlib
import tempfile
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workshop_app.domain.enums import (
    EntryKind,
    ImprovementStatus,
    IndicatorKind,
    ParticipantRole,
    WorkshopKind,
)
from workshop_app.domain.models import (
    Action,
    Entry,
    FeedbackQuestion,
    FeedbackResponse,
    Indicator,
    Measurement,
    Participant,
    Programme,
    Theme,
    Workshop,
)
from workshop_app.reports.dashboard_data import (
    NO_THEME,
    dashboard_data,
    question_key,
    territory_key,
)
from workshop_app.reports.gather import select_workshops
from workshop_app.reports.options import Selection
from workshop_app.store import Workspace
from workshop_app.store.feedback import MIN_ANSWERS_FOR_DISTRIBUTION

TERRITORIES = ("Nord", "nord ", "Sud", "")
DAYS = ("2024-01-10", "2024-03-05", "2024-06-20", "")
QUESTIONS = ("Satisfait ?", "satisfait  ?", "Utile ?")
MEASURED_ON = ("2024-01-31", "2024-03-05", "2024-06-30", "2024-09-01")
BASELINES = {"": None, "240 à fin 2026": 240.0, "12 ménages en 2024": 12.0, "Aucun": None}
"""Baselines and targets as people write them, and the number the dashboard draws."""

measurement_st = st.fixed_dictionaries(
    {
        "day": st.sampled_from(MEASURED_ON),
        "value": st.integers(0, 100),
        "territory": st.sampled_from(TERRITORIES),
        "workshop": st.integers(-1, 3),  # index of the workshop it was taken at; -1 none
        "deleted": st.booleans(),
    }
)
indicator_st = st.fixed_dictionaries(
    {
        "kind": st.sampled_from([IndicatorKind.COUNT, IndicatorKind.RATE, IndicatorKind.TEXT]),
        "baseline": st.sampled_from(list(BASELINES)),
        "target": st.sampled_from(list(BASELINES)),
        "action": st.integers(0, 1),  # the second action is removed
        "measurements": st.lists(measurement_st, max_size=6),
    }
)

entry_st = st.tuples(
    st.sampled_from(list(EntryKind)),
    st.integers(-1, 2),  # theme index; -1 none, 2 the removed theme
    st.integers(-1, 3),  # author index; -1 none
    st.sampled_from([None, *ImprovementStatus]),
    st.booleans(),  # deleted
)
workshop_st = st.fixed_dictionaries(
    {
        "territory": st.sampled_from(TERRITORIES),
        "day": st.sampled_from(DAYS),
        "kind": st.sampled_from([WorkshopKind.FOCUS_GROUP, WorkshopKind.THEMATIC]),
        "present": st.lists(st.integers(0, 3), max_size=4, unique=True),
        "entries": st.lists(entry_st, max_size=12),
        "questions": st.lists(st.sampled_from(QUESTIONS), max_size=2),
        "responses": st.lists(st.lists(st.integers(1, 5), min_size=2, max_size=2), max_size=7),
    }
)
spec_st = st.fixed_dictionaries(
    {
        "roles": st.lists(st.sampled_from(list(ParticipantRole)), min_size=4, max_size=4),
        "workshops": st.lists(workshop_st, min_size=1, max_size=4),
        "indicators": st.lists(indicator_st, max_size=3),
    }
)
selection_st = st.builds(
    Selection,
    date_from=st.sampled_from(["", "2024-02-01"]),
    date_to=st.sampled_from(["", "2024-06-30"]),
    territory=st.sampled_from(["", "NORD", "Sud", "Est"]),
    kind=st.sampled_from([None, WorkshopKind.FOCUS_GROUP]),
)


def build(ws: Workspace, spec: dict) -> str:
    programme = ws.programmes.add(Programme(title="P"))
    themes = [
        ws.themes.add(Theme(programme_id=programme.id, name=name, position=n)).id
        for n, name in enumerate(("Conception", "Partenariat", "Retiré"))
    ]
    ws.themes.soft_delete(themes[2])
    people = [
        ws.participants.add(Participant(programme_id=programme.id, display_name=f"P{n}", role=r)).id
        for n, r in enumerate(spec["roles"])
    ]
    for n, w in enumerate(spec["workshops"]):
        workshop = ws.workshops.add(
            Workshop(
                programme_id=programme.id,
                title=f"Atelier {n}",
                kind=w["kind"],
                starts_at=w["day"],
                territory=w["territory"],
            )
        )
        for person in w["present"]:
            ws.attendance.check_in(workshop.id, people[person])
        for kind, theme, author, status, deleted in w["entries"]:
            entry = ws.entries.add(
                Entry(
                    workshop_id=workshop.id,
                    kind=kind,
                    text="x",
                    theme_id=themes[theme] if theme >= 0 else None,
                    author_id=people[author] if author >= 0 else None,
                    status=status if kind is EntryKind.IMPROVEMENT else None,
                )
            )
            if deleted:
                ws.entries.soft_delete(entry.id)
        questions = [
            ws.feedback_questions.add(
                FeedbackQuestion(workshop_id=workshop.id, text=text, position=p)
            ).id
            for p, text in enumerate(w["questions"])
        ]
        for ratings in w["responses"]:
            if questions:
                ws.feedback.submit(
                    FeedbackResponse(workshop_id=workshop.id),
                    dict(zip(questions, ratings, strict=False)),
                )
    workshop_ids = [w.id for w in ws.workshops.for_programme(programme.id)]
    build_indicators(ws, programme.id, spec.get("indicators", []), workshop_ids)
    return programme.id


def build_indicators(ws: Workspace, programme_id: str, specs: list, workshop_ids: list) -> None:
    actions = [
        ws.actions.add(Action(programme_id=programme_id, number=n + 1, title=f"Action {n + 1}"))
        for n in range(2)
    ]
    ws.actions.soft_delete(actions[1].id)
    for n, spec in enumerate(specs):
        indicator = ws.indicators.add(
            Indicator(
                action_id=actions[spec["action"]].id,
                name=f"Indicateur {n}",
                kind=spec["kind"],
                baseline=spec["baseline"] if spec["kind"] is not IndicatorKind.RATE else "",
                target=spec["target"] if spec["kind"] is not IndicatorKind.RATE else "",
            )
        )
        for m in spec["measurements"]:
            text = spec["kind"] is IndicatorKind.TEXT
            at = m["workshop"]
            measurement = ws.measurements.add(
                Measurement(
                    indicator_id=indicator.id,
                    measured_on=m["day"],
                    value=0 if text else m["value"],
                    text_value=f"texte {m['value']}" if text else "",
                    territory=m["territory"],
                    workshop_id=workshop_ids[at] if 0 <= at < len(workshop_ids) else None,
                )
            )
            if m["deleted"]:
                ws.measurements.soft_delete(measurement.id)


def recount(ws: Workspace, programme_id: str, selection: Selection) -> dict:
    """The same numbers, the plain way: records read one by one and counted in Python."""
    workshops = select_workshops(ws.workshops.for_programme(programme_id), selection)
    themes = {t.id for t in ws.themes.for_programme(programme_id)}
    attendance, improvements = {}, {}
    by_role_kind, by_theme_territory = Counter(), Counter()
    questions: dict[str, dict[str, tuple[int, float | None]]] = {}
    for workshop in workshops:
        attendance[workshop.id] = Counter(ws.attendance.counts_by_role(workshop.id))
        improvements[workshop.id] = Counter()
        for entry in ws.entries.for_workshop(workshop.id):
            role = None
            if entry.author_id:
                role = ws.participants.get(entry.author_id, include_deleted=True).role
            by_role_kind[(role, entry.kind)] += 1
            theme = entry.theme_id if entry.theme_id in themes else NO_THEME
            by_theme_territory[(theme, territory_key(workshop.territory))] += 1
            if entry.kind is EntryKind.IMPROVEMENT:
                improvements[workshop.id][entry.status or ImprovementStatus.PROPOSED] += 1
        for summary in ws.feedback.summary(workshop.id):
            key = question_key(summary.question.text)
            per = questions.setdefault(key, {})
            if workshop.id in per:  # the same text twice: answers add up, no mean shown alone
                answers, _mean = per[workshop.id]
                per[workshop.id] = (answers + summary.answers, "merged")
            else:
                per[workshop.id] = (summary.answers, summary.mean)
    running, to_date = Counter(), {}
    for workshop in workshops:
        for status, count in improvements[workshop.id].items():
            running[status] += count
        to_date[workshop.id] = Counter(running)
    return {
        "ids": [w.id for w in workshops],
        "attendance": attendance,
        "improvements": improvements,
        "improvements_to_date": to_date,
        "by_role_kind": by_role_kind,
        "by_theme_territory": by_theme_territory,
        "questions": questions,
        "indicators": recount_indicators(ws, programme_id, selection),
    }


def recount_indicators(ws: Workspace, programme_id: str, selection: Selection) -> list[dict]:
    """Each indicator of a live action, its measurements kept one by one, and one value per
    date (added for a count, averaged for a rate)."""
    live_actions = {a.id: a.number for a in ws.actions.for_programme(programme_id)}
    every_workshop = {
        w.id: w
        for w in ws.workshops.select("programme_id = ?", [programme_id], include_deleted=True)
    }
    territory = selection.territory.strip().casefold()
    found = []
    for indicator in ws.indicators.select():
        if indicator.action_id not in live_actions:
            continue
        kept = []
        for m in ws.measurements.for_indicator(indicator.id):
            if selection.date_from and m.measured_on < selection.date_from:
                continue
            if selection.date_to and m.measured_on > selection.date_to:
                continue
            if territory and m.territory.strip().casefold() not in ("", territory):
                continue
            if selection.kind is not None and m.workshop_id is not None:
                workshop = every_workshop.get(m.workshop_id)
                if workshop is None or workshop.kind != selection.kind:
                    continue
            kept.append(m)
        kept.sort(key=lambda m: (m.measured_on, m.created_at))
        points = []
        if indicator.kind is not IndicatorKind.TEXT:
            for day in sorted({m.measured_on for m in kept}):
                values = [m.value for m in kept if m.measured_on == day]
                total = sum(values)
                points.append(
                    (day, total if indicator.kind is IndicatorKind.COUNT else total / len(values))
                )
        numeric = indicator.kind is not IndicatorKind.TEXT
        found.append(
            {
                "id": indicator.id,
                "action": live_actions[indicator.action_id],
                "measurements": [m.id for m in kept],
                "points": points,
                "baseline": BASELINES.get(indicator.baseline) if numeric else None,
                "target": BASELINES.get(indicator.target) if numeric else None,
            }
        )
    found.sort(key=lambda i: (i["action"], ws.indicators.get(i["id"]).name.casefold()))
    return found


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(spec=spec_st, selections=st.lists(selection_st, min_size=1, max_size=3))
def test_the_dashboard_counts_what_a_plain_recount_counts(spec, selections):
    with tempfile.TemporaryDirectory() as folder:
        ws = Workspace.open(Path(folder) / "w.sqlite", create=True)
        with contextlib.closing(ws):
            programme_id = build(ws, spec)
            for selection in [Selection(), *selections]:
                expected = recount(ws, programme_id, selection)
                data = dashboard_data(ws, programme_id, selection)
                assert [w.id for w in data.workshops] == expected["ids"]
                assert data.attendance == expected["attendance"]
                assert data.improvements == expected["improvements"]
                assert data.improvements_to_date() == expected["improvements_to_date"]
                got_indicators = [
                    {
                        "id": i.indicator.id,
                        "action": i.action_number,
                        "measurements": [m.id for m in i.measurements],
                        "points": [(d, pytest.approx(v)) for d, v in i.points()],
                        "baseline": i.baseline,
                        "target": i.target,
                    }
                    for i in data.indicators
                ]
                assert got_indicators == expected["indicators"]
                assert +data.by_role_and_kind == expected["by_role_kind"]
                assert +data.by_theme_and_territory == expected["by_theme_territory"]
                got = {
                    question_key(q.text): {
                        w: (s.answers, s.mean) for w, s in q.per_workshop.items()
                    }
                    for q in data.questions
                }
                assert set(got) == set(expected["questions"])
                for key, per in expected["questions"].items():
                    for workshop_id, (answers, mean) in per.items():
                        got_answers, got_mean = got[key][workshop_id]
                        assert got_answers == answers
                        if mean != "merged":
                            assert got_mean == mean
                        if answers < MIN_ANSWERS_FOR_DISTRIBUTION:
                            assert got_mean is None
                assert data.total_entries == sum(expected["by_role_kind"].values())


def test_an_empty_selection_gives_empty_charts(tmp_path):
    with Workspace.open(tmp_path / "w.sqlite", create=True) as ws:
        programme = ws.programmes.add(Programme(title="P"))
        data = dashboard_data(ws, programme.id, Selection(territory="nowhere"))
        assert data.workshops == [] and data.total_entries == 0 and data.questions == []


def test_territories_are_one_whatever_their_case(tmp_path):
    with Workspace.open(tmp_path / "w.sqlite", create=True) as ws:
        programme = ws.programmes.add(Programme(title="P"))
        for n, territory in enumerate(("Nord", " nord", "Sud")):
            ws.workshops.add(
                Workshop(
                    programme_id=programme.id,
                    title=str(n),
                    starts_at=f"2024-0{n + 1}-01",
                    territory=territory,
                )
            )
        data = dashboard_data(ws, programme.id)
        assert data.territories == [("nord", "Nord"), ("sud", "Sud")]


def test_indicator_series_follow_the_filters(tmp_path):
    """Dates bound the measurements; a territory keeps its own and those of no territory;
    a kind of workshop keeps the measurements of its workshops and those of none; one
    value per date (added for a count); the baseline and target as numbers."""
    with Workspace.open(tmp_path / "w.sqlite", create=True) as ws:
        programme = ws.programmes.add(Programme(title="P"))
        focus, thematic = (
            ws.workshops.add(
                Workshop(programme_id=programme.id, title=kind.value, kind=kind, territory=t)
            )
            for kind, t in ((WorkshopKind.FOCUS_GROUP, "Nord"), (WorkshopKind.THEMATIC, "Sud"))
        )
        action = ws.actions.add(Action(programme_id=programme.id, number=3, title="A"))
        count = ws.indicators.add(
            Indicator(
                action_id=action.id,
                name="Ménages repérés",
                baseline="0 à l'ouverture",
                target="240 à fin 2026",
            )
        )
        words = ws.indicators.add(
            Indicator(action_id=action.id, name="Avis", kind=IndicatorKind.TEXT, target="Mieux")
        )
        rows = [
            ("2024-01-31", 10, "Nord", focus.id),
            ("2024-01-31", 5, "Sud", thematic.id),
            ("2024-03-31", 7, "", None),
            ("2024-06-30", 4, " nord", None),
        ]
        for day, value, territory, workshop_id in rows:
            ws.measurements.add(
                Measurement(
                    indicator_id=count.id,
                    measured_on=day,
                    value=value,
                    territory=territory,
                    workshop_id=workshop_id,
                )
            )
        ws.measurements.add(
            Measurement(indicator_id=words.id, measured_on="2024-02-01", value=0, text_value="ok")
        )

        def series(**selection):
            data = dashboard_data(ws, programme.id, Selection(**selection))
            by_name = {s.indicator.name: s for s in data.indicators}
            return by_name["Ménages repérés"], by_name["Avis"]

        numbers, text = series()
        assert numbers.action_number == 3
        assert numbers.points() == [("2024-01-31", 15.0), ("2024-03-31", 7.0), ("2024-06-30", 4.0)]
        assert (numbers.baseline, numbers.target) == (0.0, 240.0)
        assert text.points() == [] and text.baseline is None and text.target is None
        assert [m.text_value for m in text.measurements] == ["ok"]
        assert series(territory="NORD")[0].points() == [
            ("2024-01-31", 10.0),
            ("2024-03-31", 7.0),
            ("2024-06-30", 4.0),
        ]
        assert series(kind=WorkshopKind.THEMATIC)[0].points() == [
            ("2024-01-31", 5.0),
            ("2024-03-31", 7.0),
            ("2024-06-30", 4.0),
        ]
        assert series(date_from="2024-02-01", date_to="2024-03-31")[0].points() == [
            ("2024-03-31", 7.0)
        ]
        assert series(date_to="2024-01-31")[1].measurements == []


def test_improvements_to_date_is_a_running_total(tmp_path):
    with Workspace.open(tmp_path / "w.sqlite", create=True) as ws:
        programme = ws.programmes.add(Programme(title="P"))
        plan = {
            "2024-01-01": [ImprovementStatus.PROPOSED, ImprovementStatus.DONE],
            "2024-02-01": [],
            "2024-03-01": [ImprovementStatus.DONE, None],
        }
        for day, statuses in plan.items():
            workshop = ws.workshops.add(
                Workshop(programme_id=programme.id, title=day, starts_at=day)
            )
            for status in statuses:
                ws.entries.add(
                    Entry(
                        workshop_id=workshop.id,
                        kind=EntryKind.IMPROVEMENT,
                        text="x",
                        status=status,
                    )
                )
        data = dashboard_data(ws, programme.id)
        totals = [data.improvements_to_date()[w.id] for w in data.workshops]
        proposed, done = ImprovementStatus.PROPOSED, ImprovementStatus.DONE
        assert totals == [
            Counter({proposed: 1, done: 1}),
            Counter({proposed: 1, done: 1}),
            Counter({proposed: 2, done: 2}),
        ]
