"""Opening a 100,000-entry workspace: a new process, to the window usable on it.

Each run is a fresh ``python -c`` on the offscreen platform, as the start-up benchmark's
(:mod:`tests.benchmarks.startup`), on the search benchmark's workspace (10 workshops of
10,000 entries and the demo's; 2 × 10,000 in a quick run). The parent times from starting
the process to the child's ``READY`` line, printed once the window is usable: the main
window exposed, the workspace open, the board of its largest workshop filled (given with
``--workshop``, the way a facilitator comes back to the workshop of the day), and the
capture box taking a key (a key press sent to it shows in it). Atelier starts the way the
``workshop-app`` command does (``cli.main(["--db", FILE, "--workshop", ID, …])``).

The floor: a bare PySide6 process that opens the same file with ``sqlite3.connect``, reads
its workshop list (titles, in order) into a ``QListWidget`` beside a ``QPlainTextEdit``,
shows them in a ``QMainWindow``, and is ready by the same rule (exposed, the key shown).
Runs alternate, after one warm-up of each (not counted: file caches, fontconfig, the day's
backup of the workspace, taken once a day after its checks).

After ``READY`` the Atelier child waits for the checks left for after the opening (SQLite's
``quick_check`` and the search index's check, in a thread of their own:
:mod:`workshop_app.store.deferred_checks`) and prints how long after ``READY`` they ended:
reported, not a target (the window is usable meanwhile).
"""

from __future__ import annotations

import os
from pathlib import Path

from tests.benchmarks.harness import Config, Report, Row, Workbench, median, ms, start_child

READY = """
import sys, time
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit

def _usable(window, edit, filled):
    handle = window.windowHandle() if window is not None else None
    if handle is None or not handle.isExposed() or edit is None or not filled():
        return False
    QTest.keyClick(edit, Qt.Key.Key_A)
    if edit.toPlainText() != "a":
        return False
    return True

def _ready(window_of, edit_of, filled, after=None):
    window = window_of()
    edit = edit_of(window) if window is not None else None
    if not _usable(window, edit, filled):
        QTimer.singleShot(0, lambda: _ready(window_of, edit_of, filled, after))
        return
    print("READY", flush=True)
    ready_at = time.perf_counter()
    edit.clear()
    if after is None:
        QApplication.instance().quit()
    else:
        after(window, ready_at)
"""

ATELIER = (
    READY
    + """
path, workshop = sys.argv[1], sys.argv[2]
app = QApplication(sys.argv[:1])

def _main_window():
    return next(
        (w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow"), None
    )

def _edit(window):
    return window.findChild(QPlainTextEdit, "captureEdit")

def _filled():
    window = _main_window()
    return (
        window is not None
        and window.workspace is not None
        and window.session is not None
        and window.session.workshop_id == workshop
        and window.page.board_model.rowCount() > 0
    )

def _after(window, ready_at):
    from workshop_app.ui.open_checks import OpenChecks

    checks = window.findChild(OpenChecks, "openChecks")
    def done(finding=None):
        print("CHECKED", time.perf_counter() - ready_at, finding is None or finding.sound,
              flush=True)
        QApplication.instance().quit()
    if checks is None or checks.scan is None:
        done()
        return
    checks.checked.connect(done)

QTimer.singleShot(0, lambda: _ready(_main_window, _edit, _filled, _after))
from workshop_app.cli import main
sys.exit(main(["--db", path, "--workshop", workshop, "--platform", "offscreen"]))
"""
)

FLOOR = (
    READY
    + """
import sqlite3
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QMainWindow, QSplitter
app = QApplication(sys.argv[:1])
conn = sqlite3.connect(sys.argv[1])
titles = [
    row[0]
    for row in conn.execute(
        "SELECT title FROM workshop WHERE deleted_at IS NULL ORDER BY starts_at"
    )
]
window = QMainWindow()
splitter = QSplitter(Qt.Orientation.Horizontal, window)
workshops = QListWidget(splitter)
workshops.addItems(titles)
edit = QPlainTextEdit(splitter)
window.setCentralWidget(splitter)
window.resize(1200, 760)
window.show()
QTimer.singleShot(0, lambda: _ready(lambda: window, lambda w: edit, lambda: workshops.count() > 0))
sys.exit(app.exec())
"""
)


def _start(script: str, args: list[str], env: dict[str, str]) -> tuple[float, float | None]:
    """Seconds to ``READY``; seconds from ``READY`` to the end of the checks (or None)."""
    elapsed, _line, out, _err = start_child(script, args, env)
    checked = None
    for later in out.splitlines():
        if later.startswith("CHECKED"):
            _word, seconds, sound = later.split()
            if sound != "True":
                raise RuntimeError(f"the checks found damage in a generated workspace: {later}")
            checked = float(seconds)
    return elapsed, checked


def run(bench: Workbench, config: Config) -> Report:
    report = Report("opening")
    source = bench.programme()
    path = bench.copy(source.path, "opening.sqlite")
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(bench.folder / "opening-config"),
        XDG_DATA_HOME=str(bench.folder / "opening-data"),
        PYTHONPATH=os.pathsep.join([str(Path.cwd()), env.get("PYTHONPATH", "")]),
        PYTHONPYCACHEPREFIX=str(bench.folder / "opening-bytecode"),
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    import sqlite3

    with sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True) as conn:
        entries = conn.execute("SELECT count(*) FROM entry").fetchone()[0]
        largest = conn.execute(
            "SELECT count(*) FROM entry WHERE workshop_id = ?", [source.workshop_id]
        ).fetchone()[0]
    conn.close()
    report.say(
        f"{entries:,} entries, {path.stat().st_size / 1e6:.0f} MB; the board shows "
        f"{largest:,} of them"
    )
    atelier: list[float] = []
    floor: list[float] = []
    checks: list[float] = []
    for n in range(config.startup_runs + 1):
        a_time, a_checked = _start(ATELIER, [str(path), source.workshop_id], env)
        f_time, _ = _start(FLOOR, [str(path)], env)
        if n == 0:
            continue
        atelier.append(a_time)
        floor.append(f_time)
        if a_checked is not None:
            checks.append(a_checked)
    report.say(
        f"Atelier {len(atelier)} runs: median {ms(median(atelier))}, "
        f"min {ms(min(atelier))}, max {ms(max(atelier))}"
    )
    report.say(
        f"floor   {len(floor)} runs: median {ms(median(floor))}, "
        f"min {ms(min(floor))}, max {ms(max(floor))}"
    )
    report.ratio_row(
        f"opening a {entries:,}-entry workspace, to the window usable", atelier, floor, 2
    )
    if checks:
        report.add(
            Row(
                path="its checks (quick_check, search index), after the window is usable",
                measured=f"{ms(median(checks))} after READY",
                target="not blocking",
                met=True,
            )
        )
    else:
        report.say("the checks ran before opening (a small file)")
    return report
