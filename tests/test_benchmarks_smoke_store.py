"""The opening and undo-of-import benchmarks run end to end at a tiny size (nothing timed
is worth reading: this proves they work)."""

from __future__ import annotations

import pytest

from tests.benchmarks import harness


@pytest.fixture(scope="module")
def bench(tmp_path_factory):
    workbench = harness.Workbench(harness.TINY, tmp_path_factory.mktemp("bench-store"))
    yield workbench
    workbench.close()


def test_the_undo_benchmark_runs(bench):
    from tests.benchmarks import undo_import

    report = undo_import.run(bench, harness.TINY)
    assert [row.path for row in report.rows] == ["undo and redo of an import (50 entries)"]


def test_the_opening_benchmark_runs(bench, monkeypatch):
    from tests.benchmarks import opening
    from workshop_app.store import deferred_checks

    # a tiny file is checked before opening; the benchmark's child defers as the
    # environment says nothing else: this run covers the checks-before path
    assert deferred_checks.DEFER_ABOVE_BYTES > 0
    report = opening.run(bench, harness.TINY)
    assert report.rows[0].path.startswith("opening a ")
    assert report.rows[0].met is not None
