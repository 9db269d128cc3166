"""What every benchmark shares: sizes, timing statistics, the result rows, and a workbench
of generated workspaces kept in one temporary folder for the whole run."""

from __future__ import annotations

import math
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

# -- sizes ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Config:
    """How big and how often. ``full`` is the documented run; ``quick`` a smoke run."""

    name: str
    startup_runs: int
    capture_iterations: int
    workshop_entries: int
    """Entries of the workshop open in the window (capture, filter)."""
    search_workshops: int
    search_entries_per_workshop: int
    search_repeats: int
    pdf_pairs: int
    pdf_growth_pairs: int
    pdf_runs: int
    pdf_growth_runs: int
    filter_rounds: int
    import_rows: int
    import_runs: int
    synthesis_workshops: int
    synthesis_entries: int
    """Entries per workshop of the programme synthesis (issue 11)."""
    synthesis_runs: int
    merge_entries: int = 10_000
    """Entries of each of the five workshops merged into one workspace (issue 14)."""
    merge_runs: int = 3

    @property
    def search_entries(self) -> int:
        return self.search_workshops * self.search_entries_per_workshop


FULL = Config(
    name="full",
    startup_runs=7,
    capture_iterations=200,
    workshop_entries=10_000,
    search_workshops=10,
    search_entries_per_workshop=10_000,
    search_repeats=30,
    pdf_pairs=1_000,
    pdf_growth_pairs=10_000,
    pdf_runs=5,
    pdf_growth_runs=5,
    filter_rounds=3,
    import_rows=10_000,
    import_runs=5,
    synthesis_workshops=50,
    synthesis_entries=200,
    synthesis_runs=3,
)
QUICK = Config(
    name="quick",
    startup_runs=3,
    capture_iterations=40,
    workshop_entries=10_000,
    search_workshops=2,
    search_entries_per_workshop=10_000,
    search_repeats=10,
    pdf_pairs=200,
    pdf_growth_pairs=2_000,
    pdf_runs=3,
    pdf_growth_runs=1,
    filter_rounds=1,
    import_rows=2_000,
    import_runs=3,
    synthesis_workshops=10,
    synthesis_entries=200,
    synthesis_runs=1,
    merge_entries=2_000,
    merge_runs=1,
)
TINY = Config(
    name="tiny",
    startup_runs=1,
    capture_iterations=3,
    workshop_entries=100,
    search_workshops=1,
    search_entries_per_workshop=200,
    search_repeats=2,
    pdf_pairs=5,
    pdf_growth_pairs=10,
    pdf_runs=1,
    pdf_growth_runs=1,
    filter_rounds=1,
    import_rows=50,
    import_runs=1,
    synthesis_workshops=2,
    synthesis_entries=30,
    synthesis_runs=1,
    merge_entries=40,
    merge_runs=1,
)
"""For the smoke test: proves the code runs, measures nothing worth reading."""


# -- statistics --------------------------------------------------------------------------


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def p95(samples: list[float]) -> float:
    """Nearest-rank 95th percentile."""
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def ms(seconds: float) -> str:
    value = seconds * 1000
    return (
        f"{value:.2f} ms"
        if value < 10
        else f"{value:.1f} ms"
        if value < 1000
        else f"{seconds:.2f} s"
    )


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


# -- results -----------------------------------------------------------------------------


@dataclass
class Row:
    """One line of the summary table (and of the README's Performance table)."""

    path: str
    measured: str
    baseline: str = "—"
    ratio: str = "—"
    target: str = ""
    met: bool | None = None

    @property
    def verdict(self) -> str:
        return {True: "MET", False: "NOT MET", None: "—"}[self.met]


@dataclass
class Report:
    name: str
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def say(self, line: str) -> None:
        """Print a detail now (a long run shows progress) and keep it for the end."""
        print(f"  {line}", flush=True)
        self.notes.append(line)

    def add(self, row: Row) -> Row:
        self.rows.append(row)
        print(
            f"  -> {row.path}: {row.measured} vs {row.baseline}, ratio {row.ratio}, "
            f"target {row.target}: {row.verdict}",
            flush=True,
        )
        return row

    def ratio_row(
        self, path: str, atelier: list[float], baseline: list[float], limit: float, *, what=""
    ) -> Row:
        """Median against median, met if the ratio is at most ``limit``."""
        ratio = median(atelier) / median(baseline)
        return self.add(
            Row(
                path=path,
                measured=f"{ms(median(atelier))}{what}",
                baseline=ms(median(baseline)),
                ratio=f"{ratio:.2f}×",
                target=f"≤ {limit:g}×",
                met=ratio <= limit,
            )
        )


