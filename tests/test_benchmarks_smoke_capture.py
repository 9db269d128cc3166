"""The capture benchmark and its floor run at a tiny size (nothing timed against a target)."""

from __future__ import annotations

from tests.benchmarks import capture, harness


def test_capture_benchmark_runs_at_a_tiny_size(tmp_path, capsys, qapp):
    bench = harness.Workbench(harness.TINY, tmp_path / "bench")
    report = capture.run(bench, harness.TINY)
    paths = [row.path for row in report.rows]
    assert paths[0].startswith("capture (Enter")
    assert "capture p95" in paths
    assert report.rows[0].target == "≤ 1.5×"
    assert report.rows[0].met in (True, False)
    out = capsys.readouterr().out
    assert "floor: insert + commit" in out
    assert "floor's" in out  # the bare table was given the board's viewport size
