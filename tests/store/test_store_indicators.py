"""Monitoring criteria of actions and their values over time."""

import sqlite3
from contextlib import closing

import pytest

from workshop_app.domain import (
    Action,
    Attendance,
    Challenge,
    Entry,
    EntryKind,
    FeedbackQuestion,
    FeedbackResponse,
    ImprovementStatus,
    Indicator,
    IndicatorDirection,
    IndicatorKind,
    Measurement,
    ParticipantRole,
    ValidationError,
)
from workshop_app.store import Workspace
from workshop_app.store.indicators import proposals_for, propose_measurements


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


# -- issue 16: kinds, baselines, territories, challenges, proposals ---------------------


def test_an_indicator_keeps_its_kind_baseline_direction_and_source(ws, action):
    indicator = ws.indicators.add(
        Indicator(
            action_id=action.id,
            name="Délai avant le premier contact",
            kind=IndicatorKind.COUNT,
            unit="jours",
            baseline="27 jours",
            target="15 jours au plus",
            direction=IndicatorDirection.DOWN,
            source="Tableau de suivi des plateformes",
        )
    )
    back = ws.indicators.get(indicator.id)
    assert back.kind is IndicatorKind.COUNT
    assert back.direction is IndicatorDirection.DOWN
    assert (back.baseline, back.target, back.source) == (
        "27 jours",
        "15 jours au plus",
        "Tableau de suivi des plateformes",
    )


def test_a_kind_this_version_does_not_know_reads_as_text(ws, action):
    indicator = ws.indicators.add(Indicator(action_id=action.id, name="Nouveau"))
    ws.db.execute("UPDATE indicator SET kind = 'histogram' WHERE id = ?", [indicator.id])
    assert ws.indicators.get(indicator.id).kind is IndicatorKind.TEXT


@pytest.mark.parametrize(
    ("kind", "value"),
    [
        (IndicatorKind.RATE, 120.0),
        (IndicatorKind.SCALE, 0.0),
        (IndicatorKind.SCALE, 5.5),
        (IndicatorKind.YES_NO, 2.0),
        (IndicatorKind.COUNT, -1.0),
        (IndicatorKind.COUNT, float("nan")),
    ],
)
def test_a_value_impossible_for_the_kind_is_refused(ws, action, kind, value):
    indicator = ws.indicators.add(Indicator(action_id=action.id, name="Mesure", kind=kind))
    with pytest.raises(ValidationError):
        ws.measurements.add(
            Measurement(indicator_id=indicator.id, measured_on="2026-01-01", value=value)
        )
    assert ws.measurements.for_indicator(indicator.id) == []


def test_a_measurement_needs_a_date_and_a_text_indicator_a_text(ws, action):
    counted = ws.indicators.add(Indicator(action_id=action.id, name="Ménages"))
    with pytest.raises(ValidationError, match="date"):
        ws.measurements.add(Measurement(indicator_id=counted.id, measured_on="31/03", value=3))
    said = ws.indicators.add(
        Indicator(action_id=action.id, name="Livrables", kind=IndicatorKind.TEXT)
    )
    with pytest.raises(ValidationError):
        ws.measurements.add(Measurement(indicator_id=said.id, measured_on="2026-03-31", value=0))
    kept = ws.measurements.add(
        Measurement(
            indicator_id=said.id,
            measured_on="2026-03-31",
            value=0,
            text_value="Guide remis aux équipes",
            territory="Vénissieux",
        )
    )
    back = ws.measurements.get(kept.id)
    assert (back.text_value, back.territory) == ("Guide remis aux équipes", "Vénissieux")


def test_a_rate_baseline_above_a_hundred_is_refused(ws, action):
    with pytest.raises(ValidationError, match="rate"):
        ws.indicators.add(
            Indicator(action_id=action.id, name="Part", kind=IndicatorKind.RATE, baseline="140 %")
        )


def test_indicators_of_a_programme_come_by_action_number(ws, programme, action):
    first = ws.actions.add(Action(programme_id=programme.id, number=0, title="Première"))
    ws.indicators.add(Indicator(action_id=action.id, name="A"))
    ws.indicators.add(Indicator(action_id=first.id, name="Z"))
    assert [i.name for i in ws.indicators.for_programme(programme.id)] == ["Z", "A"]


def test_challenges_are_listed_in_position_order_and_removed_softly(ws, programme):
    later = ws.challenges.add(
        Challenge(programme_id=programme.id, challenge="Financer", position=1)
    )
    ws.challenges.add(
        Challenge(
            programme_id=programme.id,
            theme="Co-production",
            challenge="Associer les partenaires",
            baseline="Décisions prises au centre",
            goal="Des décisions partagées avec les associations",
            position=0,
        )
    )
    assert [c.challenge for c in ws.challenges.for_programme(programme.id)] == [
        "Associer les partenaires",
        "Financer",
    ]
    assert ws.challenges.next_position(programme.id) == 2
    ws.challenges.soft_delete(later.id)
    assert len(ws.challenges.for_programme(programme.id)) == 1
    with pytest.raises(ValidationError):
        ws.challenges.add(Challenge(programme_id=programme.id, challenge="  "))


