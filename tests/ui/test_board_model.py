"""The board model: OIF layout, incremental updates that match a full rebuild, Qt's tester."""

from __future__ import annotations

import dataclasses
import random

import pytest

from workshop_app.domain import Entry, EntryKind
from workshop_app.domain import board as layout
from workshop_app.store import Workspace
from workshop_app.ui.models.board import BoardModel
from workshop_app.ui.session import WorkshopSession


@pytest.fixture
def session(demo_path, qapp):
    ws = Workspace.open(demo_path)
    workshop = ws.workshops.select()[0]
    yield WorkshopSession(ws, workshop.id)
    ws.close()


def snapshot(model: BoardModel) -> list:
    return [(g.key, [dataclasses.astuple(r) for r in g.rows]) for g in model.groups()]


def fresh(model: BoardModel, session: WorkshopSession) -> list:
    other = BoardModel(session)
    shot = snapshot(other)
    other.set_session(None)
    return shot


def test_model_tester_on_the_demo(qtmodeltester, session):
    model = BoardModel(session)
    assert model.group_count() > 1
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)


def test_an_issue_with_two_improvements_spans_two_rows(session):
    model = BoardModel(session)
    for group in model.groups():
        for at, row in enumerate(group.rows):
            if row.continuation:
                assert group.rows[at - 1].issue_id == row.issue_id
                issue = session.entries[row.issue_id]
                assert session.entries[row.improvement_id].answers_id == issue.id


def test_capture_sequence_inserts_rows_and_fills_cells(session, qtbot, qtmodeltester):
    model = BoardModel(session)
    qtmodeltester.check(model, force_py=True)  # the tester keeps watching the signals
    issue = Entry(
        workshop_id=session.workshop_id,
        kind=EntryKind.ISSUE,
        text="Nouvelle difficulté",
        position=session.next_position(),
    )
    with qtbot.waitSignal(model.rowsInserted):
        assert session.add_records("entry", [issue])
    group, at = model.locate(issue.id)
    assert group.rows[at].improvement_id is None
    first = Entry(
        workshop_id=session.workshop_id,
        kind=EntryKind.IMPROVEMENT,
        text="Première piste",
        answers_id=issue.id,
        position=session.next_position(),
    )
    with qtbot.waitSignal(model.dataChanged):
        session.add_records("entry", [first])
    second = Entry(
        workshop_id=session.workshop_id,
        kind=EntryKind.IMPROVEMENT,
        text="Deuxième piste",
        answers_id=issue.id,
        position=session.next_position(),
    )
    with qtbot.waitSignal(model.rowsInserted):
        session.add_records("entry", [second])
    group, at = model.locate(issue.id)
    assert [r.improvement_id for r in group.rows[at : at + 2]] == [first.id, second.id]
    assert group.rows[at + 1].continuation
    assert snapshot(model) == fresh(model, session)


def test_random_edits_keep_the_incremental_layout_equal_to_a_rebuild(session):
    model = BoardModel(session)
    rng = random.Random(7)
    actions = [a.id for a in session.workspace.actions.for_programme(session.programme.id)]
    themes = [t.id for t in session.workspace.themes.for_programme(session.programme.id)]
    removed: list[list[str]] = []
    for step in range(200):
        live = list(session.entries.values())
        issues = [e for e in live if e.kind is EntryKind.ISSUE]
        choice = rng.random()
        if choice < 0.12 and removed:  # an undone removal comes back among older rows
            assert session.restore_records("entry", removed.pop(rng.randrange(len(removed))))
        elif choice < 0.55 or not live:
            kind = rng.choice(list(EntryKind))
            answers = (
                rng.choice(issues).id
                if kind is EntryKind.IMPROVEMENT and issues and rng.random() < 0.7
                else None
            )
            entry = Entry(
                workshop_id=session.workshop_id,
                kind=kind,
                text=f"texte {step}",
                action_id=rng.choice([None, *actions]),
                theme_id=rng.choice([None, *themes]),
                answers_id=answers,
                # mostly last, as a capture; sometimes between older entries
                position=session.next_position() if rng.random() < 0.8 else rng.random() * 50,
            )
            assert session.add_records("entry", [entry])
        elif choice < 0.8:
            victim = rng.choice(live)
            ids = [i.id for i in session.improvements_of(victim.id)] + [victim.id]
            assert session.remove_records("entry", ids)
            removed.append(ids[::-1])  # the issue first, then what answered it
        else:
            target = rng.choice(live)
            after = dataclasses.replace(target, text=target.text + "!", votes=target.votes + 1)
            assert session.update_records("entry", [after])
        assert snapshot(model) == fresh(model, session), f"step {step}"


def test_filter_keeps_whole_pairs_and_ignores_accents(session):
    model = BoardModel(session)
    some_issue = next(
        e
        for e in session.entries.values()
        if e.kind is EntryKind.ISSUE and session.improvements_of(e.id)
    )
    word = layout.fold(session.improvements_of(some_issue.id)[0].text.split()[-1])
    model.set_filter(word.upper())
    group, at = model.locate(some_issue.id)
    assert group.rows[at].issue_id == some_issue.id
    model.set_filter("")
    assert snapshot(model) == fresh(model, session)


