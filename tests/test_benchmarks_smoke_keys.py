"""The keystroke and filter benchmarks run, at a tiny size, floors included (issue 18).
Nothing is timed against a target here (``./scripts/bench.sh`` does that)."""

from __future__ import annotations

from tests.benchmarks import filtering, harness, keystroke


def test_keystroke_and_filter_benchmarks_run_at_a_tiny_size(tmp_path, capsys, qapp):
    bench = harness.Workbench(harness.TINY, tmp_path / "bench")
    reports = [keystroke.run(bench, harness.TINY), filtering.run(bench, harness.TINY)]
    table = harness.summary_table(reports)
    assert "keystroke in the capture box" in table
    assert "filter a keystroke" in table
    assert all(row.met in (True, False) for r in reports for row in r.rows)
    assert all(row.baseline != "—" for r in reports for row in r.rows)
    assert "->" in capsys.readouterr().out


def test_what_a_sentence_leaves_in_the_box():
    assert keystroke.typed("abc\bd") == "abd"
    assert all(keystroke.typed(s) for s in keystroke.SENTENCES)