def test_a_version_5_file_with_indicators_is_upgraded_and_keeps_them(tmp_path):
    """A file written before migration 6 has the old indicator and measurement columns:
    it opens, and its values are kept with the new columns' defaults."""
    from workshop_app.store import schema

    path = tmp_path / "v5.sqlite"
    with closing(sqlite3.connect(path)) as conn:
        from sqlite_utils import Database as Tables

        tables = Tables(conn)
        for name, run in schema._registered[:5]:
            run(tables)
            conn.execute(
                f"CREATE TABLE IF NOT EXISTS {schema.MIGRATIONS_TABLE} (id INTEGER PRIMARY KEY, "
                "migration_set TEXT, name TEXT, applied_at TEXT)"
            )
            conn.execute(
                f"INSERT INTO {schema.MIGRATIONS_TABLE} (migration_set, name, applied_at) "
                "VALUES (?, ?, '2025-01-01')",
                [schema.MIGRATION_SET, name],
            )
        conn.execute(
            "CREATE UNIQUE INDEX IF NOT EXISTS idx__sqlite_migrations_migration_set_name "
            f"ON {schema.MIGRATIONS_TABLE} (migration_set, name)"
        )
        stamp = "2025-01-01T00:00:00Z"
        conn.execute(
            "INSERT INTO programme VALUES ('p', 'Programme', '', 'fr', ?, ?, NULL)", [stamp, stamp]
        )
        conn.execute(
            "INSERT INTO action (id, programme_id, number, title, created_at, updated_at) "
            "VALUES ('a', 'p', 1, 'Action', ?, ?)",
            [stamp, stamp],
        )
        conn.execute(
            "INSERT INTO indicator VALUES ('i', 'a', 'Ménages', 'ménages', '240', ?, ?, NULL)",
            [stamp, stamp],
        )
        conn.execute(
            "INSERT INTO measurement VALUES ('m', 'i', '2025-06-30', 96, 'Cumul', NULL, ?, ?, NULL)",
            [stamp, stamp],
        )
        conn.commit()
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 5
    with Workspace.open(path) as ws:
        assert ws.schema_version == schema.SCHEMA_VERSION
        indicator = ws.indicators.get("i")
        assert (indicator.kind, indicator.target, indicator.baseline) == (
            IndicatorKind.COUNT,
            "240",
            "",
        )
        assert ws.measurements.get("m").value == 96.0
        assert ws.challenges.for_programme("p") == []


def test_proposals_for_a_workshop(ws, action, workshop, make_participant, make_entry):
    people = [make_participant(f"Personne {n}") for n in range(5)]
    people.append(make_participant("Assistante", role=ParticipantRole.SOCIAL_WORKER))
    ws.attendance.add_many(
        [Attendance(workshop_id=workshop.id, participant_id=p.id) for p in people]
    )
    satisfied = ws.feedback_questions.add(
        FeedbackQuestion(workshop_id=workshop.id, text="Satisfait·e ?", position=0)
    )
    rare = ws.feedback_questions.add(
        FeedbackQuestion(workshop_id=workshop.id, text="Utile ?", position=1)
    )
    for n, rating in enumerate([5, 4, 4, 3, 5]):
        ratings = {satisfied.id: rating}
        if n < 2:
            ratings[rare.id] = 5  # two answers only: no mean
        ws.feedback.submit(FeedbackResponse(workshop_id=workshop.id), ratings)
    issue = make_entry("Les courriers arrivent trop tard")
    for status in (ImprovementStatus.PLANNED, ImprovementStatus.PLANNED, None):
        ws.entries.add(
            Entry(
                workshop_id=workshop.id,
                kind=EntryKind.IMPROVEMENT,
                text="Un appel avant la lettre",
                answers_id=issue.id,
                status=status,
            )
        )
    proposed = {(p.source, p.detail): p for p in propose_measurements(ws, workshop.id)}
    assert proposed[("attendance", "")].value == 6
    assert proposed[("attendance", "resident")].value == 5
    assert proposed[("attendance", "social_worker")].value == 1
    mean = proposed[("satisfaction", "Satisfait·e ?")]
    assert (mean.value, mean.answers, mean.kind) == (4.2, 5, IndicatorKind.SCALE)
    assert ("satisfaction", "Utile ?") not in proposed
    assert proposed[("improvements", "planned")].value == 2
    assert proposed[("improvements", "proposed")].value == 1
    assert all(p.measured_on == "2024-03-01" for p in proposed.values())
    scale = ws.indicators.add(
        Indicator(action_id=action.id, name="Satisfaction", kind=IndicatorKind.SCALE)
    )
    taken = ws.measurements.add(mean.measurement(scale.id))
    assert (taken.workshop_id, taken.value) == (workshop.id, 4.2)


