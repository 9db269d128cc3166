"""The dashboard's numbers (SQL aggregates) against a plain recount through the store's
repositories, on generated workspaces and selections."""

from __future__ import annotations

import contextlib
import tempfile
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workshop_app.domain.enums import (
    EntryKind,
    ImprovementStatus,
    ParticipantRole,
    WorkshopKind,
)
from workshop_app.domain.models import (
    Entry,
    FeedbackQuestion,
    FeedbackResponse,
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
    return programme.id


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
    return {
        "ids": [w.id for w in workshops],
        "attendance": attendance,
        "improvements": improvements,
        "by_role_kind": by_role_kind,
        "by_theme_territory": by_theme_territory,
        "questions": questions,
    }


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
