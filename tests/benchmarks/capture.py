"""Capture: Enter in the capture box to the entry committed and shown, 10,000 entries on the board.

Measured, in process, on the offscreen platform: ``page.capture_text(text)`` (what Enter in
the capture box calls: parse, undo command, insert and commit, board model row, selection)
followed by one ``QApplication.processEvents()`` pass, in which the board lays out and
paints the new row. After the clock stops, each capture is checked: one more entry in the
session, the board's current entry is the new one. The captures are issues (each becomes
a new row of the board).

The baseline: a plain ``sqlite3`` connection with Atelier's pragmas (``synchronous=FULL``,
WAL…) on a copy of the same file, inserting a similar row into ``entry`` and committing.
The two alternate, one of each per iteration, after 5 warm-up iterations.
"""

from __future__ import annotations

import random
import time
import uuid

from tests.benchmarks.harness import (
    Config,
    Report,
    Row,
    Workbench,
    median,
    ms,
    p95,
    raw_connection,
)

WARM_UP = 5


def texts(count: int) -> list[str]:
    from workshop_app.demo.large import generate_said

    said = generate_said(count, seed="capture", pairs_only=True)
    issues = [s.text for s in said if s.kind.value == "issue"]
    while len(issues) < count:
        issues += issues
    return [f"{text} ({n})" for n, text in enumerate(issues[:count])]


def run(bench: Workbench, config: Config) -> Report:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from workshop_app.domain.ids import utc_now

    report = Report("capture")
    source = bench.workshop()
    window = bench.main_window(bench.copy(source.path, "capture.sqlite"), source.workshop_id)
    page = window.page
    session = page.session
    report.say(
        f"workshop of {len(session.entries):,} entries, {page.board_model.rowCount():,} board rows"
    )

    class PaintCounter(QObject):
        paints = 0

        def eventFilter(self, _watched, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                PaintCounter.paints += 1
            return False

    counter = PaintCounter()
    page.board.viewport().installEventFilter(counter)

    conn = raw_connection(bench.copy(source.path, "capture-baseline.sqlite"))
    rng = random.Random(1)

    def baseline_insert(text: str) -> float:
        now = utc_now()
        row = (str(uuid.UUID(int=rng.getrandbits(128), version=4)), source.workshop_id, text)
        start = time.perf_counter()
        conn.execute(
            "INSERT INTO entry (id, workshop_id, kind, text, votes, position, created_at, "
            "updated_at) VALUES (?, ?, 'issue', ?, 0, 1e9, ?, ?)",
            (*row, now, now),
        )
        conn.commit()
        return time.perf_counter() - start

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

    atelier, synchronous, baseline = [], [], []
    paints_before = 0
    for n, text in enumerate(texts(config.capture_iterations + WARM_UP)):
        b = baseline_insert(text)
        sync, total = capture(text)
        if n == WARM_UP - 1:
            paints_before = PaintCounter.paints
        if n >= WARM_UP:
            baseline.append(b)
            synchronous.append(sync)
            atelier.append(total)
    conn.close()
    painted = PaintCounter.paints - paints_before
    window.close()
    report.say(
        f"Atelier, {len(atelier)} captures: capture_text() alone median {ms(median(synchronous))}, "
        f"p95 {ms(p95(synchronous))}; with the paint: median {ms(median(atelier))}, "
        f"p95 {ms(p95(atelier))}, max {ms(max(atelier))} ({painted} paints of the board)"
    )
    report.say(f"baseline insert + commit: median {ms(median(baseline))}, p95 {ms(p95(baseline))}")
    ratio = median(atelier) / median(baseline)
    report.add(
        Row(
            path="capture (Enter → committed and painted, 10,000 entries)",
            measured=f"{ms(median(atelier))} / {ms(p95(atelier))}",
            baseline=ms(median(baseline)),
            ratio=f"{ratio:.2f}×",
            target="≤ 3×",
            met=ratio <= 3,
        )
    )
    report.add(
        Row(
            path="capture p95",
            measured=ms(p95(atelier)),
            target="< 16 ms",
            met=p95(atelier) < 0.016,
        )
    )
    return report