def _attended(ws, workshop, people):
    ws.attendance.add_many(
        [Attendance(workshop_id=workshop.id, participant_id=p.id) for p in people]
    )


def test_proposals_for_an_indicator_put_its_action_s_workshops_first(
    ws, programme, action, make_workshop, make_participant
):
    """Issue 16, play-through: the workshops of other actions were offered alike. The
    workshops linked to the indicator's action come first, each group by date."""
    other = ws.actions.add(Action(programme_id=programme.id, number=5, title="Autre"))
    early_other = make_workshop("Autre action, mars", starts_at="2026-03-01T14:00")
    late_linked = make_workshop("Cette action, juin", starts_at="2026-06-01T14:00")
    early_linked = make_workshop("Cette action, avril", starts_at="2026-04-01T14:00")
    make_workshop("Sans date")
    ws.workshops.set_action_ids(early_other.id, [other.id])
    ws.workshops.set_action_ids(late_linked.id, [action.id])
    ws.workshops.set_action_ids(early_linked.id, [action.id, other.id])
    person = make_participant("Nadia")
    for workshop in ws.workshops.for_programme(programme.id):
        _attended(ws, workshop, [person])
    counted = ws.indicators.add(Indicator(action_id=action.id, name="Présents"))
    groups = proposals_for(ws, counted)
    assert [(g.workshop.title, g.linked) for g in groups] == [
        ("Cette action, avril", True),
        ("Cette action, juin", True),
        ("Autre action, mars", False),
    ]


def test_a_proposal_already_measured_is_set_apart_and_kinds_are_kept_apart(
    ws, action, workshop, make_participant
):
    _attended(ws, workshop, [make_participant(f"P{n}") for n in range(3)])
    counted = ws.indicators.add(Indicator(action_id=action.id, name="Présents"))
    (group,) = proposals_for(ws, counted)
    everyone = next(p for p in group.proposals if p.detail == "")
    assert group.taken == []
    ws.measurements.add(everyone.measurement(counted.id))
    (group,) = proposals_for(ws, counted)
    assert everyone not in group.proposals
    assert everyone in group.taken
    # a 1–5 scale is offered the feedback means only, a rate nothing
    scale = ws.indicators.add(
        Indicator(action_id=action.id, name="Satisfaction", kind=IndicatorKind.SCALE)
    )
    assert all(p.source == "satisfaction" for g in proposals_for(ws, scale) for p in g.proposals)
    rate = ws.indicators.add(Indicator(action_id=action.id, name="Part", kind=IndicatorKind.RATE))
    assert proposals_for(ws, rate) == []


def test_questions_answered_fewer_than_five_times_are_told_not_proposed(ws, action, workshop):
    question = ws.feedback_questions.add(
        FeedbackQuestion(workshop_id=workshop.id, text="Utile ?", position=0)
    )
    for rating in (5, 4):
        ws.feedback.submit(FeedbackResponse(workshop_id=workshop.id), {question.id: rating})
    scale = ws.indicators.add(
        Indicator(action_id=action.id, name="Satisfaction", kind=IndicatorKind.SCALE)
    )
    (group,) = proposals_for(ws, scale)
    assert group.proposals == [] and group.too_few == [("Utile ?", 2)]


def test_a_kind_changed_later_keeps_the_values_and_they_stay_editable(ws, action):
    """Issue 16, item 5: a count becomes a 1–5 scale. Its values are kept as written (the
    window flags them); a note can still be edited, and an undo can write any earlier
    version back. Adding a value that does not fit is still refused."""
    indicator = ws.indicators.add(
        Indicator(action_id=action.id, name="Ménages", baseline="12 ménages en 2024")
    )
    kept = ws.measurements.add(
        Measurement(indicator_id=indicator.id, measured_on="2026-03-31", value=240)
    )
    indicator.kind = IndicatorKind.SCALE
    ws.indicators.update(indicator)
    assert ws.indicators.get(indicator.id).baseline == "12 ménages en 2024"
    kept.note = "Compté à la main"
    ws.measurements.update(kept)
    back = ws.measurements.get(kept.id)
    assert (back.value, back.note) == (240.0, "Compté à la main")
    with pytest.raises(ValidationError, match="scale"):
        ws.measurements.add(
            Measurement(indicator_id=indicator.id, measured_on="2026-06-30", value=240)
        )
    kept.value = float("nan")
    with pytest.raises(ValidationError):
        ws.measurements.update(kept)
    indicator.name = " "
    with pytest.raises(ValidationError):
        ws.indicators.update(indicator)


def test_the_territories_of_a_programme(ws, programme, action, make_workshop):
    make_workshop("A", territory="Vénissieux")
    make_workshop("B", territory=" vénissieux ")
    make_workshop("C", territory="")
    indicator = ws.indicators.add(Indicator(action_id=action.id, name="Ménages"))
    ws.measurements.add(
        Measurement(indicator_id=indicator.id, measured_on="2026-01-01", value=1, territory="Bron")
    )
    assert ws.measurements.territories(programme.id) == ["Bron", "Vénissieux"]
