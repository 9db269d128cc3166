"""The programme dashboard (issue 16): a programme of 50 workshops × 2,000 entries
(100,000 entries; ``workshop_app.demo.large`` with ``rich=True``: attendance, feedback).

Measured: the dashboard opening on the programme, ``Dashboard.set_programme`` (read the
territories, query every aggregate and the indicators' measurements, build the six charts'
tables and table models, draw the pyqtgraph items) then the events that lay it out and
paint it, as the dashboard's tab does when it shows a programme.

The baseline, in the same run: the cost of the dashboard's queries alone,
``workshop_app.reports.dashboard_data.dashboard_data`` on the same open workspace. Target:
≤ 2×.
"""

from __future__ import annotations

from tests.benchmarks.harness import Config, Report, Workbench, median, ms, timed


def run(bench: Workbench, config: Config) -> Report:
    from PySide6.QtWidgets import QApplication

    from workshop_app.reports.dashboard_data import dashboard_data
    from workshop_app.store import Workspace
    from workshop_app.ui.dashboard.dashboard import Dashboard

    report = Report("dashboard")
    workshops = config.synthesis_workshops
    entries = 100_000 // workshops if config.name == "full" else config.synthesis_entries
    source = bench.large(
        f"dashboard-{workshops}x{entries}", workshops=workshops, entries=entries, rich=True
    )
    bench.qt_app()
    runs = max(3, config.synthesis_runs)
    with Workspace.open(source.path, create=False, read_only=True) as ws:
        board = Dashboard()
        board.resize(1200, 900)
        board.show()
        dashboard_data(ws, source.programme_id)  # warm-up: caches, imports
        title = ws.programmes.get(source.programme_id).title
        board.set_programme(ws, source.programme_id, title)
        board.set_programme(None, None)
        atelier, baseline = [], []

        def open_board() -> None:
            board.set_programme(ws, source.programme_id, title)
            QApplication.processEvents()

        for _ in range(runs):
            baseline.append(timed(lambda: dashboard_data(ws, source.programme_id)))
            board.workspace = board.programme_id = None
            atelier.append(timed(open_board))
        total = board.data.total_entries
        board.close()
    report.say(
        f"{workshops} workshops × {entries:,} entries (and the demo's), {total:,} counted; "
        f"open median {ms(median(atelier))}, queries median {ms(median(baseline))}, {runs} runs"
    )
    report.ratio_row(
        f"dashboard opens ({workshops} workshops × {entries:,} entries)",
        atelier,
        baseline,
        2.0,
    )
    return report
