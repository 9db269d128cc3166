"""Import: 10,000 entries from a CSV file into an empty workshop.

Measured: ``store.entry_import.import_entries(ws, workshop_id, "entries.csv")``: read the
file, check every row (kinds, actions, themes, authors, links to issues), write all of it
in one transaction (entries, full-text index, link check). The file has every column:
ref, kind, text, action, theme, answers, status, author, votes; issues come before the
improvements answering them.

The baseline: the same rows, already as tuples, written with one ``executemany`` into the
``entry`` table and a commit, on a plain ``sqlite3`` connection with Atelier's pragmas.
Each run works on a fresh copy of the same workspace; the two alternate. One more
Atelier run is timed step by step (read, check, write) to show where the time goes.
"""

from __future__ import annotations

import csv
import random
import uuid
from pathlib import Path

from tests.benchmarks.harness import Config, Report, Workbench, median, ms, raw_connection, timed

COLUMNS = ("ref", "kind", "text", "action", "theme", "answers", "status", "author", "votes")


def write_csv(path: Path, rows: int) -> list:
    from workshop_app.demo.large import generate_said

    said = generate_said(rows, seed="import")
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for s in said:
            writer.writerow(
                [
                    s.ref,
                    s.kind.value,
                    s.text,
                    s.action or "",
                    s.theme or "",
                    s.answers or "",
                    s.status.value if s.status else "",
                    s.author or "",
                    s.votes,
                ]
            )
    return said


def _raw_rows(conn, workshop_id: str, said: list) -> list[tuple]:
    """The rows Atelier would write, resolved beforehand (ids of actions, themes, people)."""
    from workshop_app.domain.ids import utc_now

    programme_id = conn.execute(
        "SELECT programme_id FROM workshop WHERE id = ?", [workshop_id]
    ).fetchone()[0]
    actions = dict(
        conn.execute("SELECT number, id FROM action WHERE programme_id = ?", [programme_id])
    )
    themes = dict(conn.execute("SELECT name, id FROM theme WHERE programme_id = ?", [programme_id]))
    people = dict(
        conn.execute(
            "SELECT display_name, id FROM participant WHERE programme_id = ?", [programme_id]
        )
    )
    rng = random.Random(2)
    ids: dict[str, str] = {}
    rows = []
    now = utc_now()
    for n, s in enumerate(said):
        ids[s.ref] = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        rows.append(
            (
                ids[s.ref],
                workshop_id,
                s.kind.value,
                s.text,
                actions.get(s.action),
                themes.get(s.theme),
                people.get(s.author),
                ids[s.answers] if s.answers else None,
                s.status.value if s.status else None,
                s.votes,
                float(n + 1),
                now,
                now,
            )
        )
    return rows


def run(bench: Workbench, config: Config) -> Report:
    from workshop_app.store import Workspace
    from workshop_app.store.entry_import import import_entries, plan_import, read_table, write_plan

    report = Report("import")
    target = bench.empty_workshop()
    source = bench.folder / f"import-{config.import_rows}.csv"
    said = write_csv(source, config.import_rows)
    report.say(f"{len(said):,} rows, {source.stat().st_size / 1e6:.1f} MB of CSV")

    def atelier_run() -> float:
        path = bench.copy(target.path, "import.sqlite")
        with Workspace.open(path, create=False) as ws:
            seconds = timed(lambda: import_entries(ws, target.workshop_id, source))
            assert ws.entries.count("workshop_id = ?", [target.workshop_id]) == len(said)
        return seconds

    def baseline_run() -> float:
        conn = raw_connection(bench.copy(target.path, "import-baseline.sqlite"))
        rows = _raw_rows(conn, target.workshop_id, said)

        def insert() -> None:
            conn.executemany(
                "INSERT INTO entry (id, workshop_id, kind, text, action_id, theme_id, author_id, "
                "answers_id, status, votes, position, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
            conn.commit()

        seconds = timed(insert)
        conn.close()
        return seconds

    atelier_run(), baseline_run()  # warm-up
    atelier, baseline = [], []
    for _ in range(config.import_runs):
        atelier.append(atelier_run())
        baseline.append(baseline_run())

    path = bench.copy(target.path, "import-steps.sqlite")
    with Workspace.open(path, create=False) as ws:
        steps = {}
        table = None
        plan = None

        def read() -> None:
            nonlocal table
            table = read_table(source)

        def check() -> None:
            nonlocal plan
            plan = plan_import(ws, target.workshop_id, table)

        steps["read"] = timed(read)
        steps["check"] = timed(check)
        steps["write"] = timed(lambda: write_plan(ws, plan))
    report.say(
        f"Atelier median {ms(median(atelier))}; one run step by step: "
        + ", ".join(f"{name} {ms(seconds)}" for name, seconds in steps.items())
    )
    report.say(f"baseline executemany + commit: median {ms(median(baseline))}")
    report.ratio_row(f"import ({len(said):,} entries from CSV)", atelier, baseline, 2)
    return report