def summary_table(reports: list[Report]) -> str:
    lines = [
        "| path | measured (median / p95) | baseline (median) | ratio | target | met? |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for report in reports:
        for row in report.rows:
            lines.append(
                f"| {row.path} | {row.measured} | {row.baseline} | {row.ratio} | "
                f"{row.target} | {row.verdict} |"
            )
    return "\n".join(lines)


# -- the workbench ---------------------------------------------------------------------


@dataclass(frozen=True)
class Generated:
    path: Path
    programme_id: str
    workshop_id: str
    """The largest workshop (the one a benchmark works on)."""


class Workbench:
    """Generated workspaces for one run, in a temporary folder; each is made once."""

    def __init__(self, config: Config, folder: Path | None = None):
        self.config = config
        self._own = folder is None
        self.folder = Path(folder or tempfile.mkdtemp(prefix="atelier-bench-"))
        self.folder.mkdir(parents=True, exist_ok=True)
        self._made: dict[str, object] = {}
        self._app = None

    def close(self) -> None:
        if self._own:
            shutil.rmtree(self.folder, ignore_errors=True)

    def copy(self, source: Path, name: str) -> Path:
        """A fresh copy of a (closed) workspace, to write into."""
        target = self.folder / name
        for suffix in ("", "-wal", "-shm", ".lock"):
            Path(str(target) + suffix).unlink(missing_ok=True)
        shutil.copyfile(source, target)
        return target

    def _once(self, key: str, make: Callable[[], object]):
        if key not in self._made:
            start = time.perf_counter()
            self._made[key] = make()
            print(f"  (generated {key} in {time.perf_counter() - start:.1f} s)", flush=True)
        return self._made[key]

    def demo(self) -> Path:
        """The small demo workspace (start-up)."""
        from workshop_app.demo import create_demo_workspace

        return self._once(
            "demo workspace",
            lambda: create_demo_workspace(self.folder / "demo.sqlite", replace=True),
        )

    def large(
        self,
        key: str,
        *,
        workshops: int,
        entries: int,
        pairs_only: bool = False,
        rich: bool = False,
    ) -> Generated:
        from workshop_app.demo.large import create_large_workspace

        def make() -> Generated:
            path = create_large_workspace(
                self.folder / f"{key}.sqlite",
                workshops=workshops,
                entries_per_workshop=entries,
                pairs_only=pairs_only,
                rich=rich,
                replace=True,  # a --keep folder of an earlier run: made again, the same
            )
            return _describe(path, generated_only=entries == 0)

        return self._once(f"{key} ({workshops} × {entries:,} entries)", make)

    def workshop(self) -> Generated:
        """One workshop of ``workshop_entries`` entries (capture, filter)."""
        return self.large("workshop", workshops=1, entries=self.config.workshop_entries)

    def programme(self) -> Generated:
        """``search_workshops`` workshops of ``search_entries_per_workshop`` entries (search)."""
        c = self.config
        return self.large(
            "programme", workshops=c.search_workshops, entries=c.search_entries_per_workshop
        )

    def pairs(self, pairs: int) -> Generated:
        """A workshop of ``pairs`` issues each answered by one improvement (PDF)."""
        return self.large(f"pairs-{pairs}", workshops=1, entries=2 * pairs, pairs_only=True)

    def empty_workshop(self) -> Generated:
        """The large programme's actions and people, and one empty workshop (import)."""
        return self.large("import-target", workshops=1, entries=0)

    def qt_app(self):
        """The QApplication of the in-process benchmarks, settings kept in this folder."""
        if self._app is None:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            from PySide6.QtCore import QSettings
            from PySide6.QtWidgets import QApplication

            from workshop_app.ui.app import configure_application

            app = QApplication.instance() or QApplication(["atelier-bench"])
            configure_application(app)
            QSettings.setDefaultFormat(QSettings.Format.IniFormat)
            QSettings.setPath(
                QSettings.Format.IniFormat,
                QSettings.Scope.UserScope,
                str(self.folder / "qsettings"),
            )
            self._app = app
        return self._app

    def main_window(self, path: Path, workshop_id: str):
        """The main window, shown, with ``path`` open on ``workshop_id``."""
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication

        from workshop_app.ui.main_window import MainWindow
        from workshop_app.ui.settings import Settings

        self.qt_app()
        window = MainWindow(Settings(QSettings()))
        window.resize(1280, 800)
        window.show()
        if not window.open_workspace(path, create=False):
            raise RuntimeError(f"the window could not open {path}")
        if not window.select_workshop(workshop_id):
            raise RuntimeError(f"the window has no workshop {workshop_id}")
        deadline = time.perf_counter() + 5
        handle = window.windowHandle()
        while not (handle and handle.isExposed()) and time.perf_counter() < deadline:
            QApplication.processEvents()
            handle = window.windowHandle()
        for _ in range(3):
            QApplication.processEvents()
        return window


def _describe(path: Path, *, generated_only: bool = False) -> Generated:
    """The file, its programme, and its largest workshop (or the first generated one)."""
    where = "WHERE w.title LIKE 'Grand atelier%'" if generated_only else ""
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        programme_id = conn.execute("SELECT id FROM programme").fetchone()[0]
        workshop_id = conn.execute(
            f"""SELECT w.id FROM workshop w LEFT JOIN entry e ON e.workshop_id = w.id {where}
                GROUP BY w.id ORDER BY count(e.id) DESC, w.starts_at LIMIT 1"""
        ).fetchone()[0]
    finally:
        conn.close()
    return Generated(path, programme_id, workshop_id)


def start_child(
    script: str, args: list[str], env: dict[str, str], timeout: float = 120
) -> tuple[float, str, str, str]:
    """Run ``python -c script args`` and time it to its first line of output (``READY …``,
    printed once its window is usable): (seconds, that line, the rest of the output, the
    errors). Raises if the first line is not ``READY``."""
    began = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = time.perf_counter() - began
    out, err = child.communicate(timeout=timeout)
    if not line.startswith("READY"):
        raise RuntimeError(f"the process did not get ready: {line!r} {out[-500:]} {err[-2000:]}")
    return elapsed, line, out, err


def raw_connection(path: Path) -> sqlite3.Connection:
    """A plain ``sqlite3`` connection with the pragmas Atelier sets (store/connection.py)."""
    from workshop_app.store.connection import BUSY_TIMEOUT_MS, apply_pragmas

    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    apply_pragmas(conn, path)
    return conn
