"""Filter as you type, in a workshop of 10,000 entries, in the main window.

A word is typed letter by letter into the workshop's filter box (``page.filter_edit``),
then erased letter by letter, back to the empty filter that shows everything. One
keystroke is measured from the text change to the board model holding the filtered rows,
plus one ``QApplication.processEvents()`` pass in which the board lays out and paints:
``filter_edit.setText(prefix)`` (which emits ``textChanged`` as typing does); if the
window defers the filter (a debounce timer), ``board_model.set_filter(prefix)`` is then
called directly, so that the time measured is the work, not the wait. No baseline: the
target is absolute (30 ms a keystroke).
"""

from __future__ import annotations

import time

from tests.benchmarks.harness import Config, Report, Row, Workbench, median, ms, p95

WORDS = ("locataires", "gardien", "courriers")


def run(bench: Workbench, config: Config) -> Report:
    from PySide6.QtWidgets import QApplication

    report = Report("filter")
    source = bench.workshop()
    window = bench.main_window(bench.copy(source.path, "filter.sqlite"), source.workshop_id)
    page = window.page
    model = page.board_model
    everything = model.rowCount()
    report.say(f"workshop of {len(page.session.entries):,} entries, {everything:,} board rows")

    def keystroke(text: str) -> float:
        start = time.perf_counter()
        page.filter_edit.setText(text)
        if getattr(model, "filter_text", text) != text:
            model.set_filter(text)  # deferred by the window: apply it now
        QApplication.processEvents()
        return time.perf_counter() - start

    typing: list[float] = []
    erasing: list[float] = []
    rows: dict[str, int] = {}
    for _round in range(config.filter_rounds):
        for word in WORDS:
            for end in range(1, len(word) + 1):
                typing.append(keystroke(word[:end]))
                rows[word[:end]] = model.rowCount()
            for end in range(len(word) - 1, -1, -1):
                erasing.append(keystroke(word[:end]))
            if model.rowCount() != everything:
                raise RuntimeError("the empty filter does not show every row again")
    window.close()
    every = typing + erasing
    shown = ", ".join(f"{w!r} {rows[w]:,}" for w in (WORDS[0][:1], WORDS[0][:3], WORDS[0]))
    report.say(f"board rows left: {shown} (of {everything:,})")
    report.say(
        f"{len(every)} keystrokes: typing median {ms(median(typing))}, p95 {ms(p95(typing))}; "
        f"erasing median {ms(median(erasing))}, p95 {ms(p95(erasing))}; worst {ms(max(every))}"
    )
    report.add(
        Row(
            path="filter a keystroke (10,000 entries)",
            measured=f"{ms(median(every))} / {ms(p95(every))}",
            target="≤ 30 ms",
            met=median(every) <= 0.030,
        )
    )
    return report
