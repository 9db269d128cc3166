"""Merge: five facilitators' workshops of 10,000 entries each, into the coordinator's
workspace (issue 14).

Set-up, not timed: the coordinator sends the benchmark's programme (with names) to five
laptops; each merges it, imports a workshop of generated entries (issues, improvements
answering them, ideas…, with actions, themes and authors), and sends that workshop back
as an exchange file (with names).

Measured: ``store.exchange.merge_files(coordinator, five files)``: a backup of the
workspace, then every file checked, copied, compared record by record with the
workspace's (fingerprints and histories), and written in one transaction with the
full-text index and the histories.

The baseline: the same five files, each ``ATTACH``-ed to a plain ``sqlite3`` connection
and copied with one ``INSERT OR IGNORE … SELECT`` per table, the new entries added to the
full-text index in one statement, then a commit: the bare cost of moving those rows into a
workspace whose search still works. Each run works on a fresh copy of the coordinator's workspace; the
two alternate.
"""

from __future__ import annotations

from pathlib import Path

from tests.benchmarks.harness import Config, Report, Workbench, median, ms, raw_connection, timed
from tests.benchmarks.importing import write_csv

LAPTOPS = 5


def _laptop_files(bench: Workbench, config: Config) -> tuple[Path, list[Path]]:
    from workshop_app.domain import Workshop
    from workshop_app.store import Workspace
    from workshop_app.store.entry_import import import_entries
    from workshop_app.store.exchange import merge_files
    from workshop_app.store.exchange.pack import pack

    source = bench.empty_workshop()  # the programme the generated entries refer to
    coordinator = bench.copy(source.path, "merge-coordinator.sqlite")
    sent = bench.folder / "merge-programme.atelier"
    with Workspace.open(coordinator, create=False) as ws:
        programme = ws.programmes.get(source.programme_id)
        pack(ws, sent, programme_id=programme.id, with_names=True)
    files = []
    for n in range(1, LAPTOPS + 1):
        laptop = bench.folder / f"merge-laptop-{n}.sqlite"
        for suffix in ("", "-wal", "-shm", ".lock"):
            Path(str(laptop) + suffix).unlink(missing_ok=True)
        with Workspace.open(laptop) as ws:
            merge_files(ws, [sent], backup=False)
            workshop = ws.workshops.add(
                Workshop(programme_id=programme.id, title=f"Atelier du portable {n}")
            )
            rows = bench.folder / f"merge-entries-{n}.csv"
            write_csv(rows, config.merge_entries)
            import_entries(ws, workshop.id, rows)
            out = bench.folder / f"merge-workshop-{n}.atelier"
            pack(ws, out, workshop_id=workshop.id, with_names=True)
            files.append(out)
    return coordinator, files


def _baseline(target: Path, files: list[Path]) -> None:
    from workshop_app.store.exchange.kinds import KINDS

    conn = raw_connection(target)
    conn.execute("PRAGMA foreign_keys = OFF")
    for n, path in enumerate(files):
        conn.execute(f"ATTACH DATABASE ? AS src{n}", [str(path)])
    last = conn.execute("SELECT coalesce(max(seq), 0) FROM entry").fetchone()[0]
    for n, _path in enumerate(files):
        for kind in KINDS:
            columns = ", ".join(kind.columns)
            conn.execute(
                f"INSERT OR IGNORE INTO main.{kind.table} ({columns}) "
                f"SELECT {columns} FROM src{n}.{kind.table}"
            )
    # a copy the search cannot find is not a copy: the new entries go into the index
    conn.execute(
        "INSERT INTO entry_fts (rowid, text) SELECT seq, text FROM entry WHERE seq > ?", [last]
    )
    conn.commit()
    conn.close()


def run(bench: Workbench, config: Config) -> Report:
    from workshop_app.store import Workspace
    from workshop_app.store.exchange import merge_files

    report = Report("merge")
    coordinator, files = _laptop_files(bench, config)
    report.say(
        f"{LAPTOPS} exchange files of {config.merge_entries:,} entries each, "
        f"{sum(f.stat().st_size for f in files) / 1e6:.1f} MB in all"
    )

    def atelier_run() -> float:
        path = bench.copy(coordinator, "merge-target.sqlite")
        with Workspace.open(path, create=False) as ws:
            before = ws.entries.count()
            seconds = timed(lambda: merge_files(ws, files))
            assert ws.entries.count() == before + LAPTOPS * config.merge_entries
        return seconds

    def baseline_run() -> float:
        path = bench.copy(coordinator, "merge-baseline.sqlite")
        return timed(lambda: _baseline(path, files))

    atelier_run(), baseline_run()  # warm-up
    atelier, baseline = [], []
    for _ in range(config.merge_runs):
        atelier.append(atelier_run())
        baseline.append(baseline_run())
    report.say(f"Atelier median {ms(median(atelier))}; baseline median {ms(median(baseline))}")
    report.ratio_row(
        f"merge ({LAPTOPS} workshops × {config.merge_entries:,} entries)", atelier, baseline, 3
    )
    return report
