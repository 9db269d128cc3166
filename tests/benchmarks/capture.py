"""Capture: Enter in the capture box to the entry committed and shown, 10,000 entries on the board.

Measured, in process, on the offscreen platform: ``page.capture_text(text)`` (what Enter in
the capture box calls: parse, undo command, insert and commit, board model row, selection)
followed by one ``QApplication.processEvents()`` pass, in which the board lays out and
paints the new row. After the clock stops, each capture is checked: one more entry in the
session, the board's current entry is the new one. The captures are issues (each becomes
a new row of the board).

The floor (issue 18, :mod:`tests.benchmarks.capture_floor`): a plain ``sqlite3`` insert
and commit, plus a stock QTableView over a minimal table model of as many rows, with the
board's column widths, viewport size and font, appending one row of the same text, sizing
it, selecting it, scrolling to it and painting. The two alternate, one of each per
iteration, after 5 warm-up iterations. Between iterations, the clocks stopped, the event
loop runs for 50 ms so that what either deferred (timers) runs outside the next one's
clock; Atelier's deferred work is timed too and reported, not counted in the target.
The insert and commit alone (the floor before issue 18) is kept as a row for reference.
"""

from __future__ import annotations

import time

from tests.benchmarks.harness import Config, Report, Row, Workbench, median, ms, p95

WARM_UP = 5
SETTLE = 0.05
"""Seconds of event loop between iterations, off the clocks."""


def texts(count: int) -> list[str]:
    from workshop_app.demo.large import generate_said

    said = generate_said(count, seed="capture", pairs_only=True)
    issues = [s.text for s in said if s.kind.value == "issue"]
    while len(issues) < count:
        issues += issues
    return [f"{text} ({n})" for n, text in enumerate(issues[:count])]


def settle(seconds: float = SETTLE) -> float:
    """Run the event loop for ``seconds``; how long it spent working (not waiting)."""
    from PySide6.QtWidgets import QApplication

    busy = 0.0
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        start = time.perf_counter()
        QApplication.processEvents()
        busy += time.perf_counter() - start
        time.sleep(0.002)
    return busy


def run(bench: Workbench, config: Config) -> Report:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from tests.benchmarks.capture_floor import CaptureFloor

    report = Report("capture")
    source = bench.workshop()
    window = bench.main_window(bench.copy(source.path, "capture.sqlite"), source.workshop_id)
    page = window.page
    session = page.session
    board = page.board
    floor = CaptureFloor(board, bench.copy(source.path, "capture-floor.sqlite"), source.workshop_id)
    size = board.viewport().size()
    report.say(
        f"workshop of {len(session.entries):,} entries, {page.board_model.rowCount():,} board "
        f"rows; board viewport {size.width()}×{size.height()}, floor's "
        "{}×{}".format(*floor.viewport_size())
    )

    class PaintCounter(QObject):
        paints = 0

        def eventFilter(self, _watched, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                PaintCounter.paints += 1
            return False

    counter = PaintCounter()
    board.viewport().installEventFilter(counter)

    def capture(text: str) -> tuple[float, float]:
        before = len(session.entries)
        start = time.perf_counter()
        page.capture_text(text)
        committed = time.perf_counter()
        QApplication.processEvents()
        shown = time.perf_counter()
        current = session.entries.get(page.current_entry_id() or "")
        if len(session.entries) != before + 1 or current is None or current.text != text:
            raise RuntimeError(f"the capture of {text!r} is not on the board")
        return committed - start, shown - start

    atelier, synchronous, deferred, bare, committed = [], [], [], [], []
    paints_before = 0
    settle(0.2)
    for n, text in enumerate(texts(config.capture_iterations + WARM_UP)):
        commit, total_floor = floor.capture(text)
        settle()
        sync, total = capture(text)
        later = settle()
        if n == WARM_UP - 1:
            paints_before = PaintCounter.paints
        if n >= WARM_UP:
            committed.append(commit)
            bare.append(total_floor)
            synchronous.append(sync)
            atelier.append(total)
            deferred.append(later)
    painted = PaintCounter.paints - paints_before
    floor.close()
    window.close()
    report.say(
        f"Atelier, {len(atelier)} captures: capture_text() alone median {ms(median(synchronous))}, "
        f"p95 {ms(p95(synchronous))}; with the paint: median {ms(median(atelier))}, "
        f"p95 {ms(p95(atelier))}, max {ms(max(atelier))} ({painted} paints of the board); "
        f"deferred work after it (off the clock): median {ms(median(deferred))}, "
        f"p95 {ms(p95(deferred))}"
    )
    report.say(
        f"floor: insert + commit median {ms(median(committed))}; with the bare table's row "
        f"and paint: median {ms(median(bare))}, p95 {ms(p95(bare))}"
    )
    report.ratio_row(
        "capture (Enter → committed and painted, 10,000 entries)",
        atelier,
        bare,
        1.5,
        what=f" / {ms(p95(atelier))}",
    )
    report.add(
        Row(
            path="capture p95",
            measured=ms(p95(atelier)),
            baseline=f"{ms(p95(bare))} (floor's p95)",
            target="< 16 ms",
            met=p95(atelier) < 0.016,
        )
    )
    ratio = median(atelier) / median(committed)
    report.add(
        Row(
            path="capture against insert + commit alone (for reference)",
            measured=ms(median(atelier)),
            baseline=ms(median(committed)),
            ratio=f"{ratio:.2f}×",
        )
    )
    return report
