"""The benchmark harness works: the large-workspace generator, and one benchmark at a tiny
size. Nothing is timed against a target here (``./scripts/bench.sh`` does that)."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.benchmarks import harness, importing, merging, search
from workshop_app.demo import create_demo_workspace, is_demo_workspace
from workshop_app.demo.large import add_entries, create_large_workspace, generate_said
from workshop_app.domain import EntryKind
from workshop_app.store import Workspace


def test_generated_entries_are_the_same_for_the_same_seed():
    first = generate_said(300, seed=7)
    assert first == generate_said(300, seed=7)
    assert first != generate_said(300, seed=8)
    kinds = Counter(s.kind for s in first)
    assert set(kinds) == set(EntryKind)
    refs = {s.ref: s for s in first}
    answered = [s for s in first if s.answers]
    assert answered and all(refs[s.answers].kind is EntryKind.ISSUE for s in answered)
    pairs = generate_said(10, seed=1, pairs_only=True)
    assert [s.kind for s in pairs] == [EntryKind.ISSUE, EntryKind.IMPROVEMENT] * 5


def test_rich_entries_vary_in_length_and_leave_the_rest_unchanged():
    plain = generate_said(2_000, seed=3)
    rich = generate_said(2_000, seed=3, rich=True)
    assert rich == generate_said(2_000, seed=3, rich=True)
    lengths = sorted(len(s.text) for s in rich)
    assert lengths[0] < 20 and lengths[-1] > 2_000
    assert any("\n\n" in s.text for s in rich)
    answered = Counter(s.answers for s in rich if s.answers)
    assert max(answered.values()) >= 5
    # the same kinds, actions and themes as without ``rich`` until the first long answer
    first = next(n for n, s in enumerate(rich) if s.answers and answered[s.answers] >= 5)
    assert [(s.kind, s.action, s.theme) for s in plain[: first - 1]] == [
        (s.kind, s.action, s.theme) for s in rich[: first - 1]
    ]


def test_a_rich_workshop_has_attendance_feedback_and_action_items(tmp_path):
    # Each workshop draws its feedback and action items (none in about one in seven): six
    # workshops make "none anywhere" a one-in-a-hundred-thousand draw, not a flaky test.
    path = create_large_workspace(
        tmp_path / "rich.sqlite", workshops=6, entries_per_workshop=60, rich=True
    )
    with Workspace.open(path, create=False) as ws:
        (programme,) = ws.programmes.select()
        generated = [
            w
            for w in ws.workshops.for_programme(programme.id)
            if w.title.startswith("Grand atelier")
        ]
        assert len(generated) == 6
        for workshop in generated:
            assert ws.entries.count("workshop_id = ?", [workshop.id]) == 60
            assert ws.attendance.for_workshop(workshop.id)
            assert len(ws.feedback_questions.for_workshop(workshop.id)) >= 4
        assert any(ws.feedback.for_workshop(w.id) for w in generated)
        assert any(ws.action_items.for_workshop(w.id) for w in generated)


def test_a_large_workspace_is_a_demo_and_holds_its_entries(tmp_path):
    path = create_large_workspace(tmp_path / "large.sqlite", workshops=2, entries_per_workshop=120)
    assert is_demo_workspace(path)
    with Workspace.open(path, create=False) as ws:
        (programme,) = ws.programmes.select()
        workshops = ws.workshops.for_programme(programme.id)
        sizes = sorted(ws.entries.count("workshop_id = ?", [w.id]) for w in workshops)
        assert sizes[-2:] == [120, 120]
        big = next(w for w in workshops if w.title.startswith("Grand atelier"))
        assert add_entries(ws, big.id, 30, seed=1) == 30
        assert ws.entries.count("workshop_id = ?", [big.id]) == 150
        assert ws.entries.search(programme.id, "locataires")
    # replaced like the small demo; a file that is not a demo is refused
    create_large_workspace(path, workshops=1, entries_per_workshop=10, replace=True)
    other = tmp_path / "other.sqlite"
    other.write_text("not a demo")
    with pytest.raises(FileExistsError, match="not a demo"):
        create_large_workspace(other, replace=True)
    assert other.read_text() == "not a demo"
    create_demo_workspace(tmp_path / "small.sqlite")


def test_benchmarks_run_at_a_tiny_size(tmp_path, capsys):
    bench = harness.Workbench(harness.TINY, tmp_path / "bench")
    reports = [
        search.run(bench, harness.TINY),
        importing.run(bench, harness.TINY),
        merging.run(bench, harness.TINY),
    ]
    table = harness.summary_table(reports)
    assert "search" in table
    assert "import" in table
    assert "merge" in table
    assert all(row.met in (True, False) for r in reports for row in r.rows)
    assert "->" in capsys.readouterr().out