def test_sort_by_votes_puts_most_voted_issue_first(session):
    model = BoardModel(session)
    model.set_sort_by_votes(True)
    for group in model.groups():
        leads = [session.entries[r.lead_id].votes for r in group.rows if not r.continuation]
        assert leads == sorted(leads, reverse=True)


def expected_board(model: BoardModel, session: WorkshopSession) -> list:
    """What a layout made afresh with the model's sort and filter shows."""
    groups = layout.build_board(
        session.entries,
        model._action_numbers(),
        model._theme_positions(),
        by_votes=model.by_votes,
        keep=layout.matcher(model.filter_text),
    )
    return [(g.key, [dataclasses.astuple(r) for r in g.rows]) for g in groups]


@pytest.mark.parametrize("seed", range(4))
def test_random_edits_and_filters_show_what_a_filtered_rebuild_shows(session, seed):
    model = BoardModel(session)
    rng = random.Random(seed)
    actions = [a.id for a in session.workspace.actions.for_programme(session.programme.id)]
    words = sorted({w for e in session.entries.values() for w in e.text.split()})
    recent = []  # words just written: a filter on them shows whether the changes are seen
    for step in range(300):
        live = list(session.entries.values())
        issues = [e for e in live if e.kind is EntryKind.ISSUE]
        choice = rng.random()
        if choice < 0.3:
            # type a word letter by letter (or take some back), or two words, or clear
            word = rng.choice(recent[-5:] if recent and rng.random() < 0.6 else words)
            query = rng.choice(
                ["", word[: rng.randint(1, len(word))], f"{word} {rng.choice(words)}", word.upper()]
            )
            model.set_filter(query)
        elif choice < 0.35:
            model.set_sort_by_votes(rng.random() < 0.2)  # mostly not: the incremental path
        elif choice < 0.6 or not live:
            kind = rng.choice(list(EntryKind))
            answers = rng.choice(issues).id if kind is EntryKind.IMPROVEMENT and issues else None
            recent.append(f"mot{step}")
            entry = Entry(
                workshop_id=session.workshop_id,
                kind=kind,
                text=f"{rng.choice(words)} {recent[-1]}",
                action_id=rng.choice([None, *actions]),
                answers_id=answers,
                position=session.next_position(),
            )
            assert session.add_records("entry", [entry])
        elif choice < 0.75:
            victim = rng.choice(live)
            ids = [i.id for i in session.improvements_of(victim.id)] + [victim.id]
            assert session.remove_records("entry", ids)
        else:
            target = rng.choice(live)
            recent.append(f"mot{step}")
            text = target.text + " " + recent[-1]
            after = dataclasses.replace(target, text=text, votes=target.votes + 1)
            assert session.update_records("entry", [after])
        assert snapshot(model) == expected_board(model, session), f"step {step}"
    model.set_sort_by_votes(False)
    model.set_filter("")
    assert snapshot(model) == fresh(model, session)


def test_typing_in_the_filter_keeps_the_current_entry(window, demo_path, qtbot):
    from workshop_app.store import Workspace

    assert window.open_workspace(demo_path)
    with Workspace.open(demo_path, read_only=True, lock=False) as ws:
        workshop = max(ws.workshops.select(), key=lambda w: len(ws.entries.for_workshop(w.id)))
    assert window.select_workshop(workshop.id)
    page = window.page
    qtbot.waitUntil(lambda: not page.board_model._unfolded)  # folded ahead, in idle time
    current = page.current_entry_id()
    assert current
    word = layout.fold(page.session.entries[current].text.split()[0])
    for end in [*range(1, len(word) + 1), *range(len(word) - 1, -1, -1)]:
        page.filter_edit.setText(word[:end])
        assert page.current_entry_id() == current
    assert snapshot(page.board_model) == fresh(page.board_model, page.session)


def test_the_filter_sees_what_changed_while_it_was_cleared(session):
    model = BoardModel(session)
    model.set_filter("a")  # the filter is ready (its texts folded)…
    model.set_filter("")  # …then cleared, and the workshop goes on
    issue = next(e for e in session.entries.values() if e.kind is EntryKind.ISSUE)
    assert session.update_records("entry", [dataclasses.replace(issue, text="Zébulon")])
    model.set_filter("zebulon")
    assert [r.issue_id for g in model.groups() for r in g.rows if not r.continuation] == [issue.id]
    model.set_filter("")
    added = Entry(
        workshop_id=session.workshop_id,
        kind=EntryKind.IDEA,
        text="Zébulon aussi",
        position=session.next_position(),
    )
    assert session.add_records("entry", [added])
    model.set_filter("zebulon")
    assert snapshot(model) == expected_board(model, session)
    assert model.locate(added.id) is not None
    model.set_filter("")
    assert session.remove_records("entry", [added.id])
    model.set_filter("zebulon")
    assert snapshot(model) == expected_board(model, session)
    assert model.locate(added.id) is None
