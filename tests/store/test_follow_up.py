"""Continuity between the workshops of an action: open improvements come back, statuses
keep their history, and what moved since the previous workshop is known."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from workshop_app.domain import Action, ActionItem, Entry, EntryKind, ImprovementStatus
from workshop_app.domain.enums import ActionItemStatus
from workshop_app.domain.models import StatusChange
from workshop_app.store.follow_up import follow_up, previous_workshop
from workshop_app.store.status_history import net_changes

TODAY = date.today()


def day(offset: int) -> str:
    return (TODAY + timedelta(days=offset)).isoformat()


def improvement(ws, workshop, text, action=None, status=ImprovementStatus.PROPOSED):
    return ws.entries.add(
        Entry(
            workshop_id=workshop.id,
            kind=EntryKind.IMPROVEMENT,
            text=text,
            action_id=action.id if action else None,
            status=status,
        )
    )


def set_status(ws, entry, status):
    return ws.entries.update(dataclasses.replace(ws.entries.get(entry.id), status=status))


def test_a_status_change_is_written_beside_the_improvement(ws, make_workshop):
    first = make_workshop("Atelier 1", starts_at=day(-30))
    entry = improvement(ws, first, "Un guichet unique")
    set_status(ws, entry, ImprovementStatus.PLANNED)
    ws.entries.update(dataclasses.replace(ws.entries.get(entry.id), text="Un guichet commun"))
    set_status(ws, entry, ImprovementStatus.DONE)
    changes = ws.status_changes.for_records("entry", [entry.id])
    assert [(c.old_status, c.new_status) for c in changes] == [
        ("proposed", "planned"),
        ("planned", "done"),
    ]


def test_an_action_items_status_change_is_written_too(ws, make_workshop):
    first = make_workshop("Atelier 1", starts_at=day(-30))
    item = ws.action_items.add(ActionItem(workshop_id=first.id, what="Appeler le bailleur"))
    ws.action_items.update(dataclasses.replace(item, who="Karima"))
    ws.action_items.update(dataclasses.replace(item, status=ActionItemStatus.DONE))
    changes = ws.status_changes.for_records("action_item", [item.id])
    assert [(c.old_status, c.new_status) for c in changes] == [("open", "done")]


def test_open_improvements_of_the_workshops_actions_come_back(ws, programme, make_workshop):
    heating = ws.actions.add(Action(programme_id=programme.id, number=1, title="Chauffage"))
    water = ws.actions.add(Action(programme_id=programme.id, number=2, title="Eau"))
    first = make_workshop("Atelier 1", starts_at=day(-60))
    second = make_workshop("Atelier 2", starts_at=day(-30))
    today = make_workshop("Atelier 3", starts_at=day(0))
    later = make_workshop("Atelier 4", starts_at=day(30))
    ws.workshops.set_action_ids(today.id, [heating.id])
    proposed = improvement(ws, first, "Visites à domicile", heating)
    planned = improvement(ws, second, "Chèque énergie", heating, ImprovementStatus.PLANNED)
    improvement(ws, first, "Déjà fait", heating, ImprovementStatus.DONE)
    improvement(ws, first, "À garder", heating, ImprovementStatus.KEEP_DOING)
    improvement(ws, second, "Autre action", water)
    improvement(ws, second, "Sans action")
    improvement(ws, today, "Dite aujourd’hui", heating)
    improvement(ws, later, "Plus tard", heating)
    result = follow_up(ws, today.id)
    assert [e.id for e in result.improvements] == [proposed.id, planned.id]
    assert result.origins[proposed.id].id == first.id
    # Not linked to any action: every action of the programme comes back.
    unlinked = follow_up(ws, later.id)
    assert {e.text for e in unlinked.improvements} == {
        "Visites à domicile",
        "Chèque énergie",
        "Autre action",
        "Sans action",
        "Dite aujourd’hui",
    }


def test_the_previous_workshop_shares_an_action(ws, programme, make_workshop):
    heating = ws.actions.add(Action(programme_id=programme.id, number=1, title="Chauffage"))
    water = ws.actions.add(Action(programme_id=programme.id, number=2, title="Eau"))
    of_heating = make_workshop("Chauffage 1", starts_at=day(-60))
    of_water = make_workshop("Eau 1", starts_at=day(-10))
    undated = make_workshop("Sans date")
    now = make_workshop("Chauffage 2", starts_at=day(0))
    ws.workshops.set_action_ids(of_heating.id, [heating.id])
    ws.workshops.set_action_ids(of_water.id, [water.id])
    ws.workshops.set_action_ids(now.id, [heating.id])
    assert previous_workshop(ws, now).id == of_heating.id
    ws.workshops.set_action_ids(now.id, [])
    assert previous_workshop(ws, now).id == of_water.id
    assert previous_workshop(ws, of_heating) is None
    # A workshop without a date counts as held today: the earlier ones are before it.
    assert previous_workshop(ws, undated).id == of_water.id


def test_what_moved_since_the_previous_workshop(ws, programme, make_workshop):
    heating = ws.actions.add(Action(programme_id=programme.id, number=1, title="Chauffage"))
    first = make_workshop("Atelier 1", starts_at=day(-30))
    now = make_workshop("Atelier 2", starts_at=day(0))
    for workshop in (first, now):
        ws.workshops.set_action_ids(workshop.id, [heating.id])
    done = improvement(ws, first, "Visites", heating, ImprovementStatus.PLANNED)
    undone = improvement(ws, first, "Chèque", heating)
    set_status(ws, done, ImprovementStatus.DONE)
    set_status(ws, undone, ImprovementStatus.PLANNED)
    set_status(ws, undone, ImprovementStatus.PROPOSED)  # undone: no change at all
    item = ws.action_items.add(ActionItem(workshop_id=first.id, what="Écrire au bailleur"))
    ws.action_items.update(dataclasses.replace(item, status=ActionItemStatus.IN_PROGRESS))
    result = follow_up(ws, now.id)
    assert result.previous.id == first.id
    assert {k: (m.before, m.after) for k, m in result.moved.items()} == {
        done.id: ("planned", "done")
    }
    # The improvement done since stays in the table, to be seen (and put back if wrong).
    assert [e.id for e in result.improvements] == [done.id, undone.id]
    assert [e.id for e in result.open_improvements] == [undone.id]
    assert [(i.id, m.before, m.after) for i, m in result.items_moved] == [
        (item.id, "open", "in_progress")
    ]


def test_changes_before_the_previous_workshops_day_are_not_since(ws, programme, make_workshop):
    first = make_workshop("Atelier 1", starts_at=day(-60))
    previous = make_workshop("Atelier 2", starts_at=day(0))  # changes made today: its day
    later = make_workshop("Atelier 3", starts_at=day(30))
    entry = improvement(ws, first, "Visites")
    set_status(ws, entry, ImprovementStatus.DONE)
    assert follow_up(ws, previous.id).moved  # since atelier 1, today included
    result = follow_up(ws, later.id)
    assert result.previous.id == previous.id
    assert result.moved == {}
    assert result.improvements == []  # done before atelier 2: nothing to follow


def test_a_first_workshop_has_nothing_to_follow(ws, make_workshop):
    only = make_workshop("Atelier 1", starts_at=day(0))
    result = follow_up(ws, only.id)
    assert (result.previous, result.improvements, result.items_moved) == (None, [], [])


# -- the net change of a record over a period, against replaying every change ------------
STATUSES = ["proposed", "keep_doing", "planned", "done"]


@st.composite
def histories(draw):
    """Changes of a few records, each starting where the previous one of the record ended,
    interleaved in time."""
    records = draw(st.integers(1, 6))
    current = {f"r{n}": draw(st.sampled_from(STATUSES)) for n in range(records)}
    start = dict(current)
    changes = []
    for tick in range(draw(st.integers(0, 40))):
        record = draw(st.sampled_from(sorted(current)))
        new = draw(st.sampled_from(STATUSES))
        changes.append(
            StatusChange(
                entry_id=record,
                old_status=current[record],
                new_status=new,
                created_at=f"2026-01-01T00:00:{tick:02d}.000000Z",
            )
        )
        current[record] = new
    return start, changes, current


@given(histories())
def test_net_changes_equal_replaying_the_history(history):
    start, changes, end = history
    moved = net_changes(changes, lambda c: c.entry_id)
    expected = {r for r in start if start[r] != end[r]}
    assert set(moved) == expected
    for record, move in moved.items():
        assert (move.before, move.after) == (start[record], end[record])
        assert move.changed_at == max(c.created_at for c in changes if c.entry_id == record)


def test_status_changes_travel_with_their_workshop(ws, tmp_path, make_workshop):
    from workshop_app.store import Workspace
    from workshop_app.store.exchange import merge_files
    from workshop_app.store.exchange.pack import pack

    first = make_workshop("Atelier 1", starts_at=day(-30))
    entry = improvement(ws, first, "Visites")
    set_status(ws, entry, ImprovementStatus.PLANNED)
    item = ws.action_items.add(ActionItem(workshop_id=first.id, what="Écrire"))
    ws.action_items.update(dataclasses.replace(item, status=ActionItemStatus.DONE))
    sent = pack(ws, tmp_path / "atelier-1.atelier", workshop_id=first.id)
    with Workspace.open(tmp_path / "other.sqlite") as other:
        merge_files(other, [sent])
        merge_files(other, [sent])  # twice changes nothing
        got = [
            (c.entry_id, c.action_item_id, c.old_status, c.new_status)
            for c in other.status_changes.select()
        ]
    assert sorted(got, key=str) == sorted(
        [(entry.id, None, "proposed", "planned"), (None, item.id, "open", "done")], key=str
    )


def test_the_demo_shows_what_moved_between_its_workshops(tmp_path):
    from workshop_app.demo import create_demo_workspace
    from workshop_app.store import Workspace

    path = create_demo_workspace(tmp_path / "demo.sqlite")
    with Workspace.open(path) as ws:
        first, second, third = sorted(ws.workshops.select(), key=lambda w: w.starts_at)
        assert follow_up(ws, first.id).previous is None
        at_second, at_third = follow_up(ws, second.id), follow_up(ws, third.id)
        assert at_second.previous.id == first.id
        assert at_third.previous.id == second.id
        assert [(m.before, m.after) for m in at_second.moved.values()] == [("proposed", "done")]
        assert sorted((m.before, m.after) for m in at_third.moved.values()) == [
            ("planned", "done"),
            ("proposed", "planned"),
        ]
        assert len(at_third.items_moved) == 2
        assert len(at_third.open_improvements) >= 3
