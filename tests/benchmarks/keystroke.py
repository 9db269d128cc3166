"""Keystrokes in the capture box, a workshop of 10,000 entries open in the main window.

A sentence a facilitator would type, with a ``@person`` inside it and ``#theme`` and
``!action`` markers at its end (each pops up the completion list as it is typed, and the
list follows every letter after it), is typed key by key into the capture box
(``page.capture.edit``), one backspace among the letters as a typo corrected. One
keystroke is measured from the key press to the end of one ``QApplication.processEvents()``
pass, in which the box, the completion list and the preview of what Enter will save are
laid out and painted: a ``QKeyEvent`` press and release are sent with
``QApplication.sendEvent`` to the widget that takes the keyboard (the completion list
while it is shown, which hands the key on to the box, as it does for a real key), then
``processEvents()``. Enter is never typed (the capture benchmark measures it); the box is
emptied between sentences, outside the clock.

The floor: a bare ``QPlainTextEdit`` in a bare ``QMainWindow`` of the window's size, the
box of the capture box's size and place, in the same application, taking the same keys
the same way. Sentences alternate between the two, after one of each as a warm-up.
"""

from __future__ import annotations

import time

from tests.benchmarks.bare import show_and_wait
from tests.benchmarks.harness import Config, Report, Row, Workbench, median, ms, p95

SENTENCES = (
    "Les courriers du bailleur arrivent trop tard pour contester l'échéancier, "
    "voir avec @nad lundi #concep !2",
    "Personne ne sait qui appeler quand l'ascenseur est en panne le weekk\bend #mise !3",
    "Les locataires âgés n'osent pas demander d'aide au gardien @rach #suiv",
)
"""``\\b`` is a backspace. Markers as the demo programme names them: Nadia B., Rachid M.,
the themes Conception (Design), Mise en œuvre and Suivi, actions 2 and 3."""
WARM_UP = 1


def key_event(char: str, press: bool):
    """The press or release of the key that types ``char``, as a keyboard sends it."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    kind = QEvent.Type.KeyPress if press else QEvent.Type.KeyRelease
    if char == "\b":
        return QKeyEvent(kind, Qt.Key.Key_Backspace, Qt.KeyboardModifier.NoModifier, "\b")
    upper = char.upper()
    # Qt's key codes are the upper-case Latin-1 code points ("é" is Key_Eacute)
    code = ord(upper) if len(upper) == 1 and ord(upper) < 0x100 else Qt.Key.Key_unknown.value
    modifiers = (
        Qt.KeyboardModifier.ShiftModifier
        if char != char.lower() or char in "#@!"
        else Qt.KeyboardModifier.NoModifier
    )
    return QKeyEvent(kind, code, modifiers, char)


def type_keys(edit, text: str) -> list[float]:
    """Type ``text`` into ``edit`` key by key; the time of each key, painted."""
    from PySide6.QtWidgets import QApplication

    times = []
    for char in text:
        start = time.perf_counter()
        target = QApplication.activePopupWidget() or edit
        QApplication.sendEvent(target, key_event(char, True))
        QApplication.sendEvent(target, key_event(char, False))
        QApplication.processEvents()
        times.append(time.perf_counter() - start)
    return times


def typed(text: str) -> str:
    """What ``text`` leaves in the box (each backspace erases the character before it)."""
    out: list[str] = []
    for char in text:
        if char == "\b":
            out.pop()
        else:
            out.append(char)
    return "".join(out)


def bare_window(size, box_geometry):
    """A bare QMainWindow of ``size`` holding a bare QPlainTextEdit at ``box_geometry``."""
    from PySide6.QtWidgets import QMainWindow, QPlainTextEdit, QWidget

    window = QMainWindow()
    central = QWidget(window)
    window.setCentralWidget(central)
    edit = QPlainTextEdit(central)
    edit.setGeometry(box_geometry)
    window.resize(size)
    show_and_wait(window)
    return window, edit


def run(bench: Workbench, config: Config) -> Report:
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QApplication

    report = Report("keystroke")
    source = bench.workshop()
    window = bench.main_window(bench.copy(source.path, "keystroke.sqlite"), source.workshop_id)
    page = window.page
    edit = page.capture.edit
    report.say(f"workshop of {len(page.session.entries):,} entries")
    where = edit.mapTo(window, edit.rect().topLeft())
    bare, bare_edit = bare_window(window.size(), QRect(where, edit.size()))

    def empty(box) -> None:
        box.selectAll()
        box.textCursor().removeSelectedText()
        QApplication.processEvents()

    atelier: list[float] = []
    floor: list[float] = []
    popups = 0
    rounds = max(1, config.filter_rounds) + WARM_UP
    for round_ in range(rounds):
        for sentence in SENTENCES:
            window.activateWindow()
            edit.setFocus()
            QApplication.processEvents()
            shown = []
            mine = []
            for char in sentence:  # noted per key, to count the keys typed with the list up
                mine += type_keys(edit, char)
                shown.append(edit.completer.popup().isVisible())
            if edit.typed_text() != typed(sentence):
                raise RuntimeError(f"the capture box holds {edit.typed_text()!r}")
            page.drafts.timer.stop()  # the draft is written after a pause: not in a burst
            edit.completer.popup().hide()
            empty(edit)
            bare.activateWindow()
            bare_edit.setFocus()
            QApplication.processEvents()
            theirs = type_keys(bare_edit, sentence)
            if bare_edit.toPlainText() != typed(sentence):
                raise RuntimeError(f"the bare box holds {bare_edit.toPlainText()!r}")
            empty(bare_edit)
            if round_ >= WARM_UP:
                atelier += mine
                floor += theirs
                popups += sum(shown)
    window.close()
    bare.close()
    report.say(
        f"{len(atelier)} keys ({popups} with the completion list shown): Atelier median "
        f"{ms(median(atelier))}, p95 {ms(p95(atelier))}, max {ms(max(atelier))}; "
        f"bare QPlainTextEdit median {ms(median(floor))}, p95 {ms(p95(floor))}"
    )
    ratio = median(atelier) / median(floor)
    report.add(
        Row(
            path="keystroke in the capture box (10,000 entries)",
            measured=f"{ms(median(atelier))} / {ms(p95(atelier))}",
            baseline=f"{ms(median(floor))} / {ms(p95(floor))}",
            ratio=f"{ratio:.2f}×",
            target="≤ 1.5×",
            met=ratio <= 1.5,
        )
    )
    return report
