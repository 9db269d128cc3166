"""Undo and redo of an import: 10,000 entries imported from CSV into an empty workshop.

Measured: ``store.entry_import.undo_import(ws, result)`` and ``redo_import(ws, result)``,
as the window's undo of Workshop › Import entries calls them (``ImportEntries`` in
``ui/import_entries.py``): every imported entry (and every person the import added)
removed to the bin, or brought back, in one transaction. Each round times one undo and one
redo on the same workspace; the sample is undo + redo.

The floor: on a copy of the same workspace after the same import, a plain ``sqlite3``
connection with Atelier's pragmas runs one ``UPDATE entry SET deleted_at = ?,
updated_at = ? WHERE workshop_id = ?`` and a commit, then the same setting them back: one
statement each way for the same rows.
"""

from __future__ import annotations

from tests.benchmarks.harness import Config, Report, Workbench, median, ms, raw_connection, timed
from tests.benchmarks.importing import write_csv


def run(bench: Workbench, config: Config) -> Report:
    from workshop_app.store import Workspace
    from workshop_app.store.entry_import import import_entries, redo_import, undo_import

    report = Report("undo")
    target = bench.empty_workshop()
    source = bench.folder / f"undo-{config.import_rows}.csv"
    said = write_csv(source, config.import_rows)
    path = bench.copy(target.path, "undo.sqlite")
    with Workspace.open(path, create=False) as ws:
        result = import_entries(ws, target.workshop_id, source)
    floor_path = bench.copy(path, "undo-floor.sqlite")
    report.say(f"{len(said):,} entries imported, {len(result.participant_ids)} new people")

    atelier: list[float] = []
    floor: list[float] = []
    undo_only: list[float] = []
    conn = raw_connection(floor_path)

    def floor_round() -> float:
        def one(deleted: str | None) -> None:
            conn.execute(
                "UPDATE entry SET deleted_at = ?, updated_at = ? WHERE workshop_id = ?",
                [deleted, "2026-12-02T10:00:00.000000Z", target.workshop_id],
            )
            conn.commit()

        return timed(lambda: one("2026-12-02T10:00:00.000000Z")) + timed(lambda: one(None))

    try:
        with Workspace.open(path, create=False) as ws:
            for n in range(config.import_runs * 2 + 1):
                undo = timed(lambda: undo_import(ws, result))
                redo = timed(lambda: redo_import(ws, result))
                raw = floor_round()
                if n == 0:
                    continue  # warm-up
                atelier.append(undo + redo)
                undo_only.append(undo)
                floor.append(raw)
            assert ws.entries.count("workshop_id = ?", [target.workshop_id]) == len(said)
    finally:
        conn.close()
    report.say(
        f"Atelier undo + redo: median {ms(median(atelier))} (undo alone {ms(median(undo_only))});"
        f" floor: median {ms(median(floor))}"
    )
    report.ratio_row(f"undo and redo of an import ({len(said):,} entries)", atelier, floor, 3)
    return report
