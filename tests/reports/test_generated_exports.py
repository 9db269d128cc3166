"""Every export of every generated workspace is written and reads back (issue 11).

The bounded profile of the property tests: deterministic (``derandomize``), small
workspaces (no 100 KB text), each written as the five exports (session summary in French
and English, programme synthesis, CSV, XLSX) and read back by
:func:`tests.reports.check_exports.check_workspace`. The long profile, with larger
workspaces and thousands of examples, is ``./scripts/fuzz.sh`` (tests/reports/fuzz_exports.py).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given

from tests.reports.check_exports import check_workspace
from tests.reports.generated import bounded, build, workspaces


@bounded(20)
@given(workspaces(small=True))
def test_every_export_writes_and_reads_back_every_text(spec):
    with tempfile.TemporaryDirectory(prefix="atelier-generated-") as folder:
        built = build(spec, Path(folder) / "workspace.sqlite")
        try:
            problems = check_workspace(built, Path(folder))
        finally:
            built.ws.close()
    assert problems == [], "\n".join(str(p)[:300] for p in problems[:20])
