"""Filter as you type, in a workshop of 10,000 entries, in the main window.

A word is typed letter by letter into the workshop's filter box (``page.filter_edit``),
then erased letter by letter, back to the empty filter that shows everything. One
keystroke is measured from the text change to the board model holding the filtered rows,
plus one ``QApplication.processEvents()`` pass in which the board lays out and paints:
``filter_edit.setText(prefix)`` (which emits ``textChanged`` as typing does); if the
window defers the filter (a debounce timer), ``board_model.set_filter(prefix)`` is then
called directly, so that the time measured is the work, not the wait.

The floor, the same keystrokes in the same run: a bare Python scan of the same texts,
folded the way Atelier folds them (``domain.board.fold`` of each live entry's text as it
reads, mentions as names) once before the clock, as Atelier keeps them folded, keeping
the entries that hold every folded word of the prefix; then a reset
(``beginResetModel``/``endResetModel``) of a bare ``QAbstractTableModel`` of three
columns holding one row per matching entry (its text, its kind, its status), shown in a
bare ``QTableView`` of the board's size in a bare window of the main window's size, and
one ``processEvents()`` pass in which it lays out and paints. The two alternate word by
word.
"""

from __future__ import annotations

import time

from tests.benchmarks.bare import bare_model_class, show_and_wait
from tests.benchmarks.harness import Config, Report, Row, Workbench, median, ms, p95

WORDS = ("locataires", "gardien", "courriers")


def bare_table(window_size, view_size, rows: list[tuple[str, str, str]]):
    """A bare window holding a bare QTableView of ``view_size`` over a bare model of
    ``rows``; the model's ``show(rows)`` resets it to other rows."""
    from PySide6.QtWidgets import QMainWindow, QTableView, QWidget

    window = QMainWindow()
    central = QWidget(window)
    window.setCentralWidget(central)
    model = bare_model_class()(rows)
    view = QTableView(central)
    view.setModel(model)
    view.resize(view_size)
    window.resize(window_size)
    show_and_wait(window)
    return window, view, model


def run(bench: Workbench, config: Config) -> Report:
    from PySide6.QtWidgets import QApplication

    from workshop_app.domain.board import fold, query_words

    report = Report("filter")
    source = bench.workshop()
    window = bench.main_window(bench.copy(source.path, "filter.sqlite"), source.workshop_id)
    page = window.page
    model = page.board_model
    everything = model.rowCount()
    report.say(f"workshop of {len(page.session.entries):,} entries, {everything:,} board rows")

    # the floor's data, made before any clock runs: as Atelier keeps it folded
    live = [e for e in page.session.entries.values() if not e.is_deleted]
    rows = [(model.shown(e.text), e.kind.value, e.status.value if e.status else "") for e in live]
    folded = [fold(text) for text, _kind, _status in rows]
    bare, _view, bare_model = bare_table(window.size(), page.board.size(), rows)

    def keystroke(text: str) -> float:
        start = time.perf_counter()
        page.filter_edit.setText(text)
        if getattr(model, "filter_text", text) != text:
            model.set_filter(text)  # deferred by the window: apply it now
        QApplication.processEvents()
        return time.perf_counter() - start

    def bare_keystroke(text: str) -> float:
        start = time.perf_counter()
        words = query_words(text)
        shown = [row for row, hay in zip(rows, folded, strict=True) if all(w in hay for w in words)]
        bare_model.show(shown)
        QApplication.processEvents()
        return time.perf_counter() - start

    typing: list[float] = []
    erasing: list[float] = []
    floor: list[float] = []
    counts: dict[str, int] = {}
    for _round in range(config.filter_rounds):
        for word in WORDS:
            window.activateWindow()
            for end in range(1, len(word) + 1):
                typing.append(keystroke(word[:end]))
                counts[word[:end]] = model.rowCount()
            for end in range(len(word) - 1, -1, -1):
                erasing.append(keystroke(word[:end]))
            if model.rowCount() != everything:
                raise RuntimeError("the empty filter does not show every row again")
            bare.activateWindow()
            for end in [*range(1, len(word) + 1), *range(len(word) - 1, -1, -1)]:
                floor.append(bare_keystroke(word[:end]))
            if bare_model.rowCount() != len(rows):
                raise RuntimeError("the bare model does not show every row again")
    window.close()
    bare.close()
    every = typing + erasing
    shown = ", ".join(f"{w!r} {counts[w]:,}" for w in (WORDS[0][:1], WORDS[0][:3], WORDS[0]))
    report.say(f"board rows left: {shown} (of {everything:,})")
    report.say(
        f"{len(every)} keystrokes: typing median {ms(median(typing))}, p95 {ms(p95(typing))}; "
        f"erasing median {ms(median(erasing))}, p95 {ms(p95(erasing))}; worst {ms(max(every))}"
    )
    report.say(
        f"floor (bare scan of {len(folded):,} folded texts + bare table reset and paint): "
        f"median {ms(median(floor))}, p95 {ms(p95(floor))}"
    )
    ratio = median(every) / median(floor)
    report.add(
        Row(
            path="filter a keystroke (10,000 entries)",
            measured=f"{ms(median(every))} / {ms(p95(every))}",
            baseline=f"{ms(median(floor))} / {ms(p95(floor))}",
            ratio=f"{ratio:.2f}×",
            target="≤ 1.5×",
            met=ratio <= 1.5,
        )
    )
    return report
